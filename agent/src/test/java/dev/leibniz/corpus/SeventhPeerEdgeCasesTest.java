package dev.leibniz.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.corpus.peers7.ForwardDiffTests;
import dev.leibniz.corpus.peers7.JuliaGivens;
import dev.leibniz.corpus.peers7.TfMathGrad;
import dev.leibniz.oracle.ScalarFunction;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;

/**
 * The seventh peer round's special points, where central differences cannot serve (poles, jumps, a special case the
 * core warns about), against what each peer tool's test asserts, in both modes; where Leibniz differs (README "Math
 * functions and conventions at non-smooth points", "Special cases at a constant"), the test pins Leibniz's value and
 * says whose it is. Away from these points the corpus round checks the same methods against differences.
 */
class SeventhPeerEdgeCasesTest {
  private static final Class<?> D = double.class;
  private static final double INF = Double.POSITIVE_INFINITY;

  private static ScalarFunction fn(Class<?> type, String name, Class<?>... params) {
    return new ScalarFunction(Transformed.of(type, true).type, name, params);
  }

  private static void gradient(ScalarFunction f, double[] expected, double... x) {
    assertArrayEquals(expected, f.tangentGradient(x), 0, f.name() + " tangent at " + java.util.Arrays.toString(x));
    assertArrayEquals(expected, f.gradient(x), 0, f.name() + " adjoint at " + java.util.Arrays.toString(x));
  }

  /** TensorFlow's xlogy, xlog1py and xdivy tests assert the gradient (0, 0) at x = 0, also on the pole of y; so here. */
  @Test
  void atZeroXTheSpecialCaseGivesTensorFlowsZeros() {
    ScalarFunction xlogy = fn(TfMathGrad.class, "xlogy", D, D);
    gradient(xlogy, new double[] {0, 0}, 0.0, 3.1);
    gradient(xlogy, new double[] {0, 0}, 0.0, 0.0);
    ScalarFunction xlog1py = fn(TfMathGrad.class, "xlog1py", D, D);
    gradient(xlog1py, new double[] {0, 0}, 0.0, 3.1);
    gradient(xlog1py, new double[] {0, 0}, 0.0, -1.0);
    ScalarFunction xdivy = fn(TfMathGrad.class, "xdivy", D, D);
    gradient(xdivy, new double[] {0, 0}, 0.0, 3.1);
    gradient(xdivy, new double[] {0, 0}, 0.0, 0.0);
  }

  /** On the pole of y with x = 0.1 TensorFlow asserts (-inf, inf) for xlogy and xlog1py, (inf, -inf) for xdivy. */
  @Test
  void onThePoleTheInfinitiesAreTensorFlows() {
    gradient(fn(TfMathGrad.class, "xlogy", D, D), new double[] {-INF, INF}, 0.1, 0.0);
    gradient(fn(TfMathGrad.class, "xlog1py", D, D), new double[] {-INF, INF}, 0.1, -1.0);
    gradient(fn(TfMathGrad.class, "xdivy", D, D), new double[] {INF, -INF}, 0.1, 0.0);
  }

  /** div_no_nan(x, 0) jumps in y for x != 0; TensorFlow asserts the gradient (0, 0) there, as the special case gives. */
  @Test
  void divNoNanAtAZeroDenominatorIsZeroAsTensorFlow() {
    ScalarFunction f = fn(TfMathGrad.class, "divNoNanScalar", D, D);
    for (double x = -3; x < 3; x++) gradient(f, new double[] {0, 0}, x, 0.0);
  }

  /**
   * mul_no_nan(x, 0): TensorFlow's gradient is (0, x), the function's (x * y is continuous across y = 0); the special
   * case {@code y == 0 ? 0 : x * y} drops y, so Leibniz gives (0, 0) there, with the core's warning at the test.
   */
  @Test
  void mulNoNanAtAZeroFactorIsTheSpecialCasesZeroNotTensorFlowsX() {
    ScalarFunction f = fn(TfMathGrad.class, "mulNoNanScalar", D, D);
    gradient(f, new double[] {0, 0}, 0.0, 0.0);
    gradient(f, new double[] {0, 0}, 1.0, 0.0);
  }

  /**
   * TensorFlow asserts the gradient of the norm of (1, -0.0) is (1, -0.0), its sign included (x / |x|), and NaN at
   * (0, -0.0). Leibniz gives (1, 0) at the first, the zero's sign not kept: the tangent forms d(x0² + x1²) as
   * 2·x0·dx0 + 2·x1·dx1 = 0 + (-0) = +0.0 along e1; and at the origin the gradient 0 (README "Roots of squares").
   */
  @Test
  void euclideanNormAtSignedZerosAndTheOrigin() {
    ScalarFunction f = fn(TfMathGrad.class, "euclideanNormPair", D, D);
    gradient(f, new double[] {1, 0}, 1.0, -0.0);
    assertEquals(INF, 1 / f.tangentGradient(1.0, -0.0)[1], "the tangent's zero is +0.0");
    gradient(f, new double[] {0, 0}, 0.0, -0.0);
  }

  /** PowGradTest: pow(x, 2) at -1, 0, 1 has gradient -2, 0, 2 (no NaN from 0^1 log 0). */
  @Test
  void squareByPowAtZeroIsZeroAsTensorFlow() {
    ScalarFunction f = fn(ForwardDiffTests.class, "squareByPow", D);
    gradient(f, new double[] {-2}, -1.0);
    gradient(f, new double[] {0}, 0.0);
    gradient(f, new double[] {2}, 1.0);
  }

  /**
   * ForwardDiff asserts d/dy 0^y = -Inf at y = 0 and -0.5 (log 0 times 0^y), 0 at 0.5 and 1.5. Leibniz takes
   * pow's partial in y as 0 when the base is at most 0 (README): 0 at all four; 0^y jumps at 0 and is infinite below.
   */
  @Test
  void powOfAZeroBaseHasNoExponentDerivativeUnlikeForwardDiffsMinusInfinity() {
    ScalarFunction f = fn(ForwardDiffTests.class, "powOfZeroBase", D);
    for (double y : new double[] {-0.5, 0.0, 0.5, 1.5}) gradient(f, new double[] {0}, y);
  }

  /**
   * ForwardDiff's Givens test at g = 0 asserts Calculus' differences, d sn / d g = 1 / f (its Dual {@code ==} compares
   * the partials too, so {@code g == 0} fails and the general branch runs). Leibniz differentiates the special case
   * (1, 0, f), with the core's warning at {@code g == 0}: d sn / d g = 0 there; cs and r are right (their partials in g
   * are 0 at g = 0).
   */
  @Test
  void givensAtZeroGIsTheSpecialCaseWithTheCoresWarning() {
    ScalarFunction f = fn(JuliaGivens.class, "givens", D, D, int.class);
    for (double x : new double[] {0.7323, -1.4567}) {
      gradient(f, new double[] {0, 0}, x, 0.0, 0);
      gradient(f, new double[] {0, 0}, x, 0.0, 1);
      gradient(f, new double[] {1, 0}, x, 0.0, 2);
    }
  }
}
