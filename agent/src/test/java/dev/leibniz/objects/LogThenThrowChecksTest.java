package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.objects.fixtures.logthrow.LogThenThrow;
import dev.leibniz.objects.fixtures.logthrow.RecordedDistance;
import dev.leibniz.objects.fixtures.logthrow.Vec4;
import dev.leibniz.oracle.ExactGradient;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.oracle.LinkedFixtures;
import dev.leibniz.oracle.PointPairFunction;
import dev.leibniz.oracle.ScalarFunction;
import java.util.List;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * A value class whose methods check their argument by logging, then throwing (WorldWind's {@code Vec4.distanceTo3}),
 * called from a marked method of another class: the logger call only a throw follows is no write of the callee
 * ({@code ParamWrites.THROWING_WRITES}), so the tangent is no longer refused for "returns a value and writes fields".
 * Both modes against central finite differences and the exact gradient (Hipparchus' {@code DerivativeStructure}), and
 * the dot-product test ({@link JacobianCheck}). A callee that writes a static on its normal path stays refused.
 */
class LogThenThrowChecksTest {
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(Vec4.class, LogThenThrow.class, RecordedDistance.class);
  static final Class<?> D = double.class;

  @Test
  void checkedValueClassMethodsInBothModes() {
    assertEquals(List.of(), L.result(Vec4.class).diagnostics());
    assertEquals(List.of(), L.result(LogThenThrow.class).diagnostics());
    ScalarFunction f = new ScalarFunction(L.get(LogThenThrow.class), "spread", D, D, D);
    for (double[] x : new double[][] {{0.7, -1.3, 0.4}, {2.0, 0.25, -1.5}}) {
      DSFactory factory = new DSFactory(3, 1);
      DerivativeStructure a = factory.variable(0, x[0]), b = factory.variable(1, x[1]), c = factory.variable(2, x[2]);
      DerivativeStructure cc = c.multiply(c);
      DerivativeStructure dist = b.subtract(a).square().add(cc.subtract(b).square()).add(a.subtract(c).square()).sqrt();
      DerivativeStructure exact = dist.multiply(a).add(a.multiply(b)).add(b.multiply(cc)).add(c.multiply(a));
      assertEquals(exact.getValue(), f.value(x), 1e-13);
      JacobianCheck.checkScalarExact(f, ExactGradient.of(exact), x);
    }
  }

  static final Class<?> T = L.get(LogThenThrow.class), V = L.get(Vec4.class);

  static final PointPairFunction BETWEEN = new PointPairFunction(T, V, "between");

  /** The points as parameters with shadows: the checked methods are called (their companions), not inlined. */
  @Test
  void checkedMethodsOfPointsWithShadows() {
    for (double[] x : new double[][] {{0.7, -1.3, 0.4, 1.1, 0.25, -1.5}, {2.0, 0.5, -0.3, -1.0, 1.5, 0.9}}) {
      DerivativeStructure[] v = new DerivativeStructure[6];
      DSFactory factory = new DSFactory(6, 1);
      for (int k = 0; k < 6; k++) v[k] = factory.variable(k, x[k]);
      DerivativeStructure dist = v[3].subtract(v[0]).square().add(v[4].subtract(v[1]).square()).add(v[5].subtract(v[2]).square()).sqrt();
      DerivativeStructure exact = dist.multiply(3).add(v[0].multiply(v[3])).add(v[1].multiply(v[4])).add(v[2].multiply(v[5]));
      assertEquals(exact.getValue(), BETWEEN.value(x), 1e-13);
      BETWEEN.check(x, ExactGradient.of(exact));
    }
  }

  @Test
  void aCalleeWritingAStaticOnItsNormalPathStaysRefused() {
    String d = L.result(RecordedDistance.class).diagnostics().toString();
    assertTrue(d.contains("recorded(DD)D") && d.contains("Vec4.lastDistance"), d);
  }

  /** A counter the callee writes on its normal path is handled as before this rule: counted once per companion call. */
  @Test
  void aCalleeCountingOnItsNormalPathIsHandledAsBefore() throws ReflectiveOperationException {
    String d = L.result(RecordedDistance.class).diagnostics().toString();
    assertTrue(!d.contains("counted("), d);
    ScalarFunction f = new ScalarFunction(L.get(RecordedDistance.class), "counted", D, D);
    Class<?> vec = L.get(RecordedDistance.class).getClassLoader().loadClass(Vec4.class.getName());
    java.lang.reflect.Field calls = vec.getField("calls");
    double[] x = {0.7, -1.3};
    int before = calls.getInt(null);
    double t = f.tangent(x, new double[] {1, 0});
    assertEquals(before + 1, calls.getInt(null));
    // d/da |(b - a, a - b, 1)| = 2 (a - b) / |.|
    double n = Math.sqrt(2 * (x[1] - x[0]) * (x[1] - x[0]) + 1);
    assertEquals(2 * (x[0] - x[1]) / n, t, 1e-13);
    double[] g = new double[2];
    f.adjoint(x, 1, g);
    assertEquals(2 * (x[0] - x[1]) / n, g[0], 1e-13);
    assertEquals(2 * (x[1] - x[0]) / n, g[1], 1e-13);
  }
}
