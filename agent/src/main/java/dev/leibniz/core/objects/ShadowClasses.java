package dev.leibniz.core.objects;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * The classes nobody annotated whose instances get shadows anyway (README, "Objects"): a class
 * whose {@code double}/{@code float} fields, or the {@code double}/{@code float} arrays its fields
 * hold, are <em>written</em> by code reachable from the marked methods (constructors excepted: a
 * constructor fills the object it builds, and objects built inside are taken apart before
 * differentiation). Such a write is where a derivative goes into an object, so the object needs a
 * shadow to hold it; a class whose fields are only read (a {@code Dataset}, a function object's
 * parameters) stays passive, as before. The class that <em>declares</em> the written field gets the
 * mark (so its subclasses have shadows too, like an inherited annotation), with the first write
 * found as the reason ({@code verbose} prints it).
 *
 * <p>The decision is computed from class files only — the marked methods, then every method of a
 * class outside the JDK they call, transitively (overrides not followed) — so the transformation of
 * a caller, which also walks into the callee, finds at least what the callee's own transformation
 * finds. Where a caller marks more than a marked callee of another class did, the callee lacks the
 * companion the caller asks for, and the caller refuses the call (as for any callee without a
 * companion) instead of calling with a different contract.
 */
public final class ShadowClasses {
  /** Methods read at most, so that a huge library reached by calls costs bounded time. */
  private static final int METHOD_BUDGET = 3000;

  private final Function<String, ClassNode> classes;
  /**
   * The class transformed: the arrays its own fields hold keep the treatment of field-held arrays
   * (written in place, taped or checkpointed as arrays; README, "What is supported"), so an element
   * written there does not by itself give the class shadows (a {@code double} field written does).
   */
  private String self;
  /** Which methods are marked {@code @Differentiable}. */
  private Predicate<MethodNode> marked = m -> false;
  private final Map<String, String> reasons = new LinkedHashMap<>();
  private final Set<String> visited = new HashSet<>();
  private final Map<String, Set<Integer>> paramWrites = new java.util.HashMap<>();
  private final Deque<MethodNode[]> work = new ArrayDeque<>();
  private final Map<MethodNode, String> owners = new java.util.IdentityHashMap<>();
  /** The writes found, each decided (marks its class or not) once the marked set is final. */
  private final List<Write> writes = new java.util.ArrayList<>();
  /** The object fields read or written, each marking its class once the class of what it holds has shadows. */
  private final List<Held> held = new java.util.ArrayList<>();
  /** The classes declaring a {@code double}/{@code float} instance field (or an array of them) that reachable code reads, each with the first reader. */
  private final Map<String, String> readNumbers = new LinkedHashMap<>();
  /** The objects built from numbers that overridable callees return, each marking its class once an argument may be active. */
  private final List<ReturnedBuild> returnedBuilds = new java.util.ArrayList<>();

  private ShadowClasses(Function<String, ClassNode> classes) {
    this.classes = classes;
  }

  /**
   * The un-annotated classes of shadows, each with why, for the marked methods of {@code cn}
   * ({@code marked} says which); {@code classes} reads a class file (null for JDK and unknown classes).
   */
  public static Map<String, String> of(ClassNode cn, Predicate<MethodNode> marked, Function<String, ClassNode> classes) {
    ShadowClasses s = new ShadowClasses(name -> name.equals(cn.name) ? cn : classes.apply(name));
    s.self = cn.name;
    s.marked = marked;
    for (MethodNode m : cn.methods) {
      if (marked.test(m)) {
        s.markedParameters(cn.name, m);
        s.objectOnlyInputs(cn, m);
        s.resultHoldingArrays(cn.name, m);
        s.enqueue(cn.name, m);
      }
    }
    s.run();
    s.decide();
    return s.reasons;
  }

  /**
   * The classes of a marked method's parameters annotated {@code @Differentiable} ({@code double
   * f(@Differentiable Vector3D p, double[] x)}): their objects carry shadows although nothing
   * writes them (a read-only parameter of a class nobody annotated is otherwise passive), so the
   * derivative with respect to a library object's fields can be asked for.
   */
  private void markedParameters(String owner, MethodNode m) {
    org.objectweb.asm.Type[] params = org.objectweb.asm.Type.getArgumentTypes(m.desc);
    for (java.util.List<org.objectweb.asm.tree.AnnotationNode>[] all : java.util.Arrays.asList(m.visibleParameterAnnotations,
        m.invisibleParameterAnnotations)) {
      if (all == null) continue;
      int shift = params.length - all.length; // javac may leave out synthetic leading parameters
      for (int k = 0; k < all.length; k++) {
        if (all[k] == null || k + shift < 0) continue;
        for (org.objectweb.asm.tree.AnnotationNode a : all[k]) {
          org.objectweb.asm.Type t = params[k + shift];
          if (t.getSort() == org.objectweb.asm.Type.ARRAY) t = t.getElementType();
          if (!a.desc.equals("Ldev/leibniz/Differentiable;") || t.getSort() != org.objectweb.asm.Type.OBJECT) continue;
          if (!t.getInternalName().startsWith("java/") && classes.apply(t.getInternalName()) != null) {
            reasons.putIfAbsent(t.getInternalName(), simple(owner) + "." + m.name + " annotates its parameter " + (k + shift)
                + " (" + dev.leibniz.core.JavaSignature.type(t) + ") @Differentiable");
          }
        }
      }
    }
  }

