package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.OwnAccumulators;
import dev.leibniz.oracle.fixtures.Accumulator;
import dev.leibniz.oracle.fixtures.OwnAccumulatorsCaller;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A marked callee that writes only the fields of objects it allocates and drops (Commons Numbers'
 * {@code Sum} in {@code LogGamma.value}) writes nothing its callers see: a marked caller gets both
 * companions, checked against the exact gradient, finite differences and the dot-product test. An
 * accumulator whose method also writes a static is hosted in its caller and runs once per call.
 */
class OwnAccumulatorsTest {
  static final Class<?> D = double.class;
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(OwnAccumulatorsCaller.class, OwnAccumulators.class, Accumulator.class);

  static Map<String, String> why() {
    return L.result(OwnAccumulatorsCaller.class).diagnostics().stream()
        .collect(Collectors.toMap(Diagnostic::method, Diagnostic::message, (a, b) -> a + "\n" + b));
  }

  @Test
  void callerOfAMarkedMethodWritingOnlyItsOwnObjects() {
    Class<?> type = L.get(OwnAccumulatorsCaller.class);
    assertTrue(!why().containsKey("caller(DD)D"), () -> why().get("caller(DD)D"));
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

  /**
   * A marked callee whose accumulator also writes a static ({@code additions++}) is hosted in its caller
   * (CalleeOracle.hostedForItsWrites): its pair tangent gives its value with its tangent from one run, its split adjoint
   * runs it once; the counter advances once per call in every mode, and d/dx (2x · x) = 4x.
   */
  @Test
  void aCountingAccumulatorRunsOncePerCallInBothModes() throws Exception {
    assertTrue(!why().containsKey("callsCounted(D)D"), () -> why().get("callsCounted(D)D"));
    ScalarFunction f = new ScalarFunction(L.get(OwnAccumulatorsCaller.class), "callsCounted", D);
    java.lang.reflect.Field additions = L.get(Accumulator.class).getField("additions");
    for (double x : new double[] {0.7, -1.9}) {
      JacobianCheck.checkScalar(f, x);
      int before = additions.getInt(null);
      double g = f.gradient(x)[0];
      assertEquals(1, additions.getInt(null) - before, "one addition per adjoint call");
      before = additions.getInt(null);
      double tg = f.tangentGradient(x)[0];
      assertEquals(1, additions.getInt(null) - before, "one addition per tangent call");
      assertEquals(4 * x, g, 1e-13, "adjoint");
      assertEquals(4 * x, tg, 1e-13, "tangent");
    }
  }
}
