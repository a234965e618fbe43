package dev.leibniz.core;

import dev.leibniz.core.analysis.ConfinedArguments;
import dev.leibniz.core.analysis.FreshObjects;
import dev.leibniz.core.analysis.MessageUses;
import dev.leibniz.core.analysis.ParamWrites;
import dev.leibniz.core.emit.HelperCopier;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.lift.Lifter;
import dev.leibniz.core.lift.ScalaRanges;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.tree.MethodNode;

/** Which arguments (receiver first; bit 255: fields) each callee may write, computed once per callee. */
final class WriteSummaries {
  private final SourceClass source;
  private final ClassLibrary library;
  /** With the shape bits ({@link ParamWrites#RECEIVER_ONLY}...), which only summaries read. */
  private final Map<String, BitSet> writes = new HashMap<>();
  private final Map<String, BitSet> withoutShapes = new HashMap<>();
  private final Map<String, Graph> graphs = new HashMap<>();

  WriteSummaries(SourceClass source, ClassLibrary library) {
    this.source = source;
    this.library = library;
  }

  /** Methods without code here whose implementations are judged where a call dispatches to them: taken to write nothing. */
  private java.util.function.Predicate<MethodRef> judgedAtDispatch = m -> false;

  /**
   * These summaries, each method without code that {@code judged} names taken to write nothing: at a first dispatch
   * (OnDemand), an abstract getter on an object with a shadow, whose implementation is generated and judged, writes
   * included, at its own first dispatch. Before any summary is asked.
   */
  WriteSummaries judgingAtDispatch(java.util.function.Predicate<MethodRef> judged) {
    judgedAtDispatch = judged;
    return this;
  }

  BitSet of(MethodRef m) {
    String key = m.owner() + "." + m.name() + m.desc();
    BitSet w = withoutShapes.get(key);
    if (w == null) {
      w = ParamWrites.withoutShapes(withShapes(m));
      withoutShapes.put(key, w);
    }
    return w;
  }

  /**
   * {@code m}'s writes, its own calls of JDK functional interfaces' methods taken to write nothing: what they run is
   * known only at their first dispatch, which checks it there (a lambda body calling another: Commons Numbers' {@code q ->
   * Math.sqrt(NORMSQ.applyAsDouble(q))}).
   */
  BitSet ofBeyondFunctions(MethodRef m) {
    Graph g = graph(m);
    return g == null ? ParamWrites.ALL
        : ParamWrites.withoutShapes(ParamWrites.of(g, (callee, a) -> !TypedFunctionCalls.isFunction(callee) && withShapes(callee).get(a)));
  }

  /**
   * {@code m}'s writes, its calls that {@code dispatched} names taken to write what {@code dispatchedWrites} says: the
   * differentiated code checks what such a call runs at run time (a getter through an interface, whose implementations
   * write nothing or are named there: {@code CalleeOracle.queryWrites}).
   */
  BitSet ofBeyondDispatch(MethodRef m, java.util.function.Predicate<MethodRef> dispatched, java.util.function.BiPredicate<MethodRef, Integer> dispatchedWrites) {
    Graph g = graph(m);
    return g == null ? ParamWrites.ALL : ParamWrites.withoutShapes(ParamWrites.of(g,
        (callee, a) -> dispatched.test(callee) ? dispatchedWrites.test(callee, a) : withShapes(callee).get(a)));
  }

  /** True when {@code m}'s own code returns fresh arrays only ({@link ParamWrites#RETURNS_FRESH_ARRAY}). */
  boolean returnsFreshArray(MethodRef m) {
    return withShapes(m).get(ParamWrites.RETURNS_FRESH_ARRAY);
  }

  /** True when {@code m}'s own code returns fresh objects only ({@link ParamWrites#RETURNS_FRESH}). */
  boolean returnsFreshObject(MethodRef m) {
    return withShapes(m).get(ParamWrites.RETURNS_FRESH);
  }

  /** True when {@code m}'s own code writes fields of its receiver only, which it keeps ({@link ParamWrites#RECEIVER_ONLY}). */
  boolean receiverOnly(MethodRef m) {
    return withShapes(m).get(ParamWrites.RECEIVER_ONLY);
  }

  private final Map<String, Boolean> confined = new HashMap<>();

  /**
   * True when {@code m}'s own code keeps argument {@code k} to itself ({@link ConfinedArguments}), handing it on only
   * to callees that run the code they name ({@code bound}) and do the same; computed once per callee and argument, a
   * recursive call taken not to.
   */
  boolean confinesArgument(MethodRef m, int k, String mode, java.util.function.Predicate<MethodRef> bound) {
    return confinesArgument(m, k, mode, bound, false);
  }

