package dev.leibniz.core;

import dev.leibniz.core.ir.Shadows;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Companions generated at run time, when a dispatched companion call meets a receiver whose class
 * has none (an un-annotated implementation of a callback, a lambda created in a class the agent did
 * not transform): docs/architecture.md, "Companions at first dispatch". Pure like the rest of the
 * core — class files read through a {@link ClassFinder} in, one class file out — which the agent
 * defines as a hidden nestmate of the class whose code it differentiates. The method is
 * differentiated exactly as a callee of another class is ({@code hosted}), so everything that
 * reaches (rules, library code, dispatch from inside it) works the same.
 */
public final class OnDemand {
  private OnDemand() {}

  /** The companions a first dispatch may ask for, told by the end of their name. */
  public enum Kind {
    TANGENT(Companions.TANGENT),
    ADJOINT(Companions.ADJOINT),
    /** A split adjoint's forward sweep: only a strategy implementation's (CalleeOracle.strategySplit). */
    SPLIT(Companions.splitBodyName("")),
    /** A split adjoint's reverse sweep ({@link Companions#splitReverseName}). */
    SPLIT_REVERSE(Companions.splitReverseName(Companions.splitBodyName("")));

    private final String suffix;

    Kind(String suffix) {
      this.suffix = suffix;
    }

    /** The kind of companion {@code name} ({@code step$adjoint$split$reverse}: SPLIT_REVERSE), or null for none of these. */
    public static Kind of(String name) {
      for (Kind k : new Kind[] {SPLIT_REVERSE, SPLIT, ADJOINT, TANGENT}) { // the longer suffixes first
        if (name.endsWith(k.suffix)) return k;
      }
      return null;
    }

    /** The primal method's name in companion {@code name} of this kind. */
    public String primal(String name) {
      return name.substring(0, name.length() - suffix.length());
    }

    /** A sweep of a split adjoint. */
    public boolean split() {
      return this == SPLIT || this == SPLIT_REVERSE;
    }
  }

  /**
   * A generated class and the companions in it, or why there are none.
   *
   * @param classFile the class to define (named {@code host}), or null when neither mode could be generated
   * @param tangentName the static tangent companion in it (receiver first for an instance method), or null
   * @param adjointName the static adjoint companion, or null
   * @param tangentFailure the tangent's diagnostic ({@link Diagnostic#message()}) when it is missing
   * @param adjointFailure the adjoint's diagnostic when it is missing
   * @param splitName the static split adjoint's forward sweep (its reverse: {@link Companions#splitReverseName}), or null
   * @param splitFailure why there is no split adjoint (only a strategy implementation gets one)
   * @param warnings what the generation warned of (a special case whose derivative may be wrong: {@code
   *     DerivativeCuts}), located in the code differentiated, each once; the agent prints them as it prints a loaded
   *     class's (issue 13: a companion made at a first call must not be wrong without a word either)
   */
  public record Output(byte[] classFile, String tangentName, String tangentDesc, String tangentFailure,
      String adjointName, String adjointDesc, String adjointFailure, String splitName, String splitDesc, String splitFailure,
      List<Diagnostic> warnings) {
    Output(byte[] classFile, String tangentName, String tangentDesc, String tangentFailure, String adjointName, String adjointDesc,
        String adjointFailure, List<Diagnostic> warnings) {
      this(classFile, tangentName, tangentDesc, tangentFailure, adjointName, adjointDesc, adjointFailure, null, null,
          "only the implementation of a strategy (an abstract method writing the objects it is given) gets a split adjoint", warnings);
    }

    /** The static companion of kind {@code k} in the class, or null ({@link #failure(Kind)} says why). */
    public String name(Kind k) {
      switch (k) {
        case TANGENT: return tangentName;
        case ADJOINT: return adjointName;
        case SPLIT: return splitName;
        default: return splitName == null ? null : Companions.splitReverseName(splitName);
      }
    }

    /** The descriptor of {@link #name(Kind)} (both sweeps of a split adjoint have one). */
    public String desc(Kind k) {
      return k == Kind.TANGENT ? tangentDesc : k == Kind.ADJOINT ? adjointDesc : splitDesc;
    }

    /** Why there is no companion of kind {@code k}. */
    public String failure(Kind k) {
      return k == Kind.TANGENT ? tangentFailure : k == Kind.ADJOINT ? adjointFailure : splitFailure;
    }
  }

  /**
   * The companions of the instance method {@code owner.name(desc)} (the code a receiver's class
   * runs, declared in that class, a superclass or as an interface's default method), generated into
   * a new class {@code host} (in {@code owner}'s package) as {@code private static} methods that
   * take the receiver first.
   */
  public static Output ofMethod(ClassFinder finder, String host, String owner, String name, String desc) {
    return ofMethod(finder, host, owner, name, desc, null);
  }

  /**
   * As above, for a call site in class {@code caller} (null: none known) whose companion takes the
   * receiver's shadow (EJML's {@code DMatrixD1.unsafe_get} on a matrix that is an input): the
   * companions are generated with the shadow classes {@code caller} was differentiated with
   * ({@link #callerShadows}), so the receiver's shadow, and every object the code meets, follows
   * the caller's conventions exactly; a site of another shape then fails to link, never runs a
   * companion that reads another layout.
   */
  public static Output ofMethod(ClassFinder finder, String host, String owner, String name, String desc, String caller) {
    return ofMethod(finder, host, owner, name, desc, caller, false, false);
  }

