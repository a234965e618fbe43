package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.FiniteDifferences.Estimate;
import dev.leibniz.oracle.fixtures.UnchosenNaNSideFixtures;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;

/**
 * A regular function ({@code sin}, {@code atan}, {@code tanh}) of a quotient that is {@code 0/0} at the point, on the
 * side a conditional does not choose ({@link UnchosenNaNSideFixtures}, CppAD's mul_cond_rev.cpp): the reverse met the
 * side's zero adjoint with the NaN partial and gave NaN, without a warning, where forward mode and the differences
 * give the chosen side's slope. A regular rule whose argument may be non-finite ({@code MathRules.mayBeNonFinite}) now
 * takes the strong zero on the adjoint. Checked at the point and at regular points on both sides: both modes against
 * finite differences and the analytic slope, and the dot-product test.
 */
class UnchosenNaNSideTest {
  static final Transformed T = Transformed.of(UnchosenNaNSideFixtures.class);

  static void check(String name, double expected, double x) {
    ScalarFunction f = new ScalarFunction(T.type, name, double.class);
    String at = name + "(" + x + ")";
    double tol = 1e-12 * (1 + Math.abs(expected));
    assertEquals(expected, f.tangentGradient(x)[0], tol, at + " tangent");
    assertEquals(expected, f.gradient(x)[0], tol, at + " adjoint");
    Estimate est = FiniteDifferences.directional(v -> new double[] {f.value(v)}, new double[] {x}, new double[] {1})[0];
    assertEquals(expected, est.value(), est.tolerance(1e-6), at + " finite differences");
    DotProductCheck.check(at, new double[] {x}, 1, (p, pd) -> new double[] {f.tangent(p, pd)}, (p, yb) -> {
      double[] g = new double[p.length];
      f.adjoint(p, yb[0], g);
      return g;
    }, 7, 3);
  }

  @Test
  void sinOfZeroOverZeroUnchosen() {
    check("sinSide", 1, 0);
    check("sinSide", 1, -0.5);
    check("sinSide", Math.cos(0.7), 0.7);
  }

  @Test
  void atanAndTanhOfZeroOverZeroUnchosen() {
    check("atanTanhSide", 2, 0);
    check("atanTanhSide", 2, -1.5);
    double t = Math.tanh(0.7);
    check("atanTanhSide", 1 / (1 + 0.49) + 1 - t * t, 0.7);
  }
}
