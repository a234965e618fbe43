package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.Damped;
import dev.leibniz.objects.fixtures.DampedUser;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * Adjoints of methods reading {@code final double}/{@code float} fields of objects with shadows
 * (README, "Objects"): the read's adjoint accumulates into the final field of the adjoint shadow
 * through a setter handle linked once per site. The receiver's final fields (written in a loop with
 * the other fields) and another class's method reading a parameter's, both modes against Hipparchus
 * {@code DerivativeStructure}, finite differences, the analytic derivative and the dot-product test.
 */
class FinalFieldsTest {
  static final Transformed T = Transformed.of(Damped.class);
  static final Transformed USER = Transformed.of(DampedUser.class);
  static final int STEPS = 7;
  /** Inputs k, c, x, v, dt; outputs the energy, then x and v at the end. */
  static final double[] X = {2.5, 0.375, 0.8, -0.3, 0.05};

  static Damped damped(double[] in) {
    return new Damped(in[0], (float) in[1], in[2], in[3]);
  }

  /** An instance of the transformed class (the companions of the receiver's class are its own). */
  static Object transformed(double[] in) {
    try {
      return T.type.getConstructor(double.class, float.class, double.class, double.class).newInstance(in[0], (float) in[1], in[2], in[3]);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double get(Object o, String name) {
    try {
      Field f = o.getClass().getDeclaredField(name);
      return f.getType() == float.class ? f.getFloat(o) : f.getDouble(o);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Sets a field, final ones by reflection as zeroShadow's callers may. */
  static void set(Object o, String name, double value) {
    try {
      Field f = o.getClass().getDeclaredField(name);
      f.setAccessible(true);
      if (f.getType() == float.class) f.setFloat(o, (float) value);
      else f.setDouble(o, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] primal(double[] in) {
    Damped d = damped(in);
    double e = d.energyAfter(STEPS, in[4]);
    return new double[] {e, d.x, d.v};
  }

  static double[] tangentOf(double[] in, double[] dir) {
    try {
      Object d = transformed(in), s = Derivatives.zeroShadow(d);
      set(s, "k", dir[0]);
      set(s, "c", dir[1]);
      set(s, "x", dir[2]);
      set(s, "v", dir[3]);
      Method m = T.type.getMethod("energyAfter$tangent", T.type, int.class, double.class, double.class);
      double de = (double) m.invoke(d, s, STEPS, in[4], dir[4]);
      return new double[] {de, get(s, "x"), get(s, "v")};
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Method adjoint() throws ReflectiveOperationException {
    return T.type.getMethod("energyAfter$adjoint", T.type, int.class, double.class, double.class, double[].class);
  }

  static double[] adjointOf(double[] in, double[] w) {
    try {
      Object d = transformed(in), bar = Derivatives.zeroShadow(d);
      set(bar, "x", w[1]);
      set(bar, "v", w[2]);
      double[] grad = new double[1];
      adjoint().invoke(d, bar, STEPS, in[4], w[0], grad);
      return new double[] {get(bar, "k"), get(bar, "c"), get(bar, "x"), get(bar, "v"), grad[0]};
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The same simulation on DerivativeStructures (c rounded to float as the field holds it). */
  static DerivativeStructure[] hipparchus(double[] in) {
    DSFactory f = new DSFactory(5, 1);
    DerivativeStructure k = f.variable(0, in[0]), c = f.variable(1, (float) in[1]), x = f.variable(2, in[2]);
    DerivativeStructure v = f.variable(3, in[3]), dt = f.variable(4, in[4]);
    for (int i = 0; i < STEPS; i++) {
      DerivativeStructure a = k.negate().multiply(x).subtract(c.multiply(v));
      v = v.add(dt.multiply(a));
      x = x.add(dt.multiply(v));
    }
    DerivativeStructure e = k.multiply(x).multiply(x).multiply(0.5).add(v.multiply(v).multiply(0.5));
    return new DerivativeStructure[] {e, x, v};
  }

  @Test
  void bothModesAgainstDerivativeStructure() {
    DerivativeStructure[] ds = hipparchus(X);
    for (int in = 0; in < 5; in++) {
      double[] dir = new double[5];
      dir[in] = 1;
      double[] jv = tangentOf(X, dir);
      for (int out = 0; out < 3; out++) {
        int[] order = new int[5];
        order[in] = 1;
        double expected = ds[out].getPartialDerivative(order);
        assertEquals(expected, jv[out], 1e-6 * Math.max(1, Math.abs(expected)), "tangent d out" + out + "/d in" + in);
        double[] w = new double[3];
        w[out] = 1;
        // c is a float field: its products are rounded to float in the method, not in DerivativeStructure
        assertEquals(expected, adjointOf(X, w)[in], 1e-6 * Math.max(1, Math.abs(expected)), "adjoint d out" + out + "/d in" + in);
      }
    }
  }

  @Test
  void bothModesAgainstFiniteDifferences() {
    java.util.Random r = new java.util.Random(3);
    for (int trial = 0; trial < 3; trial++) {
      double[] v = new double[5];
      for (int k = 0; k < 5; k++) v[k] = r.nextGaussian();
      v[1] = 0; // c is a float: differences in it would see float rounding, not the derivative
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(FinalFieldsTest::primal, X, v);
      double[] jv = tangentOf(X, v);
      for (int o = 0; o < 3; o++) {
        assertEquals(fd[o].value(), jv[o], fd[o].tolerance(1e-8), "tangent, output " + o);
        double[] w = new double[3];
        w[o] = 1;
        double[] g = adjointOf(X, w);
        double gv = 0;
        for (int k = 0; k < 5; k++) gv += g[k] * v[k];
        assertEquals(fd[o].value(), gv, fd[o].tolerance(1e-8), "adjoint, output " + o);
      }
    }
  }

  @Test
  void dotProduct() {
    DotProductCheck.check("energyAfter", X, 3, FinalFieldsTest::tangentOf, FinalFieldsTest::adjointOf, 9, 5, true);
  }

  @Test
  void finalFieldsAccumulateOnTopOfTheirSeed() throws Exception {
    Object d = transformed(X), bar = Derivatives.zeroShadow(d);
    set(bar, "k", 10);
    adjoint().invoke(d, bar, STEPS, X[4], 1.0, new double[1]);
    assertEquals(10 + adjointOf(X, new double[] {1, 0, 0})[0], get(bar, "k"), 1e-12, "a final field's seed is kept and added to");
  }

  @Test
  void anotherClassReadingFinalFieldsAgainstTheAnalyticDerivative() throws Exception {
    Damped d = damped(X), bar = Derivatives.zeroShadow(d), dir = Derivatives.zeroShadow(d);
    double s = 1.25, c = (float) X[1];
    double[] grad = new double[1];
    Method adjoint = USER.type.getMethod("pull$adjoint", Damped.class, Damped.class, double.class, double.class, double[].class);
    double y = (double) adjoint.invoke(null, d, bar, s, 2.0, grad);
    assertEquals(X[0] * s * s + c * s, y, 1e-12);
    assertEquals(2 * s * s, bar.k, 1e-15, "d/dk");
    assertEquals(2 * s, bar.c, 1e-6, "d/dc");
    assertEquals(2 * (2 * X[0] * s + c), grad[0], 1e-12, "d/ds");
    set(dir, "k", 1);
    Method tangent = USER.type.getMethod("pull$tangent", Damped.class, Damped.class, double.class, double.class);
    assertEquals(s * s, (double) tangent.invoke(null, d, dir, s, 0.0), 1e-15, "tangent d/dk");
    assertTrue(USER.result.diagnostics().isEmpty(), USER.result.diagnostics()::toString);
    assertTrue(T.result.diagnostics().isEmpty(), T.result.diagnostics()::toString);
  }
}