  /**
   * As above, for a site in code generated from an unboxed view's chain ({@link #ofUnboxedView}): every implementation
   * such a chain reaches is generated at its own first dispatch with these shadows, and judged there, so abstract getters
   * on objects with shadows ({@link #dispatchedGetter}) count as writing nothing here.
   */
  public static Output ofMethodBelowView(ClassFinder finder, String host, String owner, String name, String desc, String caller) {
    return ofMethod(finder, host, owner, name, desc, caller, false, true);
  }

  /**
   * As above, for the unboxed view ({@link UnboxedViews}, read through {@code finder}) of {@code owner.name}, whose result
   * a site of {@code caller} only unboxes: {@code desc} is the view's. Its calls whose results it returns unboxed are
   * dispatched again and judged at their own first dispatch, so they count as writing nothing here.
   */
  public static Output ofUnboxedView(ClassFinder finder, String host, String owner, String name, String desc, String caller) {
    return ofMethod(finder, host, owner, name, desc, caller, true, true);
  }

  /**
   * As above, for the {@code double} view ({@link BoxedViews}, read through {@code finder}) of {@code owner.name(desc)}, a
   * method of {@code Double}s ({@code Double apply(Double)} of a class implementing {@code Function<Double, Double>}),
   * whose site of {@code caller} gives it numbers and unboxes its result: refused, naming the method as written, when its
   * code may write memory (a memo keeping the boxes it was given, a cache), else generated as {@code ofMethod} does.
   */
  public static Output ofBoxedView(ClassFinder finder, String host, String owner, String name, String desc, String caller) {
    ClassLibrary library = new ClassLibrary(finder, Set.of(host));
    ClassNode ownerNode = library.classNode(owner);
    if (ownerNode != null) {
      SourceClass source = new SourceClass(hostNode(host));
      source.objectCode = new LibraryObjectCode(source.cn, library);
      if (writesMemory(source, library, ownerNode, name, desc, c -> false)) {
        return refused(JavaSignature.method(owner, name, desc) + " may write memory (a field, a static, an array, a collection):"
            + " a box kept from one call to the next (a memo, a cache) or a write repeated by the caller's companions (which may"
            + " run it twice, or again in the reverse sweep) would carry a derivative that is not the function's; compute the"
            + " result from the argument alone, or implement DoubleUnaryOperator (DoubleBinaryOperator) and keep the cache out of"
            + " the differentiated call");
      }
    }
    return ofMethod(finder, host, owner, name, BoxedViews.viewDesc(desc), caller);
  }

