package dev.leibniz.core.objects;

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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * JDK methods given a lambda that captures numbers, whose JDK code cannot be inlined (it is the
 * JDK's, and streams are objects of the JDK's): the call is replaced by the body of the method of
 * {@link JdkLambdaModels} that computes the same thing, so that {@link LambdaCalls} then makes the
 * lambda its body. {@code Arrays.setAll(double[], IntToDoubleFunction)} and the chain {@code
 * IntStream.range(a, b).mapToDouble(f).sum()} (each stream used once, nothing else made of it).
 * Other JDK methods given such a lambda stay calls, and the activity analysis refuses the lambda
 * ({@link #advice} says how to rewrite them).
 */
final class JdkLambdaCalls {
  private static final String MODELS = Type.getInternalName(JdkLambdaModels.class);
  private static final String INT_STREAM = "java/util/stream/IntStream";
  private static final String DOUBLE_STREAM = "java/util/stream/DoubleStream";
  private static final String FUNCTION = "Ljava/util/function/IntToDoubleFunction;";

  private JdkLambdaCalls() {}

  /**
   * Splices the model of {@code call} (index {@code j} of {@code b}), a call given a lambda, when
   * it is one; true when the graph changed.
   */
  static boolean splice(Graph g, Block b, int j, Insn call, int maxGraph) {
    MethodRef m = call.method();
    if (m.owner().equals("java/util/Arrays") && m.name().equals("setAll") && m.desc().equals("([D" + FUNCTION + ")V")) {
      return spliceModel(g, b, j, "setAll", maxGraph);
    }
    if (m.owner().equals(INT_STREAM) && m.name().equals("mapToDouble")
        && m.desc().equals("(" + FUNCTION + ")L" + DOUBLE_STREAM + ";")) {
      return rangeSum(g, b, j, call, maxGraph);
    }
    return false;
  }

  /** {@code range(a, b).mapToDouble(f).sum()}: the sum becomes {@code rangeSum(a, b, f)}, the streams go. */
  private static boolean rangeSum(Graph g, Block b, int j, Insn map, int maxGraph) {
    if (!(map.arg(0) instanceof Insn)) return false;
    Insn range = (Insn) map.arg(0);
    boolean isRange = range.op == Op.INVOKE && range.attr instanceof MethodRef && range.method().owner().equals(INT_STREAM)
        && range.method().name().equals("range") && range.method().desc().equals("(II)L" + INT_STREAM + ";");
    Insn sum = onlyUse(g, map);
    if (!isRange || onlyUse(g, range) != map || sum == null || !b.insns.contains(range) || !b.insns.contains(sum)) return false;
    MethodRef s = sum.attr instanceof MethodRef ? sum.method() : null;
    if (s == null || !s.owner().equals(DOUBLE_STREAM) || !s.name().equals("sum") || !s.desc().equals("()D")) return false;
    if (Inliner.size(g) + Inliner.size(model("rangeSum")) > maxGraph) return false;
    Insn call = g.newInsn(Op.INVOKE, Type.DOUBLE_TYPE,
        new MethodRef(Opcodes.INVOKESTATIC, MODELS, "rangeSum", "(II" + FUNCTION + ")D", false),
        range.arg(0), range.arg(1), map.arg(1));
    call.line = sum.line;
    call.origin = sum.origin;
    int at = b.insns.indexOf(sum);
    b.insns.set(at, call);
    GraphEdits.replaceUses(g, java.util.Map.of(sum, call));
    b.insns.remove(map);
    b.insns.remove(range);
    return spliceModel(g, b, b.insns.indexOf(call), "rangeSum", maxGraph);
  }

  private static boolean spliceModel(Graph g, Block b, int j, String name, int maxGraph) {
    Graph model = model(name);
    if (Inliner.size(g) + Inliner.size(model) > maxGraph) return false;
    Inliner.spliceCall(g, b, j, model);
    return true;
  }

  /** The instruction that is the only use of {@code v} (not a phi or a terminator), or null. */
  private static Insn onlyUse(Graph g, Value v) {
    Insn found = null;
    for (Block b : g.blocks) {
      for (Phi p : b.phis) {
        if (p.inputs.contains(v)) return null;
      }
      if (b.terminator != null && java.util.List.of(b.terminator.args).contains(v)) return null;
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

  /** A fresh lifted graph of the model method {@code name}. */
  private static Graph model(String name) {
    ClassNode c = new ClassNode();
    try (InputStream in = JdkLambdaModels.class.getResourceAsStream("JdkLambdaModels.class")) {
      new ClassReader(in.readAllBytes()).accept(c, ClassReader.SKIP_FRAMES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (MethodNode mn : c.methods) {
      if (mn.name.equals(name)) {
        try {
          return Lifter.lift(MODELS, mn);
        } catch (NotDifferentiable e) {
          throw new IllegalStateException("the model of " + name + " cannot be lifted: " + e.getMessage(), e);
        }
      }
    }
    throw new IllegalStateException("no model " + name);
  }

  /**
   * How to rewrite a call of JDK method {@code m} that a lambda capturing a value with a
   * derivative is given to (no model above), or null when {@code m} is no such JDK method.
   */
  static String advice(MethodRef m) {
    String owner = m.owner();
    if (owner.startsWith("java/util/stream/")) {
      return "streams are not differentiated except IntStream.range(a, b).mapToDouble(f).sum(): write the loop, e.g."
          + " `double s = 0; for (int i = a; i < b; i++) s += f(i);`";
    }
    if (owner.equals("java/util/Arrays")) {
      return "of Arrays' methods taking a function only setAll(double[], IntToDoubleFunction) is differentiated: write the loop,"
          + " e.g. `for (int i = 0; i < out.length; i++) out[i] = f(i);`";
    }
    return null;
  }
}
