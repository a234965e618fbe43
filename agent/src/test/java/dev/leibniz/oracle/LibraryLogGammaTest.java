package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.HipparchusCalls;
import dev.leibniz.testing.Transformed;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

/**
 * Hipparchus' unmodified {@code Gamma.logGamma} (from the hipparchus-core jar), differentiated
 * from its bytecode in both modes: it needs the FastMath rules ({@code FastMath.log}, {@code
 * FastMath.abs} read bit patterns, so they cannot be differentiated line by line) and passive
 * exception messages ({@code logGamma1p} boxes its argument into a {@code
 * MathIllegalArgumentException} it throws). Checked against the digamma function, finite
 * differences and the dot-product test, on every branch of {@code logGamma}.
 */
class LibraryLogGammaTest {
  @Test
  void logGammaMatchesDigammaInBothModes() {
    Transformed t = Transformed.of(HipparchusCalls.class, true);
    assertTrue(t.result.diagnostics().stream().noneMatch(d -> d.method().startsWith("logGamma(")), t.result.diagnostics().toString());
    ScalarFunction f = new ScalarFunction(t.type, "logGamma", double.class);
    // x < 0.5, 0.5 <= x <= 2.5 (logGamma1p), 2.5 < x <= 8 (product), x > 8 (Lanczos)
    for (double x : new double[] {0.3, 0.9, 1.7, 2.2, 5.5, 12, 30}) {
      JacobianCheck.checkScalar(f, x);
      // AD gives the derivative of Hipparchus' approximation (rational and Lanczos fits), which
      // differs from digamma, the derivative of the exact function, by up to ~1e-9 relative.
      double exact = Gamma.digamma(x);
      double[] g = f.gradient(x), tg = f.tangentGradient(x);
      assertEquals(exact, g[0], 1e-8 * Math.max(1, Math.abs(exact)), "adjoint at " + x);
      assertEquals(g[0], tg[0], 1e-14 * Math.max(1, Math.abs(exact)), "tangent at " + x);
      assertEquals(Gamma.logGamma(x), f.value(x), 0);
    }
  }
}
