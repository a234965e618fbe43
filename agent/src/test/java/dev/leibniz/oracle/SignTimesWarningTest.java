package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.FiniteDifferences.Estimate;
import dev.leibniz.oracle.fixtures.SignTimesFixtures;
import dev.leibniz.testing.Transformed;
import java.util.List;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * {@code Math.signum(x) * g} with active x and g (tinygrad's erf, eighth peer round): at x = 0 the companions give 0
 * (signum 0, its derivative 0), where the odd extension's slope is g's, 2 / sqrt(pi) for erf — silently, before the
 * core warned ({@code DerivativeCuts.signTimesActive}). Away from 0 both modes agree with Hipparchus'
 * {@code DerivativeStructure} and with finite differences, and pass the dot-product test; {@code Math.copySign(g, x)},
 * the warning's advice, carries g's slope at ±0.0; signum alone, times its own argument (|x|) or times a constant is not
 * warned.
 */
class SignTimesWarningTest {
  static final Transformed T = Transformed.of(SignTimesFixtures.class);
  static final DSFactory DS = new DSFactory(1, 1);
  /** The formula's slope at +0 (g'(0+), by DerivativeStructure): erf's 2 / sqrt(pi) to the polynomial's accuracy. */
  static final double SLOPE_AT_ZERO = erfByDerivativeStructure(DS.variable(0, 0.0), 1).getPartialDerivative(1);

  /** The same formula over DerivativeStructure: sign fixed (the side), |x| as x times that sign. */
  static DerivativeStructure erfByDerivativeStructure(DerivativeStructure x, double side) {
    DerivativeStructure abs = x.multiply(side);
    DerivativeStructure t = abs.multiply(0.3275911).add(1).reciprocal();
    DerivativeStructure poly = t.multiply(1.061405429).subtract(1.453152027).multiply(t).add(1.421413741).multiply(t)
        .subtract(0.284496736).multiply(t).add(0.254829592);
    DerivativeStructure g = t.multiply(poly).multiply(x.multiply(x).negate().exp()).negate().add(1);
    return g.multiply(side);
  }

  static double byDerivativeStructure(double x) {
    return erfByDerivativeStructure(DS.variable(0, x), Math.signum(x)).getPartialDerivative(1);
  }

  @Test
  void signumTimesAnActiveValueIsWarnedOnceAndLocated() {
    List<Diagnostic> warned = T.result.diagnostics().stream().filter(d -> d.reason().contains("Math.signum(x)")).toList();
    assertEquals(1, warned.size(), warned::toString);
    assertTrue(warned.get(0).warning() && warned.get(0).method().startsWith("erfBySignum("), warned::toString);
    assertTrue(warned.get(0).message().contains("Math.copySign(g, x)") && warned.get(0).line() > 0, warned::toString);
  }

  @Test
  void awayFromZeroBothModesMatchDerivativeStructureAndDifferences() {
    ScalarFunction f = new ScalarFunction(T.type, "erfBySignum", double.class);
    for (double x : new double[] {-1.5, -0.5, 0.3, 1.2}) {
      double exact = byDerivativeStructure(x);
      assertEquals(exact, f.tangentGradient(x)[0], 1e-13, "tangent at " + x);
      assertEquals(exact, f.gradient(x)[0], 1e-13, "adjoint at " + x);
      JacobianCheck.checkScalar(f, x); // finite differences, both modes, the dot-product test
    }
  }

  @Test
  void atZeroTheCompanionsGiveZeroAsWarnedWhereTheSlopeIsTwoOverRootPi() {
    ScalarFunction f = new ScalarFunction(T.type, "erfBySignum", double.class);
    assertArrayEquals(new double[] {0}, f.tangentGradient(0.0), 0);
    assertArrayEquals(new double[] {0}, f.gradient(0.0), 0);
    Estimate fd = FiniteDifferences.directional(v -> new double[] {f.value(v)}, new double[] {0.0}, new double[] {1})[0];
    assertEquals(SLOPE_AT_ZERO, fd.value(), 1e-3, "the differences see the slope: " + fd);
    assertEquals(2 / Math.sqrt(Math.PI), SLOPE_AT_ZERO, 1e-3, "the polynomial's slope is erf's to its accuracy");
  }

  @Test
  void copySignCarriesTheSlopeAtBothZeros() {
    ScalarFunction f = new ScalarFunction(T.type, "erfByCopySign", double.class);
    for (double zero : new double[] {0.0, -0.0}) {
      assertEquals(SLOPE_AT_ZERO, f.tangentGradient(zero)[0], 1e-13, "tangent at " + zero);
      assertEquals(SLOPE_AT_ZERO, f.gradient(zero)[0], 1e-13, "adjoint at " + zero);
    }
    for (double x : new double[] {-0.5, 0.3}) {
      assertEquals(byDerivativeStructure(x), f.gradient(x)[0], 1e-13);
      JacobianCheck.checkScalar(f, x);
    }
  }

  @Test
  void signumAloneOrTimesAConstantIsNotWarned() {
    assertTrue(T.result.diagnostics().stream().noneMatch(d -> d.reason().contains("Math.signum(x)")
        && !d.method().startsWith("erfBySignum(")), () -> T.result.diagnostics().toString());
    assertArrayEquals(new double[] {1}, new ScalarFunction(T.type, "signumPlus", double.class).gradient(0.0), 0);
    assertArrayEquals(new double[] {1.2}, new ScalarFunction(T.type, "signumTimesConstant", double.class).gradient(0.6), 1e-15);
    ScalarFunction abs = new ScalarFunction(T.type, "signumTimesItsArgument", double.class);
    assertArrayEquals(new double[] {-1}, abs.gradient(-0.4), 0);
    assertArrayEquals(new double[] {0}, abs.gradient(0.0), 0); // |x|'s kink: the smallest subgradient
  }
}
