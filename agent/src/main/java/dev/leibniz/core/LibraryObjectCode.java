package dev.leibniz.core;

import dev.leibniz.core.ir.FieldRef;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.lift.Lifter;
import dev.leibniz.core.objects.LambdaCalls;
import dev.leibniz.core.objects.ObjectCode;
import dev.leibniz.core.objects.ValuedConstructions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/** {@link ObjectCode} over the class being differentiated and its {@link ClassLibrary}. */
final class LibraryObjectCode implements ObjectCode {
  private final ClassNode own;
  private final ClassLibrary library;
  /** Lifted bodies by {@code owner.name+desc} (the inliner copies them, never changes them). */
  private final Map<String, Graph> bodies = new HashMap<>();
  private final Map<String, String> liftErrors = new HashMap<>();
  /** {@link #lambdaOfConstant} by field (asked for every call of an interface method on a static field). */
  private final Map<FieldRef, java.util.Optional<InvokeDynamicInsnNode>> constantLambdas = new HashMap<>();

  /** Binds calls by their receiver's class in every graph of the class being differentiated (SourceClass) and here. */
  final ReceiverClasses receivers;

  LibraryObjectCode(ClassNode own, ClassLibrary library) {
    this.own = own;
    this.library = library;
    this.receivers = new ReceiverClasses(library, own.name);
  }

  /** The calls of {@code g} that pass objects with shadows to parameters declared without, made calls of views ({@link ArgumentClasses}). */
  void retypeArguments(Graph g, dev.leibniz.core.ir.Shadows shadows) {
    ArgumentClasses.retype(g, library, shadows, own.name);
    TypedFunctionCalls.retype(g, library, shadows);
  }

  /**
   * The calls of generic functions that other classes' code, inlined into {@code g} (ObjectsToValues: {@code Kind.norm(v)}
   * on a new object), brought in erased, seen with their objects' classes as the graph's own are ({@link TypedFunctionCalls}).
   */
  void retypeInlinedFunctions(Graph g, dev.leibniz.core.ir.Shadows shadows) {
    TypedFunctionCalls.retype(g, library, shadows);
    // op.apply(a, b) of an Op<Double>, unboxed: seen with a double result once objects made here (a lambda, an anonymous
    // class) have become their code, so only calls still dispatched are
    BoxedResultCalls.retype(g, library, shadows);
    // f.apply(x) of a caller-given Function<Double, Double>, its box only unboxed: seen as double apply(double)
    BoxedFunctionCalls.retype(g, library);
  }

  private ClassNode node(String owner) {
    return owner.equals(own.name) ? own : library.classNode(owner);
  }

  /**
   * {@link #blankConstructor} and {@link #constantsCopied} by constructor ({@code owner.<init>desc}): each analyses the
   * constructor's bytecode, asked again at every construction of every graph (JSOFA's {@code jauNut00a} makes 1365
   * objects of one class per call).
   */
  private final Map<String, java.util.List<dev.leibniz.core.ir.FieldPath>> blankConstructors = new HashMap<>();
  private final Map<String, java.util.Set<FieldRef>> constantsCopied = new HashMap<>();

  @Override
  public java.util.List<dev.leibniz.core.ir.FieldPath> blankConstructor(MethodRef init) {
    String key = init.owner() + "." + init.desc();
    if (blankConstructors.containsKey(key)) return blankConstructors.get(key);
    java.util.List<dev.leibniz.core.ir.FieldPath> fields =
        dev.leibniz.core.objects.BlankConstructors.fieldsToZero(init.owner(), init.desc(), this::node);
    fields = fields == null ? null : java.util.Collections.unmodifiableList(fields);
    blankConstructors.put(key, fields);
    return fields;
  }

  @Override
  public java.util.Set<FieldRef> constantsCopied(MethodRef init) {
    return constantsCopied.computeIfAbsent(init.owner() + "." + init.desc(), k -> java.util.Collections.unmodifiableSet(
        dev.leibniz.core.objects.BlankConstructors.constantsCopied(init.owner(), init.desc(), this::node)));
  }

