package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.objects.fixtures.droppedcheck.Checks;
import dev.leibniz.objects.fixtures.droppedcheck.DroppedChecks;
import dev.leibniz.objects.fixtures.droppedcheck.Vec3;
import dev.leibniz.oracle.ExactGradient;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.oracle.LinkedFixtures;
import dev.leibniz.oracle.PointPairFunction;
import dev.leibniz.oracle.ScalarFunction;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * A call whose result the caller drops is passive when it writes nothing (core.analysis.PassiveCallCheck): Sceneform's
 * {@code Preconditions.checkNotNull(lhs, "...")} returns the vector it checks, an object with a shadow, and was refused
 * as "the callee's result depends on an active value" in 26 of the thirty-second round's entries. Both modes against
 * central finite differences and the exact gradient (Hipparchus' {@code DerivativeStructure}), and the dot-product test
 * ({@link JacobianCheck}); the same check whose result is used stays refused.
 */
class DroppedCheckResultsTest {
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(DroppedChecks.class, Vec3.class, Checks.class);
  static final Class<?> T = L.get(DroppedChecks.class), V = L.get(Vec3.class), D = double.class;

  static final PointPairFunction BETWEEN = new PointPairFunction(T, V, "between");

  @Test
  void droppedCheckResultsKeepTheirPrimalCallsInBothModes() {
    assertTrue(!L.result(DroppedChecks.class).diagnostics().toString().contains("method=between("),
        L.result(DroppedChecks.class).diagnostics().toString());
    for (double[] x : new double[][] {{0.7, -1.3, 0.4, 1.1, 0.25, -1.5}, {2.0, 0.5, -0.3, -1.0, 1.5, 0.9}}) {
      DSFactory factory = new DSFactory(6, 1);
      DerivativeStructure[] v = new DerivativeStructure[6];
      for (int k = 0; k < 6; k++) v[k] = factory.variable(k, x[k]);
      DerivativeStructure norm = v[0].square().add(v[1].square()).add(v[2].square()).sqrt();
      DerivativeStructure exact = v[0].multiply(v[3]).add(v[1].multiply(v[4])).add(v[2].multiply(v[5])).add(norm.multiply(v[5]));
      assertEquals(exact.getValue(), BETWEEN.value(x), 1e-13);
      BETWEEN.check(x, ExactGradient.of(exact));
    }
  }

  @Test
  void aCheckWhoseResultIsUsedStaysRefused() {
    String d = L.result(DroppedChecks.class).diagnostics().toString();
    assertTrue(d.contains("method=through(") && d.contains("Checks.checkNotNull(Object, Object)"), d);
  }

  /** A dropped double result is no reference: the call is differentiated as before (it was refused as passive once). */
  @Test
  void aDroppedNumberStaysADifferentiatedCall() {
    assertTrue(!L.result(DroppedChecks.class).diagnostics().toString().contains("method=guarded("),
        L.result(DroppedChecks.class).diagnostics().toString());
    ScalarFunction f = new ScalarFunction(T, "guarded", D, D);
    double[] x = {0.7, -1.3};
    assertEquals(x[1], f.tangent(x, new double[] {1, 0}), 0);
    assertEquals(x[0], f.tangent(x, new double[] {0, 1}), 0);
    double[] g = new double[2];
    f.adjoint(x, 1, g);
    assertEquals(x[1], g[0], 0);
    assertEquals(x[0], g[1], 0);
  }
}
