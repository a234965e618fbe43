package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.objectqueries.Rot;
import dev.leibniz.objects.fixtures.objectqueries.V3;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * {@code equals(Object)} called on an object with derivatives (Ardor3D's {@code Quaternion.fromAngleNormalAxis}: {@code if
 * (axis.equals(Vector3.ZERO)) return setIdentity();} on a {@code ReadOnlyVector3}, javac naming {@code Object.equals}),
 * given a pooled temporary that an interface call made the unit axis ({@code fromAngleAxis}). The implementations of
 * {@code equals} write nothing, so the call keeps what it is given: the adjoint no longer refuses the temporary as given
 * to a call that may keep it. Its {@code boolean} carries no derivative, and the test is an exact test of the object's
 * numbers against a constant's, warned as {@code d == 0} is. Both modes against the analytic gradient and central
 * differences, and the dot-product test; the input vector is (angle, axis, the quaternion's four parts, overwritten).
 */
class ObjectQueriesTest {
  static final Transformed T = Transformed.of(Rot.class, true);

  static final double[] AT = {0.9, 0.4, 1.9, -0.8, 0.3, -0.5, 0.4, 0.8};

  static Object call(String name, Object... args) {
    for (Method m : T.type.getDeclaredMethods()) {
      if (!m.getName().equals(name)) continue;
      try {
        return m.invoke(null, args);
      } catch (InvocationTargetException e) {
        throw new AssertionError(e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError(name + " was not generated: " + T.result.diagnostics());
  }

  /** A quaternion of the transformed class (defined in the test's child loader). */
  static Object rot(double... q) {
    try {
      return T.type.getConstructor(double.class, double.class, double.class, double.class)
          .newInstance(q[q.length - 4], q[q.length - 3], q[q.length - 2], q[q.length - 1]);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double part(Object q, String getter) {
    try {
      return (double) T.type.getMethod(getter).invoke(q);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static V3 axis(double[] x) {
    return new V3(x[1], x[2], x[3]);
  }

  static double value(double[] x) {
    return (double) call("turned", rot(x), x[0], axis(x));
  }

  static double tangent(double[] x, double[] dx) {
    return (double) call("turned$tangent", rot(x), rot(dx), x[0], dx[0], axis(x), axis(dx));
  }

  static double[] gradient(double[] x, double seed) {
    Object qbar = rot(0, 0, 0, 0);
    V3 axisbar = new V3();
    double[] angle = new double[1];
    double v = (double) call("turned$adjoint", rot(x), qbar, x[0], axis(x), axisbar, seed, angle);
    assertEquals(value(x), v, 1e-15, "the adjoint returns the value");
    return new double[] {angle[0], axisbar.getX(), axisbar.getY(), axisbar.getZ(), part(qbar, "getX"), part(qbar, "getY"), part(qbar, "getZ"),
        part(qbar, "getW")};
  }

  /** f = sin(a/2) n . c + cos(a/2) / 2 with n = axis / |axis|, c = (1, 2, -3); the quaternion's own parts are overwritten. */
  static double[] analytic(double[] x) {
    double len = Math.sqrt(x[1] * x[1] + x[2] * x[2] + x[3] * x[3]), h = 0.5 * x[0];
    double[] c = {1, 2, -3}, n = {x[1] / len, x[2] / len, x[3] / len};
    double nc = n[0] * c[0] + n[1] * c[1] + n[2] * c[2];
    double[] g = new double[8];
    g[0] = 0.5 * Math.cos(h) * nc - 0.25 * Math.sin(h);
    for (int k = 0; k < 3; k++) g[1 + k] = Math.sin(h) * (c[k] - n[k] * nc) / len;
    return g;
  }

  static double[] unit(int k) {
    double[] e = new double[AT.length];
    e[k] = 1;
    return e;
  }

  @Test
  void bothModesAgainstTheAnalyticGradient() {
    double[] g = analytic(AT), adjoint = gradient(AT, 1);
    for (int k = 0; k < AT.length; k++) {
      assertEquals(g[k], tangent(AT, unit(k)), 1e-12, "tangent, input " + k);
      assertEquals(g[k], adjoint[k], 1e-12, "adjoint, input " + k);
    }
  }

  @Test
  void bothModesAgainstFiniteDifferences() {
    java.util.Random rnd = new java.util.Random(29);
    double[] v = new double[AT.length];
    for (int k = 0; k < v.length; k++) v[k] = rnd.nextGaussian();
    FiniteDifferences.Estimate fd = FiniteDifferences.directional(p -> new double[] {value(p)}, AT, v)[0];
    assertEquals(fd.value(), tangent(AT, v), fd.tolerance(1e-9), "tangent");
    double[] g = gradient(AT, 1);
    double gv = 0;
    for (int k = 0; k < v.length; k++) gv += g[k] * v[k];
    assertEquals(fd.value(), gv, fd.tolerance(1e-9), "adjoint");
  }

  @Test
  void dotProductBetweenTheModes() {
    DotProductCheck.check("turned", AT, 1, (x, dx) -> new double[] {tangent(x, dx)}, (x, ybar) -> gradient(x, ybar[0]), 31, 5);
  }

  @Test
  void theEqualsTestIsWarnedAsAnExactTestAtItsLine() {
    Diagnostic w = T.result.diagnostics().stream()
        .filter(d -> d.warning() && d.method().startsWith("fromAngleNormalAxis(") && d.reason().contains("equals(Object)"))
        .findFirst().orElseThrow(() -> new AssertionError("no warning: " + T.result.diagnostics()));
    assertEquals(68, w.line(), w.toString());
    assertTrue(w.reason().startsWith("an exact test of whether an object with derivatives equals one without"), w.toString());
  }

  /**
   * Ardor3D's {@code normalize}, whose zero case copies the static {@code V3.ZERO} into the store: the dispatch's fallback
   * for a {@code V3} cannot be differentiated, and the refusal says why (its own diagnostic), not "dispatch needs its
   * class file".
   */
  @Test
  void aDispatchWhoseFallbackFailsGivesTheFallbacksReason() {
    Diagnostic d = T.result.diagnostics().stream().filter(x -> !x.warning() && x.method().startsWith("fromAngleAxis("))
        .findFirst().orElseThrow(() -> new AssertionError("fromAngleAxis not refused: " + T.result.diagnostics()));
    assertTrue(d.reason().contains("the callee V3 V3.normalize(V3), the code V3 ReadV3.normalize(V3) runs for a V3, cannot be"
        + " differentiated (V3.java:"), d.toString());
    assertTrue(d.reason().contains("static field ReadV3 V3.ZERO"), d.toString());
    assertTrue(T.result.diagnostics().stream().noneMatch(x -> !x.warning() && !x.method().startsWith("fromAngleAxis(")),
        T.result.diagnostics().toString());
  }
}
