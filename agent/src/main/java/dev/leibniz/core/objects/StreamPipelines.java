package dev.leibniz.core.objects;

import dev.leibniz.core.JavaSignature;
import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.lift.Inliner;
import dev.leibniz.core.lift.Lifter;
import dev.leibniz.core.objects.StreamLoops.Empty;
import dev.leibniz.core.objects.StreamLoops.Shape;
import dev.leibniz.core.objects.StreamLoops.Source;
import dev.leibniz.core.objects.StreamLoops.Stage;
import dev.leibniz.core.objects.StreamLoops.Terminal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * Sequential {@code java.util.stream} pipelines over numbers that the method builds and consumes
 * in one expression become the loop they run ({@link StreamLoops}), so that their functions'
 * calls are in the graph ({@link LambdaCalls} then makes a lambda created here its body) and the
 * stream objects, which are the JDK's, are gone. Recognised: a source ({@code Arrays.stream(double[]
 * [, from, to])}, {@code DoubleStream.of(...)}, {@code IntStream.range/rangeClosed(a, b)} followed
 * by {@code mapToDouble}), then {@code map}, {@code filter} (and {@code sequential()}), then a
 * terminal ({@code sum()}, {@code average()}/{@code max()}/{@code min()}/{@code reduce(op)} with {@code getAsDouble()},
 * {@code orElseThrow()} or {@code orElse(v)}, {@code reduce(identity, op)}, {@code toArray()}, {@code count()}: a
 * {@code long}, so the derivative of what the pipeline made ends there, but its filters still read active values and its
 * functions still run, as in the JDK); each
 * stream used once, all in one block, with nothing that has an effect between the source and the
 * terminal (the model runs where the terminal runs). Anything else stays a call of the JDK; when a
 * value with a derivative reaches it, {@link #whyNot} names the operation and the loop to write.
 */
public final class StreamPipelines {
  private static final String ARRAYS = "java/util/Arrays";
  private static final String DOUBLE_STREAM = "java/util/stream/DoubleStream";
  private static final String INT_STREAM = "java/util/stream/IntStream";
  private static final String OPTIONAL = "java/util/OptionalDouble";
  private static final String DS = "Ljava/util/stream/DoubleStream;";
  private static final String IS = "Ljava/util/stream/IntStream;";
  private static final String OD = "Ljava/util/OptionalDouble;";

  /** The graph size past which a loop is not spliced in (as {@link LambdaCalls}' bodies). */
  private static final int MAX_GRAPH = 8000;

  private StreamPipelines() {}

  /** One recognised pipeline: its instructions in order, the last one's value its result. */
  private record Pipeline(Shape shape, Insn source, List<Insn> stages, Insn terminal, Insn last) {
    List<Insn> insns() {
      List<Insn> all = new ArrayList<>();
      all.add(source);
      all.addAll(stages);
      all.add(terminal);
      if (last != terminal) all.add(last);
      return all;
    }

    /** The model's arguments: the source's, each stage's function, the terminal's, orElse's. */
    Value[] args() {
      List<Value> a = new ArrayList<>(List.of(source.args));
      for (Insn s : stages) {
        if (s.args.length > 1) a.add(s.arg(1));
      }
      for (int k = 1; k < terminal.args.length; k++) a.add(terminal.args[k]);
      if (last != terminal) {
        for (int k = 1; k < last.args.length; k++) a.add(last.args[k]);
      }
      return a.toArray(new Value[0]);
    }
  }

  /** True when {@code g} makes a stream this pass may take apart (a recognised source). */
  static boolean has(Graph g) {
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        if (source(i) != null) return true;
      }
    }
    return false;
  }

  /** Replaces every recognised pipeline of {@code g} by its loop; true when the graph changed. */
  static boolean rewrite(Graph g) {
    boolean changed = false;
    for (boolean again = true; again; ) {
      again = false;
      for (Block b : g.blocks) {
        for (Insn i : b.insns) {
          Pipeline p = recognise(g, b, i);
          if (p != null && splice(g, b, p)) {
            again = changed = true;
            break;
          }
        }
        if (again) break;
      }
    }
    return changed;
  }

  private static boolean splice(Graph g, Block b, Pipeline p) {
    Graph model;
    try {
      model = Lifter.lift(StreamLoops.OWNER, StreamLoops.model(p.shape()));
    } catch (NotDifferentiable e) {
      throw new IllegalStateException("the loop of a stream pipeline cannot be lifted: " + e.getMessage(), e);
    }
    if (Inliner.size(g) + Inliner.size(model) > MAX_GRAPH) return false;
    Type result = Type.getReturnType(p.shape().desc());
    Insn call = g.newInsn(Op.INVOKE, result, new MethodRef(Opcodes.INVOKESTATIC, StreamLoops.OWNER, StreamLoops.NAME,
        p.shape().desc(), false), p.args());
    call.line = p.last().line;
    call.origin = p.last().origin;
    int at = b.insns.indexOf(p.last());
    b.insns.set(at, call);
    GraphEdits.replaceUses(g, Map.of(p.last(), call));
    for (Insn i : p.insns()) {
      if (i != p.last()) b.insns.remove(i);
    }
    Inliner.spliceCall(g, b, b.insns.indexOf(call), model);
    return true;
  }

  /** The pipeline whose last instruction is {@code last} (index in {@code b}), or null. */
  private static Pipeline recognise(Graph g, Block b, Insn last) {
    Insn terminal = last;
    Empty empty = Empty.NONE;
    if (is(last, OPTIONAL, "getAsDouble", "()D") || is(last, OPTIONAL, "orElseThrow", "()D")) empty = Empty.THROW;
    if (is(last, OPTIONAL, "orElse", "(D)D")) empty = Empty.OR_ELSE;
    if (empty != Empty.NONE) {
      if (!(last.arg(0) instanceof Insn t) || onlyUse(g, t) != last) return null;
      terminal = t;
    }
    Terminal op = terminal(terminal);
    boolean optional = op == Terminal.AVERAGE || op == Terminal.MAX || op == Terminal.MIN || op == Terminal.REDUCE_FIRST;
    if (op == null || optional != (empty != Empty.NONE)) return null;
    List<Insn> stages = new ArrayList<>();
    List<Stage> kinds = new ArrayList<>();
    Insn next = terminal;
    while (next.arg(0) instanceof Insn cur && onlyUse(g, cur) == next) {
      Stage s = stage(cur);
      if (s == null) {
        Source src = source(cur);
        if (src == null || !fits(src, kinds)) return null;
        Pipeline p = new Pipeline(new Shape(src, kinds, op, empty), cur, stages, terminal, last);
        return inOneBlock(b, p) ? p : null;
      }
      stages.add(0, cur);
      kinds.add(0, s);
      next = cur;
    }
    return null;
  }

  /** An int range must become doubles first ({@code mapToDouble}), a double source must not. */
  private static boolean fits(Source src, List<Stage> kinds) {
    boolean ints = src == Source.RANGE || src == Source.RANGE_CLOSED;
    int firstMap = kinds.indexOf(Stage.MAP_TO_DOUBLE);
    if (!ints) return firstMap < 0;
    if (firstMap < 0 || kinds.lastIndexOf(Stage.MAP_TO_DOUBLE) != firstMap) return false;
    for (int k = 0; k < firstMap; k++) {
      if (kinds.get(k) != Stage.SEQUENTIAL) return false;
    }
    return true;
  }

  /**
   * All of the pipeline in {@code b}, in order, and nothing between its source and its end that
   * could write what the stream reads or observe the functions run (a call, a store): the loop runs
   * where the terminal was.
   */
  private static boolean inOneBlock(Block b, Pipeline p) {
    List<Insn> own = p.insns();
    int from = b.insns.indexOf(p.source());
    int to = b.insns.indexOf(p.last());
    if (from < 0 || to < from) return false;
    for (Insn i : own) {
      if (b.insns.indexOf(i) < from || b.insns.indexOf(i) > to) return false;
    }
    for (int k = from; k <= to; k++) {
      Insn i = b.insns.get(k);
      if (own.contains(i)) continue;
      boolean call = i.op == Op.INVOKE && !(i.attr instanceof InvokeDynamicInsnNode) && !isNullCheck(i);
      if (call || i.op == Op.PUTFIELD || i.op == Op.PUTSTATIC || i.op == Op.ASTORE || i.op == Op.VAR_WRITE) return false;
    }
    return true;
  }

  /**
   * The null check javac puts before a bound method reference ({@code helper::apply}): {@code
   * Objects.requireNonNull(o)} or {@code o.getClass()}, which writes nothing and runs no function.
   */
  private static boolean isNullCheck(Insn i) {
    return is(i, "java/util/Objects", "requireNonNull", "(Ljava/lang/Object;)Ljava/lang/Object;")
        || is(i, "java/lang/Object", "getClass", "()Ljava/lang/Class;");
  }

  private static boolean is(Insn i, String owner, String name, String desc) {
    if (i.op != Op.INVOKE || !(i.attr instanceof MethodRef m)) return false;
    return m.owner().equals(owner) && m.name().equals(name) && m.desc().equals(desc);
  }

  /** The source kind of a stream-making call, or null. */
  static Source source(Insn i) {
    if (is(i, ARRAYS, "stream", "([D)" + DS) || is(i, DOUBLE_STREAM, "of", "([D)" + DS)) return Source.ARRAY;
    if (is(i, ARRAYS, "stream", "([DII)" + DS)) return Source.ARRAY_RANGE;
    if (is(i, DOUBLE_STREAM, "of", "(D)" + DS)) return Source.VALUE;
    if (is(i, INT_STREAM, "range", "(II)" + IS)) return Source.RANGE;
    if (is(i, INT_STREAM, "rangeClosed", "(II)" + IS)) return Source.RANGE_CLOSED;
    return null;
  }

  private static Stage stage(Insn i) {
    if (is(i, DOUBLE_STREAM, "map", "(Ljava/util/function/DoubleUnaryOperator;)" + DS)) return Stage.MAP;
    if (is(i, DOUBLE_STREAM, "filter", "(Ljava/util/function/DoublePredicate;)" + DS)) return Stage.FILTER;
    if (is(i, INT_STREAM, "mapToDouble", "(Ljava/util/function/IntToDoubleFunction;)" + DS)) return Stage.MAP_TO_DOUBLE;
    if (is(i, DOUBLE_STREAM, "sequential", "()" + DS) || is(i, INT_STREAM, "sequential", "()" + IS)) return Stage.SEQUENTIAL;
    return null;
  }

  private static Terminal terminal(Insn i) {
    if (is(i, DOUBLE_STREAM, "sum", "()D")) return Terminal.SUM;
    if (is(i, DOUBLE_STREAM, "average", "()" + OD)) return Terminal.AVERAGE;
    if (is(i, DOUBLE_STREAM, "max", "()" + OD)) return Terminal.MAX;
    if (is(i, DOUBLE_STREAM, "min", "()" + OD)) return Terminal.MIN;
    if (is(i, DOUBLE_STREAM, "reduce", "(DLjava/util/function/DoubleBinaryOperator;)D")) return Terminal.REDUCE;
    if (is(i, DOUBLE_STREAM, "reduce", "(Ljava/util/function/DoubleBinaryOperator;)" + OD)) return Terminal.REDUCE_FIRST;
    if (is(i, DOUBLE_STREAM, "toArray", "()[D")) return Terminal.TO_ARRAY;
    if (is(i, DOUBLE_STREAM, "count", "()J")) return Terminal.COUNT;
    return null;
  }

  /** The instruction that is the only use of {@code v} (not a phi or a terminator), or null. */
  private static Insn onlyUse(Graph g, Value v) {
    Insn found = null;
    for (Block b : g.blocks) {
      for (Phi p : b.phis) {
        if (p.inputs.contains(v)) return null;
      }
      if (b.terminator != null && List.of(b.terminator.args).contains(v)) return null;
      for (Insn i : b.insns) {
        for (Value a : i.args) {
          if (a != v) continue;
          if (found != null) return null;
          found = i;
        }
      }
    }
    return found;
  }

  /** True for a call of a stream's method, a stream-making call or an {@code OptionalDouble}'s. */
  private static boolean isStreamCall(Insn i) {
    if (i.op != Op.INVOKE || !(i.attr instanceof MethodRef m)) return false;
    return m.owner().startsWith("java/util/stream/") || m.owner().equals(OPTIONAL)
        || m.owner().equals(ARRAYS) && m.name().equals("stream");
  }

  private static final String SUPPORTED = "differentiated are sequential pipelines made and consumed in one expression:"
      + " Arrays.stream(double[] [, from, to]), DoubleStream.of(...) or IntStream.range/rangeClosed(a, b).mapToDouble(f),"
      + " then map(f) and filter(p), then sum(), average()/max()/min()/reduce(op) with getAsDouble() or orElse(v),"
      + " reduce(identity, op), toArray() or count()";
  private static final String LOOP = ": write the loop, e.g. `double s = 0; for (double v : x) s += f(v);`";

  /**
   * Why the stream call {@code at} (refused: it is given a value with a derivative, or a lambda
   * capturing one) is not differentiated: the first operation of its pipeline that is not
   * supported, or why the pipeline was not taken apart; null when {@code at} is no stream call.
   */
  public static String whyNot(Graph g, Insn at) {
    if (!isStreamCall(at)) return null;
    Insn cur = at;
    while (!cur.method().isStatic() && cur.arg(0) instanceof Insn before && isStreamCall(before)) cur = before;
    for (int guard = 0; guard < 64; guard++) {
      Insn next = onlyUse(g, cur);
      boolean unsupported = source(cur) == null && stage(cur) == null && terminal(cur) == null
          && !is(cur, OPTIONAL, "getAsDouble", "()D") && !is(cur, OPTIONAL, "orElseThrow", "()D") && !is(cur, OPTIONAL, "orElse", "(D)D");
      if (unsupported) {
        MethodRef m = cur.method();
        String parallel = m.name().equals("parallel") ? " (a parallel stream's order of operations is not fixed)" : "";
        return "the stream operation `" + JavaSignature.method(m) + "`" + line(cur) + " is not differentiated" + parallel
            + "; " + SUPPORTED + LOOP;
      }
      boolean ends = !isStreamCall(cur) || terminal(cur) != null && (cur.type.getSort() == Type.DOUBLE || cur.type.getSort() == Type.LONG)
          || cur.type.getSort() == Type.ARRAY || cur.method().owner().equals(OPTIONAL);
      if (ends) break;
      if (next == null || !isStreamCall(next) || next.arg(0) != cur) {
        return "the stream made" + line(cur) + " is used more than once or passed on (stored, returned, given to a method, merged at a branch);"
            + " " + SUPPORTED + LOOP;
      }
      cur = next;
    }
    return "the stream pipeline" + line(at) + " is not taken apart: its operations are apart (a call or a store between"
        + " them, or in different branches), or its loop would make the method too large; " + SUPPORTED + LOOP;
  }

  private static String line(Insn i) {
    return i.line > 0 ? " (line " + i.line + ")" : "";
  }
}
