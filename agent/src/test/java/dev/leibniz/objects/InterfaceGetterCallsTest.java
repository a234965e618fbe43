package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.InterfaceGetterCalls;
import dev.leibniz.objects.fixtures.InterfaceGetterCalls.Dense;
import dev.leibniz.objects.fixtures.InterfaceGetterCalls.Other;
import dev.leibniz.objects.fixtures.InterfaceGetterCalls.Vec;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Calls of an interface's own getter ({@code a.get(i)} on {@code Vec a}) on objects with shadows
 * (InterfaceGetterCalls): the derivative is the one class with shadows' code's ({@code Dense.get}), behind a
 * check of the receiver's class. Both modes against the analytic gradient and central differences, and the
 * dot-product test; another implementation fails with an IllegalStateException naming it, in both modes.
 */
class InterfaceGetterCallsTest {
  static final Transformed T = Transformed.of(InterfaceGetterCalls.class, true);
  static final Class<Dense> D = Dense.class;

  static Method method(String name, Class<?>... types) {
    try {
      Method m = T.type.getDeclaredMethod(name, types);
      m.setAccessible(true);
      return m;
    } catch (NoSuchMethodException e) {
      throw new AssertionError(name + " is missing; diagnostics: " + T.result.diagnostics(), e);
    }
  }

  static Object call(Method m, Object... args) {
    try {
      return m.invoke(null, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new AssertionError(e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  static Dense part(double[] v, int from, int n) {
    return new Dense(Arrays.copyOfRange(v, from, from + n));
  }

  // ------------------------------------------------------------ loss(w) = w . w

  static final double[] W = {0.5, -1.2, 0.8};

  @Test
  void theBriefsShape() {
    check("loss", W, new double[] {2 * W[0], 2 * W[1], 2 * W[2]},
        v -> new double[] {(double) call(method("loss", D), new Dense(v.clone()))},
        (v, dv) -> new double[] {(double) call(method("loss$tangent", D, D), new Dense(v.clone()), new Dense(dv.clone()))},
        (v, ybar) -> {
          Dense w = new Dense(v.clone()), wbar = Derivatives.zeroShadow(w);
          double f = (double) call(method("loss$adjoint", D, D, double.class), w, wbar, ybar[0]);
          assertEquals(v[0] * v[0] + v[1] * v[1] + v[2] * v[2], f, 1e-15, "the adjoint returns the primal value");
          return wbar.v.clone();
        });
  }

  // ------------------------------------------------------------ mixed(w, u) = (w . u)(w . w) + sin(u0)

  static final double[] WU = {0.5, -1.2, 0.8, 0.3, 0.1, -0.4};

  static double[] mixedGradient(double[] x) {
    double wu = x[0] * x[3] + x[1] * x[4] + x[2] * x[5], ww = x[0] * x[0] + x[1] * x[1] + x[2] * x[2];
    double[] g = new double[6];
    for (int k = 0; k < 3; k++) {
      g[k] = x[k + 3] * ww + wu * 2 * x[k];
      g[k + 3] = x[k] * ww;
    }
    g[3] += Math.cos(x[3]);
    return g;
  }

  @Test
  void twoObjectsAndAMathFunctionOfTheGettersResult() {
    check("mixed", WU, mixedGradient(WU),
        v -> new double[] {(double) call(method("mixed", D, D), part(v, 0, 3), part(v, 3, 3))},
        (v, dv) -> new double[] {(double) call(method("mixed$tangent", D, D, D, D), part(v, 0, 3), part(dv, 0, 3), part(v, 3, 3),
            part(dv, 3, 3))},
        (v, ybar) -> {
          Dense w = part(v, 0, 3), wbar = Derivatives.zeroShadow(w), u = part(v, 3, 3), ubar = Derivatives.zeroShadow(u);
          call(method("mixed$adjoint", D, D, D, D, double.class), w, wbar, u, ubar, ybar[0]);
          double[] g = new double[6];
          System.arraycopy(wbar.v, 0, g, 0, 3);
          System.arraycopy(ubar.v, 0, g, 3, 3);
          return g;
        });
  }

  // ------------------------------------------------------------ scaled(v, s) = s (v . v), v declared Vec

  @Test
  void anInterfaceTypedInputHoldingTheClassWithShadows() {
    double[] x = {0.5, -1.2, 0.8, 1.7}; // v, then s
    double vv = x[0] * x[0] + x[1] * x[1] + x[2] * x[2];
    Method t = method("scaled$tangent", Vec.class, Vec.class, double.class, double.class);
    Method a = method("scaled$adjoint", Vec.class, Vec.class, double.class, double.class, double[].class);
    check("scaled", x, new double[] {2 * x[3] * x[0], 2 * x[3] * x[1], 2 * x[3] * x[2], vv},
        v -> new double[] {(double) call(method("scaled", Vec.class, double.class), part(v, 0, 3), v[3])},
        (v, dv) -> new double[] {(double) call(t, part(v, 0, 3), part(dv, 0, 3), v[3], dv[3])},
        (v, ybar) -> {
          Dense w = part(v, 0, 3), wbar = Derivatives.zeroShadow(w);
          double[] sbar = new double[1];
          call(a, w, wbar, v[3], ybar[0], sbar);
          double[] g = Arrays.copyOf(wbar.v, 4);
          g[3] = sbar[0];
          return g;
        });
  }

  /** Another implementation's code was never read: both modes throw, naming its class, never a derivative. */
  @Test
  void anotherImplementationFailsLoudlyInBothModes() {
    Method t = method("scaled$tangent", Vec.class, Vec.class, double.class, double.class);
    Method a = method("scaled$adjoint", Vec.class, Vec.class, double.class, double.class, double[].class);
    for (int round = 0; round < 2; round++) { // the second on a linked call site
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> call(t, new Other(2, 3), new Other(1, 3), 1.5, 1.0));
      assertTrue(e.getMessage().startsWith("leibniz:") && e.getMessage().contains(Other.class.getName()), e.getMessage());
      e = assertThrows(IllegalStateException.class, () -> call(a, new Other(2, 3), new Other(0, 3), 1.5, 1.0, new double[1]));
      assertTrue(e.getMessage().startsWith("leibniz:") && e.getMessage().contains(Other.class.getName()), e.getMessage());
    }
    // a Dense after the failures still gets its derivative (the failing class is not linked)
    Dense w = new Dense(new double[] {1, 2, 3});
    assertEquals(2 * 1.5 * (1 + 4 + 9), (double) call(t, w, new Dense(new double[] {1, 2, 3}), 1.5, 0.0), 1e-12);
  }

  // ------------------------------------------------------------ shared

  static void check(String method, double[] x, double[] exact, Function<double[], double[]> f, DotProductCheck.Tangent tangent,
      DotProductCheck.Adjoint adjoint) {
    T.checkGradient(method, x, exact, f, tangent, adjoint);
  }
}