  /**
   * A marked method with no differentiable input but objects ({@code double pointToSegment(Coordinate
   * p, Coordinate a, Coordinate b)} of JTS, EJML's {@code normF(DMatrixD1 a)}, or its receiver: jblas'
   * {@code ComplexDouble.abs()}): nothing but those objects' numbers can be what it was marked for,
   * so their classes get shadows, as if the parameters (and the class) were annotated — when they hold {@code double}/{@code float} fields or arrays of them
   * (an interface type or a class of integers holds nothing to differentiate: refused as before,
   * {@code Refusals.withoutInput}). Decided from the signature and the annotations only (a
   * {@code double} parameter, an annotated parameter or parameter class, or a receiver of an
   * annotated class is an input already), so the typed facade's processor decides the same.
   */
  private void objectOnlyInputs(ClassNode cn, MethodNode m) {
    inputClasses(cn, m).forEach((name, why) -> reasons.putIfAbsent(name, why));
  }

  /**
   * The classes {@link #objectOnlyInputs} gives shadows for marked method {@code m} of {@code cn}, each
   * with why; empty when {@code m} has another input (a floating parameter, an annotated one...).
   */
  public static Map<String, String> objectOnlyInputClasses(ClassNode cn, MethodNode m, Function<String, ClassNode> classes) {
    return new ShadowClasses(name -> name.equals(cn.name) ? cn : classes.apply(name)).inputClasses(cn, m);
  }

  private Map<String, String> inputClasses(ClassNode cn, MethodNode m) {
    Map<String, String> out = new LinkedHashMap<>();
    boolean isStatic = (m.access & Opcodes.ACC_STATIC) != 0;
    if (!isStatic && annotatedChain(cn.name)) return out;
    if (m.visibleParameterAnnotations != null || m.invisibleParameterAnnotations != null) {
      for (List<org.objectweb.asm.tree.AnnotationNode>[] all : java.util.Arrays.asList(m.visibleParameterAnnotations,
          m.invisibleParameterAnnotations)) {
        if (all == null) continue;
        for (List<org.objectweb.asm.tree.AnnotationNode> one : all) {
          if (one != null && one.stream().anyMatch(a -> a.desc.equals(dev.leibniz.core.Companions.ANNOTATION))) return out;
        }
      }
    }
    Type[] params = Type.getArgumentTypes(m.desc);
    for (Type t : params) {
      Type e = t.getSort() == Type.ARRAY ? t.getElementType() : t;
      if (e.getSort() == Type.DOUBLE || e.getSort() == Type.FLOAT) return out;
      if (e.getSort() == Type.OBJECT && annotatedChain(e.getInternalName())) return out;
    }
    for (int k = 0; k < params.length; k++) {
      Type e = params[k].getSort() == Type.ARRAY ? params[k].getElementType() : params[k];
      if (e.getSort() != Type.OBJECT || e.getInternalName().startsWith("java/") || !holdsNumbers(e.getDescriptor(), classes, new HashSet<>())) continue;
      out.putIfAbsent(e.getInternalName(), simple(cn.name) + "." + m.name + " has no differentiable input but its parameter "
          + k + " (" + dev.leibniz.core.JavaSignature.type(e) + "), whose class holds double or float values" + held(e.getInternalName()));
    }
    String top = isStatic ? null : topFloatingClass(cn.name);
    if (top != null) {
      out.putIfAbsent(top, simple(cn.name) + "." + m.name + " has no differentiable input but its receiver (this "
          + simple(cn.name) + "), whose class holds double or float values" + held(cn.name));
    }
    return out;
  }

  /**
   * A marked method returning an object of a class nobody annotated that holds {@code double[]}/{@code float[]} in its
   * instance fields (ta4j's {@code PosteriorFrame}: a count and five arrays; androidx's {@code ViewingConditions}: floats
   * and a {@code float[3]}): the arrays' numbers can leave the method only inside that object, and no twin returning
   * numbers carries an array of any length (core.objects.NewResults), so the class gets shadows, from the highest class
   * of its chain declaring a floating field: the tangent returns the result's shadow holding the arrays' tangents, and
   * the adjoint takes the result's seed, whose arrays the caller fills. Decided from the signature, so the typed
   * facade's processor decides the same.
   */
  private void resultHoldingArrays(String owner, MethodNode m) {
    Type r = Type.getReturnType(m.desc);
    if (r.getSort() != Type.OBJECT || r.getInternalName().startsWith("java/") || annotatedChain(r.getInternalName())
        || !holdsFloatingArray(r.getInternalName())) return;
    String top = topFloatingClass(r.getInternalName());
    if (top != null) reasons.putIfAbsent(top, simple(owner) + "." + m.name + " returns a " + simple(r.getInternalName())
        + ", which holds double or float arrays");
  }

  /** Whether class {@code name} (not an interface) or a superclass declares an instance field holding a {@code double[]} or {@code float[]}. */
  private boolean holdsFloatingArray(String name) {
    int depth = 0;
    for (ClassNode c = classes.apply(name); c != null && depth++ < 64 && !c.name.startsWith("java/");
        c = c.superName == null ? null : classes.apply(c.superName)) {
      if ((c.access & Opcodes.ACC_INTERFACE) != 0) return false;
      for (FieldNode f : c.fields) {
        if ((f.access & Opcodes.ACC_STATIC) == 0 && (f.desc.equals("[D") || f.desc.equals("[F"))) return true;
      }
    }
    return false;
  }

  /** How class {@code name} holds its numbers, for a reason: nothing when in its own fields. */
  private String held(String name) {
    if (holdsFloating(name)) return "";
    return SubclassNumbers.of(name, classes) ? " in its subclasses (reached through its abstract double or float methods)"
        : " in the objects it holds";
  }