  /** The same, the object also merged ({@link ConfinedArguments#confines(Graph, int, java.util.function.BiPredicate,
   * java.util.function.Predicate, boolean)}: asked for objects of classes whose instance fields are all final). */
  boolean confinesArgument(MethodRef m, int k, String mode, java.util.function.Predicate<MethodRef> bound, boolean merges) {
    return confinesArgument(m, k, mode, bound, merges, null);
  }

  /**
   * The same, a call judged by the code {@code runs} names for it (CalleeOracle.codeJudged: for an abstract method of
   * an interface, the code of the classes with shadows implementing it, which the call's dispatch runs for their
   * receivers), every one of them keeping the argument; null: the code the call names.
   */
  boolean confinesArgument(MethodRef m, int k, String mode, java.util.function.Predicate<MethodRef> bound, boolean merges,
      java.util.function.Function<MethodRef, java.util.List<MethodRef>> runs) {
    // the modes judge callees differently
    String key = mode + (merges ? "+merges" : "") + (runs == null ? "" : "+runs") + ":" + m.owner() + "." + m.name() + m.desc() + "#" + k;
    Boolean known = confined.get(key);
    if (known != null) return known;
    confined.put(key, false);
    boolean out = true;
    for (MethodRef r : runs == null ? java.util.List.of(m) : runs.apply(m)) {
      Graph g = graph(r);
      out &= g != null && k < g.params.size() && ConfinedArguments.confines(g, k,
          (callee, j) -> bound.test(callee) && confinesArgument(callee, j, mode, bound, merges, runs),
          callee -> bound.test(callee) && receiverOnly(callee), merges);
    }
    confined.put(key, out);
    return out;
  }

  /**
   * As {@link #confinesArgument}, the object given at {@code k} being of exactly class {@code exact} (made by {@code new}
   * in the caller, so never of a subclass): a call in {@code m} on it as the receiver ({@link ConfinedArguments#confines(Graph,
   * int, java.util.function.BiPredicate, java.util.function.Predicate, boolean, java.util.function.BiPredicate)}) runs
   * {@code exact}'s code for the method whoever else overrides it, so that code is judged, with the same knowledge, and no
   * binding is asked of the call (Team 254's {@code rotateBy(new Rotation2d(...))} reading {@code rotation.cos()}); a call
   * given it at another position is judged as {@code bound} and {@code runs} say, the object still of that class there.
   */
  boolean confinesExact(MethodRef m, int k, String exact, String mode, java.util.function.Predicate<MethodRef> bound,
      java.util.function.Function<MethodRef, java.util.List<MethodRef>> runs) {
    String key = mode + "+exact " + exact + ":" + m.owner() + "." + m.name() + m.desc() + "#" + k;
    Boolean known = confined.get(key);
    if (known != null) return known;
    confined.put(key, false); // a recursive call taken not to keep it to itself
    Graph g = graph(m);
    boolean out = g != null && k < g.params.size() && ConfinedArguments.confines(g, k,
        (callee, j) -> bound.test(callee) && confinesArgument(callee, j, mode, bound, false, runs),
        callee -> bound.test(callee) && receiverOnly(callee), false,
        (callee, j) -> j == 0 && dispatched(callee) ? confinesExact(ranOn(exact, callee), 0, exact, mode, bound, runs)
            : bound.test(callee) && (confinesArgument(callee, j, mode, bound, false, runs) || confinesExact(callee, j, exact, mode, bound, runs)));
    confined.put(key, out);
    return out;
  }

  /** A call whose code the receiver's class selects: an instance method, not a constructor, not invokespecial. */
  static boolean dispatched(MethodRef m) {
    return !m.isStatic() && m.opcode() != org.objectweb.asm.Opcodes.INVOKESPECIAL && !m.name().startsWith("<");
  }

  /** The method a call of {@code m} runs on an object of exactly class {@code exact} (its code found by {@link #graph}). */
  static MethodRef ranOn(String exact, MethodRef m) {
    return new MethodRef(org.objectweb.asm.Opcodes.INVOKEVIRTUAL, exact, m.name(), m.desc(), false);
  }

  private final Map<String, java.util.Optional<FreshObjects.Made>> fresh = new HashMap<>();

  /** What {@code m}'s own code makes blank and returns on every path ({@link FreshObjects}), or null. */
  FreshObjects.Made freshObject(MethodRef m) {
    return made(m, fresh, g -> FreshObjects.of(g, this::fieldsToZero, this::freshObject));
  }