  @Override
  public java.util.List<java.util.List<FieldRef>> plainConstructor(MethodRef init, String from) {
    return dev.leibniz.core.objects.ValuedConstructions.fieldsOf(node(init.owner()), init.desc(), from, this::node);
  }

  @Override
  public java.util.List<dev.leibniz.core.ir.FieldPath> madeFieldsToZero(MethodRef init) {
    java.util.List<dev.leibniz.core.objects.MadeFields.Made> made = dev.leibniz.core.objects.MadeFields.of(node(init.owner()),
        init.desc(), this::node);
    return made == null ? java.util.List.of() : dev.leibniz.core.objects.MadeFields.zeroed(made);
  }

  @Override
  public boolean leavesMadeAlike(MethodRef init, ValuedConstructions.Layout layout) {
    if (layout.made().isEmpty()) return true;
    ClassNode c = node(init.owner());
    return dev.leibniz.core.objects.MadeFields.alike(layout.made(), dev.leibniz.core.objects.MadeFields.of(c, init.desc(), this::node))
        && dev.leibniz.core.objects.MadeFields.keepsSelf(c, init.desc(), this::node);
  }

  @Override
  public dev.leibniz.core.objects.ValuedConstructions.Layout layoutConstructor(String cls, String from) {
    return dev.leibniz.core.objects.ValuedConstructions.layoutOf(node(cls), from,
        desc -> dev.leibniz.core.objects.BlankConstructors.fieldsToZero(cls, desc, this::node) != null, this::node);
  }

  @Override
  public dev.leibniz.core.objects.ValuedConstructions.Layout refillLayout(MethodRef init, String from) {
    return dev.leibniz.core.objects.ValuedConstructions.refillLayout(node(init.owner()), init.desc(), from, this::node);
  }

  @Override
  public dev.leibniz.core.objects.ValuedConstructions.Layout immutableConstant(FieldRef f, String from) {
    Type t = Type.getType(f.desc());
    if (t.getSort() != Type.OBJECT || !isFinal(f) || !t.getInternalName().equals(exactClassOfConstant(f))) return null;
    ClassNode c = node(t.getInternalName());
    if (c == null || !finalFields(c)) return null;
    ValuedConstructions.Layout callable = layoutConstructor(c.name, from);
    // A constructor private to the constant's class (WorldWind's Angle, made by factories): the zero shadow's
    // construction is linked through the host's leibniz$access (Relocation; Activity marks the graph for it)
    ValuedConstructions.Layout layout = callable != null ? callable : layoutConstructor(c.name, c.name);
    // an array field is mutable through a final field, and a zero shadow made by the layout would hold no array
    // sub-objects made (MadeFields): the zero object would hold them unzeroed
    return layout == null || layout.fields().stream().anyMatch(x -> x.desc().startsWith("[")) || !layout.made().isEmpty() ? null : layout;
  }

  @Override
  public boolean fieldlessConstant(FieldRef f) {
    if (Type.getType(f.desc()).getSort() != Type.OBJECT || !isFinal(f)) return false;
    String exact = exactClassOfConstant(f);
    for (ClassNode c = exact == null ? null : node(exact); c != null; c = node(c.superName)) {
      for (org.objectweb.asm.tree.FieldNode field : c.fields) {
        if ((field.access & Opcodes.ACC_STATIC) == 0) return false;
      }
      if ("java/lang/Object".equals(c.superName)) return true;
    }
    return false; // a class on the way cannot be read
  }

  @Override
  public boolean immutable(String cls) {
    ClassNode c = node(cls);
    return c != null && "java/lang/Object".equals(c.superName) && finalFields(c);
  }

  /** True when every instance field {@code c} declares is final. */
  private static boolean finalFields(ClassNode c) {
    for (org.objectweb.asm.tree.FieldNode field : c.fields) {
      if ((field.access & (Opcodes.ACC_STATIC | Opcodes.ACC_FINAL)) == 0) return false; // a mutable instance field
    }
    return true;
  }

  @Override
  public boolean isRecord(String cls) {
    ClassNode c = node(cls);
    return c != null && "java/lang/Record".equals(c.superName);
  }

