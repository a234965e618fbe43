package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.inherited.CallsInheritedArray;
import dev.leibniz.oracle.fixtures.inherited.OverridesInheritedArray;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * A marked method calling an inherited method of a superclass nobody marked that returns a new {@code double[]}: {@code
 * g(f)_i = 2 linkInv(f)_i + f_0}, {@code linkInv(f)_i = 2 exp(f_i)}, so {@code dg_i/df_j = 4 exp(f_i) [i = j] + [j = 0]}.
 * Found by the twenty-first corpus round (JWave's {@code WaveletTransform.forward(arrTime)} calls {@code forward(arrTime,
 * level)}, declared in {@code BasicTransform} and overridden by each transform): {@code InheritedCalls} named the
 * declaring superclass only for calls with a {@code double}/{@code float} result, so this call stayed one of the class's
 * own methods, which it does not declare, and was refused ("it can be overridden, and dispatch needs its class file").
 * Both modes against the analytic Jacobian and central finite differences of the primal, and the dot product of the two;
 * a subclass nobody transformed that overrides the inherited method gets the derivative of its own code or an error
 * naming it, never the superclass's derivative.
 */
class InheritedArrayCallTest {
  private static final double[][] POINTS = {{-0.7, 0.3, 1.2}, {0.4, -1.1, 0.05}};

  @Test
  void theCallOfAnInheritedArrayMethodIsCorrectInBothModes() throws Exception {
    Transformed t = Transformed.of(CallsInheritedArray.class);
    Object receiver = t.type.getConstructor().newInstance();
    Method primal = t.type.getMethod("g", double[].class);
    Method tangent = t.type.getMethod("g$tangent", double[].class, double[].class);
    Method adjoint = t.type.getMethod("g$adjoint", double[].class, double[].class, double[].class);
    for (double[] f : POINTS) {
      int n = f.length;
      double[] v = {0.6, -0.25, 1.5}, ybar = {3.0, -0.5, 0.75};
      double[] jv = (double[]) tangent.invoke(receiver, f.clone(), v.clone());
      for (int i = 0; i < n; i++) {
        final int row = i;
        double exact = 4 * Math.exp(f[i]) * v[i] + v[0];
        double fd = FiniteDifferences.derivative(s -> g(primal, receiver, f, v, s)[row], 0.0).value();
        assertEquals(exact, jv[i], 1e-12 * Math.abs(exact), "tangent, row " + i);
        assertEquals(exact, fd, 1e-6 * Math.abs(exact), "finite differences, row " + i);
      }
      double[] fbar = new double[n];
      double[] value = (double[]) adjoint.invoke(receiver, f.clone(), fbar, ybar.clone());
      assertEquals(java.util.Arrays.toString(g(primal, receiver, f, v, 0)), java.util.Arrays.toString(value), "primal value");
      double ybarJv = 0, fbarV = 0;
      for (int j = 0; j < n; j++) {
        double exact = 4 * Math.exp(f[j]) * ybar[j] + (j == 0 ? ybar[0] + ybar[1] + ybar[2] : 0);
        assertEquals(exact, fbar[j], 1e-12 * Math.abs(exact), "adjoint, input " + j);
        ybarJv += ybar[j] * jv[j];
        fbarV += fbar[j] * v[j];
      }
      assertEquals(ybarJv, fbarV, 1e-12 * Math.abs(ybarJv), "dot product <ybar, J v> = <fbar, v>");
    }
  }

  @Test
  void anOverrideNobodyTransformedIsNeverGivenTheInheritedDerivative() throws Exception {
    LinkedFixtures l = LinkedFixtures.of(CallsInheritedArray.class, OverridesInheritedArray.class);
    Object overriding = l.get(OverridesInheritedArray.class).getConstructor().newInstance();
    Method tangent = overriding.getClass().getMethod("g$tangent", double[].class, double[].class);
    try {
      double[] dt = (double[]) tangent.invoke(overriding, new double[] {0.3, -0.2}, new double[] {1.0, 0.0});
      assertEquals(2 * 2 * 0.3 + 1, dt[0], 1e-12, "the override's derivative, 2 * 2 f_0 + 1");
      assertEquals(1, dt[1], 1e-12, "the override's derivative, 0 + 1");
    } catch (java.lang.reflect.InvocationTargetException e) {
      String message = String.valueOf(e.getCause().getMessage());
      assertTrue(message.contains(OverridesInheritedArray.class.getName()), message);
    }
  }

  /** The primal at {@code f + s v}. */
  private static double[] g(Method primal, Object receiver, double[] f, double[] v, double s) {
    double[] x = new double[f.length];
    for (int i = 0; i < f.length; i++) x[i] = f[i] + s * v[i];
    try {
      return (double[]) primal.invoke(receiver, (Object) x);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