  /** {@code m}'s own code's object as {@code of} finds it in its graph, once per method ({@code known}); null for none. */
  private FreshObjects.Made made(MethodRef m, Map<String, java.util.Optional<FreshObjects.Made>> known,
      java.util.function.Function<Graph, FreshObjects.Made> of) {
    String key = m.owner() + "." + m.name() + m.desc();
    java.util.Optional<FreshObjects.Made> found = known.get(key);
    if (found != null) return found.orElse(null);
    known.put(key, java.util.Optional.empty()); // a recursive call makes nothing known
    Graph g = graph(m);
    FreshObjects.Made made = g == null ? null : of.apply(g);
    known.put(key, java.util.Optional.ofNullable(made));
    return made;
  }

  /** The fields a blank constructor of {@code cls} leaves zero ({@code BlankConstructors}), for {@link FreshObjects}. */
  private java.util.List<dev.leibniz.core.ir.FieldPath> fieldsToZero(String cls, String desc) {
    return dev.leibniz.core.objects.BlankConstructors.fieldsToZero(cls, desc, library::classNode);
  }

  private final Map<String, java.util.Optional<FreshObjects.Made>> pooled = new HashMap<>();
  private dev.leibniz.core.analysis.PoolResets poolResets;

  /**
   * What {@code m}'s own code hands out on every path as a pool's take ({@link FreshObjects#ofPool}): a blank new object, or
   * one whose every floating field a reset of its class writes with constants before returning it; null otherwise.
   */
  FreshObjects.Made pooledObject(MethodRef m) {
    return made(m, pooled, g -> FreshObjects.ofPool(g, this::fieldsToZero, this::pooledObject, this::reset));
  }

  /**
   * For {@code r.reset()} returned by a pool's take: the shadow's fields (its class's blank no-argument constructor's) when
   * the reset, run on an object of exactly the class it names, writes constants into all of them and returns it
   * ({@link dev.leibniz.core.analysis.PoolResets}); the companions check that class at run time (forward.Sweep).
   */
  private FreshObjects.Made reset(dev.leibniz.core.ir.Insn call) {
    MethodRef m = call.method();
    String cls = m.owner();
    if (m.isStatic() || !m.desc().startsWith("()") || !call.type.getDescriptor().equals("L" + cls + ";")) return null;
    java.util.List<dev.leibniz.core.ir.FieldPath> zeroed = dev.leibniz.core.objects.BlankConstructors.fieldsToZero(cls, "()V", library::classNode);
    if (zeroed == null || zeroed.isEmpty()) return null;
    java.util.Set<String> fields = new java.util.HashSet<>();
    for (dev.leibniz.core.ir.FieldPath p : zeroed) {
      if (!p.via().isEmpty() || p.isArray()) return null; // a sub-object or an array the reset would have to fill
      fields.add(dev.leibniz.core.analysis.PoolResets.key(p.last()));
    }
    if (poolResets == null) poolResets = new dev.leibniz.core.analysis.PoolResets(this::graph);
    return poolResets.resets(cls, m.name(), m.desc(), fields) ? new FreshObjects.Made(cls, zeroed) : null;
  }

  /** The methods whose summaries are being computed, outermost first, each with its provisional summary. */
  private final java.util.LinkedHashMap<String, BitSet> open = new java.util.LinkedHashMap<>();
  /** The depth (in {@link #open}) of the outermost open method whose provisional summary was read; MAX: none. */
  private int readsOpenFrom = Integer.MAX_VALUE;

  /**
   * A least fixed point over recursive calls: a recursive call (SuanShu's {@code Digamma.evaluate} calling itself)
   * reads the callee's provisional summary, first empty, then what the callee was found to write, until nothing is
   * added. (Taking every write for it made every recursive method a field writer.) A summary that read the provisional
   * one of an enclosing open method is not kept: it is computed again once that method's summary is final.
   */
  private BitSet withShapes(MethodRef m) {
    String key = m.owner() + "." + m.name() + m.desc();
    BitSet w = writes.get(key);
    if (w != null) {
      return w;
    }
    BitSet provisional = open.get(key);
    if (provisional != null) {
      readsOpenFrom = Math.min(readsOpenFrom, depthOf(key));
      return provisional;
    }
    int depth = open.size();
    int outer = readsOpenFrom;
    provisional = new BitSet();
    while (true) {
      open.put(key, provisional);
      readsOpenFrom = Integer.MAX_VALUE;
      w = ownSummary(m);
      open.remove(key);
      int readFrom = readsOpenFrom;
      BitSet grown = (BitSet) ParamWrites.withoutShapes(w).clone(); // shape bits stay "no" in a provisional summary
      grown.andNot(provisional);
      if (readFrom < depth) { // read an enclosing method's provisional summary: asked again once that one is final
        readsOpenFrom = Math.min(outer, readFrom);
        return w;
      }
      if (readFrom > depth || grown.isEmpty()) { // read no provisional summary but nested ones, or its own held
        readsOpenFrom = outer;
        writes.put(key, w);
        return w;
      }
      provisional = (BitSet) provisional.clone();
      provisional.or(ParamWrites.withoutShapes(w));
    }
  }