  private record Found(ClassNode owner, MethodNode method) {}

  /**
   * The method {@code name+desc} in {@code cls} or its nearest superclass declaring it, else a
   * default method of its interfaces.
   */
  private Found resolve(String cls, String name, String desc) {
    ClassLibrary.Declaration view = library.argumentViewOf(cls, name, desc); // a static method seen for its arguments' classes
    if (view != null) return new Found(view.owner(), view.method());
    Deque<String> interfaces = new ArrayDeque<>();
    for (ClassNode c = node(cls); c != null; c = c.superName == null ? null : node(c.superName)) {
      for (MethodNode m : c.methods) {
        if (m.name.equals(name) && m.desc.equals(desc)) return new Found(c, m);
      }
      interfaces.addAll(c.interfaces);
    }
    Set<String> seen = new HashSet<>();
    while (!interfaces.isEmpty()) {
      ClassNode c = node(interfaces.poll());
      if (c == null || !seen.add(c.name)) continue;
      for (MethodNode m : c.methods) {
        if (m.name.equals(name) && m.desc.equals(desc) && (m.access & Opcodes.ACC_ABSTRACT) == 0) return new Found(c, m);
      }
      interfaces.addAll(c.interfaces);
    }
    return null;
  }

  /** The methods whose returned class is being decided (a factory returning another's result, recursion cut). */
  private final Set<String> deciding = new HashSet<>();

  @Override
  public String returnedClass(MethodRef m, String exactClass) {
    Graph g = body(m, exactClass);
    String key = m.owner() + "." + m.name() + m.desc() + "@" + exactClass;
    if (g == null || !deciding.add(key)) return null;
    try {
      return returnedClass(g);
    } finally {
      deciding.remove(key);
    }
  }

  private String returnedClass(Graph g) {
    String c = null;
    for (dev.leibniz.core.ir.Block b : g.blocks) {
      if (b.terminator.op != dev.leibniz.core.ir.Op.RETURN || b.terminator.args.length != 1) continue;
      String r = classOf(b.terminator.arg(0), new HashSet<>());
      if (r == null || (c != null && !c.equals(r))) return null;
      c = r;
    }
    return c;
  }

  /** The exact class of a returned value: a new object, a constant object, or merges of them. */
  private String classOf(dev.leibniz.core.ir.Value v, Set<dev.leibniz.core.ir.Value> seen) {
    if (!seen.add(v)) return "";
    if (v instanceof dev.leibniz.core.ir.Phi) {
      String c = "";
      for (dev.leibniz.core.ir.Value in : ((dev.leibniz.core.ir.Phi) v).inputs) {
        String r = classOf(in, seen);
        if (r == null || (!c.isEmpty() && !r.isEmpty() && !c.equals(r))) return null;
        if (!r.isEmpty()) c = r;
      }
      return c;
    }
    dev.leibniz.core.ir.Insn i = (dev.leibniz.core.ir.Insn) v;
    switch (i.op) {
      case NEW: return ClassLibrary.isJdk(i.type.getInternalName()) ? null : i.type.getInternalName();
      case GETSTATIC: return exactClassOfConstant((FieldRef) i.attr);
      case CHECKCAST: return classOf(i.arg(0), seen);
      case INVOKE: // the result of a factory whose code the call names (S1Angle.radians(x) returning new S1Angle(x))
        return i.attr instanceof MethodRef m && !ClassLibrary.isJdk(i.type.getInternalName()) ? returnedClass(m, null) : null;
      default: return null;
    }
  }

  /** The code a call runs, or a String saying why it is not known. */
  private Object find(MethodRef m, String exactClass) {
    return find(m, exactClass, false);
  }

