package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.IncrementStores;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Increments {@code a[i] = a[i] + e} reversed as one read of the cell's adjoint (no zeroing and
 * re-adding, {@code IncrementStores}): derivatives against central differences and the tangent
 * (dot-product test), the two derivatives of GMM's {@code qTimesX} shape against its formula, and
 * fewer adjoint-array stores in the generated reverse loop.
 */
class IncrementStoresTest {
  static final Transformed T = Transformed.of(IncrementStores.class);

  static Object call(String name, Object... args) {
    return ArraysAndCallsTest.callOn(null, T.type, name, args);
  }

  @Test
  void aLowerTriangularProductAsInGmm() {
    double[] l = {0.7, -0.4, 1.3, 0.25, -0.6, 0.9}, v = {0.5, -1.5, 2.0};
    int nl = l.length;
    double[] w = LoopInvariantReadsTest.concat(l, v);
    JacobianCheck.check(
        "lowerTimes",
        w,
        z -> new double[] {(double) call("lowerTimes", LoopInvariantReadsTest.part(z, 0, nl), LoopInvariantReadsTest.part(z, nl, z.length))},
        (z, zd) -> new double[] {(double) call("lowerTimes$tangent", LoopInvariantReadsTest.part(z, 0, nl), LoopInvariantReadsTest.part(zd, 0, nl),
            LoopInvariantReadsTest.part(z, nl, z.length), LoopInvariantReadsTest.part(zd, nl, z.length))},
        (z, yb) -> {
          double[] lb = new double[nl], vb = new double[z.length - nl];
          call("lowerTimes$adjoint", LoopInvariantReadsTest.part(z, 0, nl), lb, LoopInvariantReadsTest.part(z, nl, z.length), vb, yb[0]);
          return LoopInvariantReadsTest.concat(lb, vb);
        },
        null);
    // formula: out = L v, s = sum_j (j+1) out_j^2, ds/dout_j = 2 (j+1) out_j, ds/dL_jk = ds/dout_j v_k
    double[] out = {l[0] * v[0], l[1] * v[1] + l[3] * v[0], l[2] * v[2] + l[4] * v[0] + l[5] * v[1]};
    double[] g = new double[3];
    for (int j = 0; j < 3; j++) g[j] = 2 * (j + 1) * out[j];
    double[] lb = new double[nl], vb = new double[3];
    call("lowerTimes$adjoint", l, lb, v, vb, 1.0);
    double[] expectL = {g[0] * v[0], g[1] * v[1], g[2] * v[2], g[1] * v[0], g[2] * v[0], g[2] * v[1]};
    double[] expectV = {g[0] * l[0] + g[1] * l[3] + g[2] * l[4], g[1] * l[1] + g[2] * l[5], g[2] * l[2]};
    for (int k = 0; k < nl; k++) assertEquals(expectL[k], lb[k], 1e-12, "formula: d/dL " + k);
    for (int k = 0; k < 3; k++) assertEquals(expectV[k], vb[k], 1e-12, "formula: d/dv " + k);
  }

  @Test
  void incrementsThatReadTheArrayTheyIncrement() {
    double[] x = {0.3, -0.8, 0.55, 1.1};
    for (int k = 0; k < x.length; k++) {
      int kk = k;
      JacobianCheck.check(
          "selfReading k=" + k,
          x,
          z -> new double[] {(double) call("selfReading", z.clone(), kk)},
          (z, zd) -> new double[] {(double) call("selfReading$tangent", z.clone(), zd.clone(), kk)},
          (z, yb) -> {
            double[] zb = new double[z.length];
            call("selfReading$adjoint", z.clone(), zb, kk, yb[0]);
            return zb;
          },
          null);
    }
  }

  @Test
  void incrementsOfAnArrayPassedTwice() {
    double[] x = {0.45, -0.3, 0.8};
    JacobianCheck.check(
        "aliased",
        x,
        z -> new double[] {(double) call("aliased", z.clone())},
        (z, zd) -> new double[] {(double) call("aliased$tangent", z.clone(), zd.clone())},
        (z, yb) -> {
          double[] zb = new double[z.length];
          call("aliased$adjoint", z.clone(), zb, yb[0]);
          return zb;
        },
        null);
  }

  @Test
  void anIncrementOfAParameterArray() {
    double[] a = {0.25, -1.0, 2.0}, x = {0.5, -1.5, 0.75};
    double[] w = LoopInvariantReadsTest.concat(a, x);
    JacobianCheck.check(
        "squaresInto",
        w,
        z -> new double[] {(double) call("squaresInto", LoopInvariantReadsTest.part(z, 0, 3), LoopInvariantReadsTest.part(z, 3, 6))},
        (z, zd) -> new double[] {(double) call("squaresInto$tangent", LoopInvariantReadsTest.part(z, 0, 3), LoopInvariantReadsTest.part(zd, 0, 3),
            LoopInvariantReadsTest.part(z, 3, 6), LoopInvariantReadsTest.part(zd, 3, 6))},
        (z, yb) -> {
          double[] ab = new double[3], xb = new double[3];
          call("squaresInto$adjoint", LoopInvariantReadsTest.part(z, 0, 3), ab, LoopInvariantReadsTest.part(z, 3, 6), xb, yb[0]);
          return LoopInvariantReadsTest.concat(ab, xb);
        },
        null);
    double[] ab = new double[3], xb = new double[3];
    call("squaresInto$adjoint", a.clone(), ab, x.clone(), xb, 1.0);
    for (int i = 0; i < 3; i++) {
      assertEquals(i + 1, ab[i], 0, "formula: d/da[i] = i + 1");
      assertEquals(2 * x[i] * (i + 1), xb[i], 1e-15, "formula: d/dx[i] = 2 x[i] (i + 1)");
    }
  }

  /**
   * The reverse of {@code a[i] = a[i] + x[i] * x[i]} reads {@code aBar[i]} and stores into no
   * adjoint cell but {@code xBar[i]}: no zeroing store ({@code DCONST_0, DASTORE}) on a cycle.
   */
  @Test
  void theReverseOfAnIncrementLeavesItsCellAlone() {
    MethodNode body = bodyOf("squaresInto$adjoint$body");
    int zeroings = 0;
    for (AbstractInsnNode n : body.instructions) {
      if (n.getOpcode() == Opcodes.DASTORE && n.getPrevious().getOpcode() == Opcodes.DCONST_0 && LoopInvariantReadsTest.onCycle(body, n)) {
        zeroings++;
      }
    }
    assertEquals(0, zeroings, "adjoint cells zeroed on a cycle");
  }

  static MethodNode bodyOf(String name) {
    return bodyOf(T, name);
  }

  /** The method {@code name} of {@code t}'s transformed class. */
  static MethodNode bodyOf(Transformed t, String name) {
    org.objectweb.asm.tree.ClassNode cn = new org.objectweb.asm.tree.ClassNode();
    new org.objectweb.asm.ClassReader(t.result.transformed()).accept(cn, 0);
    for (MethodNode m : cn.methods) {
      if (m.name.equals(name)) return m;
    }
    throw new AssertionError("no " + name);
  }
}
