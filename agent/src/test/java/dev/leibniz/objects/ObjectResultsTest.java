package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.Body;
import dev.leibniz.objects.fixtures.ObjectResults;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The adjoint of a method returning an object with a shadow (README, "Objects"): the caller passes
 * the result's seed shadow; it is added into the adjoint shadow of the object returned (one the
 * caller gave, since the result is reachable from the inputs), unless it is that very shadow or
 * null. Both modes against the analytic derivative and finite differences, the dot-product test
 * with seeds on the result and on the final state, and the three ways of passing the seed.
 */
class ObjectResultsTest {
  static final Transformed T = Transformed.of(ObjectResults.class);
  static final int I = 1;

  static Body[] bodies(double[] s) {
    return new Body[] {new Body(s[0], 0, 0, s[1], 0, 0, 2), new Body(s[2], 0, 0, s[3], 0, 0, 3)};
  }

  static Method tangent() throws Exception {
    return T.type.getMethod("advanced$tangent", Body[].class, Body[].class, int.class, double.class, double.class);
  }

  static Method adjoint() throws Exception {
    return T.type.getMethod("advanced$adjoint", Body[].class, Body[].class, int.class, double.class, Body.class, double[].class);
  }

  /** Inputs x0, vx0, x1, vx1, dt; outputs the returned body's x, vx, then every body's x, vx. */
  static double[] primal(double[] in) {
    Body[] b = bodies(in);
    Body r = ObjectResults.advanced(b, I, in[4]);
    return new double[] {r.x, r.vx, b[0].x, b[0].vx, b[1].x, b[1].vx};
  }

  static double[] tangentOf(double[] in, double[] v) {
    try {
      Body[] b = bodies(in), s = Derivatives.zeroShadow(b);
      s[0].x = v[0]; s[0].vx = v[1]; s[1].x = v[2]; s[1].vx = v[3];
      Body dr = (Body) tangent().invoke(null, b, s, I, in[4], v[4]);
      assertSame(s[I], dr, "the tangent of the returned element is its shadow");
      return new double[] {dr.x, dr.vx, s[0].x, s[0].vx, s[1].x, s[1].vx};
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** J^T w: w[0..1] seed the result (a separate seed shadow), w[2..5] the bodies' final state. */
  static double[] adjointOf(double[] in, double[] w) {
    try {
      Body[] b = bodies(in), bar = Derivatives.zeroShadow(b);
      bar[0].x = w[2]; bar[0].vx = w[3]; bar[1].x = w[4]; bar[1].vx = w[5];
      Body seed = Derivatives.zeroShadow(b[I]);
      seed.x = w[0];
      seed.vx = w[1];
      double[] grad = new double[1];
      Body r = (Body) adjoint().invoke(null, b, bar, I, in[4], seed, grad);
      assertSame(b[I], r, "the adjoint returns the primal result");
      assertEquals(w[0], seed.x, 0, "the seed is read, not changed");
      return new double[] {bar[0].x, bar[0].vx, bar[1].x, bar[1].vx, grad[0]};
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static final double[] X = {0.3, -1.2, 0.8, 2.5, 0.125};

  @Test
  void adjointAgainstTheAnalyticDerivative() {
    double[] w = {0.7, -0.4, 0.2, 0.9, -1.1, 0.6};
    double[] g = adjointOf(X, w);
    // body I: x' = x + dt vx, vx' = vx (1 - dt); its seeds: the result's plus the final state's
    double sx = w[0] + w[2 + 2 * I], svx = w[1] + w[3 + 2 * I], vx = X[2 * I + 1], dt = X[4];
    assertEquals(sx, g[2 * I], 1e-15, "d/dx");
    assertEquals(sx * dt + svx * (1 - dt), g[2 * I + 1], 1e-15, "d/dvx");
    assertEquals(sx * vx - svx * vx, g[4], 1e-15, "d/ddt");
    assertEquals(w[2], g[0], 0, "the other body is untouched: its seeds pass through");
    assertEquals(w[3], g[1], 0);
  }

  @Test
  void bothModesAgainstFiniteDifferences() {
    java.util.Random r = new java.util.Random(7);
    for (int trial = 0; trial < 3; trial++) {
      double[] v = new double[X.length];
      for (int k = 0; k < v.length; k++) v[k] = r.nextGaussian();
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(ObjectResultsTest::primal, X, v);
      double[] jv = tangentOf(X, v);
      for (int o = 0; o < fd.length; o++) {
        assertEquals(fd[o].value(), jv[o], fd[o].tolerance(1e-9), "tangent, output " + o);
        double[] w = new double[fd.length];
        w[o] = 1;
        double[] g = adjointOf(X, w);
        double gv = 0;
        for (int k = 0; k < v.length; k++) gv += g[k] * v[k];
        assertEquals(fd[o].value(), gv, fd[o].tolerance(1e-9), "adjoint, output " + o);
      }
    }
  }

  @Test
  void dotProductWithSeedsOnTheResultAndTheFinalState() {
    DotProductCheck.check("advanced", X, 6, ObjectResultsTest::tangentOf, ObjectResultsTest::adjointOf, 3, 5);
  }

  @Test
  void aSeedThatIsTheReturnedObjectsOwnShadowOrNullIsNotAddedTwice() throws Exception {
    Body[] b = bodies(X), bar = Derivatives.zeroShadow(b);
    bar[I].x = 1;
    double[] grad = new double[1];
    adjoint().invoke(null, b, bar, I, X[4], bar[I], grad); // the seed already sits in the shadow
    assertEquals(1, bar[I].x, 0);
    assertEquals(X[4], bar[I].vx, 1e-15);
    Body[] c = bodies(X), cbar = Derivatives.zeroShadow(c);
    cbar[I].x = 1;
    double[] grad2 = new double[1];
    adjoint().invoke(null, c, cbar, I, X[4], null, grad2);
    assertEquals(Arrays.toString(new double[] {bar[I].x, bar[I].vx, grad[0]}), Arrays.toString(new double[] {cbar[I].x, cbar[I].vx, grad2[0]}));
  }

  @Test
  void aPhiOfObjectsGetsTheSeedOfTheOneReturned() throws Exception {
    Method adj = T.type.getMethod("heavier$adjoint", Body.class, Body.class, Body.class, Body.class, Body.class);
    Method tan = T.type.getMethod("heavier$tangent", Body.class, Body.class, Body.class, Body.class);
    Body a = new Body(0, 0, 0, 1, 0, 0, 2), b = new Body(0, 0, 0, 1, 0, 0, 5);
    Body abar = Derivatives.zeroShadow(a), bbar = Derivatives.zeroShadow(b), seed = Derivatives.zeroShadow(b);
    seed.vx = 3;
    seed.mass = -1;
    assertSame(b, adj.invoke(null, a, abar, b, bbar, seed));
    assertEquals(3, bbar.vx, 0);
    assertEquals(-1, bbar.mass, 0);
    assertEquals(0, abar.vx, 0);
    Body da = Derivatives.zeroShadow(a), db = Derivatives.zeroShadow(b);
    assertSame(db, tan.invoke(null, a, da, b, db));
    assertTrue(T.result.diagnostics().isEmpty(), () -> "" + T.result.diagnostics());
  }
}
