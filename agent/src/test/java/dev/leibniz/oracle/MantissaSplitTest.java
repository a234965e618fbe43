package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.MantissaSplit;
import dev.leibniz.oracle.fixtures.MantissaTruncatedAlone;
import dev.leibniz.testing.Transformed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clearing low mantissa bits through the bit pattern (the split of exact products in {@code
 * linearCombination}) is piecewise constant, like {@code floor}: derivative 0, after which the low
 * part carries the whole derivative. Both modes against the analytic gradient, finite differences
 * and the dot-product test. A truncation used without its low part {@code x - high} stands for
 * {@code x}: a rounding to fewer bits, derivative 1, when it clears at most half of the mantissa;
 * coarser truncations and other masks stay refused.
 */
class MantissaSplitTest {
  static final Transformed T = Transformed.of(MantissaSplit.class, true);
  static final Class<?> D = double.class;

  @Test
  void linearCombinationThroughTheDekkerSplitHasTheGradientOfTheProducts() {
    ScalarFunction f = new ScalarFunction(T.type, "linearCombination", D, D, D, D);
    double[] x = {1.0 / 3, -2.7, 0.1 + 1e-9, 7.25};
    double[] exact = {x[1], x[0], x[3], x[2]};
    assertArrayEquals(exact, f.gradient(x), 1e-15 * 8, "adjoint");
    assertArrayEquals(exact, f.tangentGradient(x), 1e-15 * 8, "tangent");
    JacobianCheck.checkScalar(f, x);
    assertEquals(x[0] * x[1] + x[2] * x[3], f.value(x), 1e-15);
  }

  static final Transformed ALONE = Transformed.of(MantissaTruncatedAlone.class, true);

  /**
   * Lucene's {@code haversinSortKey} shape: the truncation stands for the value, so its derivative
   * is the value's (it was 0 in both modes, silently, before truncations were told from splits).
   * The companions return the truncated value bit for bit.
   */
  @Test
  void aTruncationUsedWithoutItsLowPartIsARoundingWithDerivativeOne() {
    ScalarFunction f = new ScalarFunction(ALONE.type, "truncatedSquare", D);
    for (double x : new double[] {1.5, -0.3, 1e-3 + 1e-12}) {
      assertEquals(2 * x, f.gradient(x)[0], 1e-15 * Math.abs(2 * x), "adjoint");
      assertEquals(2 * x, f.tangentGradient(x)[0], 1e-15 * Math.abs(2 * x), "tangent");
      JacobianCheck.checkScalar(f, x);
      double truncated = Double.longBitsToDouble(Double.doubleToRawLongBits(x * x) & 0xFFFFFFFFFFFFFFF8L);
      assertEquals(Double.doubleToRawLongBits(truncated), Double.doubleToRawLongBits(f.adjoint(new double[] {x}, 1, new double[1])));
    }
  }

  @Test
  void halfTheMantissaInAHelperAndTheFloatForm() {
    ScalarFunction f = new ScalarFunction(ALONE.type, "halfTruncatedSine", D);
    double x = 0.7;
    double exact = Double.longBitsToDouble(Double.doubleToRawLongBits(Math.sin(x)) & (-1L << 26)) + x * Math.cos(x);
    assertEquals(exact, f.gradient(x)[0], 1e-15, "adjoint");
    assertEquals(exact, f.tangentGradient(x)[0], 1e-15, "tangent");
    JacobianCheck.checkScalar(f, x);
    ScalarFunction g = new ScalarFunction(ALONE.type, "truncatedCube", float.class);
    float y = 1.3f;
    assertEquals(3 * y * y, g.gradient(y)[0], 1e-5, "adjoint");
    assertEquals(3 * y * y, g.tangentGradient(y)[0], 1e-5, "tangent");
  }

  @Test
  void aTruncationClearingMoreThanHalfTheMantissaIsRefused() {
    List<Diagnostic> ds = ALONE.result.diagnostics();
    assertEquals(1, ds.size(), ds::toString);
    assertEquals("coarselyTruncated(D)D", ds.get(0).method());
    assertTrue(ds.get(0).message().contains("bit pattern"), ds.get(0)::message);
  }

  @Test
  void aMaskThatClearsExponentBitsIsStillRefused() {
    List<Diagnostic> ds = T.result.diagnostics();
    assertEquals(1, ds.size(), ds::toString);
    assertEquals("exponentMasked(D)D", ds.get(0).method());
    assertTrue(ds.get(0).message().contains("bit pattern"), ds.get(0)::message);
  }
}
