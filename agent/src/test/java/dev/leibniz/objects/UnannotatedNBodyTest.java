package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.corpus.benchmarksgame.Body;
import dev.leibniz.corpus.benchmarksgame.NBody;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * The Benchmarks Game's n-body {@code advance(Body[] bodies, double dt)} copied unchanged (corpus
 * {@code benchmarksgame/NBody}), with a plain class {@code Body} nobody annotated: the fields it
 * writes give {@code Body} shadows (README, "Objects"), made by {@code Derivatives.zeroShadow}
 * without running {@code Body}'s constructor. Inputs: the seven fields of three bodies, then {@code
 * dt}; outputs: the 21 fields after the step. Both modes against central differences and
 * Hipparchus {@code DerivativeStructure} running the same step, and the dot-product test.
 */
class UnannotatedNBodyTest {
  static final LinkedFixtures L = LinkedFixtures.of(NBody.class);
  static final Class<?> T = L.get(NBody.class);
  static final int N = 3, FIELDS = 7 * N, INPUTS = FIELDS + 1;
  static final double[] X = {
      0, 0, 0, 0.01, -0.02, 0.005, 39.47,
      4.84, -1.16, -0.10, 0.606, 2.81, -0.02, 0.037,
      8.34, 4.12, -0.40, -1.01, 1.82, 0.008, 0.011,
      0.01};

  static Body[] bodies(double[] x) {
    Body[] b = new Body[N];
    for (int i = 0; i < N; i++) b[i] = new Body(x[7 * i], x[7 * i + 1], x[7 * i + 2], x[7 * i + 3], x[7 * i + 4], x[7 * i + 5], x[7 * i + 6]);
    return b;
  }

  static double[] fields(Body[] b) {
    double[] out = new double[FIELDS];
    for (int i = 0; i < N; i++) {
      double[] f = {b[i].x, b[i].y, b[i].z, b[i].vx, b[i].vy, b[i].vz, b[i].mass};
      System.arraycopy(f, 0, out, 7 * i, 7);
    }
    return out;
  }

  static void set(Body[] b, double[] v) {
    for (int i = 0; i < N; i++) {
      b[i].x = v[7 * i]; b[i].y = v[7 * i + 1]; b[i].z = v[7 * i + 2];
      b[i].vx = v[7 * i + 3]; b[i].vy = v[7 * i + 4]; b[i].vz = v[7 * i + 5]; b[i].mass = v[7 * i + 6];
    }
  }

  static MethodHandle handle(String name, Class<?>... types) throws Exception {
    java.lang.reflect.Method m = T.getDeclaredMethod(name, types);
    m.setAccessible(true);
    return MethodHandles.lookup().unreflect(m);
  }

