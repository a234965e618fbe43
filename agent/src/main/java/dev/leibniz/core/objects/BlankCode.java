package dev.leibniz.core.objects;

import dev.leibniz.core.ir.FieldRef;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Whether code touches nothing but one object, the one a constructor is making (its <em>self</em>),
 * for {@link BlankConstructors}. Such code loads constants and primitives, computes and branches,
 * reads and writes fields of self only, reads no reference from a static and writes no static,
 * allocates nothing, returns nothing, a primitive or self, and calls only code of the same kind
 * with self in every reference argument: a blank constructor of its superclass or class, a method
 * of self (LWJGL's {@code Matrix3f()} calling {@code setIdentity()}, which calls the static
 * {@code setIdentity(this)}), or a static method. Which method a virtual call on self runs is known
 * here, because the object's class is: a {@code new C()} is a {@code C}, also while a superclass's
 * constructor runs, so such a call is resolved on {@code C} (an override in {@code C} is the code
 * judged, whatever the superclass declares; a class file that cannot be read is a refusal).
 * Such code may also read a <em>static constant</em>: a {@code static final} field its class initialiser sets once to
 * {@code new C(...)} of a class outside the JDK ({@link StaticConstants#constructedClass}; Ardor3D's {@code Quaternion()}
 * is {@code this(Quaternion.IDENTITY)}, copying it by {@code source.getX()}...). The constant is exactly a {@code C}, so a
 * call on it is resolved on {@code C} as one on self is; code given it may read its primitive fields and hand it to code
 * that does the same, but not write it, store it, return it or read a reference out of it. What is copied is a value
 * of the class's state, never a derivative: nothing differentiated may write a static's object ({@code Activity} refuses
 * an active object read from a static field), so the object made carries none either; a caller passing the constant
 * itself as a parameter the method writes is refused at run time ({@link StaticConstantGuards}, from {@link #constantsRead}).
 */
final class BlankCode {
  /** Bound on nested calls (class files need not come from javac). */
  private static final int MAX_DEPTH = 16;

  private final String made;
  private final Function<String, ClassNode> classes;
  /** Verdicts per method and self locals (false while one is judged: a recursion is refused). */
  private final java.util.Map<String, Boolean> judged = new java.util.HashMap<>();
  /** The sub-objects and arrays a constructor makes for its object, each stored once into a field of it. */
  private final List<Made> makings = new java.util.ArrayList<>();
  /** Instructions of those makings (constructor call, field write) already judged with their {@code new}. */
  private final Set<AbstractInsnNode> making = new java.util.HashSet<>();
  /** The reference fields (name and descriptor) written otherwise: a made field among them may not hold what was made. */
  private final Set<String> otherwiseWritten = new java.util.HashSet<>();
  /** The exact class of a static constant code run on self may read (null when the field is not one), by field. */
  private final Function<dev.leibniz.core.ir.FieldRef, String> constants;
  /** The static constants the code judged reads (copies): a caller writing one of them first would make the copy active. */
  private final Set<FieldRef> constantsRead = new java.util.HashSet<>();
  /** The instruction from which a constructor's code may branch (all before it run on every call); per method judged. */
  private int straightUntil;

  /**
   * A sub-object or array made for the object and stored into its {@code field}: {@code new C(...)} by constructor
   * {@code constructor} of the field's class (exactly), or a primitive array ({@code constructor} null).
   */
  record Made(FieldRef field, String constructor) {}

  /** Code run while making a new {@code made}; {@code classes} reads class files (null when unknown). */
  BlankCode(String made, Function<String, ClassNode> classes) {
    this.made = made;
    this.classes = classes;
    this.constants = f -> StaticConstants.constructedClass(f, classes);
  }

  /** Constructor {@code desc} of {@code cls} takes only primitives and touches only its object. */
  boolean constructor(String cls, String desc, int depth) {
    if (depth > MAX_DEPTH) return false;
    for (Type t : Type.getArgumentTypes(desc)) {
      if (t.getSort() >= Type.ARRAY) return false;
    }
    return delegated(cls, desc, java.util.Map.of(), depth);
  }

  /**
   * Constructor {@code desc} of {@code cls} of a sub-object made for an object of class {@code outer}, which it is given
   * in each parameter of that type (an inner class's outer instance, javac's {@code this$0}: Commons Suncalc's {@code
   * Vector} making {@code new Polar()}); its other parameters primitive. It may store that object into fields of self
   * ({@link SelfValues#OUTER}) and do nothing else with it: no read, no call given it, so it learns nothing from it while
   * it is made, and what it keeps is a reference to the object it was made for, which the shadow's sub-object, made by
   * the same construction for the shadow, keeps to the shadow.
   */
  boolean subObjectConstructor(String cls, String desc, String outer) {
    java.util.Map<Integer, String> locals = new java.util.HashMap<>();
    int slot = 1;
    for (Type t : Type.getArgumentTypes(desc)) {
      if (t.getSort() == Type.OBJECT && t.getInternalName().equals(outer)) locals.put(slot, SelfValues.OUTER_NAME);
      else if (t.getSort() >= Type.ARRAY) return false;
      slot += t.getSize();
    }
    return delegated(cls, desc, locals, 0);
  }

  /** Constructor {@code desc} of {@code cls}, called on self with the static constants in {@code constantLocals}. */
  private boolean delegated(String cls, String desc, java.util.Map<Integer, String> constantLocals, int depth) {
    if (depth > MAX_DEPTH) return false;
    ClassNode c = classes.apply(cls);
    MethodNode init = c == null ? null : declared(c, "<init>", desc);
    return init != null && touchesOnlySelf(c, init, Set.of(0), constantLocals, depth);
  }

  /**
   * Whether {@code m} of {@code c}, self in the locals {@code self} (its reference parameters), touches
   * only self.
   */
  private boolean touchesOnlySelf(ClassNode c, MethodNode m, Set<Integer> self, java.util.Map<Integer, String> constantLocals,
      int depth) {
    String key = c.name + "." + m.name + m.desc + self + new java.util.TreeMap<>(constantLocals);
    Boolean known = judged.get(key);
    if (known != null) return known;
    judged.put(key, false);
    boolean only = judge(c, m, self, constantLocals, depth);
    judged.put(key, only);
    return only;
  }

  private boolean judge(ClassNode c, MethodNode m, Set<Integer> self, java.util.Map<Integer, String> constantLocals, int depth) {
    if (depth > MAX_DEPTH || m.instructions.size() == 0 || !m.tryCatchBlocks.isEmpty()
        || (m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE | Opcodes.ACC_SYNCHRONIZED)) != 0) return false;
    Frame<BasicValue>[] frames;
    try {
      frames = new Analyzer<>(new SelfValues(self, constantLocals, constants)).analyze(c.name, m);
    } catch (AnalyzerException e) {
      return false;
    }
    int straight = m.name.equals("<init>") && self.equals(Set.of(0)) ? straightPart(m) : 0;
    for (int k = 0; k < frames.length; k++) {
      straightUntil = straight; // a nested judgement (a call) changes it: set again for each instruction of this method
      if (frames[k] != null && !allowed(c, m, m.instructions.get(k), frames[k], depth)) return false;
    }
    return true;
  }

  /** The static constants the code judged reads ({@code Quaternion.IDENTITY} for Ardor3D's {@code Quaternion()}). */
  Set<FieldRef> constantsRead() {
    return constantsRead;
  }

  /** The sub-objects and arrays the constructor judged makes for its object. */
  List<Made> made() {
    return makings;
  }

  /**
   * True when a field holding something made for the object may hold anything else afterwards: it is made twice, or
   * written otherwise (null, another of its fields) anywhere in the code judged. Its shadow's field could then not be
   * zeroed through.
   */
  boolean madeFieldsRewritten() {
    Set<String> seen = new java.util.HashSet<>();
    for (Made x : makings) {
      String key = x.field().name() + x.field().desc();
      if (!seen.add(key) || otherwiseWritten.contains(key)) return true;
    }
    return false;
  }

  /**
   * The index of a constructor's first instruction that branches, returns, throws or is a branch's target: every
   * instruction before it runs, once, whenever the constructor does (it has no handler).
   */
  private static int straightPart(MethodNode m) {
    Set<org.objectweb.asm.tree.LabelNode> targets = new java.util.HashSet<>();
    for (AbstractInsnNode n : m.instructions) {
      if (n instanceof org.objectweb.asm.tree.JumpInsnNode j) targets.add(j.label);
      if (n instanceof org.objectweb.asm.tree.TableSwitchInsnNode t) {
        targets.add(t.dflt);
        targets.addAll(t.labels);
      }
      if (n instanceof org.objectweb.asm.tree.LookupSwitchInsnNode l) {
        targets.add(l.dflt);
        targets.addAll(l.labels);
      }
    }
    for (int k = 0; k < m.instructions.size(); k++) {
      AbstractInsnNode n = m.instructions.get(k);
      int op = n.getOpcode();
      if (targets.contains(n) || n instanceof org.objectweb.asm.tree.JumpInsnNode || op == Opcodes.TABLESWITCH
          || op == Opcodes.LOOKUPSWITCH || (op >= Opcodes.IRETURN && op <= Opcodes.RETURN) || op == Opcodes.ATHROW) return k;
    }
    return m.instructions.size();
  }

  /**
   * At a {@code new C} or a primitive {@code newarray} of a constructor's straight part on self: true when it is {@code
   * this.f = new C(constants)} (a {@code dup}, constant or primitive arguments, {@code C}'s constructor, the write of a
   * field of type exactly {@code C}) or {@code this.f = new T[n]} (a constant or primitive length; {@code new T[m][n]}
   * with every length given, {@link #fullPrimitiveArray}), the write within the straight part; records it, and marks its
   * constructor call and write as judged.
   */
  private boolean makesForSelf(MethodNode m, AbstractInsnNode n, Frame<BasicValue> before) {
    int at = m.instructions.indexOf(n);
    if (at >= straightUntil) return false;
    boolean array = n.getOpcode() == Opcodes.NEWARRAY || n.getOpcode() == Opcodes.MULTIANEWARRAY;
    int lengths = n instanceof org.objectweb.asm.tree.MultiANewArrayInsnNode multi ? multi.dims : array ? 1 : 0;
    if (n instanceof org.objectweb.asm.tree.MultiANewArrayInsnNode multi && !fullPrimitiveArray(multi)) return false;
    if (!isSelf(before, lengths)) return false;
    AbstractInsnNode k = next(n);
    String constructor = null;
    if (!array) {
      if (k == null || k.getOpcode() != Opcodes.DUP) return false;
      for (k = next(k); k != null && isPrimitivePush(k.getOpcode()); k = next(k)) {}
      String cls = ((org.objectweb.asm.tree.TypeInsnNode) n).desc;
      if (!(k instanceof MethodInsnNode init) || init.getOpcode() != Opcodes.INVOKESPECIAL || !init.name.equals("<init>")
          || !init.owner.equals(cls)) return false;
      constructor = init.desc;
      making.add(k);
      k = next(k);
    }
    if (array && n.getOpcode() == Opcodes.NEWARRAY && handedToSelfConstructor(m, k)) return true;
    if (!(k instanceof FieldInsnNode put) || k.getOpcode() != Opcodes.PUTFIELD || m.instructions.indexOf(k) >= straightUntil
        || !put.desc.equals(array ? newArrayDesc(n) : "L" + ((org.objectweb.asm.tree.TypeInsnNode) n).desc + ";")) {
      return false;
    }
    making.add(k);
    makings.add(new Made(new FieldRef(put.owner, put.name, put.desc), constructor));
    return true;
  }

  /**
   * A primitive array made in a constructor's straight part and handed, as the last argument, to the next constructor
   * it runs on self ({@code Dense(int n) { this(new double[n]); }}, la4j's {@code BasicVector(int)}): that constructor is
   * then judged with the parameter as a {@link SelfValues#MADE} array, which it may measure, read and write, and must
   * store into a field of self in its own straight part ({@link #storesMade}); the call is judged by {@link #call}.
   */
  private boolean handedToSelfConstructor(MethodNode m, AbstractInsnNode k) {
    return k instanceof MethodInsnNode init && init.getOpcode() == Opcodes.INVOKESPECIAL && init.name.equals("<init>")
        && m.name.equals("<init>") && m.instructions.indexOf(k) < straightUntil;
  }

  /**
   * A {@code putfield} of a {@link SelfValues#MADE} array (a parameter given a new array by the constructor that called
   * this one) into a field of self of its type, in the straight part: recorded as made for the object, so its shadow's
   * array is zeroed like one made here. Anywhere else the array would be a reference that came in: refused.
   */
  private boolean storesMade(MethodNode m, FieldInsnNode put, Frame<BasicValue> before) {
    if (!isSelf(before, 1) || m.instructions.indexOf(put) >= straightUntil || !m.name.equals("<init>")
        || !before.getStack(before.getStackSize() - 1).getType().getDescriptor().equals(put.desc)) return false;
    makings.add(new Made(new FieldRef(put.owner, put.name, put.desc), null));
    return true;
  }

  /**
   * A {@code new T[m][n]...} with a length for each dimension and primitive elements ({@code new double[m][n]}, the
   * Mines Java Toolkit's and Jama's matrices): every row is a new array of its own, so none is shared with another
   * array or another row. One that leaves rows out ({@code new double[m][]}, rows null) is not admitted.
   */
  private static boolean fullPrimitiveArray(org.objectweb.asm.tree.MultiANewArrayInsnNode multi) {
    Type t = Type.getType(multi.desc);
    return t.getDimensions() == multi.dims && t.getElementType().getSort() < Type.ARRAY;
  }

  /** The descriptor of the array a {@code newarray} or a full primitive {@code multianewarray} makes. */
  private static String newArrayDesc(AbstractInsnNode n) {
    if (n instanceof org.objectweb.asm.tree.MultiANewArrayInsnNode multi) return multi.desc;
    return switch (((org.objectweb.asm.tree.IntInsnNode) n).operand) {
      case Opcodes.T_BOOLEAN -> "[Z";
      case Opcodes.T_CHAR -> "[C";
      case Opcodes.T_FLOAT -> "[F";
      case Opcodes.T_DOUBLE -> "[D";
      case Opcodes.T_BYTE -> "[B";
      case Opcodes.T_SHORT -> "[S";
      case Opcodes.T_INT -> "[I";
      default -> "[J";
    };
  }

  /** A constant (no {@code null}, no string: a sub-object's constructor takes primitives) or a primitive local. */
  private static boolean isPrimitivePush(int op) {
    return op >= Opcodes.ICONST_M1 && op <= Opcodes.LDC || op >= Opcodes.ILOAD && op <= Opcodes.DLOAD;
  }

  /** The next instruction that is one (labels, lines and frames skipped), or null. */
  private static AbstractInsnNode next(AbstractInsnNode n) {
    AbstractInsnNode k = n.getNext();
    while (k != null && k.getOpcode() < 0) k = k.getNext();
    return k;
  }

  /** One instruction of code run on self, given the values before it. */
  private boolean allowed(ClassNode c, MethodNode m, AbstractInsnNode n, Frame<BasicValue> before, int depth) {
    int op = n.getOpcode();
    if (making.contains(n)) return true; // judged with its new (makesForSelf)
    if (op == Opcodes.NEW || op == Opcodes.NEWARRAY || op == Opcodes.MULTIANEWARRAY) return makesForSelf(m, n, before);
    if (op >= Opcodes.IALOAD && op <= Opcodes.SALOAD && op != Opcodes.AALOAD || op >= Opcodes.IASTORE && op <= Opcodes.SASTORE
        && op != Opcodes.AASTORE || op == Opcodes.ARRAYLENGTH) {
      return true; // an element of an array of self's: no other array reaches code run on self (no reference comes in)
    }
    if (op < 0 || op <= Opcodes.ALOAD || (op >= Opcodes.ISTORE && op <= Opcodes.ASTORE)
        || (op >= Opcodes.POP && op <= Opcodes.DCMPG) || (op >= Opcodes.IFEQ && op <= Opcodes.GOTO)
        || op == Opcodes.TABLESWITCH || op == Opcodes.LOOKUPSWITCH || (op >= Opcodes.IRETURN && op <= Opcodes.DRETURN)
        || op == Opcodes.RETURN || op == Opcodes.IFNULL || op == Opcodes.IFNONNULL
        || op == Opcodes.CHECKCAST || op == Opcodes.INSTANCEOF) {
      return true; // constants, locals, stack, arithmetic, branches, primitive results
    }
    switch (op) {
      case Opcodes.GETSTATIC: {
        FieldInsnNode f = (FieldInsnNode) n;
        if (Type.getType(f.desc).getSort() < Type.ARRAY) return true;
        if (constantOf(f) == null) return false;
        constantsRead.add(new FieldRef(f.owner, f.name, f.desc));
        return true;
      }
      case Opcodes.GETFIELD:
        // a static constant's numbers are read (copied), never a reference out of it
        return isSelf(before, 0) || constant(before, 0) != null && Type.getType(((FieldInsnNode) n).desc).getSort() < Type.ARRAY;
      case Opcodes.PUTFIELD: {
        FieldInsnNode f = (FieldInsnNode) n;
        if (SelfValues.isMade(before.getStack(before.getStackSize() - 1))) return storesMade(m, f, before);
        if (before.getStack(before.getStackSize() - 1) == SelfValues.OUTER) return isSelf(before, 1); // this$0 = outer
        if (Type.getType(f.desc).getSort() >= Type.ARRAY) otherwiseWritten.add(f.name + f.desc);
        return isSelf(before, 1) && constant(before, 0) == null;
      }
      case Opcodes.ARETURN:
        return isSelf(before, 0);
      case Opcodes.INVOKESPECIAL, Opcodes.INVOKEVIRTUAL, Opcodes.INVOKEINTERFACE, Opcodes.INVOKESTATIC:
        return call(c, m, (MethodInsnNode) n, before, depth);
      default:
        return false; // new, arrays, static writes, throws, monitors, invokedynamic
    }
  }

  /** A call in code run on self: self in every reference argument, the code it runs touching only self. */
  private boolean call(ClassNode c, MethodNode m, MethodInsnNode call, Frame<BasicValue> before, int depth) {
    Type[] args = Type.getArgumentTypes(call.desc);
    boolean isStatic = call.getOpcode() == Opcodes.INVOKESTATIC;
    int values = args.length + (isStatic ? 0 : 1);
    Set<Integer> selfLocals = new java.util.HashSet<>();
    java.util.Map<Integer, String> constantLocals = new java.util.HashMap<>();
    int slot = 0;
    for (int k = 0; k < values; k++) {
      BasicValue v = before.getStack(before.getStackSize() - values + k);
      if (v == SelfValues.SELF) selfLocals.add(slot);
      else if (v instanceof Constant constant) constantLocals.put(slot, constant.cls);
      // a new array made for self (handedToSelfConstructor), given to the constructor run on self next
      else if (SelfValues.isMade(v) && call.name.equals("<init>") && k == values - 1) constantLocals.put(slot, SelfValues.MADE_ARRAY + v.getType().getDescriptor());
      else if (v.isReference()) return false;
      slot += v.getSize();
    }
    if (call.name.equals("<init>")) {
      // its superclass's constructor, or another of its class's (this(0, 0, 0)); javac rejects one calling itself
      return m.name.equals("<init>")
          && (call.owner.equals("java/lang/Object") ? call.owner.equals(c.superName)
              : call.owner.equals(c.superName) || (call.owner.equals(c.name) && !call.desc.equals(m.desc)))
          && (call.owner.equals("java/lang/Object") || delegated(call.owner, call.desc, constantLocals, depth + 1));
    }
    if (constantLocals.values().stream().anyMatch(SelfValues::isMadeName)) return false;
    Constant receiver = isStatic ? null : constant(before, values - 1);
    Target t = switch (call.getOpcode()) {
      case Opcodes.INVOKESTATIC -> inHierarchy(call.owner, call.name, call.desc, true);
      case Opcodes.INVOKESPECIAL -> inHierarchy(call.owner, call.name, call.desc, false); // private, super.m()
      default -> onExactly(call, receiver == null ? made : receiver.cls);
    };
    return t != null && touchesOnlySelf(t.owner(), t.method(), selfLocals, constantLocals, depth + 1);
  }

  /** The static constant {@code down} slots below the top of the stack, or null when that value is none. */
  private static Constant constant(Frame<BasicValue> f, int down) {
    return f.getStack(f.getStackSize() - 1 - down) instanceof Constant constant ? constant : null;
  }

  /** The exact class of the static constant {@code read} reads, or null when the field holds none. */
  private String constantOf(FieldInsnNode read) {
    return constants.apply(new dev.leibniz.core.ir.FieldRef(read.owner, read.name, read.desc));
  }

  /** True when the value {@code down} slots below the top of the stack is self. */
  private static boolean isSelf(Frame<BasicValue> f, int down) {
    return f.getStack(f.getStackSize() - 1 - down) == SelfValues.SELF;
  }

  private record Target(ClassNode owner, MethodNode method) {}

  /**
   * The method a virtual or interface call on an object of exactly class {@code exact} runs (self: the class made; a static
   * constant: the class its initialiser made), but for a private method of the named class; null when it cannot be told (a
   * class file missing, a package-private method overridden, or not, across packages: refused).
   */
  private Target onExactly(MethodInsnNode call, String exact) {
    ClassNode named = classes.apply(call.owner);
    MethodNode declared = named == null ? null : declared(named, call.name, call.desc);
    if (declared != null && (declared.access & Opcodes.ACC_PRIVATE) != 0) return new Target(named, declared);
    Target t = inHierarchy(exact, call.name, call.desc, false);
    if (t == null) return null;
    boolean samePackage = packageOf(t.owner().name).equals(packageOf(call.owner));
    boolean packagePrivate = (t.method().access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) == 0
        || (declared != null && (declared.access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) == 0);
    return packagePrivate && !samePackage ? null : t;
  }

  /** The first declaration of name+desc from {@code cls} up its superclasses, static or not as asked; null when none. */
  private Target inHierarchy(String cls, String name, String desc, boolean isStatic) {
    for (ClassNode k = classes.apply(cls); k != null; k = k.superName == null ? null : classes.apply(k.superName)) {
      MethodNode m = declared(k, name, desc);
      if (m != null) return ((m.access & Opcodes.ACC_STATIC) != 0) == isStatic ? new Target(k, m) : null;
    }
    return null;
  }

  private static MethodNode declared(ClassNode c, String name, String desc) {
    List<MethodNode> methods = c.methods;
    for (MethodNode m : methods) {
      if (m.name.equals(name) && m.desc.equals(desc)) return m;
    }
    return null;
  }

  private static String packageOf(String internalName) {
    int slash = internalName.lastIndexOf('/');
    return slash < 0 ? "" : internalName.substring(0, slash);
  }

  /**
   * ASM's basic values, with self told apart: the parameters in the given locals, copies of them,
   * and the result of a call given self whose code returns a reference (that code, judged above,
   * returns only self).
   */
  private static final class SelfValues extends BasicInterpreter {
    static final BasicValue SELF = new BasicValue(Type.getObjectType("dev/leibniz/core/objects/BlankCode$Self"));
    /** The prefix of a parameter's entry in the constant locals that marks a made array of the descriptor after it. */
    static final String MADE_ARRAY = "#made";
    /** The entry in the constant locals that marks the object a sub-object is made for ({@link #subObjectConstructor}). */
    static final String OUTER_NAME = "#outer";
    /** That object: only stored into fields of self ({@code allowed}); any other use is refused as an unknown reference. */
    static final BasicValue OUTER = new BasicValue(Type.getObjectType("dev/leibniz/core/objects/BlankCode$Outer"));

    /**
     * A primitive array made by {@code newarray} (kept only where {@link #makesForSelf} admits it), or a parameter given
     * one by the constructor that called this one: a value of its array type marked made.
     */
    static final class Made extends BasicValue {
      Made(Type type) {
        super(type);
      }
    }

    static boolean isMade(BasicValue v) {
      return v instanceof Made;
    }

    static boolean isMadeName(String constantClass) {
      return constantClass.startsWith(MADE_ARRAY);
    }

    private final Set<Integer> self;
    private final java.util.Map<Integer, String> constantLocals;
    private final Function<dev.leibniz.core.ir.FieldRef, String> constants;

    SelfValues(Set<Integer> self, java.util.Map<Integer, String> constantLocals,
        Function<dev.leibniz.core.ir.FieldRef, String> constants) {
      super(Opcodes.ASM9);
      this.self = self;
      this.constantLocals = constantLocals;
      this.constants = constants;
    }

    @Override
    public BasicValue newParameterValue(boolean isInstanceMethod, int local, Type type) {
      String known = constantLocals.get(local);
      if (known != null && isMadeName(known)) return new Made(Type.getType(known.substring(MADE_ARRAY.length())));
      if (OUTER_NAME.equals(known)) return OUTER;
      if (known != null) return new Constant(known);
      return self.contains(local) ? SELF : super.newParameterValue(isInstanceMethod, local, type);
    }

    @Override
    public BasicValue newOperation(AbstractInsnNode insn) throws AnalyzerException {
      if (insn.getOpcode() == Opcodes.GETSTATIC && insn instanceof FieldInsnNode f && f.desc.startsWith("L")) {
        String cls = constants.apply(new dev.leibniz.core.ir.FieldRef(f.owner, f.name, f.desc));
        if (cls != null) return new Constant(cls);
      }
      return super.newOperation(insn);
    }

    @Override
    public BasicValue unaryOperation(AbstractInsnNode insn, BasicValue value) throws AnalyzerException {
      if (insn.getOpcode() == Opcodes.NEWARRAY) return new Made(Type.getType(newArrayDesc(insn))); // basic values type no array
      if (insn.getOpcode() == Opcodes.CHECKCAST && value instanceof Constant) return value;
      return insn.getOpcode() == Opcodes.CHECKCAST && value == SELF ? SELF : super.unaryOperation(insn, value);
    }

    @Override
    public BasicValue naryOperation(AbstractInsnNode insn, List<? extends BasicValue> values) throws AnalyzerException {
      if (insn instanceof MethodInsnNode call && !call.name.equals("<init>")
          && Type.getReturnType(call.desc).getSort() >= Type.ARRAY && values.contains(SELF)
          && values.stream().allMatch(v -> v == SELF || v instanceof Constant || !v.isReference())) {
        return SELF; // judged afterwards: a callee returning anything else is refused
      }
      return super.naryOperation(insn, values);
    }

    @Override
    public BasicValue merge(BasicValue a, BasicValue b) {
      if (a == SELF && b == SELF) return SELF;
      if (a instanceof Made && b instanceof Made && a.getType().equals(b.getType())) return a;
      if (a instanceof Constant && a.equals(b)) return a;
      return super.merge(plain(a), plain(b));
    }

    private static BasicValue plain(BasicValue v) {
      return v == SELF || v instanceof Constant || v instanceof Made ? BasicValue.REFERENCE_VALUE : v;
    }
  }

  /**
   * A static constant of exactly class {@code cls} (its type, which ASM's basic values never give a reference, tells
   * constants of one class alike and apart from every other value).
   */
  private static final class Constant extends BasicValue {
    final String cls;

    Constant(String cls) {
      super(Type.getObjectType(cls));
      this.cls = cls;
    }
  }
}
