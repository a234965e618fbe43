package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.made.GetterResults;
import dev.leibniz.objects.fixtures.made.PVec;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * An object result built new whose fields are private to another class (PDFBox's {@code Matrix.transform(Vector)}):
 * the adjoint reads the seed through the class's plain getters ({@code return this.x;}, in a final class). Inputs: the
 * receiver's six floats (its {@code float[]}, through the receiver's shadow) and the vector's two; both modes against the
 * analytic Jacobian and central differences, the dot-product test; a getter a subclass may override reads only a
 * seed of the result class itself.
 */
class GetterResultsTest {
  static final Transformed T = Transformed.of(GetterResults.class, true);
  static final Class<?> F = float.class;
  static final Class<?> M = T.type;

  static Object matrix(double[] in) throws Exception {
    return M.getConstructor(F, F, F, F, F, F)
        .newInstance((float) in[0], (float) in[1], (float) in[2], (float) in[3], (float) in[4], (float) in[5]);
  }

  static double[] primal(double[] in) {
    try {
      PVec r = (PVec) M.getMethod("transform", PVec.class).invoke(matrix(in), new PVec((float) in[6], (float) in[7]));
      return new double[] {r.getX(), r.getY()};
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static double[] tangent(double[] in, double[] v) throws Exception {
    Method t = M.getMethod("transform$tangent", M, PVec.class, PVec.class);
    PVec r = (PVec) t.invoke(matrix(in), matrix(v), new PVec((float) in[6], (float) in[7]), new PVec((float) v[6], (float) v[7]));
    return new double[] {r.getX(), r.getY()};
  }

  static double[] adjoint(double[] in, double[] w) throws Exception {
    Method a = M.getMethod("transform$adjoint", M, PVec.class, PVec.class, PVec.class);
    Object mBar = matrix(new double[8]);
    PVec vBar = dev.leibniz.Derivatives.zeroShadow(new PVec(0, 0));
    PVec r = (PVec) a.invoke(matrix(in), mBar, new PVec((float) in[6], (float) in[7]), vBar, new PVec((float) w[0], (float) w[1]));
    double[] p = primal(in);
    assertEquals(p[0], r.getX(), 0, "the adjoint returns the primal result");
    java.lang.reflect.Field single = M.getDeclaredField("single");
    single.setAccessible(true);
    float[] s = (float[]) single.get(mBar);
    return new double[] {s[0], s[1], s[3], s[4], s[6], s[7], vBar.getX(), vBar.getY()};
  }

  /** d(x', y') / d(a, b, c, d, e, f, x, y) with x' = x a + y c + e, y' = x b + y d + f. */
  static double[][] jacobian(double[] in) {
    double x = in[6], y = in[7];
    return new double[][] {{x, 0, y, 0, 1, 0, in[0], in[2]}, {0, x, 0, y, 0, 1, in[1], in[3]}};
  }

  static final double[] X = {1.25, 0.5, -0.75, 1.5, 2.0, -1.0, 1.5, -0.625}; // exact in float

  @Test
  void transformIsDifferentiated() {
    for (Diagnostic d : T.result.diagnostics()) {
      assertTrue(!d.method().startsWith("transform("), "transform is not refused: " + d.message());
    }
  }

  /**
   * OpenVec's getter may be overridden: the adjoint reads a seed of class OpenVec itself through it (2 x: the seed
   * doubled), and throws naming the class of any other seed, whose override could return anything.
   */
  @Test
  void aSeedReadThroughAnOverridableGetterMustBeOfTheResultClass() throws Exception {
    Method a = M.getMethod("twice$adjoint", double.class, dev.leibniz.objects.fixtures.made.OpenVec.class, double[].class);
    double[] g = new double[1];
    a.invoke(null, 0.5, new dev.leibniz.objects.fixtures.made.OpenVec(1.5), g);
    assertEquals(3.0, g[0], 0);
    Method t = M.getMethod("twice$tangent", double.class, double.class);
    assertEquals(4.0, ((dev.leibniz.objects.fixtures.made.OpenVec) t.invoke(null, 0.5, 2.0)).getX(), 0);
    dev.leibniz.objects.fixtures.made.OpenVec sub = new dev.leibniz.objects.fixtures.made.OpenVec(1.5) {
      @Override
      public double getX() {
        return 0;
      }
    };
    java.lang.reflect.InvocationTargetException e = org.junit.jupiter.api.Assertions.assertThrows(
        java.lang.reflect.InvocationTargetException.class, () -> a.invoke(null, 0.5, sub, new double[1]));
    assertTrue(e.getCause() instanceof IllegalArgumentException && e.getCause().getMessage().contains(sub.getClass().getName()),
        String.valueOf(e.getCause()));
  }

  @Test
  void bothModesAgainstTheAnalyticJacobian() throws Exception {
    double[][] j = jacobian(X);
    for (int i = 0; i < 8; i++) {
      double[] e = new double[8];
      e[i] = 1;
      double[] t = tangent(X, e);
      for (int o = 0; o < 2; o++) assertEquals(j[o][i], t[o], 1e-6, "tangent d" + o + "/d" + i);
    }
    for (int o = 0; o < 2; o++) {
      double[] w = new double[2];
      w[o] = 1;
      double[] g = adjoint(X, w);
      for (int i = 0; i < 8; i++) assertEquals(j[o][i], g[i], 1e-6, "adjoint d" + o + "/d" + i);
    }
  }

  @Test
  void bothModesAgainstCentralDifferences() throws Exception {
    for (int i = 0; i < 8; i++) {
      double[] e = new double[8];
      e[i] = 1;
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(GetterResultsTest::primal, X, e, true);
      double[] t = tangent(X, e);
      for (int o = 0; o < 2; o++) {
        double[] w = new double[2];
        w[o] = 1;
        assertEquals(fd[o].value(), t[o], fd[o].tolerance(1e-4), "tangent vs differences");
        assertEquals(fd[o].value(), adjoint(X, w)[i], fd[o].tolerance(1e-4), "adjoint vs differences");
      }
    }
  }

  @Test
  void dotProductBetweenTheModes() throws Exception {
    double[] v = {0.5, -0.25, 0.75, 0.125, -1.0, 0.375, 0.625, -0.5}, w = {-0.625, 1.125};
    double[] t = tangent(X, v), g = adjoint(X, w);
    double wt = w[0] * t[0] + w[1] * t[1], gv = 0;
    for (int i = 0; i < 8; i++) gv += g[i] * v[i];
    assertEquals(wt, gv, 1e-5 * (1 + Math.abs(wt)), "<w, J v> = <J^T w, v>");
  }
}