  private int depthOf(String key) {
    int d = 0;
    for (String k : open.keySet()) {
      if (k.equals(key)) return d;
      d++;
    }
    throw new IllegalStateException(key);
  }

  /** {@code m}'s summary from its own code, its callees' summaries asked through {@link #withShapes}. */
  private BitSet ownSummary(MethodRef m) {
    boolean own = m.owner().equals(source.cn.name);
    Graph g = graph(m);
    MethodNode mn = own ? source.methods.get(m.name() + m.desc()) : null;
    if (g == null && own && mn == null && HelperCopier.writesNothing(m.name())) {
      return new BitSet(); // the tape budget a checkpointed loop's driver reads: copied in later, writes nothing
    }
    if (g == null && (isEnumFinalMethod(m) || judgedAtDispatch.test(m))) return new BitSet();
    if (g == null && (isAbstractNumber(m, own) || isAbstractIndexGetter(m, own))) return ALL_BUT_BIT_PATTERNS;
    return g == null ? ParamWrites.ALL : ParamWrites.of(g, (callee, a) -> withShapes(callee).get(a));
  }

  private static final BitSet ALL_BUT_BIT_PATTERNS = allButBitPatterns();

  private static BitSet allButBitPatterns() {
    BitSet b = (BitSet) ParamWrites.ALL.clone();
    b.clear(ParamWrites.BIT_PATTERNS);
    return b;
  }

  /**
   * True for an abstract (interface) method returning a double or a float: the implementation a call runs is
   * differentiated from its own code at its first dispatch, where a bit read is judged, as for a direct call of it
   * ({@code DerivativeCuts.readsBits}). Taken to read bits, it made a static helper calling it (Joise's {@code
   * Noise.interpolateXYZ3} calling {@code IWorkerNoise3.calculate}) a bit source, and every integer its caller read (the
   * corners of {@code Noise.fastFloor}) bits of an active value: a false refusal. Still taken to write everything else.
   */
  private boolean isAbstractNumber(MethodRef m, boolean own) {
    int sort = org.objectweb.asm.Type.getReturnType(m.desc()).getSort();
    if (m.isStatic() || (sort != org.objectweb.asm.Type.DOUBLE && sort != org.objectweb.asm.Type.FLOAT)) return false;
    // the JDK's functional interfaces reach lambdas and library code that nothing differentiates here: their bits stay unjudged
    if (m.owner().startsWith("java/") || m.owner().startsWith("javax/")) return false;
    if (own) return source.methods.containsKey(m.name() + m.desc()) && source.isAbstract(m.name() + m.desc());
    ClassLibrary.Declaration d = library.resolve(m);
    return d != null && (d.method().access & org.objectweb.asm.Opcodes.ACC_ABSTRACT) != 0;
  }

  /**
   * True for an abstract (interface) instance method given no floating value (no {@code double}, {@code float} or array
   * argument) that returns a whole number: a getter of an index or a count ({@code Feature.getIndex()} in LIBLINEAR's
   * {@code SparseOperator.dot}). Nothing it is given holds bits of an active value; what its implementation reads of its
   * own receiver is judged by that code at its first dispatch, as for a direct call of it ({@code DerivativeCuts.readsBits}
   * skips calls dispatched without code). Taken to read bits, it made the static helper calling it a bit source, and
   * every integer its caller read after the call ({@code x[I[i]]}, an index from an {@code int[]} field) bits of an
   * active value: a false refusal. Still taken to write everything else.
   */
  private boolean isAbstractIndexGetter(MethodRef m, boolean own) {
    org.objectweb.asm.Type r = org.objectweb.asm.Type.getReturnType(m.desc());
    if (m.isStatic() || !isWholeNumber(r) || m.owner().startsWith("java/") || m.owner().startsWith("javax/")) return false;
    for (org.objectweb.asm.Type a : org.objectweb.asm.Type.getArgumentTypes(m.desc())) {
      if (!isWholeNumber(a) && a.getSort() != org.objectweb.asm.Type.BOOLEAN) return false;
    }
    if (own) return source.methods.containsKey(m.name() + m.desc()) && source.isAbstract(m.name() + m.desc());
    ClassLibrary.Declaration d = library.resolve(m);
    return d != null && (d.method().access & org.objectweb.asm.Opcodes.ACC_ABSTRACT) != 0;
  }

