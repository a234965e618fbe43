package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.HipparchusCalls;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Unmodified code of the hipparchus-core jar, differentiated from its bytecode through the calls
 * of marked methods: both modes against finite differences, an analytic derivative and the
 * dot-product test.
 */
class HipparchusLibraryTest {
  static final Transformed T = Transformed.of(HipparchusCalls.class, true);

  /** Gamma.lanczos reads Gamma's private static final table LANCZOS (through leibniz$access). */
  @Test
  void lanczosOverAPrivateTable() throws Exception {
    Field f = org.hipparchus.special.Gamma.class.getDeclaredField("LANCZOS");
    f.setAccessible(true);
    double[] l = (double[]) f.get(null);
    for (double x : new double[] {0.5, 2, 7.5}) {
      ScalarFunction fn = new ScalarFunction(T.type, "lanczos", double.class);
      JacobianCheck.checkScalar(fn, x);
      double sum = l[0], dsum = 0;
      for (int i = 1; i < l.length; i++) {
        sum += l[i] / (x + i);
        dsum -= l[i] / ((x + i) * (x + i));
      }
      double exact = sum + x * dsum;
      assertEquals(exact, fn.tangent(new double[] {x}, new double[] {1}), 1e-12 * Math.abs(exact));
      assertEquals(exact, fn.gradient(x)[0], 1e-12 * Math.abs(exact));
    }
  }

  /** MathUtils.normalizeAngle(a*a, c) = a*a - 2 pi floor(...): derivative 2a and 0 away from the jumps. */
  @Test
  void normalizeAngleThroughFastMathFloor() {
    ScalarFunction fn = new ScalarFunction(T.type, "normalizeAngle", double.class, double.class);
    for (double[] p : new double[][] {{1.3, 0.2}, {2.9, -1}}) {
      JacobianCheck.checkScalar(fn, p);
      double[] g = fn.gradient(p);
      assertEquals(2 * p[0], g[0], 1e-14);
      assertEquals(0, g[1], 0);
    }
  }

  /**
   * Gamma.logGamma and Erf.erf: differentiated from the jar's bytecode (FastMath's rules, passive
   * exception messages), no error diagnostic; both modes against finite differences and the
   * dot-product test, and against the analytic derivatives (digamma, to the 1e-8 by which
   * Hipparchus' approximation of logGamma differs from the exact function; 2/sqrt(pi) exp(-x^2)).
   */
  @Test
  void logGammaAndErfAreDifferentiated() {
    check("logGamma", x -> org.hipparchus.special.Gamma.digamma(x), 1e-8, 0.3, 1.7, 5.5, 12);
    check("erf", x -> 2 / Math.sqrt(Math.PI) * Math.exp(-x * x), 1e-12, -0.8, 0.4, 1.9);
  }

  private static void check(String name, java.util.function.DoubleUnaryOperator exact, double tolerance, double... xs) {
    List<Diagnostic> errors = T.result.diagnostics().stream()
        .filter(d -> !d.warning() && d.method().startsWith(name + "(")).toList();
    assertTrue(errors.isEmpty(), errors.toString());
    ScalarFunction f = new ScalarFunction(T.type, name, double.class);
    for (double x : xs) {
      JacobianCheck.checkScalar(f, x);
      double e = exact.applyAsDouble(x);
      assertEquals(e, f.gradient(x)[0], tolerance * Math.max(1, Math.abs(e)), name + " adjoint at " + x);
      assertEquals(e, f.tangentGradient(x)[0], tolerance * Math.max(1, Math.abs(e)), name + " tangent at " + x);
    }
  }
}
