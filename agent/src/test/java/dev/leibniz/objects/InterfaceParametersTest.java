package dev.leibniz.objects;

import static dev.leibniz.testing.Transformed.invoke;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.InterfaceParameters.Dense;
import dev.leibniz.objects.fixtures.InterfaceParameters;
import dev.leibniz.testing.FirstDispatchInstalled;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Flink ML's BLAS in miniature (InterfaceParameters): objects with shadows passed to helpers of another
 * class whose parameters are declared with an interface, read after a cast to the implementation or
 * through the interface's virtual getter. The companions gave 0 along the vectors without a word; now
 * the interface-typed parameters take shadows (both modes against the analytic gradient and central
 * differences, and the dot-product test), and a call of the interface's own getter is refused, located.
 */
@ExtendWith(FirstDispatchInstalled.class)
class InterfaceParametersTest {
  static final Transformed T = Transformed.of(InterfaceParameters.class, true);

  static final Class<Dense> D = Dense.class;

  static Dense part(double[] v, int from, int n) {
    return new Dense(java.util.Arrays.copyOfRange(v, from, from + n));
  }

  // ------------------------------------------------------------ dotSquared: v = (x0, x1, x2, y0, y1, y2)

  static final double[] XY = {0.5, -1.2, 0.8, 0.3, 0.1, -0.4};

  static double[] dotSquared(double[] v) {
    return new double[] {(double) invoke(T.method("dotSquared", D, D), part(v, 0, 3), part(v, 3, 3))};
  }

  static double[] dotSquaredTangent(double[] v, double[] dv) {
    Dense x = part(v, 0, 3), y = part(v, 3, 3);
    return new double[] {(double) invoke(T.method("dotSquared$tangent", D, D, D, D), x, part(dv, 0, 3), y, part(dv, 3, 3))};
  }

  static double[] dotSquaredAdjoint(double[] v, double[] ybar) {
    Dense x = part(v, 0, 3), xbar = Derivatives.zeroShadow(x);
    Dense y = part(v, 3, 3), ybarV = Derivatives.zeroShadow(y);
    double f = (double) invoke(T.method("dotSquared$adjoint", D, D, D, D, double.class), x, xbar, y, ybarV, ybar[0]);
    assertEquals(dotSquared(v)[0], f, 0, "the adjoint returns the primal value");
    double[] g = new double[6];
    System.arraycopy(xbar.values, 0, g, 0, 3);
    System.arraycopy(ybarV.values, 0, g, 3, 3);
    return g;
  }

  static double[] dotSquaredGradient(double[] v) {
    double d = v[0] * v[3] + v[1] * v[4] + v[2] * v[5];
    return new double[] {2 * d * v[3], 2 * d * v[4], 2 * d * v[5], 2 * d * v[0], 2 * d * v[1], 2 * d * v[2]};
  }

  @Test
  void anInterfaceTypedParameterReadAfterACast() {
    T.checkGradient("dotSquared", XY, dotSquaredGradient(XY), InterfaceParametersTest::dotSquared,
        InterfaceParametersTest::dotSquaredTangent, InterfaceParametersTest::dotSquaredAdjoint);
  }

  // ------------------------------------------------------------ weighted: through the interface's getter

  /**
   * Through the interface's own getter ({@code x.get(i)} on {@code Vec x}, InterfaceGetters): refused
   * until the call ran the one class with shadows' code ({@code Dense.get}) behind a check of the
   * receiver's class (InterfaceGetterCallsTest); now differentiated in both modes.
   */
  @Test
  void anObjectPassedToAnInterfaceReadThroughItsGetter() {
    Transformed g = Transformed.of(dev.leibniz.objects.fixtures.InterfaceGetters.class, true);
    assertTrue(g.result.diagnostics().isEmpty(), g.result.diagnostics().toString());
    double[] w = {1.5, -0.5, 2.0}, x = {0.5, -1.2, 0.8};
    Method p = g.method("weighted", D), t = g.method("weighted$tangent", D, D), a = g.method("weighted$adjoint", D, D, double.class);
    g.checkGradient("weighted", x, new double[] {2 * w[0] * x[0], 2 * w[1] * x[1], 2 * w[2] * x[2]},
        v -> new double[] {(double) invoke(p, new Dense(v.clone()))},
        (v, dv) -> new double[] {(double) invoke(t, new Dense(v.clone()), new Dense(dv.clone()))},
        (v, ybar) -> {
          Dense d = new Dense(v.clone()), dbar = Derivatives.zeroShadow(d);
          invoke(a, d, dbar, ybar[0]);
          return dbar.values.clone();
        });
  }
}