  private static boolean isWholeNumber(org.objectweb.asm.Type t) {
    int sort = t.getSort();
    return sort == org.objectweb.asm.Type.INT || sort == org.objectweb.asm.Type.LONG || sort == org.objectweb.asm.Type.SHORT
        || sort == org.objectweb.asm.Type.BYTE || sort == org.objectweb.asm.Type.CHAR;
  }

  /** Final methods of {@code java.lang.Enum} that read the constant and write nothing (javac's switch on an enum calls {@code ordinal()}). */
  private static final java.util.Set<String> ENUM_READERS = java.util.Set.of(
      "ordinal()I", "name()Ljava/lang/String;", "compareTo(Ljava/lang/Enum;)I", "hashCode()I",
      "equals(Ljava/lang/Object;)Z", "getDeclaringClass()Ljava/lang/Class;");

  /** True for a call of one of {@link #ENUM_READERS} naming an enum class (final in Enum: no enum redeclares it). */
  private boolean isEnumFinalMethod(MethodRef m) {
    if (m.isStatic() || !ENUM_READERS.contains(m.name() + m.desc())) return false;
    if (m.owner().equals("java/lang/Enum")) return true;
    org.objectweb.asm.tree.ClassNode c = library.classNode(m.owner());
    return c != null && (c.access & org.objectweb.asm.Opcodes.ACC_ENUM) != 0 && "java/lang/Enum".equals(c.superName);
  }

  /** True when {@code m}'s argument {@code k} only ends in messages in its own code ({@link MessageUses}). */
  boolean usesOnlyInMessages(MethodRef m, int k) {
    Graph g = graph(m);
    return g != null && MessageUses.paramOnlyInMessages(g, k);
  }

  /**
   * The superclass declaration of a method the class being differentiated names but does not declare: javac names the
   * class itself for an unqualified call of an inherited static method ({@code checkTarget(y)} in Hivemall's LogLoss,
   * declared in its superclass BinaryLoss). {@link InheritedCalls} retargets such calls only when they return a number;
   * a void check stays named through this class, and without its code every such call was taken to write fields.
   */
  private ClassLibrary.Declaration inheritedBySource(MethodRef m) {
    String superName = source.cn.superName;
    if (superName == null || ClassLibrary.isJdk(superName)) return null;
    return library.resolve(new MethodRef(m.opcode(), superName, m.name(), m.desc(), m.itf()));
  }

  /** True when {@code m}'s code handles its argument {@code k} as a reference only ({@link ReferenceOnlyUses}: a pool's release). */
  boolean keepsOnlyReference(MethodRef m, int k) {
    return dev.leibniz.core.analysis.ReferenceOnlyUses.of(graph(m), k, this::graph);
  }

  /** {@code m}'s code, lifted once; null when it cannot be read or lifted. */
  private Graph graph(MethodRef m) {
    String key = m.owner() + "." + m.name() + m.desc();
    if (graphs.containsKey(key)) return graphs.get(key);
    boolean own = m.owner().equals(source.cn.name);
    Graph g = own ? source.graph(m.name() + m.desc()) : null;
    MethodNode mn = g != null ? null : own ? source.methods.get(m.name() + m.desc()) : library.method(m);
    ClassLibrary.Declaration inherited = g == null && mn == null ? own ? inheritedBySource(m) : library.resolve(m) : null;
    if (inherited != null) mn = inherited.method(); // a superclass's method, or an interface's default one (JVMS 5.4.3.3)
    if (g == null && mn != null) {
      try {
        ClassLibrary.Declaration d = inherited != null ? inherited : own ? null : library.resolve(m); // Scala's ranges as the loops they mean, as for own methods
        g = Lifter.lift(inherited != null ? inherited.owner().name : m.owner(), d == null || d.method() != mn ? mn : ScalaRanges.rewrite(d.owner(), mn));
      } catch (NotDifferentiable | RuntimeException e) {
        g = null;
      }
    }
    graphs.put(key, g);
    return g;
  }
}