  /** {@link #find}; {@code locked}: only an instance method declared synchronized, which is otherwise refused. */
  private Object find(MethodRef m, String exactClass, boolean locked) {
    Found f = resolve(exactClass != null ? exactClass : m.owner(), m.name(), m.desc());
    if (f == null) {
      return "the code of " + JavaSignature.className(exactClass != null ? exactClass : m.owner()) + "." + m.name()
          + " cannot be read";
    }
    int access = f.method().access;
    if ((access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) return "it is abstract or native";
    boolean exact = exactClass != null || m.isStatic() || m.opcode() == Opcodes.INVOKESPECIAL
        || (access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL)) != 0 || (f.owner().access & Opcodes.ACC_FINAL) != 0;
    if (!exact) return "it may be overridden (the class of its receiver is not known here)";
    boolean isSynchronized = (access & Opcodes.ACC_SYNCHRONIZED) != 0;
    if (!locked && isSynchronized) return "it is synchronized";
    // a static one locks its class, which others may hold
    if (locked && (!isSynchronized || (access & Opcodes.ACC_STATIC) != 0)) return "it is not a synchronized instance method";
    return f;
  }

  @Override
  public Graph body(MethodRef m, String exactClass) {
    return lifted(m, find(m, exactClass));
  }

  @Override
  public Graph lockedBody(MethodRef m, String exactClass) {
    return lifted(m, find(m, exactClass, true));
  }

  /** The lifted code {@code f} found for {@code m} (cached), or null. */
  private Graph lifted(MethodRef m, Object f) {
    if (!(f instanceof Found)) return null;
    Found found = (Found) f;
    String key = found.owner().name + "." + m.name() + m.desc();
    if (liftErrors.containsKey(key)) return null;
    Graph g = bodies.get(key);
    if (g == null) {
      try {
        g = Lifter.lift(found.owner().name, found.method());
        g.ownerIsInterface = (found.owner().access & Opcodes.ACC_INTERFACE) != 0;
        receivers.bind(g);
        bodies.put(key, g);
      } catch (NotDifferentiable | RuntimeException e) {
        liftErrors.put(key, e.getMessage());
        return null;
      }
    }
    return g;
  }

  @Override
  public String whyNoBody(MethodRef m, String exactClass) {
    Object f = find(m, exactClass);
    if (f instanceof String) return (String) f;
    Found found = (Found) f;
    String e = liftErrors.get(found.owner().name + "." + m.name() + m.desc());
    return e != null ? "its code cannot be lifted: " + e : "its code is not known";
  }

  @Override
  public Boolean isSubtype(String sub, String sup) {
    if (sup.equals("java/lang/Object") || sub.equals(sup)) return true;
    Deque<String> work = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    work.add(sub);
    boolean unknown = false;
    while (!work.isEmpty()) {
      String c = work.poll();
      if (!seen.add(c)) continue;
      if (c.equals(sup)) return true;
      if (ClassLibrary.isJdk(c)) {
        if (sup.equals("java/lang/Throwable") && (c.endsWith("Exception") || c.endsWith("Error") || c.endsWith("Throwable"))) return true;
        if (ClassLibrary.isJdk(sup)) unknown |= !c.equals("java/lang/Object") && !c.equals("java/lang/Record");
        continue;
      }
      ClassNode n = node(c);
      if (n == null) {
        unknown = true;
        continue;
      }
      if (n.superName != null) work.add(n.superName);
      work.addAll(n.interfaces);
    }
    return unknown ? null : false;
  }

  @Override
  public String exactClassOfConstant(FieldRef f) {
    MethodInsnNode call = dev.leibniz.core.objects.StaticConstants.initialiser(f, this::node);
    return call == null ? null : classMadeBy(call);
  }

  /**
   * The exact class of the object call {@code call} gives, stored into a constant: its class for {@code new T(...)}, the
   * class a static factory bound by name always returns (WorldWind's {@code ZERO = Angle.fromDegrees(0)}, its
   * {@code fromDegrees} returning {@code new Angle(...)}: {@link #returnedClass}); else null (a JDK class, unknown).
   */
  private String classMadeBy(MethodInsnNode call) {
    if (call.name.equals("<init>") && call.getOpcode() == Opcodes.INVOKESPECIAL) {
      return ClassLibrary.isJdk(call.owner) ? null : call.owner;
    }
    if (call.getOpcode() != Opcodes.INVOKESTATIC || Type.getReturnType(call.desc).getSort() != Type.OBJECT) return null;
    String c = returnedClass(new MethodRef(Opcodes.INVOKESTATIC, call.owner, call.name, call.desc, call.itf), null);
    return c == null || c.isEmpty() || ClassLibrary.isJdk(c) ? null : c;
  }

