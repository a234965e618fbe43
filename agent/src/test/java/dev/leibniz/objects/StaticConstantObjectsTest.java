package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.constants.Bearing;
import dev.leibniz.objects.fixtures.constants.Bearings;
import dev.leibniz.objects.fixtures.constants.Defaults;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * Immutable objects held in {@code static final} fields and made there by a factory (WorldWind's {@code Angle.ZERO =
 * Angle.fromDegrees(0)}, the first blocker of six LatLon entries): passive constants. Returned on a special path beside a
 * computed object (also as {@code lat1 > lat2 ? HALF_TURN : ZERO}, a return of constants only), the result's derivative
 * there is 0 in both modes: the companions make a zero shadow of their own at the read, for this call (by the class's
 * private constructor, linked through {@code leibniz$access} from another class), and never use the shared constant as
 * a shadow, so no seed or tangent is written into state shared between calls. Read for its fields, a constant is a
 * number without derivative. Both modes against Hipparchus {@code DerivativeStructure} (or the analytic derivative) and
 * central differences, the dot-product test, on the computed path and on the constants'; a static field that is not
 * final stays refused at its line.
 */
class StaticConstantObjectsTest {
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(Bearing.class, Bearings.class);
  static final Class<?> BEARING = L.get(Bearing.class), BEARINGS = L.get(Bearings.class);
  /** lat1, lon1, lat2, lon2 (radians): a general point, where the azimuth is computed. */
  static final double[] X = {0.71, -1.29, 0.9, -0.35};

