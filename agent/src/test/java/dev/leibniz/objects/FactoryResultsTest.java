package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.factories.Bearings;
import dev.leibniz.objects.fixtures.factories.Courses;
import dev.leibniz.objects.fixtures.factories.GeoPoint;
import dev.leibniz.objects.fixtures.factories.OpenGeoPoint;
import dev.leibniz.objects.fixtures.holders.Heading;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * Objects returned by factories of factories (README, "Objects": factories bound statically; S2's {@code
 * S2LatLng.getDistance(o)} returning {@code S1Angle.radians(x)}, whose constructor is private): a helper of a final
 * class, called on a receiver whose class is not known where it is called, is bound statically, so its result is a
 * new object of the class its code returns and the helper, the factory and the constructor are inlined and the
 * object taken apart. Both modes against the haversine's Jacobian by Hipparchus {@code DerivativeStructure}, central
 * differences and the dot-product test; the same code in a class that is not final stays refused with its line.
 */
class FactoryResultsTest {
  static final Transformed POINT = Transformed.of(GeoPoint.class);
  static final Class<?> P = POINT.type, D = double.class;

  static Object call(Method m, Object receiver, Object... args) {
    try {
      return m.invoke(receiver, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Method method(String name, Class<?>... types) {
    try {
      return POINT.type.getMethod(name, types);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(name + " not generated: " + POINT.result.diagnostics(), e);
    }
  }

  static Object point(double lat, double lng) {
    try {
      return POINT.type.getConstructor(D, D).newInstance(lat, lng);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] parts(Object p) {
    return new double[] {(double) call(method("lat"), p), (double) call(method("lng"), p)};
  }

  /** {@code radius * 2 asin(sqrt(min(1, haversine)))} of x = {lat1, lng1, lat2, lng2, radius}, by DerivativeStructure. */
  static double[] gradient(double[] x) {
    DSFactory f = new DSFactory(5, 1);
    DerivativeStructure lat1 = f.variable(0, x[0]), lng1 = f.variable(1, x[1]), lat2 = f.variable(2, x[2]);
    DerivativeStructure lng2 = f.variable(3, x[3]), radius = f.variable(4, x[4]);
    DerivativeStructure dlat = lat2.subtract(lat1).multiply(0.5).sin(), dlng = lng2.subtract(lng1).multiply(0.5).sin();
    DerivativeStructure h = dlat.multiply(dlat).add(dlng.multiply(dlng).multiply(lat1.cos()).multiply(lat2.cos()));
    DerivativeStructure d = h.sqrt().asin().multiply(2).multiply(radius);
    double[] g = new double[5];
    for (int k = 0; k < 5; k++) {
      int[] orders = new int[5];
      orders[k] = 1;
      g[k] = d.getPartialDerivative(orders);
    }
    return g;
  }

  @Test
  void aFactoryOfAFactoryCalledOnAReceiverOfAFinalClassIsTakenApart() {
    Method primal = method("distanceTo", P, D), tangent = method("distanceTo$tangent", P, P, P, D, D);
    Method adjoint = method("distanceTo$adjoint", P, P, P, D, D, double[].class);
    for (double[] x : new double[][] {{0.4, -0.9, 0.6, -1.2, 6371.0}, {-0.3, 2.1, 0.5, 1.4, 2.5}}) {
      JacobianCheck.check("distanceTo", x, v -> new double[] {(double) call(primal, point(v[0], v[1]), point(v[2], v[3]), v[4])},
          (v, dv) -> new double[] {(double) call(tangent, point(v[0], v[1]), point(dv[0], dv[1]), point(v[2], v[3]),
              point(dv[2], dv[3]), v[4], dv[4])},
          (v, w) -> {
            Object thisBar = point(0, 0), oBar = point(0, 0);
            double[] g = new double[1];
            double value = (double) call(adjoint, point(v[0], v[1]), thisBar, point(v[2], v[3]), oBar, v[4], w[0], g);
            assertEquals((double) call(primal, point(v[0], v[1]), point(v[2], v[3]), v[4]), value, "the adjoint's primal value");
            double[] a = parts(thisBar), b = parts(oBar);
            return new double[] {a[0], a[1], b[0], b[1], g[0]};
          },
          new double[][] {gradient(x)});
    }
  }

  @Test
  void theSameHelperInAClassThatIsNotFinalStaysRefusedWithItsLine() {
    Transformed open = Transformed.of(OpenGeoPoint.class, true);
    Diagnostic d = open.result.diagnostics().stream().filter(x -> !x.warning() && x.method().startsWith("distanceTo("))
        .findFirst().orElse(null);
    assertNotNull(d, "distanceTo refused: " + open.result.diagnostics());
    assertEquals(36, d.line(), d.message()); // return angleTo(o).distance(radius);
    assertTrue(d.message().contains("Turn OpenGeoPoint.angleTo(OpenGeoPoint)"), d.message());
    assertTrue(d.message().contains("cannot be replaced by its fields because it is returned"), d.message());
  }

  /**
   * WorldWind's {@code Vec4.angleBetween3} returning {@code Angle.fromRadians(a)}: a result made by another class's
   * factory through that class's private constructor, the class without shadows here. The wrappers build the result
   * and its shadow with that constructor (it only stores each field), linked through the host's {@code leibniz$access}.
   */
  @Test
  void aResultMadeByAFactoryThroughAPrivateConstructorOfAnotherClass() {
    Transformed bearings = Transformed.of(Bearings.class);
    Class<?> d = double.class, h = Heading.class;
    Method primal = method(bearings, "between", d, d, d, d), tangent = method(bearings, "between$tangent", d, d, d, d, d, d, d, d);
    Method adjoint = method(bearings, "between$adjoint", d, d, d, d, h, double[].class);
    for (double[] x : new double[][] {{0.8, 0.3, -0.2, 1.1}, {-1.5, 0.4, 0.7, 2.0}}) {
      JacobianCheck.check("between", x, v -> headingOut(call(primal, null, v[0], v[1], v[2], v[3])),
          (v, dv) -> {
            Object shadow = call(tangent, null, v[0], dv[0], v[1], dv[1], v[2], dv[2], v[3], dv[3]);
            assertEquals(h, shadow.getClass(), "the tangent returns the result's shadow");
            return headingOut(shadow);
          },
          (v, w) -> {
            double[] grad = new double[4];
            Object r = call(adjoint, null, v[0], v[1], v[2], v[3], heading(w[0], w[1]), grad);
            assertEquals(Arrays.toString(headingOut(call(primal, null, v[0], v[1], v[2], v[3]))), Arrays.toString(headingOut(r)),
                "the adjoint returns the primal result");
            return grad;
          },
          betweenJacobian(x));
    }
  }

  @Test
  void aResultWhosePrivateConstructorNormalisesStaysRefusedWithItsLine() {
    Transformed courses = Transformed.of(Courses.class, true);
    Diagnostic d = courses.result.diagnostics().stream().filter(x -> !x.warning() && x.method().startsWith("toward("))
        .findFirst().orElse(null);
    assertNotNull(d, "toward refused: " + courses.result.diagnostics());
    assertEquals(11, d.line(), d.message()); // return Course.fromRadians(Math.atan2(y, x));
    assertTrue(d.message().contains("new Course(...)"), d.message());
    assertTrue(!d.message().contains("dev/leibniz"), "Java syntax: " + d.message());
  }

  static Method method(Transformed t, String name, Class<?>... types) {
    try {
      return t.type.getMethod(name, types);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(name + " not generated: " + t.result.diagnostics(), e);
    }
  }

  /** A heading holding exactly these fields (a seed: its degrees need not be its radians'). */
  static Heading heading(double degrees, double radians) {
    try {
      java.lang.reflect.Constructor<Heading> c = Heading.class.getDeclaredConstructor(double.class, double.class);
      c.setAccessible(true);
      return c.newInstance(degrees, radians);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] headingOut(Object h) {
    return new double[] {((Heading) h).degrees, ((Heading) h).radians};
  }

  /** d(degrees, radians)/d(x1, y1, x2, y2) of acos(a.b / |a||b|), by hand. */
  static double[][] betweenJacobian(double[] x) {
    double na = Math.hypot(x[0], x[1]), nb = Math.hypot(x[2], x[3]);
    double c = (x[0] * x[2] + x[1] * x[3]) / (na * nb), k = -1 / Math.sqrt(1 - c * c);
    double[] dc = {x[2] / (na * nb) - c * x[0] / (na * na), x[3] / (na * nb) - c * x[1] / (na * na),
        x[0] / (na * nb) - c * x[2] / (nb * nb), x[1] / (na * nb) - c * x[3] / (nb * nb)};
    double[][] out = new double[2][4];
    for (int j = 0; j < 4; j++) {
      out[1][j] = k * dc[j];
      out[0][j] = Math.toDegrees(out[1][j]);
    }
    return out;
  }
}
