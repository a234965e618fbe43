package dev.leibniz.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.corpus.peers10.DiffSharpDerivatives;
import dev.leibniz.corpus.peers10.SacadoFad;
import dev.leibniz.corpus.peers10.TfCwiseOps;
import dev.leibniz.oracle.ScalarFunction;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The tenth peer round's special points, where central differences cannot serve (kinks, a clamp's bounds, zeros of a
 * base or a square root), against what each peer tool's test asserts, in both modes; where Leibniz differs (README
 * "Math functions and conventions at non-smooth points") the test pins Leibniz's value and says whose each is. Away from
 * these points the corpus round checks the same methods against differences.
 */
class TenthPeerEdgeCasesTest {
  private static final Class<?> D = double.class;
  private static final Transformed SACADO = Transformed.of(SacadoFad.class, true);
  private static final Transformed TF = Transformed.of(TfCwiseOps.class, true);
  private static final Transformed DIFFSHARP = Transformed.of(DiffSharpDerivatives.class, true);

  private static Method method(Transformed t, String name) {
    return Arrays.stream(t.type.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
  }

  private static void gradient(ScalarFunction f, double[] expected, double... x) {
    assertArrayEquals(expected, f.tangentGradient(x), 0, f.name() + " tangent at " + Arrays.toString(x));
    assertArrayEquals(expected, f.gradient(x), 0, f.name() + " adjoint at " + Arrays.toString(x));
  }

  /** The diagonal of an element-wise f(double[] x, double[] out): out'[i] along e_i, by the tangent and the adjoint. */
  private static void diagonalIs(Transformed t, String name, double[] expected, double... x) throws Exception {
    int n = x.length;
    for (int i = 0; i < n; i++) {
      double[] xd = new double[n];
      xd[i] = 1;
      double[] outd = new double[n];
      method(t, name + "$tangent").invoke(null, x.clone(), xd, new double[n], outd);
      assertEquals(expected[i], outd[i], 0, name + " tangent at x[" + i + "] = " + x[i]);
      double[] xbar = new double[n];
      double[] seed = new double[n];
      seed[i] = 1;
      method(t, name + "$adjoint").invoke(null, x.clone(), xbar, new double[n], seed);
      assertEquals(expected[i], xbar[i], 0, name + " adjoint at x[" + i + "] = " + x[i]);
    }
  }

  /**
   * Sacado's testPowConstB at a == 0: pow(a, 3.456) and pow(a, 0) have value 0 and 1 and derivative 0, pow(a, 1) is a
   * (derivative 1) and pow(a, 2) is a * a (derivative 0). Leibniz gives Sacado's four derivatives.
   */
  @Test
  void sacadoPowWithConstantExponentsAtZero() throws Exception {
    double[] sacado = {0, 0, 1, 0};
    double[] c = new double[4];
    double[] cd = new double[4];
    method(SACADO, "powConstB$tangent").invoke(null, 0.0, 1.0, c, cd);
    assertArrayEquals(new double[] {0, 1, 0, 0}, c, 0);
    assertArrayEquals(sacado, cd, 0, "tangent");
    for (int i = 0; i < 4; i++) {
      double[] seed = new double[4];
      seed[i] = 1;
      double[] grad = new double[1];
      method(SACADO, "powConstB$adjoint").invoke(null, 0.0, new double[4], seed, grad);
      assertEquals(sacado[i], grad[0], 0, "adjoint of output " + i);
    }
  }

  /** Sacado's safe_sqrt at 0: value 0 and derivative 0 (the exact test picks the constant), as Sacado asserts. */
  @Test
  void sacadoSafeSqrtAtZero() {
    ScalarFunction safeSqrt = new ScalarFunction(SACADO.type, "safeSqrt", D);
    assertEquals(0, safeSqrt.value(0.0), 0);
    gradient(safeSqrt, new double[] {0}, 0.0);
  }

  /**
   * TensorFlow's abs and bessel_i0e on x = [-3, -2, -1, 0, 1, 2]: its gradients sign(x) and i1e(x) - sign(x) i0e(x) are
   * 0 at 0 (and the test's differences agree: both functions are even). Leibniz takes |x|'s +1 at +0.0 (copySign), so
   * abs' is 1 and i0e' is -1 there (the right-hand slopes); elsewhere both agree with TensorFlow.
   */
  @Test
  void tensorflowAbsAndI0eAtZero() throws Exception {
    double[] x = {-3, -2, -1, 0, 1, 2};
    diagonalIs(TF, "abs", new double[] {-1, -1, -1, 1, 1, 1}, x);
    double[] i0eSlope = new double[6];
    for (int i = 0; i < 6; i++) {
      double ax = Math.abs(x[i]);
      double right = Math.exp(-ax) * (besselI1(ax) - besselI0(ax)); // d/d|x| of i0e
      i0eSlope[i] = x[i] < 0 ? -right : right;
    }
    i0eSlope[3] = -1; // TensorFlow: 0
    int n = x.length;
    for (int i = 0; i < n; i++) {
      double[] xd = new double[n];
      xd[i] = 1;
      double[] outd = new double[n];
      method(TF, "i0e$tangent").invoke(null, x.clone(), xd, new double[n], outd);
      assertEquals(i0eSlope[i], outd[i], 1e-12, "i0e tangent at " + x[i]);
      double[] xbar = new double[n];
      double[] seed = new double[n];
      seed[i] = 1;
      method(TF, "i0e$adjoint").invoke(null, x.clone(), xbar, new double[n], seed);
      assertEquals(i0eSlope[i], xbar[i], 1e-12, "i0e adjoint at " + x[i]);
    }
  }

  private static double besselI0(double x) {
    double s = 0;
    double term = 1;
    for (int k = 0; k < 60; k++) {
      if (k > 0) term *= x * x / 4 / ((double) k * k);
      s += term;
    }
    return s;
  }

  private static double besselI1(double x) {
    double s = 0;
    double term = x / 2;
    for (int k = 0; k < 60; k++) {
      if (k > 0) term *= x * x / 4 / (k * (k + 1.0));
      s += term;
    }
    return s;
  }

  /** TensorFlow's testZeroPowGrad: d/dy pow(0, y) at y = 2 is exactly 0 (its gradient error is asserted to be 0). */
  @Test
  void tensorflowZeroPowGradient() {
    gradient(new ScalarFunction(TF.type, "zeroPow", D), new double[] {0}, 2.0);
  }

  /** The float Jacobian diagonal of f(float[] x, float[][] out) for row {@code row}, by both modes. */
  private static float[] floatDiagonal(String name, int rows, int row, float... x) throws Exception {
    int n = x.length;
    float[] tangent = new float[n];
    float[] adjoint = new float[n];
    for (int i = 0; i < n; i++) {
      float[] xd = new float[n];
      xd[i] = 1;
      float[][] outd = new float[rows][n];
      method(DIFFSHARP, name + "$tangent").invoke(null, x.clone(), xd, new float[rows][n], outd);
      tangent[i] = outd[row][i];
      float[] xbar = new float[n];
      float[][] seed = new float[rows][n];
      seed[row][i] = 1;
      method(DIFFSHARP, name + "$adjoint").invoke(null, x.clone(), xbar, new float[rows][n], seed);
      adjoint[i] = xbar[i];
    }
    assertArrayEquals(tangent, adjoint, 0, name + " row " + row + ": tangent and adjoint");
    return tangent;
  }

  /**
   * DiffSharp's TestDerivativeAbsT, SignT, ReluT and LeakyRelu at [-1, -2, 0, 3, 10] (derivatives per unit seed):
   * DiffSharp gives abs' 0 at 0 (Leibniz 1, |x|'s +1 at +0.0), sign' 0 (both), relu' 0 (both: Math.max(0, x) gives a
   * tie to its first argument, the constant) and leakyRelu' (1 + 0.01) / 2 = 0.505 at 0 (its 2.02 for the seed 4;
   * Leibniz 1: Math.max(x, 0.01 x) gives the tie to x).
   */
  @Test
  void diffsharpPiecewiseAtZero() throws Exception {
    float[] x = {-1, -2, 0, 3, 10};
    assertArrayEquals(new float[] {-1, -1, 1, 1, 1}, floatDiagonal("piecewise", 4, 0, x), 0); // DiffSharp 0 at 0
    assertArrayEquals(new float[] {0, 0, 0, 0, 0}, floatDiagonal("piecewise", 4, 1, x), 0);
    assertArrayEquals(new float[] {0, 0, 0, 1, 1}, floatDiagonal("piecewise", 4, 2, x), 0);
    assertArrayEquals(new float[] {0.01f, 0.01f, 1, 1, 1}, floatDiagonal("piecewise", 4, 3, x), 0); // DiffSharp 0.505
  }

  /**
   * DiffSharp's TestDerivativeClampT on [-4, ..., 4] with clamp(-2, 3): DiffSharp gives 1 at the lower bound -2 and 0 at
   * the upper bound 3. Leibniz, for min(max(x, -2), 3), gives max's tie to its first argument, x, and min's to its
   * second, the bound: 1 at -2 and 0 at 3, DiffSharp's values (before the fifteenth peer round both ties took x: 1 at 3).
   */
  @Test
  void diffsharpClampAtItsBounds() throws Exception {
    float[] x = {-4, -3, -2, -1, 0, 1, 2, 3, 4};
    int n = x.length;
    float[] expected = {0, 0, 1, 1, 1, 1, 1, 0, 0}; // DiffSharp's
    for (int i = 0; i < n; i++) {
      float[] xd = new float[n];
      xd[i] = 1;
      float[] outd = new float[n];
      method(DIFFSHARP, "clamp$tangent").invoke(null, x.clone(), xd, new float[n], outd);
      assertEquals(expected[i], outd[i], 0, "clamp tangent at " + x[i]);
      float[] xbar = new float[n];
      float[] seed = new float[n];
      seed[i] = 1;
      method(DIFFSHARP, "clamp$adjoint").invoke(null, x.clone(), xbar, new float[n], seed);
      assertEquals(expected[i], xbar[i], 0, "clamp adjoint at " + x[i]);
    }
  }
}
