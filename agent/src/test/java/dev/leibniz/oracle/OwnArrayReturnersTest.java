package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.OwnArrayReturners;
import dev.leibniz.testing.Transformed;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An array the method made, given to a helper that may return it, and not used after the call (SIS' {@code
 * refineRoots(coefficients, removeDuplicated(roots))}): whether the result is that array or a new one, only the result is
 * seen after the call, so both modes may take it for an array of its own. It was refused ("may return the array it is
 * given", core.analysis.ReturnedArguments); now differentiated in both modes, on the path where the helper returns its
 * argument and on the one where it returns a copy, against the analytic gradient, central differences and the
 * dot-product test. Used again after the call, or given to another call before it, the array stays refused.
 */
class OwnArrayReturnersTest {
  static final Transformed T = Transformed.of(OwnArrayReturners.class, true);
  static final Class<?> D = double.class;

  static void check(String name, double[] exact, double... x) {
    List<Diagnostic> ds = T.result.diagnostics();
    assertTrue(ds.stream().noneMatch(d -> d.method().startsWith(name + "(")), ds::toString);
    ScalarFunction f = new ScalarFunction(T.type, name, D, D, D);
    JacobianCheck.checkScalar(f, x);
    double[] g = f.gradient(x), tg = f.tangentGradient(x);
    for (int i = 0; i < exact.length; i++) {
      double tol = 1e-13 * Math.max(1, Math.abs(exact[i]));
      assertEquals(exact[i], g[i], tol, name + " adjoint partial " + i + " at " + Arrays.toString(x));
      assertEquals(exact[i], tg[i], tol, name + " tangent partial " + i + " at " + Arrays.toString(x));
    }
  }

  @Test
  void theHelperReturningItsArgumentIsDifferentiatedInBothModes() {
    for (double[] p : new double[][] {{0.7, -1.3, 0.4}, {-1.1, 0.6, 2.2}}) {
      double a = p[0], b = p[1], c = p[2];
      double r0 = a * b, r1 = b + c, r2 = a - c;
      double q0 = 2 * r0 * c + 1, q1 = 2 * r1 * c + 1, q2 = 2 * r2 * c + 1;
      check("distinct", new double[] {q0 * b + 3 * q2, q0 * a + 2 * q1, r0 * r0 + 2 * r1 * r1 + 3 * r2 * r2 + 2 * q1 - 3 * q2}, p);
    }
  }

  @Test
  void theHelperReturningACopyIsDifferentiatedInBothModes() {
    double a = 0.7, b = -1.3, c = 0.4;
    check("withDuplicate", new double[] {2 * a * b * b * c + b, 2 * a * a * b * c + a + 2 * (c + 1), a * b * a * b + 2 * b}, a, b, c);
  }

  @Test
  void aMergeOfTheArrayWithTheResultWhereTheCallDidNotRunIsDifferentiated() {
    for (double[] p : new double[][] {{0.7, -1.3, 0.4}, {-1.1, 0.6, -2.2}}) {
      double a = p[0], b = p[1], c = p[2];
      double r0 = a * b, r1 = b + c, r2 = a - c;
      double q0 = 2 * r0 * c + 1, q1 = 2 * r1 * c + 1, q2 = 2 * r2 * c + 1;
      check("joined", new double[] {q0 * b + 3 * q2, q0 * a + 2 * q1, r0 * r0 + 2 * r1 * r1 + 3 * r2 * r2 + 2 * q1 - 3 * q2}, p);
    }
  }

  @Test
  void anEmptyArrayConstantAmongTheArraysMadeHereIsDifferentiated() {
    double a = 0.7, b = -1.3, c = 0.4;
    double r0 = a * b, r1 = b + c, r2 = a - c;
    double q0 = 2 * r0 * c + 1, q1 = 2 * r1 * c + 1, q2 = 2 * r2 * c + 1;
    check("orNone", new double[] {q0 * b + 3 * q2, q0 * a + 2 * q1, r0 * r0 + 2 * r1 * r1 + 3 * r2 * r2 + 2 * q1 - 3 * q2}, a, b, c);
    check("orNone", new double[] {0, 0, 0}, a, b, 6.5);
  }

  @Test
  void theArrayUsedAgainOrGivenToAnotherCallIsStillRefused() {
    List<Diagnostic> ds = T.result.diagnostics();
    for (String name : new String[] {"readAfter", "keptBefore", "mergedAfter", "inLoop"}) {
      assertTrue(ds.stream().anyMatch(d -> d.method().startsWith(name + "(") && d.reason().contains("may return the array it is given")),
          ds::toString);
      assertTrue(Arrays.stream(T.type.getDeclaredMethods()).noneMatch(m -> m.getName().startsWith(name + "$")), "no companion of " + name);
    }
  }
}