  /**
   * The highest class of {@code name}'s chain (outside the JDK) that declares a {@code double}/{@code
   * float} instance field or an array of them, or null: a receiver taken as the input (a {@code double
   * abs()} of a value class nobody annotated: its numbers are all it can have been marked for) gets
   * shadows from there down, so that the fields a superclass's code reads carry derivatives too.
   */
  private static String topFloatingClass(String name, Function<String, ClassNode> classes) {
    String top = null;
    int depth = 0;
    for (ClassNode c = classes.apply(name); c != null && !c.name.startsWith("java/") && depth++ < 64;
        c = c.superName == null ? null : classes.apply(c.superName)) {
      for (FieldNode f : c.fields) {
        if ((f.access & Opcodes.ACC_STATIC) == 0 && holdsNumbers(f.desc, classes, new HashSet<>())) top = c.name;
      }
    }
    return top != null ? top : SubclassNumbers.top(name, classes); // la4j's Vector.norm(): numbers in subclasses
  }

  /**
   * Whether a field of descriptor {@code desc} holds numbers: a {@code double}/{@code float} or an array of them, or
   * an object (or array of objects) of a class outside the JDK (not an interface) that declares such a field, directly
   * or in the objects it holds (JBox2D's {@code Mat22}: two {@code Vec2}; cycles end in {@code seen}).
   */
  private static boolean holdsNumbers(String desc, Function<String, ClassNode> classes, Set<String> seen) {
    if (isScalar(desc) || isArrayOfScalars(desc)) return true;
    String h = heldClass(desc);
    if (h == null || !seen.add(h)) return false;
    int depth = 0;
    for (ClassNode c = classes.apply(h); c != null && depth++ < 64 && !c.name.startsWith("java/");
        c = c.superName == null ? null : classes.apply(c.superName)) {
      if ((c.access & Opcodes.ACC_INTERFACE) != 0) return false;
      for (FieldNode f : c.fields) {
        if ((f.access & Opcodes.ACC_STATIC) == 0 && holdsNumbers(f.desc, classes, seen)) return true;
      }
    }
    return SubclassNumbers.of(h, classes); // an abstract Vector whose subclasses hold the numbers
  }

  private String topFloatingClass(String name) {
    return topFloatingClass(name, classes);
  }

  /** Whether class {@code name} or a superclass is annotated {@code @Differentiable}. */
  private boolean annotatedChain(String name) {
    int depth = 0;
    for (ClassNode c = classes.apply(name); c != null && depth++ < 64; c = c.superName == null ? null : classes.apply(c.superName)) {
      if (isAnnotated(c)) return true;
    }
    return false;
  }

  /** As below, classes read by {@code classes}. */
  public static boolean holdsFloating(String name, Function<String, ClassNode> classes) {
    return new ShadowClasses(classes).holdsFloating(name);
  }

  /** Whether class {@code name} (read from its class file) or a superclass declares an instance field of a floating type or array of one. */
  private boolean holdsFloating(String name) {
    int depth = 0;
    for (ClassNode c = classes.apply(name); c != null && depth++ < 64; c = c.superName == null ? null : classes.apply(c.superName)) {
      for (FieldNode f : c.fields) {
        if ((f.access & Opcodes.ACC_STATIC) == 0 && (isScalar(f.desc) || isArrayOfScalars(f.desc))) return true;
      }
    }
    return false;
  }

  private void enqueue(String owner, MethodNode m) {
    if (m.instructions == null || m.instructions.size() == 0 || "<init>".equals(m.name) || "<clinit>".equals(m.name)) return;
    if (visited.size() >= METHOD_BUDGET || !visited.add(owner + "." + m.name + m.desc)) return;
    owners.put(m, owner);
    work.add(new MethodNode[] {m});
  }

  /** The sources of the method being scanned from which no field is reached ({@link #fieldOrigin}). */
  private Set<AbstractInsnNode> noField = new HashSet<>();

  private void run() {
    while (!work.isEmpty()) {
      MethodNode m = work.poll()[0];
      scan(owners.get(m), m);
    }
  }

  /** Marks the classes whose fields {@code m} writes, and queues its callees. */
  private void scan(String owner, MethodNode m) {
    Frame<SourceValue>[] frames = frames(owner, m);
    noField = new HashSet<>();
    for (int i = 0; i < m.instructions.size(); i++) {
      AbstractInsnNode insn = m.instructions.get(i);
      int op = insn.getOpcode();
      if (op == Opcodes.PUTFIELD || op == Opcodes.GETFIELD) {
        FieldInsnNode f = (FieldInsnNode) insn;
        if (op == Opcodes.PUTFIELD && isScalar(f.desc)) writes.add(new Write(owner, m, frames, i, f.owner, f.name, false, "writes"));
        String heldClass = heldClass(f.desc);
        if (op == Opcodes.GETFIELD && (isScalar(f.desc) || isArrayOfScalars(f.desc))) {
          String declaring = declaring(f.owner, f.name);
          if (declaring != null) readNumbers.putIfAbsent(declaring, simple(owner) + "." + m.name + " reads " + simple(f.owner) + "." + f.name);
        }
        if (heldClass != null) held.add(new Held(owner, m, f.owner, f.name, heldClass, op == Opcodes.PUTFIELD ? "writes" : "reads"));
      } else if ((op == Opcodes.DASTORE || op == Opcodes.FASTORE) && frames != null && frames[i] != null) {
        Frame<SourceValue> fr = frames[i];
        FieldInsnNode f = fieldOrigin(m, frames, fr.getStack(fr.getStackSize() - 3), noField);
        if (f != null) writes.add(new Write(owner, m, frames, i, f.owner, f.name, true, "writes an element of"));
      } else if (insn instanceof MethodInsnNode call) {
        if (op == Opcodes.INVOKESPECIAL && "<init>".equals(call.name)) returnedBuild(owner, m, frames, i, call);
        callee(owner, m, frames, i, call);
      }
    }
  }