  private static Output ofMethod(ClassFinder finder, String host, String owner, String name, String desc, String caller,
      boolean unboxedView, boolean belowView) {
    ClassNode hostNode = hostNode(host);
    ClassLibrary library = new ClassLibrary(finder, Set.of(host));
    ClassNode ownerNode = library.classNode(owner);
    String shown = JavaSignature.method(owner, name, desc);
    if (ownerNode == null) {
      return refused(shown + ": the class file of " + JavaSignature.className(owner) + " cannot be read through its class loader");
    }
    MethodNode m = null;
    for (MethodNode c : ownerNode.methods) {
      if (c.name.equals(name) && c.desc.equals(desc)) m = c;
    }
    if (m == null || (m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE | Opcodes.ACC_STATIC)) != 0) {
      return refused(shown + (m != null && (m.access & Opcodes.ACC_NATIVE) != 0 ? " is a native method" : " has no code to differentiate"));
    }
    Shadows shadows = caller == null ? ClassDifferentiator.shadows(hostNode, library) : callerShadows(library, caller);
    if (shadows == null) {
      return refused(shown + ": the class file of its caller " + JavaSignature.className(caller)
          + ", whose objects' shadows it must take, cannot be read through its class loader");
    }
    if (caller == null && Companions.involvesShadows(owner, false, desc, shadows)) {
      return refused(shown + " involves objects of @Differentiable classes, whose companions are generated only when their class loads");
    }
    copyRules(ownerNode, hostNode);
    String key = SourceClass.hostedKey(owner, name, desc);
    SourceClass source = new SourceClass(hostNode);
    source.objectCode = new LibraryObjectCode(hostNode, library);
    source.host(key, new ClassLibrary.Declaration(ownerNode, m));
    java.util.Set<String> judgedThere = unboxedView ? UnboxedViews.returnedCalls(library, owner, name, desc) : java.util.Set.of();
    boolean writing = caller != null && writesMemory(source, library, ownerNode, name, desc,
        c -> judgedThere.contains(c.owner() + "." + c.name() + c.desc()) || belowView && dispatchedGetter(library, c, shadows));
    String overridden = writing ? overriddenMutator(library, ownerNode, name, desc) : null;
    if (overridden != null) return refused(overridingMutator(shown, overridden));
    // an implementation of an abstract method taking objects with shadows, which its callers may reverse in split mode
    // (CalleeOracle.strategyMutator): it may write the objects it is given, not keep them
    boolean strategy = caller != null && CalleeOracle.isStrategyShape(owner, desc, shadows);
    // an implementation of an abstract factory (CalleeOracle.dispatchedFactory): its callers' adjoints reverse it in
    // split mode, which is how they get the adjoint shadow of the object it returns; it must write nothing (below)
    boolean factory = caller != null && !strategy && CalleeOracle.isFactoryShape(desc, shadows);
    if (strategy && writing) {
      String kept = keptArgument(source, library, ownerNode, m, shadows);
      if (kept != null) return refused(shown + " keeps its " + kept + " (stores it or passes it on), which carries derivatives: an"
          + " implementation of a strategy that writes the objects it is given must only read and write their fields; keep the"
          + " object out of fields, or copy its values");
    } else if (writing) {
      MethodInsnNode hook = abstractCallee(library, m);
      return refused(shown + (hook == null ? " may write a field, a static or an array"
          : " calls " + JavaSignature.method(hook.owner, hook.name, hook.desc) + ", an abstract method whose implementations may write"
              + " a field, a static or an array")
          + ": the caller's companions take the code a call dispatches"
          + " to to write nothing (they may run it twice, or re-run it in the reverse sweep from the objects' state at that time);"
          + " make the call's receiver a final class, or use a method that only reads");
    }
    Generated g = generate(source, library, shadows, key, strategy || factory);
    String tangentDesc = Companions.staticForm(owner, Companions.tangentDesc(owner, false, desc, shadows));
    String adjointDesc = Companions.staticForm(owner, Companions.adjointDesc(owner, false, desc, shadows));
    Output out = output(g, Companions.hostedName(owner, Companions.tangentName(name)), tangentDesc,
        Companions.hostedName(owner, Companions.adjointName(name)), adjointDesc, key, key);
    return strategy || factory ? strategyCompanions(g, out, shown, owner, name, desc, shadows, key, writing) : out;
  }

  /**
   * A strategy implementation's companions (CalleeOracle.strategyMutator): the tangent, which its callers run once at the
   * call, and the split adjoint (both sweeps), which their adjoints call at the call in their forward sweep and again,
   * on the same receiver, in their reverse sweep (CalleeOracle.strategySplit). No joint adjoint when it {@code writes}: a
   * caller reaching it (a joint reversal, assuming the callee writes nothing) would re-run its writes in the reverse sweep.
   */
  private static Output strategyCompanions(Generated g, Output out, String shown, String owner, String name, String desc,
      Shadows shadows, String key, boolean writes) {
    String why = !writes ? out.adjointFailure() : shown + " writes the objects it is given; its joint adjoint would re-run"
        + " those writes in the caller's reverse sweep, from the objects' state at that time, so only its tangent and its split"
        + " adjoint (which its callers' adjoints dispatch to) are generated at the first call";
    String adjoint = writes ? null : out.adjointName();
    boolean split = g.adjoint.companion(key + ModeUnit.SPLIT) != null;
    NotDifferentiable splitFailure = g.adjoint.failure(key) != null ? g.adjoint.failure(key) : g.adjoint.splitFailure(key);
    String splitDesc = Companions.staticForm(owner, Companions.splitBodyDesc(owner, false, desc, shadows));
    byte[] classFile = out.tangentName() == null && adjoint == null && !split ? null : g.classFile;
    return new Output(classFile, out.tangentName(), out.tangentDesc(), out.tangentFailure(), adjoint, out.adjointDesc(), why,
        split ? Companions.hostedName(owner, Companions.splitBodyName(name)) : null, splitDesc,
        split ? null : splitFailure == null ? shown + ": its split adjoint could not be built" : describe(g, key, splitFailure, "adjoint"),
        out.warnings());
  }

  /**
   * The first parameter of {@code m} (an object with a shadow in {@code shadows}) that its code keeps — stores in a field,
   * an array or a static, returns, or hands to a callee not bound statically ({@code ConfinedArguments}) — in Java words
   * ("parameter 1 (Steppers.State)"), or null when it keeps none. The caller of a strategy mutator gives it objects made
   * in the caller, whose shadows live there (CalleeOracle.confinesArgument).
   */
  private static String keptArgument(SourceClass source, ClassLibrary library, ClassNode ownerNode, MethodNode m, Shadows shadows) {
    dev.leibniz.core.ir.MethodRef self = new dev.leibniz.core.ir.MethodRef(Opcodes.INVOKEVIRTUAL, ownerNode.name, m.name, m.desc, false);
    WriteSummaries writes = new WriteSummaries(source, library);
    Type[] params = Type.getArgumentTypes(m.desc);
    for (int k = 0; k < params.length; k++) {
      if (params[k].getSort() != Type.OBJECT || !shadows.has(params[k])) continue;
      if (!writes.confinesArgument(self, k + 1, "tangent", callee -> boundStatically(library, callee))) {
        return "parameter " + (k + 1) + " (" + JavaSignature.type(params[k]) + ")";
      }
    }
    return null;
  }

  /** Whether a call of {@code m} runs the code it names: static, a constructor or super call, private or final, a final class. */
  private static boolean boundStatically(ClassLibrary library, dev.leibniz.core.ir.MethodRef m) {
    if (m.isStatic() || m.opcode() == Opcodes.INVOKESPECIAL) return true;
    ClassLibrary.Declaration d = library.resolve(m);
    return d != null && ((d.method().access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL)) != 0 || (d.owner().access & Opcodes.ACC_FINAL) != 0);
  }

  /**
   * The companions of the instance method {@code owner.name(desc)} for receivers of exactly class
   * {@code receiver}, which inherits it, when the code's overridable calls on {@code this} run other
   * code for such a receiver than the declaring class's ({@link ReceiverView}: Commons Math's {@code
   * Min} inherits {@code evaluate(double[])}, whose {@code this.evaluate(values, 0, length)} runs
   * {@code Min}'s own loop). Null when no call on {@code this} resolves differently from {@code
   * receiver} (or the view cannot be made): then {@link #ofMethod} serves every receiver that inherits
   * the method. The caller must use these companions for receivers of exactly that class only.
   */
  public static Output ofReceiver(ClassFinder finder, String host, String owner, String name, String desc, String receiver) {
    ClassLibrary library = new ClassLibrary(finder, Set.of(host));
    ClassNode ownerNode = library.classNode(owner);
    ClassNode receiverNode = library.classNode(receiver);
    if (ownerNode == null || receiverNode == null || owner.equals(receiver)) return null;
    MethodNode m = null;
    for (MethodNode c : ownerNode.methods) {
      if (c.name.equals(name) && c.desc.equals(desc)) m = c;
    }
    if (m == null || (m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE | Opcodes.ACC_STATIC)) != 0) return null;
    ClassLibrary.Declaration view = ReceiverView.of(library, receiverNode, ownerNode, m);
    ClassNode hostNode = hostNode(host);
    Shadows shadows = ClassDifferentiator.shadows(hostNode, library);
    if (view == null || Companions.involvesShadows(receiver, false, desc, shadows)) return null;
    copyRules(ownerNode, hostNode);
    String key = SourceClass.hostedKey(receiver, name, desc);
    SourceClass source = new SourceClass(hostNode);
    source.objectCode = new LibraryObjectCode(hostNode, library);
    source.host(key, view);
    Generated g = generate(source, library, shadows, key);
    String tangentDesc = Companions.staticForm(receiver, Companions.tangentDesc(receiver, false, desc, shadows));
    String adjointDesc = Companions.staticForm(receiver, Companions.adjointDesc(receiver, false, desc, shadows));
    return output(g, Companions.hostedName(receiver, Companions.tangentName(name)), tangentDesc,
        Companions.hostedName(receiver, Companions.adjointName(name)), adjointDesc, key, key);
  }

  /**
   * For a method returning no derivative ({@code void}, an integer) that overrides code of a superclass: that
   * code's Java name ({@code Kahan.set(double, double)}), else null. A call of such a method on an object with a
   * shadow is a mutator's (CalleeOracle.mutator): the caller's analyses and its adjoint's split reversal were made
   * from the overridden code's writes, which an override's companions could not be held to.
   */
  private static String overriddenMutator(ClassLibrary library, ClassNode ownerNode, String name, String desc) {
    int r = Type.getReturnType(desc).getSort();
    if (r == Type.DOUBLE || r == Type.FLOAT || r == Type.OBJECT || r == Type.ARRAY) return null;
    for (ClassNode c = ownerNode.superName == null ? null : library.classNode(ownerNode.superName); c != null;
        c = c.superName == null ? null : library.classNode(c.superName)) {
      for (MethodNode up : c.methods) {
        if (up.name.equals(name) && up.desc.equals(desc) && (up.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0) {
          return JavaSignature.method(c.name, name, desc);
        }
      }
    }
    return null;
  }

  /** The refusal of an override of a mutator: the same cause and advice as the adjoint's run-time check (Helpers.checkRuns). */
  private static String overridingMutator(String shown, String overridden) {
    return shown + " overrides " + overridden + ", a method writing fields whose derivative the caller takes from "
        + overridden.substring(0, overridden.indexOf('(')) + "'s own code (a setter called on an object with a shadow: both"
        + " modes, from the writes of that code); an override gets no companions of its own at its first call; make the"
        + " method final, or call the override's class's method directly";
  }

  /**
   * The first call in {@code m} of an abstract method, when {@code m} writes no field, static or
   * array itself: then its write summary is that call's "may write anything" (a transposed view's
   * {@code base.get(c, r)}), which the message names rather than blaming {@code m} (review R10-F7).
   */
  private static org.objectweb.asm.tree.MethodInsnNode abstractCallee(ClassLibrary library, MethodNode m) {
    org.objectweb.asm.tree.MethodInsnNode found = null;
    for (org.objectweb.asm.tree.AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
      int op = i.getOpcode();
      if (op == Opcodes.PUTFIELD || op == Opcodes.PUTSTATIC || (op >= Opcodes.IASTORE && op <= Opcodes.SASTORE)) return null;
      if (found == null && (op == Opcodes.INVOKEVIRTUAL || op == Opcodes.INVOKEINTERFACE)) {
        org.objectweb.asm.tree.MethodInsnNode call = (org.objectweb.asm.tree.MethodInsnNode) i;
        ClassLibrary.Declaration d = library.resolve(new dev.leibniz.core.ir.MethodRef(op, call.owner, call.name, call.desc, call.itf));
        if (d != null && (d.method().access & Opcodes.ACC_ABSTRACT) != 0) found = call;
      }
    }
    return found;
  }

  /**
   * Whether {@code owner.name(desc)} or its callees may write anything but reads of bit patterns ({@code ParamWrites}),
   * the methods without code that {@code judgedAtDispatch} names taken to write nothing (their implementations are judged
   * at their own first dispatch).
   */
  private static boolean writesMemory(SourceClass source, ClassLibrary library, ClassNode ownerNode, String name, String desc,
      java.util.function.Predicate<dev.leibniz.core.ir.MethodRef> judgedAtDispatch) {
    boolean itf = (ownerNode.access & Opcodes.ACC_INTERFACE) != 0;
    dev.leibniz.core.ir.MethodRef ref = new dev.leibniz.core.ir.MethodRef(itf ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL,
        ownerNode.name, name, desc, itf);
    java.util.BitSet w = (java.util.BitSet) new WriteSummaries(source, library).judgingAtDispatch(judgedAtDispatch).of(ref).clone();
    w.clear(dev.leibniz.core.analysis.ParamWrites.BIT_PATTERNS);
    return !w.isEmpty();
  }

  /**
   * An abstract getter of another class outside the JDK, nothing marks it, returning a number, on an object with a shadow
   * in this differentiation (la4j's {@code b.get(i)} on a {@code DenseVector} in an operation's {@code apply(a, b)}): the
   * call is dispatched with the receiver's shadow, and what it runs is generated and judged at its own first dispatch
   * (with these shadows, writes included), so the code calling it is not taken to write through it. Only along an
   * unboxed view's chain ({@link #ofMethodBelowView}), where each level is generated so.
   */
  private static boolean dispatchedGetter(ClassLibrary library, dev.leibniz.core.ir.MethodRef c, Shadows shadows) {
    if (c.isStatic() || c.opcode() == Opcodes.INVOKESPECIAL || ClassLibrary.isJdk(c.owner())
        || !dev.leibniz.core.ir.Types.isDifferentiable(Type.getReturnType(c.desc()))
        || !(shadows.has(Type.getObjectType(c.owner())) || Companions.receiverShadow(c.owner(), false, shadows))) {
      return false;
    }
    ClassLibrary.Declaration d = library.resolve(c);
    return d != null && (d.method().access & Opcodes.ACC_ABSTRACT) != 0 && !SourceClass.isMarked(d.method());
  }

  /**
   * The static-form descriptors, by {@link Kind#ordinal}, that {@link #ofMethod(ClassFinder, String, String,
   * String, String, String)} gives the instance method {@code owner.desc} for a site in {@code
   * caller}, or null when the caller's class file cannot be read: which implementation a site fits.
   */
  public static String[] companionDescs(ClassFinder finder, String owner, String desc, String caller) {
    ClassLibrary library = new ClassLibrary(finder, Set.of());
    Shadows shadows = callerShadows(library, caller);
    if (shadows == null) return null;
    String split = Companions.staticForm(owner, Companions.splitBodyDesc(owner, false, desc, shadows));
    return new String[] {Companions.staticForm(owner, Companions.tangentDesc(owner, false, desc, shadows)),
        Companions.staticForm(owner, Companions.adjointDesc(owner, false, desc, shadows)), split, split};
  }

  /** True when one of {@code classes} (internal names) has a shadow in {@code caller}'s differentiation. */
  public static boolean anyHasShadows(ClassFinder finder, List<String> classes, String caller) {
    Shadows shadows = callerShadows(new ClassLibrary(finder, Set.of()), caller);
    if (shadows == null) return false;
    for (String c : classes) {
      if (shadows.has(Type.getObjectType(c))) return true;
    }
    return false;
  }

  /** The shadow classes of {@code caller}'s differentiation, as when it was transformed; null when its class file is unknown. */
  private static Shadows callerShadows(ClassLibrary library, String caller) {
    ClassNode callerNode = library.classNode(caller);
    return callerNode == null ? null : ClassDifferentiator.shadows(callerNode, library);
  }

  /**
   * The companions of a lambda created in {@code creator}: the one lambda site there with this
   * functional interface, method name and erased type ({@code samDesc}) and these captured types
   * (several sites of one body, such as two {@code Math::sin}, are one) and, when {@code called} is
   * known (the methods the lambda's class calls, from its constant pool), whose body it calls. The companions belong to a
   * static forwarder taking the captured values, then the function's parameters — a captured
   * {@code double} or {@code float} as its bits and an array of them as an {@code Object}, so they
   * get no derivative (they are constants for whoever calls the lambda) — and calling the body or
   * the referenced method ({@link LambdaBodies#forwarder}).
   */
  public static Output ofLambda(ClassFinder finder, String host, String creator, String functionalInterface, String samName,
      String samDesc, List<String> captured, java.util.Collection<String> called) {
    return ofLambda(finder, host, creator, functionalInterface, samName, samDesc, captured, called, null);
  }

  /**
   * The same for a site in class {@code caller} (null: unknown): a lambda whose function is generic in a parameter
   * declared with a class outside the JDK ({@code ToDoubleFunction<Quaternion>}) gets companions of its declared type,
   * made with the caller's shadow classes, so that a site that passes that object's shadow ({@link TypedFunctionCalls})
   * fits them exactly and one that passes none does not link (the agent names the lambda).
   */
  public static Output ofLambda(ClassFinder finder, String host, String creator, String functionalInterface, String samName,
      String samDesc, List<String> captured, java.util.Collection<String> called, String caller) {
    ClassLibrary library = new ClassLibrary(finder, Set.of(host));
    ClassNode k = library.classNode(creator);
    String lambda = "a lambda created in " + JavaSignature.className(creator);
    if (k == null) return refused(lambda + ": its class file cannot be read through its class loader");
    Object found = siteOf(k, lambda, functionalInterface, samName, samDesc, captured, called);
    if (found instanceof String) return refused((String) found);
    InvokeDynamicInsnNode site = (InvokeDynamicInsnNode) found;
    Handle impl = (Handle) site.bsmArgs[1];
    boolean generic = !site.bsmArgs[0].equals(site.bsmArgs[2]);
    if (generic) {
      String declared = ((Type) site.bsmArgs[2]).getDescriptor(), erased = ((Type) site.bsmArgs[0]).getDescriptor();
      String shown = JavaSignature.method(functionalInterface, samName, declared) + " erased to "
          + JavaSignature.method(functionalInterface, samName, erased);
      if (BoxedViews.viewDesc(declared) != null && erasedToObjects(erased)) {
        return ofBoxedLambda(library, host, k, site, lambda, shown);
      }
      if (!typedParameters(erased, declared)) {
        return refused(lambda + ": its function is generic (" + shown + "): a caller passes no shadow with an"
            + " argument, and gets none with a result, declared by a type variable, so the derivative such an object or array"
            + " carries would be lost; declare the lambda with a functional interface of your own whose method names their classes");
      }
      if (bodyWrites(library, host, impl)) {
        return refused(lambda + ": its function is generic (" + shown + ") and its body may write memory: a caller given"
            + " objects with shadows runs it twice (for its value and in its companion), so the write would be repeated;"
            + " keep the lambda to reading its arguments");
      }
    }
    if (LambdaBodies.capturesArray(site) && writesCapturedArray(library, host, site, impl)) {
      return refused(lambda + " captures an array that its body may write: a value written in one call and read in the next"
          + " would lose its derivative");
    }
    MethodNode forwarder = LambdaBodies.forwarder(site, impl);
    if (forwarder == null) {
      return refused(lambda + ": its body " + JavaSignature.method(impl.getOwner(), impl.getName(), impl.getDesc())
          + " is a constructor or a super call, or its types differ from the function's");
    }
    for (AbstractInsnNode n : forwarder.instructions) { // a nestmate calls a private method with invokevirtual
      if (n.getOpcode() == Opcodes.INVOKESPECIAL) {
        MethodInsnNode c = (MethodInsnNode) n;
        forwarder.instructions.set(c, new MethodInsnNode(c.itf ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL, c.owner, c.name, c.desc, c.itf));
        break;
      }
    }
    forwarder.access = Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC;
    forwarder.visibleAnnotations = new ArrayList<>(List.of(new AnnotationNode(Companions.ANNOTATION)));
    ClassNode hostNode = hostNode(host);
    hostNode.methods.add(forwarder);
    copyRules(k, hostNode);
    SourceClass source = new SourceClass(hostNode);
    source.objectCode = new LibraryObjectCode(hostNode, library);
    Shadows callers = generic && caller != null ? callerShadows(library, caller) : null;
    Shadows shadows = callers != null ? callers : ClassDifferentiator.shadows(hostNode, library);
    // the caller's shadows: the body's own calls of generic functions pass them on too (TypedFunctionCalls)
    if (callers != null) source.shadows = callers;
    String key = forwarder.name + forwarder.desc;
    Generated g = generate(source, library, shadows, key);
    String bodyKey = SourceClass.hostedKey(impl.getOwner(), impl.getName(), impl.getDesc());
    Shadows described = callers != null ? callers : Shadows.NONE; // as the companions were made
    return output(g, Companions.tangentName(forwarder.name), Companions.tangentDesc(forwarder.desc, described),
        Companions.adjointName(forwarder.name), Companions.adjointDesc(forwarder.desc, described), key, bodyKey);
  }

  /**
   * The companions of a lambda of a boxed function ({@code Function<Double, Double>}, {@code BiFunction<Double, Double,
   * Double>}) created in class {@code k} at {@code site}, for a call site that gives it numbers and unboxes its result
   * (BoxedFunctionCalls: seen as {@code double apply(double)}): their forwarder takes the captured values (as {@link
   * LambdaBodies#forwarder}'s) then {@code double}s, and is the body's {@code double} view ({@link BoxedViews}): the
   * body's own code when it is a static or private method of {@code k} (a lambda's {@code lambda$} method), else a call
   * of the referenced method, which then takes numbers ({@code Math::sin}, the compiler boxing around it). A body that
   * may write memory is refused: a write the view repeats, or a box kept from one call to the next (a memo), would carry
   * a derivative that is not the function's.
   */
  private static Output ofBoxedLambda(ClassLibrary library, String host, ClassNode k, InvokeDynamicInsnNode site, String lambda,
      String shown) {
    Handle impl = (Handle) site.bsmArgs[1];
    if (!numericJdkMethod(impl) && bodyWrites(library, host, impl)) {
      return refused(lambda + ": its function is boxed (" + shown + ") and its body may write memory (a field, a static, an"
          + " array, a collection): a box kept from one call to the next (a memo, a cache) or a write repeated by the"
          + " companions would carry a derivative that is not the function's; keep the lambda to computing its result from its"
          + " arguments, or declare it a DoubleUnaryOperator (DoubleBinaryOperator)");
    }
    MethodNode forwarder = BoxedViews.forwarder(k, site, impl);
    if (forwarder == null) {
      return refused(lambda + ": its body " + JavaSignature.method(impl.getOwner(), impl.getName(), impl.getDesc())
          + " is a constructor, or a method of another class taking boxes, whose numbers a view cannot reach");
    }
    return ofForwarder(host, forwarder, k, library, SourceClass.hostedKey(impl.getOwner(), impl.getName(), impl.getDesc()));
  }

  /**
   * A static method of the JDK taking and returning only primitives ({@code Math::sin}, {@code Math::hypot}): it keeps
   * no box, and its class file, which is not read, would count as writing anything.
   */
  private static boolean numericJdkMethod(Handle impl) {
    if (impl.getTag() != Opcodes.H_INVOKESTATIC || !ClassLibrary.isJdk(impl.getOwner())) return false;
    for (Type t : Type.getArgumentTypes(impl.getDesc())) if (t.getSort() > Type.DOUBLE) return false;
    return Type.getReturnType(impl.getDesc()).getSort() <= Type.DOUBLE && Type.getReturnType(impl.getDesc()).getSort() != Type.VOID;
  }

  /** True when every parameter and the result of {@code erased} is an {@code Object} (a type variable erased). */
  private static boolean erasedToObjects(String erased) {
    Type object = Type.getType(Object.class);
    if (!Type.getReturnType(erased).equals(object)) return false;
    for (Type t : Type.getArgumentTypes(erased)) if (!t.equals(object)) return false;
    return true;
  }

  /**
   * The one lambda site of {@code k} with this functional interface, method name, erased type and captured types whose
   * body the lambda calls ({@code called}, when known), or why there is not one ({@code lambda} names the lambda).
   */
  private static Object siteOf(ClassNode k, String lambda, String functionalInterface, String samName, String samDesc,
      List<String> captured, java.util.Collection<String> called) {
    Set<String> bodies = new LinkedHashSet<>();
    InvokeDynamicInsnNode site = null;
    String capturedDesc = String.join("", captured);
    for (InvokeDynamicInsnNode d : LambdaBodies.sites(k)) {
      if (d.name.equals(samName) && Type.getReturnType(d.desc).getInternalName().equals(functionalInterface)
          && d.desc.substring(1, d.desc.indexOf(')')).equals(capturedDesc) && ((Type) d.bsmArgs[0]).getDescriptor().equals(samDesc)) {
        Handle impl = (Handle) d.bsmArgs[1];
        String body = impl.getOwner() + "." + impl.getName() + impl.getDesc();
        if ((called == null || called.contains(body)) && bodies.add(body)) site = d;
      }
    }
    if (bodies.size() == 1) return site;
    return lambda + (bodies.isEmpty() ? ": no lambda site of its shape was found there"
        : ": " + bodies.size() + " lambdas there have the same function and captured types, so which body this one runs cannot be told;"
        + " give them different shapes or implement the interface in a named class");
  }

  /**
   * The companions of a lambda the JDK made in one of its functional interfaces ({@code creator}: {@code
   * java/util/function/DoubleUnaryOperator} for {@code andThen}, {@code compose}, {@code identity}), into class {@code
   * host} (any package: the code copied references only public members). Found as {@link #ofLambda} finds a site
   * ({@code called} tells {@code andThen} from {@code compose}, which have one shape); the forwarder's code is the
   * JDK body's own ({@link JdkLambdaBodies#inline}), differentiated as the host's method, so its calls of the captured
   * operators are dispatched as any interface call is and reach their own companions at their first call.
   */
  public static Output ofJdkLambda(ClassFinder finder, String host, String creator, String functionalInterface, String samName,
      String samDesc, List<String> captured, java.util.Collection<String> called) {
    String lambda = "a lambda created by the JDK in " + JavaSignature.className(creator);
    if (!JdkLambdaBodies.taken(creator)) return refused(lambda + ", whose code is not differentiated");
    ClassNode k = JdkLambdaBodies.read(finder, creator);
    if (k == null) return refused(lambda + ": its class file cannot be read from the runtime image");
    Object found = siteOf(k, lambda, functionalInterface, samName, samDesc, captured, called);
    if (found instanceof String) return refused((String) found);
    InvokeDynamicInsnNode site = (InvokeDynamicInsnNode) found;
    Handle impl = (Handle) site.bsmArgs[1];
    if (!site.bsmArgs[0].equals(site.bsmArgs[2])) {
      return refused(lambda + ": its function is generic (" + JavaSignature.method(functionalInterface, samName, samDesc)
          + "): its values are boxes, which carry no derivative through a call of the interface");
    }
    MethodNode made = LambdaBodies.forwarder(site, impl);
    MethodNode forwarder = made == null ? null : JdkLambdaBodies.inline(finder, k, impl, made);
    if (forwarder == null) {
      return refused(lambda + ": its body " + JavaSignature.method(impl.getOwner(), impl.getName(), impl.getDesc())
          + " does more than call public methods of the operators it captured");
    }
    return ofForwarder(host, forwarder, null, new ClassLibrary(finder, Set.of(host)), null);
  }

  /**
   * The companions of {@code forwarder}, a static method calling a lambda's body, generated in a copy of class
   * {@code host} (with the rules of {@code rulesFrom}, when not null); {@code bodyKey}: the key its body's diagnostics
   * are under (null: the forwarder's own).
   */
  private static Output ofForwarder(String host, MethodNode forwarder, ClassNode rulesFrom, ClassLibrary library,
      String bodyKey) {
    forwarder.access = Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC;
    forwarder.visibleAnnotations = new ArrayList<>(List.of(new AnnotationNode(Companions.ANNOTATION)));
    ClassNode hostNode = hostNode(host);
    hostNode.methods.add(forwarder);
    if (rulesFrom != null) copyRules(rulesFrom, hostNode);
    SourceClass source = new SourceClass(hostNode);
    source.objectCode = new LibraryObjectCode(hostNode, library);
    String key = forwarder.name + forwarder.desc;
    Generated g = generate(source, library, ClassDifferentiator.shadows(hostNode, library), key);
    return output(g, Companions.tangentName(forwarder.name), Companions.tangentDesc(forwarder.desc, Shadows.NONE),
        Companions.adjointName(forwarder.name), Companions.adjointDesc(forwarder.desc, Shadows.NONE), key,
        bodyKey == null ? key : bodyKey);
  }

  /**
   * A generic function whose type variables stand only for parameters of classes outside the JDK, its result's type
   * not one ({@code ToDoubleFunction<Quaternion>}): its declared type names the classes whose shadows a caller can pass.
   */
  private static boolean typedParameters(String erased, String declared) {
    Type[] e = Type.getArgumentTypes(erased), d = Type.getArgumentTypes(declared);
    if (!Type.getReturnType(erased).equals(Type.getReturnType(declared)) || e.length != d.length) return false;
    for (int k = 0; k < e.length; k++) {
      if (e[k].equals(d[k])) continue;
      if (d[k].getSort() != Type.OBJECT || ClassLibrary.isJdk(d[k].getInternalName())) return false;
    }
    return true;
  }

  /** True when the lambda's body (or referenced method) may write memory or cannot be analysed (bit-pattern reads aside). */
  private static boolean bodyWrites(ClassLibrary library, String host, Handle impl) {
    java.util.BitSet writes = (java.util.BitSet) new WriteSummaries(new SourceClass(hostNode(host)), library).ofBeyondFunctions(bodyRef(impl)).clone();
    writes.clear(dev.leibniz.core.analysis.ParamWrites.BIT_PATTERNS);
    return !writes.isEmpty();
  }

  /** The call of a lambda's implementation {@code impl}, as a {@link dev.leibniz.core.ir.MethodRef}. */
  private static dev.leibniz.core.ir.MethodRef bodyRef(Handle impl) {
    int opcode = impl.getTag() == Opcodes.H_INVOKESTATIC ? Opcodes.INVOKESTATIC
        : impl.isInterface() ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL;
    return new dev.leibniz.core.ir.MethodRef(opcode, impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface());
  }

  /**
   * True when the lambda's body (or referenced method) may write one of the arrays it captured
   * ({@code ParamWrites}: the captured values are its first arguments, the receiver first), or
   * cannot be analysed. Writing the function's own arrays (an output {@code yDot}) is fine.
   */
  private static boolean writesCapturedArray(ClassLibrary library, String host, InvokeDynamicInsnNode site, Handle impl) {
    java.util.BitSet writes = new WriteSummaries(new SourceClass(hostNode(host)), library).of(bodyRef(impl));
    if (writes.get(dev.leibniz.core.analysis.ParamWrites.UNKNOWN)) return true;
    Type[] captured = Type.getArgumentTypes(site.desc);
    for (int k = 0; k < captured.length; k++) {
      if (dev.leibniz.core.ir.Types.isDifferentiableArray(captured[k]) && writes.get(k)) return true;
    }
    return false;
  }

  /** Both modes of {@code key} and what they call, like {@code ClassDifferentiator.attempt} for one method. */
  private record Generated(SourceClass source, ModeUnit tangent, ModeUnit adjoint, byte[] classFile) {}

  private static Generated generate(SourceClass source, ClassLibrary library, Shadows shadows, String key) {
    return generate(source, library, shadows, key, false);
  }

  /** {@code split}: the adjoint's split adjoint of {@code key} too (a strategy implementation's). */
  private static Generated generate(SourceClass source, ClassLibrary library, Shadows shadows, String key, boolean split) {
    Set<String> todo = Set.of(key);
    source.lift(todo);
    WriteSummaries writes = new WriteSummaries(source, library);
    UserRules rules = new UserRules(source.cn, library);
    ModeUnit tangent = new ModeUnit(true, rules, source, library, writes, shadows);
    tangent.generate(todo);
    ModeUnit adjoint = new ModeUnit(false, rules, source, library, writes, shadows);
    if (split) adjoint.splitRoot(key);
    adjoint.generate(todo);
    ClassAssembler assembler = new ClassAssembler(source, library.hierarchy());
    return new Generated(source, tangent, adjoint, assembler.companionsOf(Set.of(key), tangent, adjoint));
  }

  private static Output output(Generated g, String tangentName, String tangentDesc, String adjointName, String adjointDesc,
      String key, String bodyKey) {
    String t = failure(g, g.tangent, key, bodyKey);
    String a = failure(g, g.adjoint, key, bodyKey);
    return new Output(t != null && a != null ? null : g.classFile, t == null ? tangentName : null, tangentDesc, t,
        a == null ? adjointName : null, adjointDesc, a, warnings(g));
  }

  /** Both modes' warnings, each once (a special case is warned by both, alike). */
  private static List<Diagnostic> warnings(Generated g) {
    Set<Diagnostic> all = new LinkedHashSet<>(g.tangent.warnings());
    all.addAll(g.adjoint.warnings());
    return List.copyOf(all);
  }

  /** The diagnostic of {@code key} in {@code mode}, naming the lambda's body rather than its forwarder when the body failed. */
  private static String failure(Generated g, ModeUnit mode, String key, String bodyKey) {
    NotDifferentiable e = mode.failure(key);
    if (e == null) return null;
    String shownKey = key;
    if (mode.failure(bodyKey) != null) {
      e = mode.failure(bodyKey);
      shownKey = bodyKey;
    }
    return describe(g, shownKey, e, mode.modeName());
  }

  /** Failure {@code e} of {@code key}'s companion in {@code mode}, as a located diagnostic. */
  private static String describe(Generated g, String key, NotDifferentiable e, String mode) {
    boolean hosted = SourceClass.isHosted(key);
    String owner = hosted ? g.source.ownerOf(key) : g.source.cn.name;
    String method = hosted ? key.substring(key.indexOf('.') + 1) : key;
    return new Diagnostic(owner.replace('/', '.'), method, e.line, e.instruction, mode, e.getMessage()).message();
  }

  private static Output refused(String why) {
    return new Output(null, null, null, why, null, null, why, null, null, why, List.of());
  }

  /** The class the companions go into: final, synthetic, its methods all generated. */
  private static ClassNode hostNode(String host) {
    ClassNode c = new ClassNode();
    c.version = Opcodes.V11; // nestmates call each other's private methods with invokevirtual
    c.access = Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC;
    c.name = host;
    c.superName = "java/lang/Object";
    return c;
  }

  /** The code's own class's {@code @DerivativeRules} apply to it where it is differentiated. */
  private static void copyRules(ClassNode from, ClassNode to) {
    for (List<AnnotationNode> list : java.util.Arrays.asList(from.visibleAnnotations, from.invisibleAnnotations)) {
      if (list == null) continue;
      for (AnnotationNode a : list) {
        if (a.desc.equals(UserRules.RULES)) {
          if (to.visibleAnnotations == null) to.visibleAnnotations = new ArrayList<>();
          to.visibleAnnotations.add(a);
        }
      }
    }
  }
}