  static Object call(Class<?> c, Object receiver, String name, Object... args) {
    for (Method m : c.getDeclaredMethods()) {
      if (!m.getName().equals(name)) continue;
      try {
        return m.invoke(receiver, args);
      } catch (InvocationTargetException e) {
        throw new AssertionError(name + " threw", e.getCause());
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("no " + name + " in " + c);
  }

  static Field field(String name) {
    try {
      Field f = BEARING.getField(name);
      f.setAccessible(true);
      return f;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double get(Object bearing, String name) {
    try {
      return field(name).getDouble(bearing);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object constant(String name) {
    try {
      return BEARING.getField(name).get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object bearing(double radians) {
    return call(BEARING, null, "fromRadians", radians);
  }

  /** A shadow of a bearing holding (degrees, radians), as a caller makes one for a direction or a seed. */
  static Object shadow(double degrees, double radians) {
    Object s = Derivatives.zeroShadow(bearing(1));
    try {
      field("degrees").setDouble(s, degrees);
      field("radians").setDouble(s, radians);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return s;
  }

  static double[] parts(Object bearing) {
    return new double[] {get(bearing, "degrees"), get(bearing, "radians")};
  }

  // ---- Bearings.azimuth(four bearings): outputs (degrees, radians)

  static double[] azimuth(double[] v) {
    return parts(call(BEARINGS, null, "azimuth", bearing(v[0]), bearing(v[1]), bearing(v[2]), bearing(v[3])));
  }

  static double[] azimuthTangent(double[] v, double[] dv) {
    Object[] args = new Object[8];
    for (int k = 0; k < 4; k++) {
      args[2 * k] = bearing(v[k]);
      args[2 * k + 1] = shadow(Math.toDegrees(dv[k]), dv[k]);
    }
    return parts(call(BEARINGS, null, "azimuth$tangent", args));
  }

  static double[] azimuthAdjoint(double[] v, double[] ybar) {
    Object[] args = new Object[9];
    for (int k = 0; k < 4; k++) {
      args[2 * k] = bearing(v[k]);
      args[2 * k + 1] = shadow(0, 0);
    }
    args[8] = shadow(ybar[0], ybar[1]);
    Object result = call(BEARINGS, null, "azimuth$adjoint", args);
    assertEquals(azimuth(v)[1], get(result, "radians"), 0, "the adjoint returns the primal result");
    double[] bar = new double[4];
    for (int k = 0; k < 4; k++) bar[k] = get(args[2 * k + 1], "radians");
    return bar;
  }

  /** The azimuth's Jacobian (rows degrees, radians) by DerivativeStructure. */
  static double[][] azimuthJacobian(double[] v) {
    DSFactory f = new DSFactory(4, 1);
    DerivativeStructure lat1 = f.variable(0, v[0]), lon1 = f.variable(1, v[1]), lat2 = f.variable(2, v[2]), lon2 = f.variable(3, v[3]);
    DerivativeStructure y = lat2.cos().multiply(lon2.subtract(lon1).sin());
    DerivativeStructure x = lat1.cos().multiply(lat2.sin()).subtract(lat1.sin().multiply(lat2.cos()).multiply(lon2.subtract(lon1).cos()));
    DerivativeStructure a = y.atan2(x);
    double[][] j = new double[2][4];
    for (int k = 0; k < 4; k++) {
      int[] order = new int[4];
      order[k] = 1;
      j[1][k] = a.getPartialDerivative(order);
      j[0][k] = Math.toDegrees(j[1][k]);
    }
    return j;
  }

  @Test
  void bothClassesAreDifferentiatedWithoutRefusal() {
    for (Class<?> c : List.of(Bearing.class, Bearings.class)) {
      for (Diagnostic d : L.result(c).diagnostics()) {
        assertTrue(d.warning(), c.getSimpleName() + ": " + d); // Bearing.normalized's 'radians == 0' is a warned special case
      }
    }
  }

  @Test
  void azimuthBothModesMatchDerivativeStructureAndDifferences() {
    double[][] exact = azimuthJacobian(X);
    double[][] bars = {azimuthAdjoint(X, new double[] {1, 0}), azimuthAdjoint(X, new double[] {0, 1})};
    for (int k = 0; k < 4; k++) {
      double[] e = new double[4];
      e[k] = 1;
      double[] t = azimuthTangent(X, e);
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(StaticConstantObjectsTest::azimuth, X, e);
      for (int o = 0; o < 2; o++) {
        double tol = 1e-12 * Math.max(1, Math.abs(exact[o][k]));
        assertEquals(exact[o][k], t[o], tol, "tangent output " + o + " along " + k + " vs DerivativeStructure");
        assertEquals(fd[o].value(), t[o], fd[o].tolerance(1e-8), "tangent output " + o + " along " + k + " vs differences");
        assertEquals(exact[o][k], bars[o][k], tol, "adjoint output " + o + " along " + k + " vs DerivativeStructure");
        assertEquals(fd[o].value(), bars[o][k], fd[o].tolerance(1e-8), "adjoint output " + o + " along " + k + " vs differences");
      }
    }
  }

  @Test
  void aConstantsPathHasZeroDerivativesAndItsConstantIsNeverAShadow() {
    double[][] points = {{0.4, 0.2, 0.4, 0.2}, {0.9, 0.2, 0.4, 0.2}, {0.1, 0.2, 0.4, 0.2}}; // ZERO, HALF_TURN, ZERO
    String[] expected = {"ZERO", "HALF_TURN", "ZERO"};
    for (int p = 0; p < points.length; p++) {
      double[] v = points[p];
      Object result = call(BEARINGS, null, "azimuth", bearing(v[0]), bearing(v[1]), bearing(v[2]), bearing(v[3]));
      assertSame(constant(expected[p]), result, "the primal returns the constant");
      for (int k = 0; k < 4; k++) {
        double[] e = new double[4];
        e[k] = 1;
        double[] t = azimuthTangent(v, e);
        assertEquals(0, t[0], 0, "tangent of the constant, point " + p);
        assertEquals(0, t[1], 0, "tangent of the constant, point " + p);
      }
      double[] bar = azimuthAdjoint(v, new double[] {3, 5});
      for (int k = 0; k < 4; k++) assertEquals(0, bar[k], 0, "the seed of the constant reaches no input, point " + p);
      Object tangentShadow = call(BEARINGS, null, "azimuth$tangent", bearing(v[0]), shadow(1, 1), bearing(v[1]), shadow(1, 1),
          bearing(v[2]), shadow(1, 1), bearing(v[3]), shadow(1, 1));
      assertNotSame(constant(expected[p]), tangentShadow, "the constant is not its own shadow");
    }
    assertEquals(0, get(constant("ZERO"), "radians"), 0, "nothing wrote into ZERO");
    assertEquals(0, get(constant("ZERO"), "degrees"), 0, "nothing wrote into ZERO");
    assertEquals(Math.PI, get(constant("HALF_TURN"), "radians"), 0, "nothing wrote into HALF_TURN");
    assertEquals(180, get(constant("HALF_TURN"), "degrees"), 0, "nothing wrote into HALF_TURN");
  }

  @Test
  void azimuthDotProductBetweenModes() {
    DotProductCheck.check("Bearings.azimuth(Bearing, Bearing, Bearing, Bearing)", X, 2, StaticConstantObjectsTest::azimuthTangent,
        StaticConstantObjectsTest::azimuthAdjoint, 31, 5);
  }

  // ---- Bearing.normalized() (the constant's own class) and Bearings.fromHalfTurn(b) (reads a constant's fields)

  static double[] normalized(double[] v) {
    return parts(call(BEARING, bearing(v[0]), "normalized"));
  }

  static double[] normalizedTangent(double[] v, double[] dv) {
    return parts(call(BEARING, bearing(v[0]), "normalized$tangent", shadow(Math.toDegrees(dv[0]), dv[0])));
  }

  static double[] normalizedAdjoint(double[] v, double[] ybar) {
    Object receiverBar = shadow(0, 0);
    call(BEARING, bearing(v[0]), "normalized$adjoint", receiverBar, shadow(ybar[0], ybar[1]));
    return new double[] {get(receiverBar, "radians")};
  }

  @Test
  void normalizedInItsOwnClassBothModesAndDotProduct() {
    for (double r : new double[] {2.5, 4.0, -3.7}) {
      double[] v = {r};
      double[] t = normalizedTangent(v, new double[] {1});
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(StaticConstantObjectsTest::normalized, v, new double[] {1});
      assertEquals(180 / Math.PI, t[0], 1e-12, "d degrees / d radians");
      assertEquals(1, t[1], 1e-15, "d radians / d radians");
      assertEquals(fd[0].value(), t[0], fd[0].tolerance(1e-8));
      assertEquals(fd[1].value(), t[1], fd[1].tolerance(1e-8));
      assertEquals(180 / Math.PI * 2 + 3, normalizedAdjoint(v, new double[] {2, 3})[0], 1e-12, "adjoint at " + r);
      DotProductCheck.check("Bearing.normalized()", v, 2, StaticConstantObjectsTest::normalizedTangent,
          StaticConstantObjectsTest::normalizedAdjoint, 37, 3);
    }
    assertSame(constant("ZERO"), call(BEARING, bearing(0), "normalized"));
    double[] t0 = normalizedTangent(new double[] {0}, new double[] {1});
    assertEquals(0, t0[0], 0, "the constant's path: tangent 0");
    assertEquals(0, t0[1], 0, "the constant's path: tangent 0");
    assertEquals(0, normalizedAdjoint(new double[] {0}, new double[] {2, 3})[0], 0, "the constant's path: seed dropped");
    assertEquals(0, get(constant("ZERO"), "radians"), 0, "nothing wrote into ZERO");
  }

  @Test
  void aConstantsFieldsReadAreNumbersWithoutDerivative() {
    double b = 0.8;
    double primal = (double) call(BEARINGS, null, "fromHalfTurn", bearing(b));
    assertEquals(Math.PI - b, primal, 1e-15);
    double t = (double) call(BEARINGS, null, "fromHalfTurn$tangent", bearing(b), shadow(Math.toDegrees(1), 1));
    FiniteDifferences.Estimate fd = FiniteDifferences.directional(v -> new double[] {(double) call(BEARINGS, null,
        "fromHalfTurn", bearing(v[0]))}, new double[] {b}, new double[] {1})[0];
    assertEquals(-1, t, 1e-15, "d/db (pi - b * 180 / 180)");
    assertEquals(fd.value(), t, fd.tolerance(1e-8));
    Object bbar = shadow(0, 0);
    call(BEARINGS, null, "fromHalfTurn$adjoint", bearing(b), bbar, 2.0);
    assertEquals(-2, get(bbar, "radians"), 1e-15, "adjoint");
  }

  @Test
  void aBearingInAStaticFieldThatIsNotFinalStaysRefusedAtItsLine() {
    LinkedFixtures refused = LinkedFixtures.allowingDiagnostics(Bearing.class, Defaults.class);
    List<Diagnostic> ds = refused.result(Defaults.class).diagnostics();
    Diagnostic d = ds.stream().filter(x -> !x.warning()).findFirst().orElseThrow(() -> new AssertionError("not refused: " + ds));
    assertTrue(d.method().startsWith("heading("), d.toString());
    assertEquals(18, d.line(), d.toString());
    assertTrue(d.reason().contains("static field Bearing Defaults.fallback"), d.reason());
  }
}