  /**
   * A construction {@code new C(a, b)} whose object an overridable method nobody marked returns (jzy3d's {@code
   * Vector2d.vector()} returning {@code new Coord2d(x2 - x1, y2 - y1)}): a call of that method stays a call (its code
   * is not inlined where it may be overridden), so the object crosses the call and carries its fields' derivatives out
   * only in a shadow. Recorded here, and decided with the writes: once a floating argument may be active, {@code C}
   * gets shadows, as it would for a write of the same value into its field after a blank constructor. A method bound
   * statically is inlined by its callers and its object taken apart there; a marked one returns it through the
   * companions' own plan ({@link NewResults}): neither marks.
   */
  private void returnedBuild(String owner, MethodNode m, Frame<SourceValue>[] frames, int i, MethodInsnNode init) {
    if (frames == null || frames[i] == null || marked.test(m) || !overridable(owner, m)) return;
    String built = init.owner;
    if (built.startsWith("java/") || built.startsWith("javax/") || annotatedChain(built) || !holdsFloating(built)) return;
    Type[] args = Type.getArgumentTypes(init.desc);
    Frame<SourceValue> fr = frames[i];
    int receiver = fr.getStackSize() - 1 - args.length;
    Set<AbstractInsnNode> made = news(m, frames, fr.getStack(receiver), new HashSet<>());
    if (made.isEmpty() || !returned(m, frames, made)) return;
    List<SourceValue> numbers = new java.util.ArrayList<>();
    for (int k = 0; k < args.length; k++) {
      if (isScalar(args[k].getDescriptor())) numbers.add(fr.getStack(receiver + 1 + k));
    }
    if (!numbers.isEmpty()) returnedBuilds.add(new ReturnedBuild(owner, m, frames, built, numbers));
  }

