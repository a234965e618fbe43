package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.objects.fixtures.EjmlLeastSquares;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * EJML's own operations ({@code CommonOps_DDRM.mult}, {@code subtractEquals}, {@code add}, {@code
 * transpose}, {@code dot}, {@code MatrixVectorMult_DDRM.mult}) on {@code DMatrixRMaj} matrices built
 * inside from the parameter arrays (the unmodified Maven jar): both modes against the analytic
 * gradient and central differences, and the dot-product test. They were refused: {@code mult}'s
 * {@code checkSameInstance(a, c)} compares matrices by identity, and {@code reshapeOrDeclare} tests
 * its output for null and returns it as the interface {@code ReshapeMatrix} (a merge with a new
 * matrix, then writes through the cast back); scalar replacement now decides identity tests between
 * distinct allocations, prunes null tests of {@code new}, and follows writes through casts that hold.
 */
class EjmlOperationsTest {
  static final LinkedFixtures L = LinkedFixtures.of(EjmlLeastSquares.class);
  static final Class<?> T = L.get(EjmlLeastSquares.class);
  static final int M = 3, N = 2;
  static final double[] P = {0.8, -1.3}, A = {1.5, -0.3, 0.7, 2.0, -1.1, 0.4}, B = {0.2, 1.3, -0.6};

