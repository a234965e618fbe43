package dev.leibniz.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.fixtures.NullTangents;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A {@code null} tangent for a data array (README: "this parameter is passive"). When the tangent companion only
 * reads that array ({@code core.analysis.ReadOnlyArrays}), it makes no zero array for it: its tangent methods,
 * the helper's too, contain no {@code leibniz$zeros} call and no array allocation (checked on the bytecode, not
 * timed). When the array is written, or comes back from a callee and is written, the zero array stays. Every case
 * against an analytic gradient and central differences, with and without the data's tangent, and the dot product
 * with the adjoint given a {@code null} adjoint for the same array.
 */
class NullTangentTest {
  static final Transformed TRANSFORMED = Transformed.of(NullTangents.class);
  static final Class<?> T = TRANSFORMED.type;
  static final double[] W = {0.3, -0.7, 1.1, 0.4};
  static final double[] X = {1.5, -0.2, 0.8, 2.0};

  static MethodHandle handle(String name, Class<?> result, Class<?>... params) throws Exception {
    return MethodHandles.publicLookup().findStatic(T, name, MethodType.methodType(result, params));
  }

  /** The transformed class's methods named {@code prefix...}. */
  static List<MethodNode> methods(String prefix) {
    ClassNode cn = new ClassNode();
    new ClassReader(TRANSFORMED.result.transformed()).accept(cn, 0);
    List<MethodNode> out = new ArrayList<>();
    for (MethodNode m : cn.methods) if (m.name.startsWith(prefix)) out.add(m);
    return out;
  }

  /**
   * Whether {@code m} makes a zero array for a null tangent ({@code leibniz$zeros}), or any array as long as one
   * (a {@code NEWARRAY} of a length other than the constant 1 of a pair tangent's result buffer).
   */
  static boolean makesArrays(MethodNode m) {
    for (AbstractInsnNode n : m.instructions) {
      if (n instanceof MethodInsnNode && ((MethodInsnNode) n).name.equals(Companions.HELPER_PREFIX + "zeros")) return true;
      if (n.getOpcode() == Opcodes.NEWARRAY && n.getPrevious().getOpcode() != Opcodes.ICONST_1) return true;
      if (n.getOpcode() == Opcodes.ANEWARRAY || n.getOpcode() == Opcodes.MULTIANEWARRAY) return true;
    }
    return false;
  }

  @Test
  void aReadOnlyDataArrayGetsNoZeroArray() {
    List<MethodNode> tangents = methods("readOnly");
    tangents.removeIf(m -> !m.name.contains("$tangent"));
    List<MethodNode> helper = methods("weighted");
    helper.removeIf(m -> !m.name.contains("$tangent"));
    assertEquals(2, tangents.size(), "readOnly$tangent and readOnlyFloat$tangent: " + tangents);
    tangents.addAll(helper);
    for (MethodNode m : tangents) assertFalse(makesArrays(m), m.name + " allocates:\n" + Transformed.text(TRANSFORMED.result.transformed()));
  }

  @Test
  void aWrittenOrHandedBackDataArrayKeepsItsZeroArray() {
    for (String name : new String[] {"written", "handedBack"}) {
      MethodNode m = methods(name + "$tangent").get(0);
      assertTrue(makesArrays(m), name + "$tangent must make a zero array for a null tangent");
    }
  }

  @Test
  void readOnlyAgainstAnalyticAndDifferences() throws Throwable {
    MethodHandle t = handle("readOnly$tangent", double.class, double[].class, double[].class, double[].class, double[].class);
    double[] dw = {0.2, -0.5, 0.9, 0.1}, dx = {-0.3, 0.4, 0.6, -1.2};
    double analytic = 0, analyticX = 0;
    for (int i = 0; i < W.length; i++) {
      analytic += (Math.cos(W[i]) * X[i] + 2 * W[i] * X[i]) * dw[i];
      analyticX += (Math.sin(W[i]) + W[i] * W[i]) * dx[i];
    }
    double passive = (double) t.invokeExact(W, dw, X, (double[]) null);
    assertEquals(analytic, passive, 1e-14);
    assertEquals(analytic + analyticX, (double) t.invokeExact(W, dw, X, dx), 1e-14);
    assertEquals(analytic, (double) t.invokeExact(W, dw, X, new double[X.length]), 1e-14);
    assertEquals(0, (double) t.invokeExact(W, (double[]) null, X, (double[]) null), 0);
    FiniteDifferences.Estimate fd = FiniteDifferences.directional(f("readOnly", X), W, dw)[0];
    assertEquals(fd.value(), passive, fd.tolerance(1e-8));
    dotProduct("readOnly", dw, passive, X);
  }

  @Test
  void readOnlyFloatAgainstAnalytic() throws Throwable {
    MethodHandle t = handle("readOnlyFloat$tangent", float.class, float[].class, float[].class, float[].class, float[].class);
    float[] w = {0.3f, -0.7f, 1.1f}, x = {1.5f, -0.2f, 0.8f}, dw = {0.2f, -0.5f, 0.9f};
    double analytic = 0;
    for (int i = 0; i < w.length; i++) analytic += (Math.cos(w[i]) * x[i] + 2 * w[i] * x[i]) * dw[i];
    assertEquals(analytic, (float) t.invokeExact(w, dw, x, (float[]) null), 1e-5);
  }

