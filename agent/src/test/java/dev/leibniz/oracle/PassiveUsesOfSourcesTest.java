package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.FiniteDifferences.Estimate;
import dev.leibniz.oracle.fixtures.PassiveUsesOfSources;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;

/**
 * An overflowing {@code pow} read in its own block only by a passive call ({@code Double.isFinite}) or a conversion to
 * {@code long}, or through a product only tested ({@code isFinite(3 * big)}, {@code core.reverse.DeadValues}), then unused on the path taken: its adjoint is an independent zero, and the strong zero must apply. The
 * adjoint counted those reads as accumulations (a constant "accumulated" flag, {@code core.reverse.Adjoints}), so
 * {@code 0·∞} gave NaN for the exponent where the tangent gave the true {@code x} (found by the fourth peer round:
 * ChainRules' norm(x, 2.5) at x = (3e200, -4e200, 1e200)). Checked in both modes against the analytic gradient, finite
 * differences and the dot-product test, at the overflow and at a regular point.
 */
class PassiveUsesOfSourcesTest {
  static final Transformed T = Transformed.of(PassiveUsesOfSources.class);
  static final Class<?> D = double.class;

  private static void check(String name) {
    ScalarFunction f = new ScalarFunction(T.type, name, D, D);
    // overflow: the result is x * p
    double x = 4e200, p = 2.5;
    assertTrue(Double.isInfinite(Math.pow(x, p)));
    bothModes(f, new double[] {p, x}, x, p);
    // a regular point: the result is x^p
    double x2 = 2.0, p2 = 1.5;
    bothModes(f, new double[] {p2 * Math.pow(x2, p2 - 1), Math.pow(x2, p2) * Math.log(x2)}, x2, p2);
  }

  private static void bothModes(ScalarFunction f, double[] expected, double... at) {
    String where = f.name() + java.util.Arrays.toString(at);
    double[] tolerance = {Math.abs(expected[0]) * 1e-14, Math.abs(expected[1]) * 1e-14};
    assertArrayEquals(expected, f.tangentGradient(at), Math.max(tolerance[0], tolerance[1]), where + " tangent");
    double[] adjoint = f.gradient(at);
    for (int j = 0; j < 2; j++) {
      assertEquals(expected[j], adjoint[j], tolerance[j], where + " adjoint along " + j);
      double[] e = new double[2];
      e[j] = 1;
      Estimate est = FiniteDifferences.directional(v -> new double[] {f.value(v)}, at, e)[0];
      assertEquals(expected[j], est.value(), est.tolerance(1e-7), where + " finite differences along " + j);
    }
    JacobianCheck.checkScalar(f, at);
  }

  @Test
  void aPassiveCallIsNoAccumulation() {
    check("overflowGuard");
  }

  /** Passed before the change too (the conversion was not counted as a use); kept so that it stays so. */
  @Test
  void aConversionToLongIsNoAccumulation() {
    check("truncatedGuard");
  }

  /** A product only tested (isFinite(n * big)) has an adjoint that is always 0: no accumulation either. */
  @Test
  void aProductOnlyTestedIsNoAccumulation() {
    check("scaledTest");
  }

  /** A use that does accumulate keeps the honest NaN at the overflow in reverse mode (a dependent zero cannot be told). */
  @Test
  void anAccumulatingUseKeepsTheConservativeNaN() {
    ScalarFunction f = new ScalarFunction(T.type, "scaledGuard", D, D);
    double[] adjoint = f.gradient(4e200, 2.5);
    assertEquals(2.5, adjoint[0], 0);
    assertTrue(Double.isNaN(adjoint[1]), "the exponent's adjoint stays NaN: " + adjoint[1]);
    bothModes(f, new double[] {2 * 1.5 * Math.pow(2.0, 0.5), 2 * Math.pow(2.0, 1.5) * Math.log(2.0)}, 2.0, 1.5);
  }
}
