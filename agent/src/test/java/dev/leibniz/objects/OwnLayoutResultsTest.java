package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.ownlayout.Taper;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.Function;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * A class that returns new objects of itself, made by a private constructor that validates and computes more fields
 * than it is given, and that has no layout constructor (JTK's {@code KaiserWindow.fromErrorAndLength}; README,
 * "Objects": constructors that compute, a result built new): the class is given one ({@code core.objects.MadeLayouts}),
 * so the constructor is differentiated as code of the factory, and the wrappers make the shadow and rebuild the primal
 * result with it. Both modes against the exact Jacobian ({@code DerivativeStructure}), central finite differences and
 * the dot-product test, on both sides of the constructor's branch, and a factory that returns null outside its domain;
 * a failed check throws the same exception from both companions.
 */
class OwnLayoutResultsTest {
  static final Transformed T = Transformed.of(Taper.class);
  static final String[] FIELDS = {"error", "width", "length", "alpha", "scale"};
  static final Class<?> D = double.class;

  static Field field(String name) {
    try {
      Field f = T.type.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (NoSuchFieldException e) {
      throw new AssertionError(e);
    }
  }

  static double[] fields(Object taper) {
    double[] out = new double[FIELDS.length];
    try {
      for (int i = 0; i < out.length; i++) out[i] = field(FIELDS[i]).getDouble(taper);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
    return out;
  }

  /** An object of the class holding {@code w} in its fields: a zero shadow of {@code like}, then written. */
  static Object seed(Object like, double[] w) {
    Object s = Derivatives.zeroShadow(like);
    try {
      for (int i = 0; i < w.length; i++) field(FIELDS[i]).setDouble(s, w[i]);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
    return s;
  }

  /** The fields as the constructor computes them from error, width and length ({@code DerivativeStructure}). */
  static DerivativeStructure[] window(DerivativeStructure error, DerivativeStructure width, DerivativeStructure length) {
    DerivativeStructure a = error.log10().multiply(-20.0);
    DerivativeStructure alpha = a.getValue() > 21.0 ? a.subtract(8.7).multiply(0.1102) : a.getField().getZero();
    DerivativeStructure s = a.getField().getOne(), term = a.getField().getOne();
    double k = 0;
    do { // the fixture's loop, stopped where its values stop it
      k += 1.0;
      term = term.multiply(alpha.multiply(alpha).divide(4.0 * k * k));
      s = s.add(term);
    } while (term.getValue() > s.getValue() * 1e-17);
    return new DerivativeStructure[] {error, width, length, alpha, s.reciprocal()};
  }

  static DerivativeStructure[] fromErrorAndLength(DerivativeStructure[] x) {
    DerivativeStructure a = x[0].log10().multiply(-20.0);
    DerivativeStructure d = a.getValue() > 21.0 ? a.subtract(7.95).divide(14.36) : a.getField().getZero().add(0.9222);
    return window(x[0], d.divide(x[1]), x[1]);
  }

  static DerivativeStructure[] fromWidthAndLength(DerivativeStructure[] x) {
    DerivativeStructure a = x[0].multiply(x[1]).multiply(14.36).add(7.95);
    return window(DerivativeStructure.pow(10.0, a.divide(-20.0)), x[0], x[1]);
  }

  static double[][] exact(double[] x, Function<DerivativeStructure[], DerivativeStructure[]> f) {
    DSFactory factory = new DSFactory(x.length, 1);
    DerivativeStructure[] v = new DerivativeStructure[x.length];
    for (int i = 0; i < x.length; i++) v[i] = factory.variable(i, x[i]);
    DerivativeStructure[] y = f.apply(v);
    double[][] j = new double[y.length][x.length];
    for (int i = 0; i < y.length; i++) {
      for (int k = 0; k < x.length; k++) {
        int[] orders = new int[x.length];
        orders[k] = 1;
        j[i][k] = y[i].getPartialDerivative(orders);
      }
    }
    return j;
  }

  static void factory(String name, double[] x, Function<DerivativeStructure[], DerivativeStructure[]> f) {
    Method primal = T.method(name, D, D), tangent = T.method(name + "$tangent", D, D, D, D);
    Method adjoint = T.method(name + "$adjoint", D, D, T.type, double[].class);
    JacobianCheck.check(name, x, v -> fields(Transformed.invoke(primal, v[0], v[1])),
        (v, dv) -> {
          Object shadow = Transformed.invoke(tangent, v[0], dv[0], v[1], dv[1]);
          assertEquals(T.type, shadow.getClass(), name + ": the tangent returns the result's shadow");
          return fields(shadow);
        },
        (v, w) -> {
          double[] g = new double[2];
          Object result = Transformed.invoke(primal, v[0], v[1]);
          Object rebuilt = Transformed.invoke(adjoint, v[0], v[1], seed(result, w), g);
          assertEquals(java.util.Arrays.toString(fields(result)), java.util.Arrays.toString(fields(rebuilt)),
              name + ": the adjoint returns the primal result");
          return g;
        },
        exact(x, f));
  }

  @Test
  void aFactoryOfTheClassThroughItsComputingConstructor() {
    factory("fromErrorAndLength", new double[] {0.01, 3.0}, OwnLayoutResultsTest::fromErrorAndLength); // a > 21
    factory("fromErrorAndLength", new double[] {0.2, 2.5}, OwnLayoutResultsTest::fromErrorAndLength); // alpha = 0
  }

  @Test
  void aSecondFactoryOfTheSameClass() {
    factory("fromWidthAndLength", new double[] {0.5, 4.0}, OwnLayoutResultsTest::fromWidthAndLength);
    factory("fromWidthAndLength", new double[] {0.05, 2.0}, OwnLayoutResultsTest::fromWidthAndLength);
  }

  @Test
  void aFactoryAnsweringNullOutsideItsDomain() {
    factory("orNone", new double[] {0.02, 2.5}, x -> window(x[0], x[1].reciprocal().multiply(0.9222), x[1]));
    Method tangent = T.method("orNone$tangent", D, D, D, D);
    Method adjoint = T.method("orNone$adjoint", D, D, T.type, double[].class);
    assertNull(Transformed.invoke(tangent, 1.5, 1.0, 2.0, 1.0), "no window, no shadow");
    double[] g = new double[2];
    assertNull(Transformed.invoke(adjoint, 1.5, 2.0, null, g), "the primal result");
    assertEquals(0, g[0] + Math.abs(g[1]), 0);
  }

  @Test
  void theConstructorsCheckThrowsFromBothCompanions() {
    Method tangent = T.method("fromErrorAndLength$tangent", D, D, D, D);
    Method adjoint = T.method("fromErrorAndLength$adjoint", D, D, T.type, double[].class);
    IllegalArgumentException t = assertThrows(IllegalArgumentException.class, () -> Transformed.invoke(tangent, 1.5, 1.0, 2.0, 0.0));
    IllegalArgumentException a = assertThrows(IllegalArgumentException.class,
        () -> Transformed.invoke(adjoint, 1.5, 2.0, null, new double[2]));
    assertEquals("error out of (0, 1)", t.getMessage());
    assertEquals("error out of (0, 1)", a.getMessage());
  }

  @Test
  void theLayoutGivenIsPrivateAndSynthetic() {
    Constructor<?> made = null;
    for (Constructor<?> c : T.type.getDeclaredConstructors()) {
      if (c.getParameterCount() == FIELDS.length + 1) made = c;
    }
    assertTrue(made != null && made.isSynthetic() && Modifier.isPrivate(made.getModifiers()), String.valueOf(made));
  }
}