  /** The class {@code declaring} when it declares {@code f} {@code static final}; else null (unreadable too). */
  private ClassNode classOfStaticFinal(String declaring, FieldRef f) {
    ClassNode c = node(declaring);
    if (c == null) return null;
    int sf = Opcodes.ACC_STATIC | Opcodes.ACC_FINAL;
    for (FieldNode fn : c.fields) {
      if (fn.name.equals(f.name()) && fn.desc.equals(f.desc())) return (fn.access & sf) == sf ? c : null;
    }
    return null;
  }

  @Override
  public InvokeDynamicInsnNode lambdaOfConstant(FieldRef f) {
    return constantLambdas.computeIfAbsent(f, k -> java.util.Optional.ofNullable(findLambdaOfConstant(k))).orElse(null);
  }

  private InvokeDynamicInsnNode findLambdaOfConstant(FieldRef f) {
    String declaring = declaringClass(f);
    ClassNode c = classOfStaticFinal(declaring, f);
    if (c == null) return null;
    InvokeDynamicInsnNode site = null;
    int writes = 0;
    for (MethodNode m : c.methods) { // every method: before Java 11 class files, javac-less code may write it elsewhere
      for (AbstractInsnNode n : m.instructions) {
        if (n.getOpcode() != Opcodes.PUTSTATIC || !((FieldInsnNode) n).name.equals(f.name())
            || !((FieldInsnNode) n).owner.equals(declaring)) continue;
        writes++;
        AbstractInsnNode prev = n.getPrevious();
        while (prev != null && prev.getOpcode() < 0) prev = prev.getPrevious();
        boolean capturesNothing = prev instanceof InvokeDynamicInsnNode d && LambdaCalls.isLambda(d)
            && Type.getArgumentTypes(d.desc).length == 0;
        site = m.name.equals("<clinit>") && capturesNothing ? (InvokeDynamicInsnNode) prev : null;
      }
    }
    return writes == 1 ? site : null;
  }

  @Override
  public boolean isEmptyArrayConstant(FieldRef f) {
    if (!f.desc().startsWith("[")) return false;
    String declaring = declaringClass(f);
    ClassNode c = classOfStaticFinal(declaring, f);
    if (c == null) return false;
    int writes = 0;
    boolean empty = false;
    for (MethodNode m : c.methods) { // every method: before Java 11 class files, javac-less code may write it elsewhere
      for (AbstractInsnNode n : m.instructions) {
        if (n.getOpcode() != Opcodes.PUTSTATIC || !((FieldInsnNode) n).name.equals(f.name())
            || !((FieldInsnNode) n).owner.equals(declaring)) continue;
        writes++;
        AbstractInsnNode alloc = previousInsn(n);
        AbstractInsnNode length = alloc == null ? null : previousInsn(alloc);
        empty = m.name.equals("<clinit>") && alloc != null && length != null
            && (alloc.getOpcode() == Opcodes.NEWARRAY || alloc.getOpcode() == Opcodes.ANEWARRAY)
            && length.getOpcode() == Opcodes.ICONST_0;
      }
    }
    return writes == 1 && empty;
  }

  /** The instruction before {@code n}, labels, frames and line numbers skipped; null at the start. */
  private static AbstractInsnNode previousInsn(AbstractInsnNode n) {
    AbstractInsnNode prev = n.getPrevious();
    while (prev != null && prev.getOpcode() < 0) prev = prev.getPrevious();
    return prev;
  }

  @Override
  public String declaringClass(FieldRef f) {
    return dev.leibniz.core.objects.StaticConstants.declaringClass(f, this::node);
  }

  @Override
  public boolean isFinal(FieldRef f) {
    ClassNode c = node(declaringClass(f));
    if (c == null) return false;
    for (FieldNode fn : c.fields) {
      if (fn.name.equals(f.name()) && fn.desc.equals(f.desc())) return (fn.access & Opcodes.ACC_FINAL) != 0;
    }
    return false;
  }
}