  static Object call(String name, Object... args) {
    for (Method m : T.getMethods()) {
      if (m.getName().equals(name)) {
        try {
          return m.invoke(null, args);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e.getCause() != null ? e.getCause() : e);
        }
      }
    }
    throw new AssertionError("no method " + name);
  }

  static double[] cat(double[]... parts) {
    double[] out = new double[0];
    for (double[] q : parts) {
      int at = out.length;
      out = Arrays.copyOf(out, at + q.length);
      System.arraycopy(q, 0, out, at, q.length);
    }
    return out;
  }

  static double[] part(double[] v, int from, int n) {
    return Arrays.copyOfRange(v, from, from + n);
  }

  static double[] ax(double[] a, double[] p) {
    double[] r = new double[M];
    for (int i = 0; i < M; i++) for (int j = 0; j < N; j++) r[i] += a[i * N + j] * p[j];
    return r;
  }

  // loss(p, a, b) = ||A p - b||^2; inputs p (N), a (M N), b (M)
  static double[] lossPrimal(double[] v) {
    return new double[] {(double) call("loss", part(v, 0, N), part(v, N, M * N), part(v, N + M * N, M), M)};
  }

  static double[] lossTangent(double[] v, double[] dv) {
    return new double[] {(double) call("loss$tangent", part(v, 0, N), part(dv, 0, N), part(v, N, M * N), part(dv, N, M * N),
        part(v, N + M * N, M), part(dv, N + M * N, M), M)};
  }

  static double[] lossAdjoint(double[] v, double[] ybar) {
    double[] pb = new double[N], ab = new double[M * N], bb = new double[M];
    double f = (double) call("loss$adjoint", part(v, 0, N), pb, part(v, N, M * N), ab, part(v, N + M * N, M), bb, M, ybar[0]);
    assertEquals(lossPrimal(v)[0], f, 0, "the adjoint returns the primal value");
    return cat(pb, ab, bb);
  }

  static double[] lossGradient(double[] v) {
    double[] p = part(v, 0, N), a = part(v, N, M * N), b = part(v, N + M * N, M), r = ax(a, p);
    double[] gp = new double[N], ga = new double[M * N], gb = new double[M];
    for (int i = 0; i < M; i++) {
      r[i] -= b[i];
      gb[i] = -2 * r[i];
      for (int j = 0; j < N; j++) {
        gp[j] += 2 * a[i * N + j] * r[i];
        ga[i * N + j] = 2 * r[i] * p[j];
      }
    }
    return cat(gp, ga, gb);
  }

  // normal(p, a) = ||A p||^2 (as p^T A^T A p); inputs p (N), a (M N)
  static double[] normalPrimal(double[] v) {
    return new double[] {(double) call("normal", part(v, 0, N), part(v, N, M * N), M)};
  }

  static double[] normalTangent(double[] v, double[] dv) {
    return new double[] {(double) call("normal$tangent", part(v, 0, N), part(dv, 0, N), part(v, N, M * N), part(dv, N, M * N), M)};
  }

  static double[] normalAdjoint(double[] v, double[] ybar) {
    double[] pb = new double[N], ab = new double[M * N];
    double f = (double) call("normal$adjoint", part(v, 0, N), pb, part(v, N, M * N), ab, M, ybar[0]);
    assertEquals(normalPrimal(v)[0], f, 0, "the adjoint returns the primal value");
    return cat(pb, ab);
  }

  static double[] normalGradient(double[] v) {
    double[] p = part(v, 0, N), a = part(v, N, M * N), r = ax(a, p);
    double[] gp = new double[N], ga = new double[M * N];
    for (int i = 0; i < M; i++) {
      for (int j = 0; j < N; j++) {
        gp[j] += 2 * a[i * N + j] * r[i];
        ga[i * N + j] = 2 * r[i] * p[j];
      }
    }
    return cat(gp, ga);
  }

  // transposed(p, a) = sum_i p_i sum_j A_ji^2 (A^T made by transpose(a, null)); inputs p (N), a (M N)
  static double[] transposedPrimal(double[] v) {
    return new double[] {(double) call("transposed", part(v, 0, N), part(v, N, M * N), M)};
  }

  static double[] transposedTangent(double[] v, double[] dv) {
    return new double[] {(double) call("transposed$tangent", part(v, 0, N), part(dv, 0, N), part(v, N, M * N),
        part(dv, N, M * N), M)};
  }

  static double[] transposedAdjoint(double[] v, double[] ybar) {
    double[] pb = new double[N], ab = new double[M * N];
    double f = (double) call("transposed$adjoint", part(v, 0, N), pb, part(v, N, M * N), ab, M, ybar[0]);
    assertEquals(transposedPrimal(v)[0], f, 0, "the adjoint returns the primal value");
    return cat(pb, ab);
  }

  static double[] transposedGradient(double[] v) {
    double[] p = part(v, 0, N), a = part(v, N, M * N), gp = new double[N], ga = new double[M * N];
    for (int j = 0; j < M; j++) {
      for (int i = 0; i < N; i++) {
        gp[i] += a[j * N + i] * a[j * N + i];
        ga[j * N + i] = 2 * a[j * N + i] * p[i];
      }
    }
    return cat(gp, ga);
  }

  // sum(p) = ||x + y||^2, x and y the halves of p
  static double[] sumPrimal(double[] v) {
    return new double[] {(double) call("sum", (Object) v.clone())};
  }

  static double[] sumTangent(double[] v, double[] dv) {
    return new double[] {(double) call("sum$tangent", v.clone(), dv.clone())};
  }

  static double[] sumAdjoint(double[] v, double[] ybar) {
    double[] pb = new double[v.length];
    double f = (double) call("sum$adjoint", v.clone(), pb, ybar[0]);
    assertEquals(sumPrimal(v)[0], f, 0, "the adjoint returns the primal value");
    return pb;
  }

  static double[] sumGradient(double[] v) {
    int n = v.length / 2;
    double[] g = new double[v.length];
    for (int i = 0; i < n; i++) {
      g[i] = 2 * (v[i] + v[n + i]);
      g[n + i] = g[i];
    }
    return g;
  }

  static void check(String what, double[] x, Function<double[], double[]> primal, DotProductCheck.Tangent tangent,
      DotProductCheck.Adjoint adjoint, Function<double[], double[]> gradient) {
    double[] exact = gradient.apply(x);
    double[] g = adjoint.apply(x.clone(), new double[] {1});
    for (int k = 0; k < x.length; k++) {
      double[] e = new double[x.length];
      e[k] = 1;
      double t = tangent.apply(x.clone(), e)[0];
      FiniteDifferences.Estimate fd = FiniteDifferences.directional(primal, x, e)[0];
      double tol = 1e-13 * Math.max(1, Math.abs(exact[k]));
      assertEquals(exact[k], t, tol, what + ": tangent d/d in" + k + " vs analytic");
      assertEquals(fd.value(), t, fd.tolerance(1e-8), what + ": tangent d/d in" + k + " vs differences");
      assertEquals(exact[k], g[k], tol, what + ": adjoint d/d in" + k + " vs analytic");
      assertEquals(fd.value(), g[k], fd.tolerance(1e-8), what + ": adjoint d/d in" + k + " vs differences");
    }
    DotProductCheck.check(what, x, 1, tangent, adjoint, 23, 5);
  }

  @Test
  void everyOperationGetsBothCompanions() {
    assertTrue(L.result(EjmlLeastSquares.class).diagnostics().isEmpty(), () -> "" + L.result(EjmlLeastSquares.class).diagnostics());
  }

  @Test
  void leastSquaresWithMultSubtractEqualsAndDot() {
    check("loss", cat(P, A, B), EjmlOperationsTest::lossPrimal, EjmlOperationsTest::lossTangent, EjmlOperationsTest::lossAdjoint,
        EjmlOperationsTest::lossGradient);
  }

  @Test
  void normalEquationsWithTransposeAndMatrixVectorMult() {
    check("normal", cat(P, A), EjmlOperationsTest::normalPrimal, EjmlOperationsTest::normalTangent,
        EjmlOperationsTest::normalAdjoint, EjmlOperationsTest::normalGradient);
  }

  @Test
  void transposeWithANullOutput() {
    check("transposed", cat(P, A), EjmlOperationsTest::transposedPrimal, EjmlOperationsTest::transposedTangent,
        EjmlOperationsTest::transposedAdjoint, EjmlOperationsTest::transposedGradient);
  }

  @Test
  void sumWithAdd() {
    check("sum", new double[] {0.8, -1.3, 0.4, 2.2, 0.1, -0.7}, EjmlOperationsTest::sumPrimal, EjmlOperationsTest::sumTangent,
        EjmlOperationsTest::sumAdjoint, EjmlOperationsTest::sumGradient);
  }

  /** The companions allocate no matrix: the temporaries' arrays are the method's (no {@code new} of an EJML data class in them; its exceptions stay). */
  @Test
  void companionsMakeNoMatrix() throws Exception {
    byte[] bytes = L.result(EjmlLeastSquares.class).transformed();
    org.objectweb.asm.tree.ClassNode cn = new org.objectweb.asm.tree.ClassNode();
    new org.objectweb.asm.ClassReader(bytes).accept(cn, 0);
    for (org.objectweb.asm.tree.MethodNode m : cn.methods) {
      if (!m.name.contains("$")) continue;
      for (org.objectweb.asm.tree.AbstractInsnNode n : m.instructions) {
        if (n instanceof org.objectweb.asm.tree.TypeInsnNode && n.getOpcode() == org.objectweb.asm.Opcodes.NEW) {
          assertTrue(!((org.objectweb.asm.tree.TypeInsnNode) n).desc.startsWith("org/ejml/data/"), m.name + " makes a " + ((org.objectweb.asm.tree.TypeInsnNode) n).desc);
        }
      }
    }
  }
}
