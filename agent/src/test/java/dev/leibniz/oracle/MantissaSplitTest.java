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
 * and the dot-product test. Other masks stay refused, and so does a truncation used without its low
 * part {@code x - high} (it then stands for {@code x}, whose derivative is not 0).
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

  @Test
  void aTruncationUsedWithoutItsLowPartIsRefusedNotGivenDerivativeZero() {
    Transformed alone = Transformed.of(MantissaTruncatedAlone.class, true);
    List<Diagnostic> ds = alone.result.diagnostics();
    assertEquals(1, ds.size(), ds::toString);
    assertEquals("truncatedSquare(D)D", ds.get(0).method());
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