  static double[] primal(double[] x) {
    try {
      Body[] b = bodies(x);
      handle("advance", Body[].class, double.class).invoke(b, x[FIELDS]);
      return fields(b);
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
  }

  static double[] tangent(double[] x, double[] dx) {
    try {
      Body[] b = bodies(x);
      Body[] db = Derivatives.zeroShadow(b);
      set(db, dx);
      MethodHandle t = Derivatives.tangent(MethodHandles.lookup(), T, "advance", Body[].class, double.class);
      t.invoke(b, db, x[FIELDS], dx[FIELDS]);
      assertEquals(fields(bodies(x)).length, FIELDS);
      double[] ref = primal(x), now = fields(b);
      for (int i = 0; i < FIELDS; i++) assertEquals(ref[i], now[i], 0, "the tangent's primal state");
      return fields(db);
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
  }

  static double[] adjoint(double[] x, double[] ybar) {
    try {
      Body[] b = bodies(x);
      Body[] bar = Derivatives.zeroShadow(b);
      set(bar, ybar);
      double[] grad = new double[1];
      MethodHandle a = Derivatives.adjoint(MethodHandles.lookup(), T, "advance", Body[].class, double.class);
      a.invoke(b, bar, x[FIELDS], grad);
      double[] out = new double[INPUTS];
      System.arraycopy(fields(bar), 0, out, 0, FIELDS);
      out[FIELDS] = grad[0];
      return out;
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
  }

  /** The same step on DerivativeStructures: column j of the Jacobian is the derivative in variable j. */
  static DerivativeStructure[] hipparchus(double[] x) {
    DSFactory f = new DSFactory(INPUTS, 1);
    DerivativeStructure[] v = new DerivativeStructure[INPUTS];
    for (int i = 0; i < INPUTS; i++) v[i] = f.variable(i, x[i]);
    DerivativeStructure dt = v[FIELDS];
    for (int i = 0; i < N; i++) {
      for (int j = i + 1; j < N; j++) {
        DerivativeStructure dx = v[7 * i].subtract(v[7 * j]), dy = v[7 * i + 1].subtract(v[7 * j + 1]), dz = v[7 * i + 2].subtract(v[7 * j + 2]);
        DerivativeStructure dsq = dx.multiply(dx).add(dy.multiply(dy)).add(dz.multiply(dz));
        DerivativeStructure mag = dt.divide(dsq.multiply(dsq.sqrt()));
        DerivativeStructure mj = v[7 * j + 6].multiply(mag), mi = v[7 * i + 6].multiply(mag);
        v[7 * i + 3] = v[7 * i + 3].subtract(dx.multiply(mj));
        v[7 * i + 4] = v[7 * i + 4].subtract(dy.multiply(mj));
        v[7 * i + 5] = v[7 * i + 5].subtract(dz.multiply(mj));
        v[7 * j + 3] = v[7 * j + 3].add(dx.multiply(mi));
        v[7 * j + 4] = v[7 * j + 4].add(dy.multiply(mi));
        v[7 * j + 5] = v[7 * j + 5].add(dz.multiply(mi));
      }
    }
    for (int i = 0; i < N; i++) {
      for (int k = 0; k < 3; k++) v[7 * i + k] = v[7 * i + k].add(v[7 * i + 3 + k].multiply(dt));
    }
    return java.util.Arrays.copyOf(v, FIELDS);
  }

  static double[] unit(int j) {
    double[] e = new double[INPUTS];
    e[j] = 1;
    return e;
  }

  @Test
  void bodyGetsShadowsAndTheReasonIsPrinted() {
    assertTrue(L.result(NBody.class).plans().toString().contains("Body (not annotated): NBody.advance writes Body."),
        () -> "" + L.result(NBody.class).plans());
  }

  @Test
  void tangentMatchesDerivativeStructureAndDifferences() {
    DerivativeStructure[] ds = hipparchus(X);
    for (int j = 0; j < INPUTS; j++) {
      double[] t = tangent(X, unit(j));
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(UnannotatedNBodyTest::primal, X, unit(j));
      for (int i = 0; i < FIELDS; i++) {
        int[] orders = new int[INPUTS];
        orders[j] = 1;
        double exact = ds[i].getPartialDerivative(orders);
        assertEquals(exact, t[i], 1e-11 * Math.max(1, Math.abs(exact)), "d out" + i + "/d in" + j + " vs DerivativeStructure");
        assertEquals(fd[i].value(), t[i], fd[i].tolerance(1e-8), "d out" + i + "/d in" + j + " vs differences");
      }
    }
  }

  @Test
  void adjointMatchesDerivativeStructureAndDifferences() {
    DerivativeStructure[] ds = hipparchus(X);
    java.util.Random rnd = new java.util.Random(7);
    for (int trial = 0; trial < 3; trial++) {
      double[] ybar = new double[FIELDS];
      for (int i = 0; i < FIELDS; i++) ybar[i] = rnd.nextGaussian();
      double[] xbar = adjoint(X, ybar);
      for (int j = 0; j < INPUTS; j++) {
        int[] orders = new int[INPUTS];
        orders[j] = 1;
        double exact = 0, scale = 0;
        for (int i = 0; i < FIELDS; i++) {
          exact += ybar[i] * ds[i].getPartialDerivative(orders);
          scale += Math.abs(ybar[i] * ds[i].getPartialDerivative(orders));
        }
        assertEquals(exact, xbar[j], 1e-11 * Math.max(1, scale), "(J^T ybar)[" + j + "] vs DerivativeStructure");
      }
      // <J^T ybar, v> against differences of <ybar, F> along a random v
      double[] v = new double[INPUTS];
      for (int j = 0; j < INPUTS; j++) v[j] = rnd.nextGaussian() * (j == FIELDS ? 1e-3 : 1);
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(
          x -> new double[] {dot(ybar, primal(x))}, X, v);
      assertEquals(fd[0].value(), dot(xbar, v), fd[0].tolerance(1e-8), "adjoint vs differences");
    }
  }

  @Test
  void dotProductBetweenModes() {
    DotProductCheck.check("NBody.advance (Body nobody annotated)", X, FIELDS, UnannotatedNBodyTest::tangent,
        UnannotatedNBodyTest::adjoint, 11, 5);
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }
}
