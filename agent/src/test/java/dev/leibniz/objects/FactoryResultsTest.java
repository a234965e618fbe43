package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.factories.GeoPoint;
import dev.leibniz.objects.fixtures.factories.OpenGeoPoint;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
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
}
