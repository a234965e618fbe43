package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.leibniz.objects.fixtures.nullable.Roots;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;

/**
 * Marked methods returning a new object built from active values on some paths and {@code null} on others ({@code
 * return null;} for "no answer": Grumpy's {@code Position.getLongitudeOnGreatCircle}; README, "Objects": object
 * results built new). Where the object is made, both modes against the analytic Jacobian, central finite differences
 * and the dot-product test; where the method returns null, the tangent returns null for the shadow and the adjoint
 * returns null and adds nothing; a constant object beside them gets a zero shadow.
 */
class NullResultsTest {
  static final Transformed T = Transformed.of(Roots.class);
  static final Class<?> D = double.class;

  static Method primal(String name) {
    return T.method(name, D, D);
  }

  static Method tangent(String name) {
    return T.method(name + "$tangent", D, D, D, D);
  }

  static Method adjoint(String name) {
    return T.method(name + "$adjoint", D, D, Roots.Pair.class, double[].class);
  }

  static double[] of(Object pair) {
    Roots.Pair p = (Roots.Pair) pair;
    return new double[] {p.lo, p.hi};
  }

  static void check(String name, double[] x, double[][] expected) {
    JacobianCheck.check(name, x, v -> of(Transformed.invoke(primal(name), v[0], v[1])),
        (v, dv) -> of(Transformed.invoke(tangent(name), v[0], dv[0], v[1], dv[1])),
        (v, w) -> {
          double[] g = new double[2];
          Object r = Transformed.invoke(adjoint(name), v[0], v[1], new Roots.Pair(w[0], w[1]), g);
          assertArrayEquals(of(Transformed.invoke(primal(name), v[0], v[1])), of(r), name + ": the adjoint returns the primal result");
          return g;
        },
        expected);
  }

  static double[][] roots(double p, double q) {
    double r = Math.sqrt(0.25 * p * p - q);
    return new double[][] {{-0.5 - 0.25 * p / r, 0.5 / r}, {-0.5 + 0.25 * p / r, -0.5 / r}};
  }

  @Test
  void whereTheObjectIsMadeBothModesAgainstTheAnalyticJacobian() {
    check("real", new double[] {1.0, -2.0}, roots(1.0, -2.0));
    check("real", new double[] {3.0, 1.0}, roots(3.0, 1.0));
    check("clamped", new double[] {1.5, -0.5}, new double[][] {{-0.5, 1.5}, {1, 1}});
  }

  @Test
  void whereTheMethodReturnsNullSoDoBothCompanions() {
    for (String name : new String[] {"real", "clamped"}) {
      double p = name.equals("real") ? 1.0 : -11.0, q = 5.0;
      assertNull(Transformed.invoke(primal(name), p, q));
      assertNull(Transformed.invoke(tangent(name), p, 1.0, q, 1.0), name + ": no result, no shadow");
      double[] g = new double[2];
      assertNull(Transformed.invoke(adjoint(name), p, q, new Roots.Pair(1, 1), g), name + ": the primal result");
      assertArrayEquals(new double[2], g, name + ": nothing added");
      assertNull(Transformed.invoke(adjoint(name), p, q, null, g));
    }
  }

  @Test
  void aConstantObjectBesideANullGetsAZeroShadow() {
    Object shadow = Transformed.invoke(tangent("clamped"), 11.0, 1.0, 2.0, 1.0);
    assertNotNull(shadow, "a constant result has a shadow");
    assertArrayEquals(new double[2], of(shadow));
    double[] g = new double[2];
    assertArrayEquals(new double[] {1.0, 2.0}, of(Transformed.invoke(adjoint("clamped"), 11.0, 2.0, new Roots.Pair(1, 1), g)));
    assertArrayEquals(new double[2], g);
    assertEquals(2, of(Transformed.invoke(primal("clamped"), 11.0, 2.0)).length);
  }
}
