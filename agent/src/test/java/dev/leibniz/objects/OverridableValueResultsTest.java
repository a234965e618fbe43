package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.turned.Turn;
import dev.leibniz.objects.fixtures.turned.Turner;
import dev.leibniz.objects.fixtures.turned.Turning;
import dev.leibniz.objects.fixtures.turned.Vec2;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * A marked method calling an overridable method of another, non-final class that returns a new value object
 * ({@code t.apply(v)} returning a new {@code Vec2}: Rajawali's {@code quaternion.multiply(vector)}, Ardor3D's
 * {@code ReadOnlyVector3.normalize(store)}), nothing marked in the callee's class. The adjoint reverses the call in
 * split mode from the code of the class the call runs, behind a check of the receiver's class, through the class
 * ({@code turned(Turn, Vec2)}) and through an interface whose one class with shadows is {@code Turn} ({@code
 * turnedVia(Turner, Vec2)}, refused as "reversed jointly" before). Both modes against the analytic gradient, central
 * differences and the dot-product test; a subclass inheriting {@code apply} gets the same derivative, one overriding it
 * fails in the adjoint naming its class, never a wrong number. Inputs: the receiver's {@code c, s}, the vector's {@code x, y}.
 */
class OverridableValueResultsTest {
  static final LinkedFixtures L = LinkedFixtures.of(Turning.class, Turn.class, Turn.Named.class, Turn.Mirrored.class, Turner.class, Vec2.class);
  static final Class<?> T = L.get(Turning.class);
  static final Class<?> R = L.get(Turn.class);
  static final Class<?> I = L.get(Turner.class);
  static final Class<?> V = L.get(Vec2.class);
  static final double[] X = {0.8, -0.35, 1.25, 0.5};

  static Object make(Class<?> c, double a, double b) {
    try {
      return c.getConstructor(double.class, double.class).newInstance(a, b);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double get(Object o, String f) {
    try {
      return o.getClass().getField(f).getDouble(o);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static void set(Object o, String f, double value) {
    try {
      o.getClass().getField(f).setDouble(o, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object invoke(String name, Object... args) {
    try {
      for (Method m : T.getMethods()) {
        if (m.getName().equals(name)) return m.invoke(null, args);
      }
      throw new AssertionError(name + " is missing; diagnostics: " + L.result(Turning.class).diagnostics());
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new AssertionError(e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  static double[] primal(String name, Class<?> turn, double[] in) {
    return new double[] {(double) invoke(name, make(turn, in[0], in[1]), make(V, in[2], in[3]))};
  }

  static double[] tangentOf(String name, Class<?> turn, double[] in, double[] dir) {
    Object t = make(turn, in[0], in[1]), v = make(V, in[2], in[3]);
    Object td = Derivatives.zeroShadow(t), vd = Derivatives.zeroShadow(v);
    set(td, "c", dir[0]);
    set(td, "s", dir[1]);
    set(vd, "x", dir[2]);
    set(vd, "y", dir[3]);
    return new double[] {(double) invoke(name + "$tangent", t, td, v, vd)};
  }

  static double[] adjointOf(String name, Class<?> turn, double[] in, double[] w) {
    Object t = make(turn, in[0], in[1]), v = make(V, in[2], in[3]);
    Object tb = Derivatives.zeroShadow(t), vb = Derivatives.zeroShadow(v);
    invoke(name + "$adjoint", t, tb, v, vb, w[0]);
    return new double[] {get(tb, "c"), get(tb, "s"), get(vb, "x"), get(vb, "y")};
  }

  /** f = a b + a with a = c x - s y, b = s x + c y. */
  static double[] analytic(double[] in) {
    double c = in[0], s = in[1], x = in[2], y = in[3];
    double a = c * x - s * y, b = s * x + c * y;
    double fa = b + 1, fb = a;
    return new double[] {fa * x + fb * y, -fa * y + fb * x, fa * c + fb * s, -fa * s + fb * c};
  }

  @Test
  void adjointAgainstTheAnalyticGradient() {
    for (String name : new String[] {"turned", "turnedVia"}) {
      for (Class<?> turn : new Class<?>[] {R, L.get(Turn.Named.class)}) {
        double[] g = adjointOf(name, turn, X, new double[] {1});
        double[] want = analytic(X);
        for (int k = 0; k < 4; k++) assertEquals(want[k], g[k], 1e-14, name + ", " + turn.getSimpleName() + ", input " + k);
      }
    }
  }

  @Test
  void bothModesAgainstFiniteDifferencesAndTheDotProduct() {
    java.util.Random r = new java.util.Random(31);
    for (String name : new String[] {"turned", "turnedVia"}) {
      for (int trial = 0; trial < 3; trial++) {
        double[] v = {r.nextGaussian(), r.nextGaussian(), r.nextGaussian(), r.nextGaussian()};
        FiniteDifferences.Estimate fd = FiniteDifferences.directional(in -> primal(name, R, in), X, v)[0];
        assertEquals(fd.value(), tangentOf(name, R, X, v)[0], fd.tolerance(1e-9), name + ", tangent");
        double[] g = adjointOf(name, R, X, new double[] {1});
        assertEquals(fd.value(), g[0] * v[0] + g[1] * v[1] + g[2] * v[2] + g[3] * v[3], fd.tolerance(1e-9), name + ", adjoint");
      }
      DotProductCheck.check(name, X, 1, (in, v) -> tangentOf(name, R, in, v), (in, w) -> adjointOf(name, R, in, w), 31, 4);
    }
  }

  @Test
  void aReceiverThatOverridesTheCalleeFailsNamingItsClass() {
    Class<?> mirrored = L.get(Turn.Mirrored.class);
    for (String name : new String[] {"turned", "turnedVia"}) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> adjointOf(name, mirrored, X, new double[] {1}));
      assertTrue(e.getMessage().contains("Turn$Mirrored") && e.getMessage().contains("apply"), e.getMessage());
    }
  }

  @Test
  void noDiagnostic() {
    assertEquals(java.util.List.of(), L.result(Turning.class).diagnostics());
  }
}
