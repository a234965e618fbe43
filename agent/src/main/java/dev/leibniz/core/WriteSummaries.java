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

  /** True when {@code m}'s own code returns fresh arrays only ({@link ParamWrites#RETURNS_FRESH_ARRAY}). */
  boolean returnsFreshArray(MethodRef m) {
    return withShapes(m).get(ParamWrites.RETURNS_FRESH_ARRAY);
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
    // the modes judge callees differently
    String key = mode + (merges ? "+merges" : "") + ":" + m.owner() + "." + m.name() + m.desc() + "#" + k;
    Boolean known = confined.get(key);
    if (known != null) return known;
    confined.put(key, false);
    Graph g = graph(m);
    boolean out = g != null && k < g.params.size() && ConfinedArguments.confines(g, k,
        (callee, j) -> bound.test(callee) && confinesArgument(callee, j, mode, bound, merges),
        callee -> bound.test(callee) && receiverOnly(callee), merges);
    confined.put(key, out);
    return out;
  }

  private final Map<String, java.util.Optional<FreshObjects.Made>> fresh = new HashMap<>();

  /** What {@code m}'s own code makes blank and returns on every path ({@link FreshObjects}), or null. */
  FreshObjects.Made freshObject(MethodRef m) {
    String key = m.owner() + "." + m.name() + m.desc();
    java.util.Optional<FreshObjects.Made> known = fresh.get(key);
    if (known != null) return known.orElse(null);
    fresh.put(key, java.util.Optional.empty()); // a recursive call makes nothing known
    Graph g = graph(m);
    FreshObjects.Made made = g == null ? null : FreshObjects.of(g,
        (cls, desc) -> dev.leibniz.core.objects.BlankConstructors.fieldsToZero(cls, desc, library::classNode), this::freshObject);
    fresh.put(key, java.util.Optional.ofNullable(made));
    return made;
  }

  private BitSet withShapes(MethodRef m) {
    String key = m.owner() + "." + m.name() + m.desc();
    BitSet w = writes.get(key);
    if (w != null) {
      return w;
    }
    writes.put(key, ParamWrites.ALL); // a recursive call sees "everything" until this is known
    boolean own = m.owner().equals(source.cn.name);
    Graph g = graph(m);
    MethodNode mn = own ? source.methods.get(m.name() + m.desc()) : null;
    if (g == null && own && mn == null && HelperCopier.writesNothing(m.name())) {
      w = new BitSet(); // the tape budget a checkpointed loop's driver reads: copied in later, writes nothing
    } else {
      w = g == null ? ParamWrites.ALL : ParamWrites.of(g, (callee, a) -> withShapes(callee).get(a));
    }
    writes.put(key, w);
    return w;
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
