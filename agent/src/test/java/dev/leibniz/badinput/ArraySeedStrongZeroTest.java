package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * The zero-seed exemption of reverse mode for array seeds. At {@code x = 0}, {@code cos(√x)} has
 * the derivative {@code -1/2} as a limit that {@code ∞·0} cannot give, so its adjoint is NaN
 * there (honest) — unless nothing seeds it: a caller asking with zero seeds gets 0, as forward
 * mode gives 0 along a zero direction. That held for a zero scalar seed only; with the seeds in
 * an output array ({@code out[0] = cos(√x)}) an all-zero array still gave NaN. And a method with
 * a scalar result that also writes an output array took a zero scalar seed for "no seed at
 * all" even when the array's seed was not zero: {@code 0} instead of {@code -1/2}, a wrong number.
 */
class ArraySeedStrongZeroTest {
  static final String MEMBERS = """
          /** out[0] = cos(√x). */
          @dev.leibniz.Differentiable
          static void cosRoot(double x, double[] out) {
            out[0] = Math.cos(Math.sqrt(x));
          }

          /** out[0] = cos(√x), and returns 2x. */
          @dev.leibniz.Differentiable
          static double both(double x, double[] out) {
            out[0] = Math.cos(Math.sqrt(x));
            return 2 * x;
          }
        """;

  private static Class<?> c;

  private static Method method(String name, int parameters) throws Throwable {
    if (c == null) c = Subject.ofMembers("ArraySeedZero", MEMBERS, "").loadTransformed();
    for (Method m : c.getDeclaredMethods()) {
      if (m.getName().equals(name)) {
        m.setAccessible(true);
        assertEquals(parameters, m.getParameterCount(), m::toString);
        return m;
      }
    }
    throw new AssertionError("no " + name);
  }

  /** d(w · cos(√x))/dx by the adjoint of {@code cosRoot}: (x, out, outBar, grad). */
  private static double cosRootAdjoint(double x, double w) throws Throwable {
    double[] grad = new double[1];
    method("cosRoot$adjoint", 4).invoke(null, x, new double[1], new double[] {w}, grad);
    return grad[0];
  }

  /** The tangent of out[0] of {@code cosRoot}: (x, dx, out, dout). */
  private static double cosRootTangent(double x, double dx) throws Throwable {
    double[] dout = new double[1];
    method("cosRoot$tangent", 4).invoke(null, x, dx, new double[1], dout);
    return dout[0];
  }

  /** d(seed · 2x + w · cos(√x))/dx by the adjoint of {@code both}: (x, out, outBar, seed, grad). */
  private static double bothAdjoint(double x, double w, double seed) throws Throwable {
    double[] grad = new double[1];
    method("both$adjoint", 5).invoke(null, x, new double[1], new double[] {w}, seed, grad);
    return grad[0];
  }

  private static double analytic(double x) {
    return -Math.sin(Math.sqrt(x)) / (2 * Math.sqrt(x));
  }

  @Test
  void anAllZeroArraySeedGivesZeroAtTheSingularPointAndANonzeroOneNaN() throws Throwable {
    assertEquals(0.0, cosRootAdjoint(0.0, 0.0), 0.0, "zero array seed at x = 0");
    assertTrue(Double.isNaN(cosRootAdjoint(0.0, 1.0)), "a seeded adjoint at x = 0 is NaN (the limit -1/2 is not ∞·0)");
    assertEquals(0.0, cosRootTangent(0.0, 0.0), 0.0, "forward along a zero direction");
  }

  @Test
  void aZeroScalarSeedWithASeededOutputArrayIsNoZeroSeed() throws Throwable {
    assertTrue(Double.isNaN(bothAdjoint(0.0, 1.0, 0.0)), "w = 1, seed 0 at x = 0: NaN, not 0 (the answer is -1/2)");
    assertEquals(0.0, bothAdjoint(0.0, 0.0, 0.0), 0.0, "all seeds zero at x = 0");
    double x = 0.3;
    assertEquals(analytic(x), bothAdjoint(x, 1.0, 0.0), 1e-15);
    assertEquals(2 + 3 * analytic(x), bothAdjoint(x, 3.0, 1.0), 1e-14);
  }

  @Test
  void awayFromZeroBothModesMatchTheAnalyticDerivativeFiniteDifferencesAndEachOther() throws Throwable {
    for (double x : new double[] {0.3, 2.0, 7.5}) {
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(q -> Math.cos(Math.sqrt(q)), x);
      assertEquals(analytic(x), cosRootTangent(x, 1.0), 1e-14 * Math.max(1, Math.abs(analytic(x))));
      assertEquals(fd.value(), cosRootTangent(x, 1.0), fd.tolerance(1e-8));
      assertEquals(analytic(x), cosRootAdjoint(x, 1.0), 1e-14 * Math.max(1, Math.abs(analytic(x))));
      assertEquals(0.0, cosRootAdjoint(x, 0.0), 0.0);
      DotProductCheck.check("cosRoot at x = " + x, new double[] {x}, 1,
          (p, v) -> new double[] {call(() -> cosRootTangent(p[0], v[0]))},
          (p, w) -> new double[] {call(() -> cosRootAdjoint(p[0], w[0]))}, 13, 5);
    }
  }

  private interface Call<T> {
    T get() throws Throwable;
  }

  private static <T> T call(Call<T> c) {
    try {
      return c.get();
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }
}