  /** Whether a call of {@code m} may run another class's code: not static, private or final, in a class that is not final. */
  private boolean overridable(String owner, MethodNode m) {
    if ((m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL)) != 0) return false;
    ClassNode c = classes.apply(owner);
    return c != null && (c.access & Opcodes.ACC_FINAL) == 0;
  }

  /** The {@code NEW} instructions a reference came from (through locals, casts and copies). */
  private static Set<AbstractInsnNode> news(MethodNode m, Frame<SourceValue>[] frames, SourceValue v, Set<AbstractInsnNode> seen) {
    Set<AbstractInsnNode> out = new HashSet<>();
    for (AbstractInsnNode src : v.insns) {
      if (!seen.add(src)) continue;
      if (src.getOpcode() == Opcodes.NEW) {
        out.add(src);
        continue;
      }
      if (src.getOpcode() == Opcodes.AALOAD) continue; // a row, not the object
      SourceValue inner = feeding(m, frames, src);
      if (inner != null) out.addAll(news(m, frames, inner, seen));
    }
    return out;
  }

  /** Whether an {@code areturn} of {@code m} may return one of the objects made at {@code made}. */
  private static boolean returned(MethodNode m, Frame<SourceValue>[] frames, Set<AbstractInsnNode> made) {
    for (int k = 0; k < m.instructions.size(); k++) {
      if (m.instructions.get(k).getOpcode() != Opcodes.ARETURN || frames[k] == null) continue;
      Frame<SourceValue> fr = frames[k];
      for (AbstractInsnNode n : news(m, frames, fr.getStack(fr.getStackSize() - 1), new HashSet<>())) {
        if (made.contains(n)) return true;
      }
    }
    return false;
  }

  /** An object of class {@code built} that {@code m} makes from {@code numbers} (its floating arguments) and returns. */
  private record ReturnedBuild(String owner, MethodNode m, Frame<SourceValue>[] frames, String built, List<SourceValue> numbers) {}

  /** Marks the classes of the returned builds given a value that may be active; true when one was marked. */
  private boolean returnedBuilds() {
    boolean changed = false;
    for (java.util.Iterator<ReturnedBuild> it = returnedBuilds.iterator(); it.hasNext(); ) {
      ReturnedBuild r = it.next();
      if (r.numbers().stream().noneMatch(v -> mayBeActive(r.m(), r.frames(), v, new HashSet<>()))) continue;
      it.remove();
      String top = topFloatingClass(r.built());
      String marks = top != null ? top : r.built();
      if (marks.startsWith("java/") || reasons.containsKey(marks) || annotatedChain(marks)) continue;
      reasons.put(marks, simple(r.owner()) + "." + r.m().name + " returns a new " + simple(r.built())
          + " built from values that may carry derivatives, and may be overridden (so its callers keep the call)");
      changed = true;
    }
    return changed;
  }

  /** Queues a callee; marks the fields whose arrays it is given and writes (a helper, {@code System.arraycopy}, {@code Arrays.fill}). */
  private void callee(String owner, MethodNode m, Frame<SourceValue>[] frames, int i, MethodInsnNode call) {
    if ("<init>".equals(call.name)) return;
    Type[] args = Type.getArgumentTypes(call.desc);
    boolean isStatic = call.getOpcode() == Opcodes.INVOKESTATIC;
    Set<Integer> written = writtenParams(call);
    if (frames != null && frames[i] != null && !written.isEmpty()) {
      Frame<SourceValue> fr = frames[i];
      int slots = args.length + (isStatic ? 0 : 1);
      for (int k : written) {
        int index = k + (isStatic ? 0 : 1);
        if (index >= slots) continue;
        FieldInsnNode f = fieldOrigin(m, frames, fr.getStack(fr.getStackSize() - slots + index), noField);
        if (f != null) markElement(f.owner, f.name, owner, m, "passes to " + simple(call.owner) + "." + call.name + ", which writes, the array in");
      }
    }
    MethodHolder target = resolve(call.owner, call.name, call.desc);
    if (target == null) return;
    enqueue(target.owner, target.method);
    if (marked.test(target.method)) signatureInputsOf(target.owner);
  }

  /** The classes whose marked methods' signatures were read ({@link #signatureInputsOf}). */
  private final Set<String> signaturesRead = new HashSet<>();

  /**
   * A marked method of another class called: its companions take the shadows its own class's transformation gives,
   * which include the classes of every marked method's object-only inputs and annotated parameters there (SuanShu's
   * {@code NormalDistribution.entropy()}, no input but its receiver, gives {@code NormalDistribution} shadows, and
   * with them {@code cdf$tangent} takes the receiver's shadow). Read here too, so that the caller asks for the
   * companion with the contract the callee's class has ({@code LogNormalDistribution.cdf} calling {@code normal.cdf}).
   */
  private void signatureInputsOf(String owner) {
    if (owner.equals(self) || !signaturesRead.add(owner)) return;
    ClassNode c = classes.apply(owner);
    if (c == null) return;
    for (MethodNode m : c.methods) {
      if (marked.test(m)) {
        markedParameters(owner, m);
        objectOnlyInputs(c, m);
        resultHoldingArrays(owner, m);
      }
    }
  }

  /** The parameters (0 = first declared) whose {@code double[]}/{@code float[]} contents a call writes. */
  private Set<Integer> writtenParams(MethodInsnNode call) {
    if ("java/lang/System".equals(call.owner) && "arraycopy".equals(call.name)) return Set.of(2);
    if ("java/util/Arrays".equals(call.owner) && ("fill".equals(call.name) || "setAll".equals(call.name))) return Set.of(0);
    MethodHolder target = resolve(call.owner, call.name, call.desc);
    if (target == null) return Set.of();
    String key = target.owner + "." + call.name + call.desc;
    Set<Integer> known = paramWrites.get(key);
    if (known != null) return known;
    paramWrites.put(key, Set.of()); // recursion: what the cycle finds below is enough for the common cases
    Set<Integer> found = new HashSet<>();
    MethodNode m = target.method;
    Frame<SourceValue>[] frames = frames(target.owner, m);
    if (frames != null) {
      for (int i = 0; i < m.instructions.size(); i++) {
        AbstractInsnNode insn = m.instructions.get(i);
        Frame<SourceValue> fr = frames[i];
        if (fr == null) continue;
        if (insn.getOpcode() == Opcodes.DASTORE || insn.getOpcode() == Opcodes.FASTORE) {
          int p = paramIndex(m, paramOrigin(m, frames, fr.getStack(fr.getStackSize() - 3), new HashSet<>()));
          if (p >= 0) found.add(p);
        } else if (insn instanceof MethodInsnNode c && !"<init>".equals(c.name)) {
          // a parameter handed on to a method that writes it (an overload adding an offset, then the kernel)
          boolean calleeStatic = c.getOpcode() == Opcodes.INVOKESTATIC;
          int slots = Type.getArgumentTypes(c.desc).length + (calleeStatic ? 0 : 1);
          for (int k : writtenParams(c)) {
            int index = k + (calleeStatic ? 0 : 1);
            if (index >= slots) continue;
            int p = paramIndex(m, paramOrigin(m, frames, fr.getStack(fr.getStackSize() - slots + index), new HashSet<>()));
            if (p >= 0) found.add(p);
          }
        }
      }
    }
    Set<Integer> result = Set.copyOf(found);
    paramWrites.put(key, result);
    return result;
  }

  /**
   * A write of a {@code double}/{@code float} into a field (or an element of an array a field
   * holds) at instruction {@code index} of {@code m}; the stored value is the top of the stack.
   */
  private record Write(String writerOwner, MethodNode m, Frame<SourceValue>[] frames, int index,
      String fieldOwner, String field, boolean element, String how) {}

  /**
   * An access, outside constructors, to an instance field holding an object (or an array of objects) of class {@code
   * heldClass} outside the JDK: once that class has shadows, the class declaring the field gets them too (Mat22's
   * {@code final Vec2 ex}, Transform's {@code Vec2 p} and {@code Rot q}), so that the numbers held in the object are
   * reached through the holder's shadow (a shadow's object field holds the held object's shadow) instead of through a
   * passive holder (refused by {@code Activity}: an object held by a passive object may receive active values).
   */
  private record Held(String accessorOwner, MethodNode m, String fieldOwner, String field, String heldClass, String how) {}

  /** The class (outside the JDK) of the objects a field of descriptor {@code desc} holds, directly or in arrays; null for others. */
  private static String heldClass(String desc) {
    Type t = Type.getType(desc);
    Type e = t.getSort() == Type.ARRAY ? t.getElementType() : t;
    if (e.getSort() != Type.OBJECT || e.getInternalName().startsWith("java/") || e.getInternalName().startsWith("javax/")) return null;
    return e.getInternalName();
  }

  /** Whether the instances of class {@code name} (a class, not an interface) have shadows: annotated, or marked so far, or below one. */
  private boolean classHasShadows(String name) {
    ClassNode first = classes.apply(name);
    if (first == null || (first.access & Opcodes.ACC_INTERFACE) != 0) return false;
    int depth = 0;
    for (ClassNode c = first; c != null && depth++ < 64; c = c.superName == null ? null : classes.apply(c.superName)) {
      if (reasons.containsKey(c.name) || isAnnotated(c)) return true;
    }
    return false;
  }

  /**
   * The classes whose numbers reachable code reads, held in a field of a class nobody annotated that got shadows and
   * declares no number of its own (a container: JBox2D's {@code Transform}, a {@code Vec2} and a {@code Rot}, got
   * them for its {@code Vec2}): such a class is there for the numbers it holds, so the {@code Rot}'s are differentiable
   * too — otherwise its shadow would hold a rotation's shadow that the companions ignore, a derivative silently 0
   * along numbers the caller sees in the shadow. Annotated classes keep their contract (a held object of a class
   * without shadows is passive data, a {@code Dataset}), and so do classes with numbers of their own. True when a
   * class was marked.
   */
  private boolean heldByContainers() {
    boolean changed = false;
    for (String container : List.copyOf(reasons.keySet())) {
      ClassNode cn = classes.apply(container);
      if (cn == null || holdsFloating(container) || annotatedChain(container)) continue;
      for (ClassNode c = cn; c != null && !c.name.startsWith("java/"); c = c.superName == null ? null : classes.apply(c.superName)) {
        for (FieldNode f : c.fields) {
          String h = (f.access & Opcodes.ACC_STATIC) == 0 ? heldClass(f.desc) : null;
          if (h == null || classHasShadows(h)) continue;
          String subclassNumbers = SubclassNumbers.top(h, classes);
          if (subclassNumbers != null) { // la4j's GaussJordanInverter holding a Matrix: read through its abstract get
            reasons.put(subclassNumbers, simple(container) + " has shadows and holds no number of its own but a "
                + simple(h) + " in " + simple(c.name) + "." + f.name + ", whose numbers live in its subclasses");
            changed = true;
            continue;
          }
          for (ClassNode k = classes.apply(h); k != null && !k.name.startsWith("java/"); k = k.superName == null ? null : classes.apply(k.superName)) {
            String read = readNumbers.get(k.name);
            if (read == null || (k.access & Opcodes.ACC_INTERFACE) != 0 || reasons.containsKey(k.name)) continue;
            reasons.put(k.name, read + ", held in " + simple(c.name) + "." + f.name + " (" + simple(container)
                + " has shadows and holds no number of its own)");
            changed = true;
          }
        }
      }
    }
    return changed;
  }

  private static String article(String internalName) {
    String s = simple(internalName);
    return ("AEIOU".indexOf(s.charAt(0)) >= 0 ? "an " : "a ") + s;
  }

  /**
   * Marks the classes of the writes whose value may carry a derivative, to a fixpoint: a field of
   * a class marked by one write is active when another write reads it. A passive write (a counter
   * {@code st.evals += 1}, a constant, an {@code int} converted) marks nothing, so it does not change
   * the companions' contract; a write left unmarked that turns out active is refused by {@code
   * Activity} with a located diagnostic (under-marking is safe, over-marking changes contracts).
   */
  private void decide() {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (java.util.Iterator<Held> it = held.iterator(); it.hasNext(); ) {
        Held h = it.next();
        if (!classHasShadows(h.heldClass())) continue;
        it.remove();
        int before = reasons.size();
        mark(h.fieldOwner(), h.field(), h.accessorOwner(), h.m(), h.how(), ", which holds " + article(h.heldClass())
            + " (a class with shadows)");
        changed |= reasons.size() > before;
      }
      changed |= heldByContainers();
      changed |= returnedBuilds();
      for (java.util.Iterator<Write> it = writes.iterator(); it.hasNext(); ) {
        Write w = it.next();
        if (!mayBeActive(w)) continue;
        it.remove();
        int before = reasons.size();
        if (w.element()) markElement(w.fieldOwner(), w.field(), w.writerOwner(), w.m(), w.how());
        else mark(w.fieldOwner(), w.field(), w.writerOwner(), w.m(), w.how());
        changed |= reasons.size() > before;
      }
    }
  }

  private boolean mayBeActive(Write w) {
    Frame<SourceValue> fr = w.frames() == null ? null : w.frames()[w.index()];
    if (fr == null) return true; // not analysable: as before, the write marks
    return mayBeActive(w.m(), w.frames(), fr.getStack(fr.getStackSize() - 1), new HashSet<>());
  }

  /**
   * Whether a {@code double}/{@code float} value may carry a derivative, from where it came
   * (through arithmetic, conversions, copies and locals): not when every source is a constant, an
   * {@code int}/{@code long} converted, or a field of a class without shadows; a parameter, an array
   * element, a call's result, a field of a class with shadows, anything else may.
   */
  private boolean mayBeActive(MethodNode m, Frame<SourceValue>[] frames, SourceValue v, Set<AbstractInsnNode> seen) {
    if (v.insns.isEmpty()) return true; // a parameter's value on entry
    for (AbstractInsnNode src : v.insns) {
      if (!seen.add(src)) continue;
      Frame<SourceValue> fr = frames[m.instructions.indexOf(src)];
      if (fr == null) return true;
      int top = fr.getStackSize() - 1;
      switch (src.getOpcode()) {
        case Opcodes.DCONST_0, Opcodes.DCONST_1, Opcodes.FCONST_0, Opcodes.FCONST_1, Opcodes.FCONST_2, Opcodes.LDC,
            Opcodes.I2D, Opcodes.L2D, Opcodes.I2F, Opcodes.L2F, Opcodes.GETSTATIC:
          break; // a constant, an integer converted, a static field (statics have no shadows)
        case Opcodes.GETFIELD: {
          FieldInsnNode f = (FieldInsnNode) src;
          if (hasShadows(f.owner, f.name)) return true;
          break;
        }
        case Opcodes.DLOAD, Opcodes.FLOAD:
          if (((VarInsnNode) src).var < parameterSlots(m)) return true; // a parameter (its entry value merges invisibly)
          if (mayBeActive(m, frames, fr.getLocal(((VarInsnNode) src).var), seen)) return true;
          break;
        case Opcodes.DSTORE, Opcodes.FSTORE, Opcodes.DNEG, Opcodes.FNEG, Opcodes.F2D, Opcodes.D2F, Opcodes.DUP, Opcodes.DUP_X1,
            Opcodes.DUP_X2:
          if (mayBeActive(m, frames, fr.getStack(top), seen)) return true;
          break;
        case Opcodes.DUP2, Opcodes.DUP2_X1, Opcodes.DUP2_X2: {
          // a double is one entry of size 2; two floats are two entries
          if (mayBeActive(m, frames, fr.getStack(top), seen)) return true;
          if (fr.getStack(top).size == 1 && top >= 1 && mayBeActive(m, frames, fr.getStack(top - 1), seen)) return true;
          break;
        }
        case Opcodes.DADD, Opcodes.DSUB, Opcodes.DMUL, Opcodes.DDIV, Opcodes.DREM,
            Opcodes.FADD, Opcodes.FSUB, Opcodes.FMUL, Opcodes.FDIV, Opcodes.FREM:
          if (mayBeActive(m, frames, fr.getStack(top), seen) || mayBeActive(m, frames, fr.getStack(top - 1), seen)) return true;
          break;
        default:
          return true; // an array element, a call's result, a parameter, ...
      }
    }
    return false;
  }

  /** Whether the class declaring instance field {@code name} (from {@code owner} up) has shadows: annotated, or marked so far. */
  private boolean hasShadows(String owner, String name) {
    String declaring = declaring(owner, name);
    if (declaring == null) return false; // a JDK or unknown class: no shadows
    int depth = 0;
    for (ClassNode c = classes.apply(declaring); c != null && depth++ < 64; c = c.superName == null ? null : classes.apply(c.superName)) {
      if (reasons.containsKey(c.name) || isAnnotated(c)) return true;
    }
    return false;
  }

  private static boolean isAnnotated(ClassNode c) {
    for (List<org.objectweb.asm.tree.AnnotationNode> list : java.util.Arrays.asList(c.visibleAnnotations, c.invisibleAnnotations)) {
      if (list == null) continue;
      for (org.objectweb.asm.tree.AnnotationNode a : list) {
        if (a.desc.equals(dev.leibniz.core.Companions.ANNOTATION)) return true;
      }
    }
    return false;
  }

  /**
   * The field a reference came from (through locals, casts and rows of arrays of arrays), or null. {@code noField}
   * holds sources of the method from which no field is reached, grown here: a search that finds none has seen only
   * such sources. Skipping them changes no answer, and keeps the searches of a method linear in all: each element
   * stored into an array initializer's {@code dup} would otherwise walk back through every {@code dup} before it
   * (JSOFA's {@code jauXy06}, tables of thousands of numbers).
   */
  private static FieldInsnNode fieldOrigin(MethodNode m, Frame<SourceValue>[] frames, SourceValue v, Set<AbstractInsnNode> noField) {
    Set<AbstractInsnNode> seen = new HashSet<>();
    FieldInsnNode f = fieldOrigin(m, frames, v, seen, noField);
    if (f == null) noField.addAll(seen);
    return f;
  }

  private static FieldInsnNode fieldOrigin(MethodNode m, Frame<SourceValue>[] frames, SourceValue v, Set<AbstractInsnNode> seen,
      Set<AbstractInsnNode> noField) {
    for (AbstractInsnNode src : inCodeOrder(m, v.insns)) {
      if (noField.contains(src) || !seen.add(src)) continue;
      int op = src.getOpcode();
      if (op == Opcodes.GETFIELD && isArrayOfScalars(((FieldInsnNode) src).desc)) return (FieldInsnNode) src;
      SourceValue inner = feeding(m, frames, src);
      if (inner != null) {
        FieldInsnNode f = fieldOrigin(m, frames, inner, seen, noField);
        if (f != null) return f;
      }
    }
    return null;
  }

  /** The parameter slot a reference came from (through locals never reassigned, casts and rows), or -1. */
  private static int paramOrigin(MethodNode m, Frame<SourceValue>[] frames, SourceValue v, Set<AbstractInsnNode> seen) {
    for (AbstractInsnNode src : inCodeOrder(m, v.insns)) {
      if (!seen.add(src)) continue;
      if (src.getOpcode() == Opcodes.ALOAD) {
        int slot = ((VarInsnNode) src).var;
        Frame<SourceValue> fr = frames[m.instructions.indexOf(src)];
        if (fr != null && fr.getLocal(slot).insns.isEmpty() && slot < parameterSlots(m)) return slot;
      }
      SourceValue inner = feeding(m, frames, src);
      if (inner != null) {
        int p = paramOrigin(m, frames, inner, seen);
        if (p >= 0) return p;
      }
    }
    return -1;
  }

  /**
   * A value's sources in code order: ASM keeps merged sources in hash sets of instructions
   * (identity hashes), and the origin searches return the first match, which must not depend on them.
   */
  private static List<AbstractInsnNode> inCodeOrder(MethodNode m, Set<AbstractInsnNode> sources) {
    List<AbstractInsnNode> ordered = new java.util.ArrayList<>(sources);
    if (ordered.size() > 1) ordered.sort(java.util.Comparator.comparingInt(m.instructions::indexOf));
    return ordered;
  }

  /** What flows into {@code src} when it only passes a reference on: a local's stored values, a cast's operand, an array of rows. */
  private static SourceValue feeding(MethodNode m, Frame<SourceValue>[] frames, AbstractInsnNode src) {
    Frame<SourceValue> fr = frames[m.instructions.indexOf(src)];
    if (fr == null) return null;
    switch (src.getOpcode()) {
      case Opcodes.ALOAD: return fr.getLocal(((VarInsnNode) src).var);
      case Opcodes.ASTORE, Opcodes.CHECKCAST, Opcodes.DUP: return fr.getStack(fr.getStackSize() - 1);
      case Opcodes.DUP_X1, Opcodes.DUP_X2, Opcodes.DUP2, Opcodes.DUP2_X1, Opcodes.DUP2_X2: {
        // a copy of one of the top values (a.data[i++] -= v duplicates the array and the index): any of them
        java.util.Set<AbstractInsnNode> all = new HashSet<>();
        for (int k = Math.max(0, fr.getStackSize() - 2); k < fr.getStackSize(); k++) all.addAll(fr.getStack(k).insns);
        return new SourceValue(1, all);
      }
      case Opcodes.AALOAD: return fr.getStack(fr.getStackSize() - 2);
      default: return null;
    }
  }

  /** The declared parameter (0 = first) held in local {@code slot} on entry; -1 for the receiver or none. */
  private static int paramIndex(MethodNode m, int slot) {
    int at = (m.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
    Type[] args = Type.getArgumentTypes(m.desc);
    for (int k = 0; k < args.length && at <= slot; k++) {
      if (at == slot) return k;
      at += args[k].getSize();
    }
    return -1;
  }

  private static int parameterSlots(MethodNode m) {
    return (Type.getArgumentsAndReturnSizes(m.desc) >> 2) - ((m.access & Opcodes.ACC_STATIC) != 0 ? 1 : 0);
  }

  private static Frame<SourceValue>[] frames(String owner, MethodNode m) {
    try {
      return new Analyzer<>(new SourceInterpreter()).analyze(owner, m);
    } catch (AnalyzerException | RuntimeException e) {
      return null;
    }
  }

  /** Marks the class declaring field {@code name} (found from {@code owner} up), unless it is a JDK class or already marked. */
  private void mark(String owner, String name, String writerOwner, MethodNode writer, String how) {
    mark(owner, name, writerOwner, writer, how, "");
  }

  /** As above, {@code why} appended to the reason. */
  private void mark(String owner, String name, String writerOwner, MethodNode writer, String how, String why) {
    String declaring = declaring(owner, name);
    if (declaring == null || declaring.startsWith("java/") || reasons.containsKey(declaring)) return;
    reasons.put(declaring, simple(writerOwner) + "." + writer.name + " " + how + " " + simple(owner) + "." + name + why);
  }

  /** {@link #mark} for a write into an array a field holds: not for the transformed class's own fields. */
  private void markElement(String owner, String name, String writerOwner, MethodNode writer, String how) {
    if (!self.equals(declaring(owner, name))) mark(owner, name, writerOwner, writer, how);
  }

  private String declaring(String owner, String name) {
    int depth = 0;
    for (ClassNode c = classes.apply(owner); c != null && depth++ < 64; c = c.superName == null ? null : classes.apply(c.superName)) {
      for (FieldNode f : c.fields) {
        if (f.name.equals(name) && (f.access & Opcodes.ACC_STATIC) == 0) return c.name;
      }
    }
    return null;
  }

  private record MethodHolder(String owner, MethodNode method) {}

  /** The method a call runs when the receiver's class is the one named (its nearest declaration), or null. */
  private MethodHolder resolve(String owner, String name, String desc) {
    int depth = 0;
    for (ClassNode c = classes.apply(owner); c != null && depth++ < 64; c = c.superName == null ? null : classes.apply(c.superName)) {
      for (MethodNode mn : c.methods) {
        if (mn.name.equals(name) && mn.desc.equals(desc)) return (mn.access & Opcodes.ACC_ABSTRACT) != 0 ? null : new MethodHolder(c.name, mn);
      }
    }
    return null;
  }

  private static boolean isScalar(String desc) {
    return "D".equals(desc) || "F".equals(desc);
  }

  private static boolean isArrayOfScalars(String desc) {
    return desc.startsWith("[") && (desc.endsWith("D") || desc.endsWith("F"));
  }

  private static String simple(String internalName) {
    return internalName.substring(internalName.lastIndexOf('/') + 1).replace('$', '.');
  }

  /** For tests and {@code verbose}: one line per class, "C: why". */
  public static List<String> lines(Map<String, String> reasons) {
    List<String> out = new java.util.ArrayList<>();
    reasons.forEach((c, why) -> out.add("leibniz: shadows for " + c.replace('/', '.') + " (not annotated): " + why));
    return out;
  }
}
