package dev.leibniz.oracle;

import static dev.leibniz.oracle.LoopInvariantReadsTest.concat;
import static dev.leibniz.oracle.LoopInvariantReadsTest.part;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.SplitSweeps;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * A split adjoint emitted as two methods (core.reverse.SplitCut#sweeps): the helper's forward sweep
 * under {@code qTimesX$adjoint$split}, its reverse under {@code qTimesX$adjoint$split$reverse}, so
 * that C2 profiles and compiles each on its own. Derivatives against central differences, the
 * tangent (dot product) and the formula; structure: the caller calls the forward in its forward
 * sweep and the reverse in its reverse sweep, and neither sweep dispatches on the mode.
 */
class SplitSweepsTest {
  static final Transformed T = Transformed.of(SplitSweeps.class);
  static final int D = 3;
  static final double[] Q = {0.2, -0.3, 0.45}, L = {0.7, -0.4, 1.3};
  static final double[] X = {0.5, -1.5, 2.0, 0.3, 0.8, -0.6}, MU = {0.1, -0.2, 0.25};

  static Object call(String name, Object... args) {
    return ArraysAndCallsTest.callOn(null, T.type, name, args);
  }

  @Test
  void derivativesAgainstDifferencesTangentAndFormula() {
    double[] w = concat(concat(Q, L), concat(X, MU));
    JacobianCheck.check(
        "mahalanobis",
        w,
        z -> new double[] {(double) call("mahalanobis", part(z, 0, 3), part(z, 3, 6), part(z, 6, 12), part(z, 12, 15), D)},
        (z, zd) -> new double[] {(double) call("mahalanobis$tangent", part(z, 0, 3), part(zd, 0, 3), part(z, 3, 6), part(zd, 3, 6),
            part(z, 6, 12), part(zd, 6, 12), part(z, 12, 15), part(zd, 12, 15), D)},
        (z, yb) -> {
          double[] qb = new double[3], lb = new double[3], xb = new double[6], mub = new double[3];
          call("mahalanobis$adjoint", part(z, 0, 3), qb, part(z, 3, 6), lb, part(z, 6, 12), xb, part(z, 12, 15), mub, D, yb[0]);
          return concat(concat(qb, lb), concat(xb, mub));
        },
        new double[][] {formula()});
  }

  /** One array as both {@code v} and {@code out}: the general split adjoint, against differences and the tangent. */
  @Test
  void oneArrayAsInputAndOutputOfTheHelper() {
    double[] w = concat(concat(Q, L), part(X, 0, 3));
    JacobianCheck.check(
        "inPlace",
        w,
        z -> new double[] {(double) call("inPlace", part(z, 0, 3), part(z, 3, 6), part(z, 6, 9))},
        (z, zd) -> new double[] {(double) call("inPlace$tangent", part(z, 0, 3), part(zd, 0, 3), part(z, 3, 6), part(zd, 3, 6),
            part(z, 6, 9), part(zd, 6, 9))},
        (z, yb) -> {
          double[] qb = new double[3], lb = new double[3], xb = new double[3];
          call("inPlace$adjoint", part(z, 0, 3), qb, part(z, 3, 6), lb, part(z, 6, 9), xb, yb[0]);
          return concat(concat(qb, lb), xb);
        },
        null);
    MethodNode caller = IncrementStoresTest.bodyOf(T, "inPlace$adjoint$body");
    for (AbstractInsnNode n : caller.instructions) {
      if (n instanceof MethodInsnNode) assertFalse(((MethodInsnNode) n).name.contains("$distinct"), "v and out are one array");
    }
  }

  /** The gradient by hand: out = Q xc, f = sum |out|^2, so gOut = 2 out, dQ = gOut xc^T, dxc = Q^T gOut. */
  static double[] formula() {
    double[] g = new double[15];
    int[][] below = {{1, 0, 0}, {2, 0, 1}, {2, 1, 2}}; // {row j, column i, index in L}
    for (int p = 0; p < X.length / D; p++) {
      double[] xc = new double[D], out = new double[D];
      for (int k = 0; k < D; k++) xc[k] = X[p * D + k] - MU[k];
      for (int i = 0; i < D; i++) out[i] = Math.exp(Q[i]) * xc[i];
      for (int[] e : below) out[e[0]] += L[e[2]] * xc[e[1]];
      double[] dxc = new double[D];
      for (int i = 0; i < D; i++) {
        g[i] += 2 * out[i] * Math.exp(Q[i]) * xc[i];
        dxc[i] += 2 * out[i] * Math.exp(Q[i]);
      }
      for (int[] e : below) {
        g[3 + e[2]] += 2 * out[e[0]] * xc[e[1]];
        dxc[e[1]] += 2 * out[e[0]] * L[e[2]];
      }
      for (int k = 0; k < D; k++) {
        g[6 + p * D + k] += dxc[k];
        g[12 + k] -= dxc[k];
      }
    }
    return g;
  }

  @Test
  void theForwardAndTheReverseSweepAreMethodsOfTheirOwn() {
    java.util.List<MethodNode> forwards = new java.util.ArrayList<>();
    for (MethodNode m : methods()) {
      if (m.name.startsWith("qTimesX$adjoint$split") && !m.name.endsWith("$reverse")) forwards.add(m);
    }
    assertFalse(forwards.isEmpty(), "qTimesX is reversed split");
    MethodNode caller = IncrementStoresTest.bodyOf(T, "onePoint$adjoint$body");
    boolean called = false;
    for (MethodNode forward : forwards) {
      MethodNode reverse = IncrementStoresTest.bodyOf(T, forward.name + "$reverse");
      assertEquals(forward.desc, reverse.desc);
      assertFalse(readsMode(forward), forward.name + ": the forward sweep dispatches on the mode");
      assertFalse(readsMode(reverse), reverse.name + ": the reverse sweep dispatches on the mode");
      assertTrue(calls(forward, "exp"), "the forward sweep computes exp");
      assertFalse(calls(reverse, "exp"), "the reverse sweep holds forward code (exp is recorded, not recomputed)");
      assertEquals(calls(caller, forward.name), calls(caller, reverse.name), forward.name + ": the caller calls both sweeps or neither");
      called |= calls(caller, forward.name);
    }
    assertTrue(called, "the caller calls a split adjoint of qTimesX");
    // xc and out are fresh arrays: the distinct-parameters variant, v[i] invariant in the inner loop
    assertTrue(caller.instructions.toArray().length > 0 && java.util.Arrays.stream(caller.instructions.toArray())
        .anyMatch(n -> n instanceof MethodInsnNode && ((MethodInsnNode) n).name.startsWith("qTimesX$adjoint$split$distinct")),
        "the caller calls the distinct split adjoint");
  }

  static java.util.List<MethodNode> methods() {
    org.objectweb.asm.tree.ClassNode cn = new org.objectweb.asm.tree.ClassNode();
    new org.objectweb.asm.ClassReader(T.result.transformed()).accept(cn, 0);
    return cn.methods;
  }

  /** True when {@code m} loads its last parameter, the split adjoint's mode. */
  static boolean readsMode(MethodNode m) {
    Type[] params = Type.getArgumentTypes(m.desc);
    int slot = (m.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
    for (int k = 0; k < params.length - 1; k++) slot += params[k].getSize();
    for (AbstractInsnNode n : m.instructions) {
      if (n.getOpcode() == Opcodes.ILOAD && ((VarInsnNode) n).var == slot) return true;
    }
    return false;
  }

  static boolean calls(MethodNode m, String name) {
    for (AbstractInsnNode n : m.instructions) {
      if (n instanceof MethodInsnNode && ((MethodInsnNode) n).name.equals(name)) return true;
    }
    return false;
  }
}
