package dev.leibniz.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.corpus.peers14.BurnAutodiff;
import dev.leibniz.corpus.peers14.CppadTestMore;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fourteenth peer round's asserted derivatives, in both modes, at the tests' own points: Burn's expected gradients
 * (the ties of cummax, the zeros of cumprod and prod, the 0 of sign, sigmoid at -90 in f32), and CppAD's (pow
 * at a zero base and a zero exponent, fabs at 0, conditional expressions whose unchosen side is infinite or NaN at the
 * point, comparisons at their switches, arrays indexed by active values at whole numbers). Where a peer's rule at a
 * non-differentiable point differs from Leibniz's (README "Math functions and conventions at non-smooth points": |x|'
 * is copySign(1, x), max/min ties take the first argument, a comparison follows the point's branch), both values are
 * named and Leibniz's is asserted.
 */
class FourteenthPeerEdgeCasesTest {
  /** Loaded as the corpus loads it: its element-wise lambdas link to their companions there. */
  private static final Class<?> BURN = corpusLoaded(BurnAutodiff.class);
  private static final Class<?> CPPAD = Transformed.of(CppadTestMore.class, true).type;

  private static Class<?> corpusLoaded(Class<?> type) {
    try {
      return CorpusLoader.differentiate(List.of(type), new ArrayList<>()).loadClass(type.getName());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static Method method(Class<?> t, String name) {
    return Arrays.stream(t.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
  }

  /** The differentiable inputs of a call, flattened: scalars, double[] and double[][] in parameter order. */
  private static int inputCount(Object[] args, int output) {
    int n = 0;
    for (int k = 0; k < args.length; k++) {
      if (k == output) continue;
      if (args[k] instanceof Double) n++;
      if (args[k] instanceof double[] d) n += d.length;
      if (args[k] instanceof double[][] m) {
        for (double[] row : m) n += row.length;
      }
    }
    return n;
  }

  private static Object deepClone(Object a) {
    if (a instanceof double[] d) return d.clone();
    if (a instanceof double[][] m) {
      double[][] c = new double[m.length][];
      for (int i = 0; i < m.length; i++) c[i] = m[i].clone();
      return c;
    }
    return a;
  }

  private static Object zerosLike(Object a) {
    if (a instanceof double[] d) return new double[d.length];
    double[][] m = (double[][]) a;
    double[][] z = new double[m.length][];
    for (int i = 0; i < m.length; i++) z[i] = new double[m[i].length];
    return z;
  }

  /** Puts value at flat position k of the shadows (scalars' positions skipped when shadows is null there). */
  private static List<double[]> flatten(Object a) {
    List<double[]> rows = new ArrayList<>();
    if (a instanceof double[] d) rows.add(d);
    if (a instanceof double[][] m) rows.addAll(Arrays.asList(m));
    return rows;
  }

  /**
   * The Jacobian of method {@code name} at {@code args} by the tangent (one column per input) and by the adjoint (one
   * row per output): outputs are the double result or, when {@code output >= 0}, the elements of that double[]
   * argument; inputs are the other double, double[] and double[][] arguments (int and boolean[][] are passive).
   */
  private static double[][][] jacobians(Class<?> t, String name, int output, Object... args) throws Exception {
    Method tangent = method(t, name + "$tangent");
    Method adjoint = method(t, name + "$adjoint");
    int n = inputCount(args, output);
    int m = output >= 0 ? ((double[]) args[output]).length : 1;
    double[][] byTangent = new double[m][n];
    for (int col = 0; col < n; col++) {
      List<Object> a = new ArrayList<>();
      int offset = 0;
      double[] outDot = null;
      for (int k = 0; k < args.length; k++) {
        Object arg = deepClone(args[k]);
        a.add(arg);
        if (arg instanceof Double) {
          a.add(k != output && offset++ == col ? 1.0 : 0.0);
        } else if (arg instanceof double[] || arg instanceof double[][]) {
          Object dot = zerosLike(arg);
          if (k == output) {
            outDot = (double[]) dot;
          } else {
            for (double[] row : flatten(dot)) {
              for (int i = 0; i < row.length; i++) row[i] = offset++ == col ? 1 : 0;
            }
          }
          a.add(dot);
        }
      }
      Object r = tangent.invoke(null, a.toArray());
      double[] column = outDot != null ? outDot : new double[] {((Number) r).doubleValue()};
      for (int i = 0; i < m; i++) byTangent[i][col] = column[i];
    }
    double[][] byAdjoint = new double[m][n];
    for (int row = 0; row < m; row++) {
      List<Object> a = new ArrayList<>();
      List<Object> shadows = new ArrayList<>();
      int scalars = 0;
      for (int k = 0; k < args.length; k++) {
        Object arg = deepClone(args[k]);
        a.add(arg);
        if (arg instanceof Double) scalars++;
        if (arg instanceof double[] || arg instanceof double[][]) {
          Object bar = zerosLike(arg);
          if (k == output) ((double[]) bar)[row] = 1;
          a.add(bar);
          shadows.add(k == output ? null : bar);
        } else {
          shadows.add(arg instanceof Double ? "scalar" : null);
        }
      }
      if (output < 0) a.add(1.0);
      double[] grad = new double[scalars];
      if (a.size() < adjoint.getParameterCount()) a.add(grad);
      adjoint.invoke(null, a.toArray());
      int offset = 0, s = 0;
      for (Object sh : shadows) {
        if ("scalar".equals(sh)) {
          byAdjoint[row][offset++] = grad[s++];
        } else if (sh != null) {
          for (double[] r : flatten(sh)) {
            for (double v : r) byAdjoint[row][offset++] = v;
          }
        }
      }
    }
    return new double[][][] {byTangent, byAdjoint};
  }

  /** Asserts both modes' Jacobian (flattened row by row) equals {@code expected}. */
  private static void jacobian(Class<?> t, String name, int output, double[] expected, double tol, Object... args)
      throws Exception {
    double[][][] j = jacobians(t, name, output, args);
    assertArrayEquals(expected, flat(j[0]), tol, name + " tangent at " + Arrays.deepToString(args));
    assertArrayEquals(expected, flat(j[1]), tol, name + " adjoint at " + Arrays.deepToString(args));
  }

  /** Asserts the tangent's Jacobian and the adjoint's apart, where the modes differ. */
  private static void jacobianByMode(Class<?> t, String name, int output, double[] tangent, double[] adjoint,
      Object... args) throws Exception {
    double[][][] j = jacobians(t, name, output, args);
    assertArrayEquals(tangent, flat(j[0]), 0, name + " tangent at " + Arrays.deepToString(args));
    assertArrayEquals(adjoint, flat(j[1]), 0, name + " adjoint at " + Arrays.deepToString(args));
  }

  private static void gradient(Class<?> t, String name, double[] expected, double tol, Object... args)
      throws Exception {
    jacobian(t, name, -1, expected, tol, args);
  }

  private static double[] flat(double[][] m) {
    return Arrays.stream(m).flatMapToDouble(Arrays::stream).toArray();
  }

  private static double[][] m(double a, double b, double c, double d) {
    return new double[][] {{a, b}, {c, d}};
  }

  private static double[] cat(double[]... parts) {
    return Arrays.stream(parts).flatMapToDouble(Arrays::stream).toArray();
  }

  // ---- Burn ----

  // abs.rs, relu.rs and round.rs compose their op through a lambda, which links to its companion at its first call
  // (the agent's or the corpus harness's linking, not this loader's): their gradients are the corpus entries' at the
  // tests' own points; should_diff_abs_no_nans' |0| (burn 0 from sign(0), Leibniz +1 at +0.0) is not pinned here.

  private static double[] v(double... xs) {
    return xs;
  }

  /** aggregation.rs: mean, sums, and the products with zeros (burn's own test ignored: its rule divides by x). */
  @Test
  void burnAggregation() throws Exception {
    gradient(BURN, "mean", cat(v(3.5, 9.5, 3.5, 9.5), v(-0.75, -0.75, 3, 3)), 1e-12, m(1, 7, -2, -3), m(4, -7, 2, 3));
    gradient(BURN, "sum1", cat(v(14, 38, 14, 38), v(-3, -3, 12, 12)), 1e-12, m(1, 7, -2, -3), m(4, -7, 2, 3));
    gradient(BURN, "sum2", cat(v(494, 722, 2990, 4370), v(690, 690, 958, 958)), 1e-12, m(0, 1, 3, 4), m(6, 7, 9, 10));
    gradient(BURN, "meanDim", cat(v(4, 36, 3, -17), v(9, 9, 35.5, 35.5)), 1e-12, m(1, 7, -2, -3), m(4, -7, 2, 3));
    gradient(BURN, "sumDim", cat(v(8, 72, 6, -34), v(18, 18, 71, 71)), 1e-12, m(1, 7, -2, -3), m(4, -7, 2, 3));
    gradient(BURN, "prod", v(12, 8, 6), 0, (Object) v(2, 3, 4));
    gradient(BURN, "prod", v(-12, 8, -6), 0, (Object) v(2, -3, 4));
    gradient(BURN, "prod", v(0, 24, 0, 0), 0, (Object) v(2, 0, 3, 4));
    gradient(BURN, "prod", v(0, 0, 0, 0, 0), 0, (Object) v(2, 0, 3, 0, 5));
    gradient(BURN, "prodDim1", v(6, 3, 2, 30, 24, 20), 0, (Object) new double[][] {{1, 2, 3}, {4, 5, 6}});
    gradient(BURN, "prodDim0", v(-4, 5, 6, 1, -2, 3), 0, (Object) new double[][] {{1, -2, 3}, {-4, 5, 6}});
  }

  /**
   * cummax.rs: away from ties as asserted; at a tie burn (PyTorch) gives the gradient to the later element,
   * [1, 1, 2, 0] for [1, 3, 3, 2] and [1, 1, 1] for [2, 2, 2]; Leibniz's max(r[i-1], r[i]) gives it to the earlier,
   * the first argument: [1, 3, 0, 0] and [3, 0, 0].
   */
  @Test
  void burnCummaxTies() throws Exception {
    gradient(BURN, "cummax", v(1, 2, 0), 0, (Object) v(1, 3, 2));
    gradient(BURN, "cummax", v(1, 1, 1, 1), 0, (Object) v(1, 2, 3, 4));
    gradient(BURN, "cummax2d", v(1, 2, 0, 1, 2, 0), 0, (Object) new double[][] {{1, 3, 2}, {2, 5, 4}});
    gradient(BURN, "cummax", v(1, 3, 0, 0), 0, (Object) v(1, 3, 3, 2));
    gradient(BURN, "cummax", v(3, 0, 0), 0, (Object) v(2, 2, 2));
    gradient(BURN, "cummax2d", v(1, 3, 0, 0, 1, 3, 0, 0), 0, (Object) new double[][] {{1, 3, 3, 2}, {2, 5, 5, 4}});
  }

  /** cumprod.rs: the zero-safe gradients (#3864), PyTorch's references, exactly. */
  @Test
  void burnCumprodZeros() throws Exception {
    gradient(BURN, "cumprod", v(16, 10, 6), 0, (Object) v(2, 3, 4));
    gradient(BURN, "cumprod", v(1, 32, 0, 0), 0, (Object) v(2, 0, 3, 4));
    gradient(BURN, "cumprod", v(33, 0, 0, 0), 0, (Object) v(0, 2, 3, 4));
    gradient(BURN, "cumprod", v(16, 10, 6, 24), 0, (Object) v(2, 3, 4, 0));
    gradient(BURN, "cumprod", v(1, 8, 0, 0, 0), 0, (Object) v(2, 0, 3, 0, 5));
    gradient(BURN, "cumprod2d", v(9, 4, 2, 36, 28, 20), 0, (Object) new double[][] {{1, 2, 3}, {4, 5, 6}});
  }

  /** sign.rs at [-2, -1, 0, 1, 2]: 0 everywhere, torch's and Leibniz's (signum is piecewise constant). */
  @Test
  void burnSignAtZero() throws Exception {
    gradient(BURN, "sign", v(0, 0, 0, 0, 0), 0, (Object) v(-2, -1, 0, 1, 2));
  }

  /** The rest of the expected gradients of max_dim, min_dim, sort, mask, remainder, hypot, log_sigmoid. */
  @Test
  void burnExpectedGradients() throws Exception {
    double[][] b1 = m(1, 7, -2, -3), b2 = m(4, -7, 2, 3);
    gradient(BURN, "maxDim", cat(v(50, 34, 40, -10), v(8, 10, 56, 15)), 1e-12, b1, b2);
    gradient(BURN, "minDim", cat(v(-42, 38, -34, -24), v(10, 8, 15, 56)), 1e-12, b1, b2);
    gradient(BURN, "minDim3d", cat(v(0, -7, 2, 0), v(0, 7, -2, 0)), 1e-12, b1, b2);
    gradient(BURN, "sortRows", cat(v(35, 35, -1, -8), v(11, 7, 55, 16)), 1e-12, b1, b2);
    gradient(BURN, "sortColumns", cat(v(-1, -8, -27, 37), v(-4, -17, -17, -42)), 1e-12, b1, b2);
    boolean[][] mask = {{true, false}, {false, true}};
    gradient(BURN, "maskFill", cat(v(7, 3, 4, 2), v(2, 1, 3, 7)), 1e-12, m(1, 7, 2, 3), m(4, 7, 2, 3), mask);
    gradient(BURN, "maskWhere", cat(v(121.8, 55, 110.8, 50), v(27.4, 33.4, 95, 115), v(15, 18, 23, 29)), 1e-9,
        m(1, 7, 2, 3), m(4, 7, 2, 3), m(8.8, 9.8, 10.8, 11.8), mask);
    double[] x = {0.9742, 0.3676, 0.0905, 0.8066, 0.7072, 0.7883, 0.6987, 0.1560, 0.7179, 0.7874, 0.9032, 0.1845};
    double[] y = {0.3357, 0.0285, 0.4115, 0.5511, 0.8637, 0.3593, 0.3885, 0.2569, 0.0936, 0.7172, 0.4792, 0.4898};
    double[] ones = new double[12];
    Arrays.fill(ones, 1);
    gradient(BURN, "remainder", cat(ones, v(-2, -12, -0.0, -1, -0.0, -2, -1, -0.0, -7, -1, -1, -0.0)), 0, x, y);
    gradient(BURN, "hypot", cat(v(0.6, 0.8, 5 / 13.0, 12 / 13.0), v(0.8, 0.6, 12 / 13.0, 5 / 13.0)), 1e-15,
        m(3, 4, 5, 12), m(4, 3, 12, 5));
    gradient(BURN, "logSigmoid", v(0.293966, 0.535515, 1, 0), 1e-6, (Object) m(0.8762, -0.1423, -300, 200));
  }

  /** sigmoid.rs: 0.207549 at 0.8762, and 0 at -90 (small_neg_val_should_not_cause_grad_overflow), also in f32. */
  @Test
  void burnSigmoidAtMinus90() throws Exception {
    gradient(BURN, "sigmoid", v(0.207549), 1e-6, 0.8762);
    gradient(BURN, "sigmoid", v(0), 1e-30, -90.0);
    Method tangent = method(BURN, "sigmoidFloat$tangent");
    assertEquals(0f, ((Number) tangent.invoke(null, -90f, 1f)).floatValue(), 0, "f32 tangent at -90");
    assertEquals(0.207549f, ((Number) tangent.invoke(null, 0.8762f, 1f)).floatValue(), 1e-6f, "f32 tangent");
  }

  // ---- CppAD ----

  /** fabs.cpp: 1 at 1, -1 at -1; at 0 CppAD asserts 0, Leibniz gives +1 (copySign(1, +0.0)). */
  @Test
  void cppadFabsAtZero() throws Exception {
    gradient(CPPAD, "fabs", v(1), 0, 1.0);
    gradient(CPPAD, "fabs", v(-1), 0, -1.0);
    gradient(CPPAD, "fabs", v(1), 0, 0.0);
  }

  /** pow.cpp's special cases: pow(0, x) and pow(x, 0), x^2.5 at 0, pow(x, int) at -2, the dynamic zeros. */
  @Test
  void cppadPowSpecialCases() throws Exception {
    jacobian(CPPAD, "powThree", 1, v(0, 0, 1, 0), 0, 2.0, new double[4]);
    jacobian(CPPAD, "powFour", 1, v(0, 0, 1, -4, 12), 0, -2.0, new double[5]);
    jacobian(CPPAD, "powEight", 1, v(-4, 0.25), 0, -2.0, new double[2]);
    gradient(CPPAD, "powTwoAndHalf", v(0), 0, 0.0); // PowTestNine at x = 0: 2.5 * 0^1.5
    gradient(CPPAD, "powTwoAndHalf", v(2.5), 0, 1.0);
    gradient(CPPAD, "powDynamicExponent", v(0, 0), 0, 0.0, 3.0); // 0^y: 3 * 0^2, and 0^3 log 0 as a strong zero
    gradient(CPPAD, "powDynamicExponent", v(0, Math.log(2)), 1e-15, 2.0, 0.0);
    jacobian(CPPAD, "powIntFivePair", 1, v(80, -5 / 64.0), 1e-15, 2.0, new double[2]);
    gradient(CPPAD, "sqrtOfSquare", v(0), 0, 0.0);
  }

  /**
   * cond_exp.cpp OldExample at x = [-0, 1, -2, 3, -4], where log(x) and log(-x) of the unchosen sides are NaN or
   * -inf: the sum is -inf and the derivative 0 at the zero, ±1/|x| elsewhere, as CppAD asserts.
   */
  @Test
  void cppadCondExpLogsAtZero() throws Exception {
    gradient(CPPAD, "condExpLogs", v(-1, 0.5, -1 / 3.0, 0.25, -0.2), 1e-15, (Object) v(-1, 2, -3, 4, -5));
    gradient(CPPAD, "condExpLogs", v(0, 1, -0.5, 1 / 3.0, -0.25), 1e-15, (Object) v(-0.0, 1, -2, 3, -4));
  }

  /**
   * mul_cond_rev.cpp at x = 0: every side computed from 1/x = inf and (1/(1/x))/x = NaN is unchosen; CppAD asserts
   * every derivative 0, in both of its modes. Leibniz's tangent agrees; its adjoint is NaN (found and left, README
   * "The fourteenth peer round": the sides pass through a local array, and the singular sources' zero adjoints are
   * applied with plain products there); the same sides summed without the array give 0 in both modes.
   */
  @Test
  void cppadMulCondRevAtZero() throws Exception {
    double[] nan = new double[25];
    Arrays.fill(nan, Double.NaN);
    jacobianByMode(CPPAD, "mulCondRev", 1, new double[25], nan, 0.0, new double[25]);
  }

  /**
   * cond_exp_rev.cpp: x1 = NaN on every unchosen side; CppAD, whose reverse multiplies every partial with its absolute
   * zero (azmul), asserts d/dx0 = 1 and d/dx1 = 0 for all 28, and so does Leibniz's tangent; Leibniz's adjoint is NaN:
   * a NaN input is outside what its strong zero covers (x0 * x1's partial along x0 is the input itself, a plain
   * product's 0 * NaN), and every side feeds every result's adjoint through the shared inputs. At a finite x1 the
   * corpus entry is correct.
   */
  @Test
  void cppadCondExpRevAtNaN() throws Exception {
    double[] expected = new double[56];
    for (int i = 0; i < 28; i++) expected[2 * i] = 1;
    double[] nan = new double[56];
    Arrays.fill(nan, Double.NaN);
    jacobianByMode(CPPAD, "condExpRev", 2, expected, nan, 1.0, Double.NaN, new double[28]);
  }

  /** compare_change.cpp at the recorded (3, 4), where x1 < 4 and x0 > 3 sit on their switches: the point's branch. */
  @Test
  void cppadComparisonsAtTheRecordedPoint() throws Exception {
    double[] x0x1 = v(1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1);
    jacobian(CPPAD, "compareLess", 2, x0x1, 0, 3.0, 4.0, new double[6]);
    jacobian(CPPAD, "compareGreater", 2, v(0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0), 0, 3.0, 4.0, new double[6]);
    jacobian(CPPAD, "compareLessEqual", 2, x0x1, 0, 3.0, 4.0, new double[6]);
    jacobian(CPPAD, "compareGreaterEqual", 2, v(0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0), 0, 3.0, 4.0, new double[6]);
  }

  /**
   * vec_ad.cpp: VecADTestOne at x = 0, 1, 2 (V[x] = sin(x) (3 - x), derivative cos(x) (3 - x), as CppAD asserts);
   * SecondOrderReverse at 2 (the index x - 1 = 1): 2 (x + 1) for both results.
   */
  @Test
  void cppadVecAdAtWholeIndices() throws Exception {
    for (int i = 0; i < 3; i++) gradient(CPPAD, "vecAdOne", v(Math.cos(i) * (3 - i)), 1e-15, (double) i);
    jacobian(CPPAD, "vecAdWrittenAtActiveIndex", 1, v(6, 6), 0, 2.0, new double[2]);
  }

  /** mul_cskip.cpp at (1, 2), where CondExpEq(x0, 1, ...) holds: the product's (2, 1), the taken branch's. */
  @Test
  void cppadMulCskipAtTheEquality() throws Exception {
    gradient(CPPAD, "mulCskip", v(2, 1), 0, 1.0, 2.0);
    gradient(CPPAD, "mulCskip", v(0, 0), 0, 3.0, 2.0);
  }
}