  @Test
  void writtenAgainstAnalyticAndDifferences() throws Throwable {
    MethodHandle t = handle("written$tangent", double.class, double[].class, double[].class, double[].class, double[].class);
    double[] dw = {0.2, -0.5, 0.9, 0.1};
    // x0 = w0 w1; f = w0 w1 x1 + w0
    double analytic = (W[1] * X[1] + 1) * dw[0] + W[0] * X[1] * dw[1];
    double tangent = (double) t.invokeExact(W, dw, X.clone(), (double[]) null);
    assertEquals(analytic, tangent, 1e-14);
    FiniteDifferences.Estimate fd = FiniteDifferences.directional(f("written", X), W, dw)[0];
    assertEquals(fd.value(), tangent, fd.tolerance(1e-8));
    dotProduct("written", dw, tangent, X);
  }

  @Test
  void handedBackAgainstAnalyticAndDifferences() throws Throwable {
    MethodHandle t = handle("handedBack$tangent", double.class, double[].class, double[].class, double[].class, double[].class);
    double[] dw = {0.2, -0.5, 0.9, 0.1};
    // x0 = w0²; f = w0² + x1 w1
    double analytic = 2 * W[0] * dw[0] + X[1] * dw[1];
    double tangent = (double) t.invokeExact(W, dw, X.clone(), (double[]) null);
    assertEquals(analytic, tangent, 1e-14);
    FiniteDifferences.Estimate fd = FiniteDifferences.directional(f("handedBack", X), W, dw)[0];
    assertEquals(fd.value(), tangent, fd.tolerance(1e-8));
    dotProduct("handedBack", dw, tangent, X);
  }

  /**
   * BA's shape: arrays only read next to a written output they may alias. The tangent makes a zero array for the
   * output's null tangent only (before: for all three); both modes against the analytic derivative and each other,
   * the adjoint with a null adjoint for {@code x} (the adjoint still makes a zero array there: its sink needs the
   * workspace, which this adjoint does not take otherwise).
   */
  @Test
  void anOutputMethodsReadOnlyArraysGetNoZeroArray() throws Throwable {
    for (MethodNode m : methods("intoOut$tangent")) {
      int zeros = 0;
      for (AbstractInsnNode n : m.instructions) {
        if (n instanceof MethodInsnNode && ((MethodInsnNode) n).name.equals(Companions.HELPER_PREFIX + "zeros")) zeros++;
      }
      assertEquals(1, zeros, m.name + ": a zero array for out's null tangent only");
    }
    MethodHandle t = handle("intoOut$tangent", void.class, double[].class, double[].class, double[].class, double[].class,
        double[].class, double[].class);
    MethodHandle a = handle("intoOut$adjoint", void.class, double[].class, double[].class, double[].class, double[].class,
        double[].class, double[].class);
    double[] dw = {0.2, -0.5, 0.9, 0.1}, out = new double[2], dout = new double[2];
    t.invokeExact(W, dw, X, (double[]) null, out, dout);
    double[] analytic = {(W[1] - X[0]) * dw[0] + W[0] * dw[1], (W[2] - X[1]) * dw[0] + W[0] * dw[2]};
    assertEquals(analytic[0], dout[0], 1e-14);
    assertEquals(analytic[1], dout[1], 1e-14);
    for (int row = 0; row < 2; row++) {
      for (int round = 0; round < 2; round++) {
        double[] wb = new double[W.length], seed = new double[2];
        seed[row] = 1;
        a.invokeExact(W, wb, X, (double[]) null, new double[2], seed);
        double dot = 0;
        for (int i = 0; i < W.length; i++) dot += wb[i] * dw[i];
        assertEquals(analytic[row], dot, 1e-14, "row " + row + ", round " + round + ": dot product of the modes");
      }
    }
  }

  /** The primal {@code name(w, copy of x)} as a function of {@code w}. */
  static Function<double[], double[]> f(String name, double[] x) {
    return w -> {
      try {
        return new double[] {(double) T.getMethod(name, double[].class, double[].class).invoke(null, w, x.clone())};
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    };
  }

  /** ⟨gradient by the adjoint (x's adjoint null), dw⟩ equals the tangent along dw (x's tangent null). */
  static void dotProduct(String name, double[] dw, double tangent, double[] x) throws Throwable {
    MethodHandle a = handle(name + "$adjoint", double.class, double[].class, double[].class, double[].class, double[].class, double.class);
    double[] wb = new double[W.length];
    double y = (double) a.invokeExact(W, wb, x.clone(), (double[]) null, 1.0);
    double dot = 0;
    for (int i = 0; i < dw.length; i++) dot += wb[i] * dw[i];
    assertEquals(tangent, dot, 1e-13 * Math.max(1, Math.abs(tangent)), name + ": dot product of the modes");
  }
}
