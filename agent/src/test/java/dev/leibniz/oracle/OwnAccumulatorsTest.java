package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.OwnAccumulators;
import dev.leibniz.testing.Transformed;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A marked callee that writes only the fields of objects it allocates and drops (Commons Numbers'
 * {@code Sum} in {@code LogGamma.value}) writes nothing its callers see: a marked caller gets both
 * companions, checked against the exact gradient, finite differences and the dot-product test. An
 * accumulator that escapes into a static, or whose method writes a static, still counts.
 */
class OwnAccumulatorsTest {
  static final Class<?> D = double.class;

  @Test
  void callerOfAMarkedMethodWritingOnlyItsOwnObjects() {
    Class<?> type = Transformed.of(OwnAccumulators.class).type;
    ScalarFunction f = new ScalarFunction(type, "caller", D, D);
    for (double[] p : new double[][] {{0.7, 1.3}, {2.5, -0.4}}) {
      double x = p[0], y = p[1];
      JacobianCheck.checkScalar(f, x, y);
      double logs = Math.log(x) + Math.log(2 * x) + Math.log(3 * x);
      double[] exact = {3 * y / x, logs + 2 * y + 1};
      double[] g = f.gradient(x, y), tg = f.tangentGradient(x, y);
      for (int i = 0; i < 2; i++) {
        assertEquals(exact[i], g[i], 1e-13 * Math.max(1, Math.abs(exact[i])), "adjoint partial " + i);
        assertEquals(exact[i], tg[i], 1e-13 * Math.max(1, Math.abs(exact[i])), "tangent partial " + i);
      }
    }
  }

  @Test
  void escapingOrCountingAccumulatorsStillWriteFields() {
    Transformed t = Transformed.of(OwnAccumulators.class, true);
    Map<String, String> why = t.result.diagnostics().stream()
        .collect(Collectors.toMap(Diagnostic::method, Diagnostic::message, (a, b) -> a + "\n" + b));
    for (String m : new String[] {"callsKept(D)D", "callsCounted(D)D"}) {
      String d = why.get(m);
      assertTrue(d != null && d.contains("writes fields"), m + " must be refused for writing fields; diagnostics: " + why);
    }
    for (String m : new String[] {"caller(DD)D", "sumOfLogs(D)D", "chained(D)D"}) {
      assertTrue(!why.containsKey(m), m + ": " + why.get(m));
    }
  }
}
