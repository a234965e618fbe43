package dev.leibniz.corpus;

import static dev.leibniz.corpus.PeerJacobians.jacobians;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.corpus.peers17.NxControlFlow;
import dev.leibniz.corpus.peers17.NxElementwise;
import dev.leibniz.corpus.peers17.NxLinAlg;
import dev.leibniz.corpus.peers17.NxTensors;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;

/**
 * The seventeenth peer round's asserted derivatives, in both modes, at the tests' own points: Nx's gradients of
 * nx/test/nx/defn/grad_test.exs (its `==` assertions of f32 or f64 literals to 2e-6 relative, its `assert_all_close`
 * ones to Nx's 1e-4), among them the points the corpus cannot difference: max/min of x^2 and x^3 at their tie x = 1,
 * select's switch at 0, clip at its bounds, reduce_max/min with ties, if at the jump of its predicate, and a second
 * oracle (an analytic gradient, Hipparchus) where Nx's test has one. Where Nx's rule at a non-differentiable point
 * differs from Leibniz's (README "Math functions and conventions at non-smooth points": on a tie Math.max takes its first
 * argument and Math.min its second; a comparison follows the point's branch), both values are named and Leibniz's is
 * asserted, with Nx's total over the tie where the two split the same amount differently. The Nx.LinAlg functions whose
 * adjoint is refused (row swaps in a checkpointed loop) are checked in tangent mode only.
 */
class SeventeenthPeerEdgeCasesTest {
  private static final Class<?> ELEMENTWISE = Transformed.of(NxElementwise.class, true).type;
  private static final Class<?> TENSORS = Transformed.of(NxTensors.class, true).type;
  private static final Class<?> FLOW = Transformed.of(NxControlFlow.class, true).type;
  private static final Class<?> LINALG = Transformed.of(NxLinAlg.class, true).type;

  private static final double NX_CLOSE = 1e-4;

  private static double[] v(double... xs) {
    return xs;
  }

  private static double[][] m(double[]... rows) {
    return rows;
  }

  /** Both modes' gradient (the leading inputs) equals Nx's, element by element, to tol relative or tol/20 absolute. */
  private static void golden(Class<?> t, String name, double tol, double[] expected, Object... args) throws Exception {
    double[][][] j = jacobians(t, name, -1, args);
    for (int mode = 0; mode < 2; mode++) {
      double[] got = Arrays.copyOf(j[mode][0], expected.length);
      String at = name + " at " + Arrays.deepToString(args) + (mode == 0 ? " tangent " : " adjoint ")
          + Arrays.toString(got);
      for (int i = 0; i < expected.length; i++) {
        double e = expected[i];
        assertEquals(e, got[i], Math.max(tol * Math.abs(e), tol / 20), at + " [" + i + "]");
      }
    }
  }

  private static void golden(Class<?> t, String name, double[] expected, Object... args) throws Exception {
    golden(t, name, 2e-6, expected, args);
  }

  /** The gradient by the tangent alone, column by column (for a method whose adjoint the core refuses). */
  private static double[] tangentGradient(Class<?> t, String name, Object... args) throws Exception {
    Method tangent = PeerJacobians.method(t, name + "$tangent");
    int n = 0;
    for (Object a : args) if (PeerJacobians.active(a)) n += Shapes.size(a);
    double[] g = new double[n];
    for (int col = 0; col < n; col++) {
      List<Object> a = new ArrayList<>();
      int offset = 0;
      for (Object arg : args) {
        a.add(PeerJacobians.copy(arg));
        if (!PeerJacobians.active(arg)) continue;
        double[] dot = new double[Shapes.size(arg)];
        for (int i = 0; i < dot.length; i++) dot[i] = offset++ == col ? 1 : 0;
        a.add(PeerJacobians.shaped(arg, dot));
      }
      g[col] = ((Number) tangent.invoke(null, a.toArray())).doubleValue();
    }
    return g;
  }

  // ---- the scalar rules ----

  /** The tests' asserted values of the rules at their points (f32 literals but for the tuples). */
  @Test
  void scalarRules() throws Exception {
    golden(ELEMENTWISE, "additionRule", v(0.15662670135498047), 1.0);
    golden(ELEMENTWISE, "productRule", v(1.2343397629215758), 1.0);
    golden(ELEMENTWISE, "sumProductRule", v(5, 80, 405, 1280), (Object) m(v(1, 2), v(3, 4)));
    golden(ELEMENTWISE, "divisionRule", v(-0.3416198492050171), "division_rule", 1.0);
    golden(ELEMENTWISE, "remainderRule", v(0.41997434161402614), "remainder_rule", 1.0);
    golden(ELEMENTWISE, "powerRule", v(75), 5.0);
    golden(ELEMENTWISE, "expRule", v(1.3704876904488987), 1.0);
    golden(ELEMENTWISE, "atan2Rule", v(-0.21621156120382867), 1.0);
    // Nx's f32 literal: 1 - tanh(e)^2 cancels in f32 (relative 4e-6 from e (1 - tanh(e)^2) = 0.0469365198626588)
    golden(ELEMENTWISE, "tanhExp", 1e-5, v(0.046936701983213425), 1.0);
    golden(ELEMENTWISE, "tanhExp", 1e-14, v(Math.E * (1 - Math.pow(Math.tanh(Math.E), 2))), 1.0);
    golden(ELEMENTWISE, "gradTanhBase", v(-0.6397000084492246), 1.0);
    golden(ELEMENTWISE, "tuplePattern", v(2), 1.0);
    golden(ELEMENTWISE, "tupleInput2", v(2, 3), 1.0, 1.0);
    golden(ELEMENTWISE, "tupleInput3", v(2, 3, 4), 1.0, 1.0, 1.0);
    golden(ELEMENTWISE, "tupleUnused", v(1, 0), 1.0, 1.0);
  }

  /** acos against the test's own expected formula -rsqrt(1 - t^2); erf_inv at the test's coordinates near 1. */
  @Test
  void acosAndErfInv() throws Exception {
    for (double t : v(-0.999, -0.93, -0.27, 0, 0.58, 0.97, 0.999)) {
      golden(ELEMENTWISE, "unary", 1e-12, v(-1 / Math.sqrt(1 - t * t)), "acos", t);
    }
    double[][] coords = {{0.9, 3.43}, {0.98, 13.26}, {0.99, 24.45}, {0.991, 26.85}, {0.992, 29.84}, {0.993, 33.64},
      {0.994, 38.64}, {0.995, 45.56}, {0.999, 198.94}};
    for (double[] c : coords) {
      double[][][] j = jacobians(ELEMENTWISE, "unary", -1, "erf_inv", c[0]);
      // Nx's assert_in_delta(.., 0.01), and the analytic sqrt(pi)/2 exp(erfinv(x)^2) of Hipparchus' erfInv
      double analytic = Math.sqrt(Math.PI) / 2 * Math.exp(Math.pow(Erf.erfInv(c[0]), 2));
      for (int mode = 0; mode < 2; mode++) {
        assertEquals(c[1], j[mode][0][0], 0.01, "erf_inv' at " + c[0]);
        assertEquals(analytic, j[mode][0][0], 1e-6 * analytic, "erf_inv' at " + c[0]);
      }
    }
  }

  // ---- tensors ----

  @Test
  void dotRule() throws Exception {
    golden(TENSORS, "sumDot", v(15, 15, 15, 6, 6, 6, 6, 6), m(v(1), v(2), v(3)), m(v(1, 2, 3, 4, 5)));
    golden(TENSORS, "sumDot", v(1, 2, 1, 2, 1, 2, 9, 12), m(v(1, 2), v(3, 4), v(5, 6)), m(v(1), v(2)));
    golden(TENSORS, "sumDot", v(6, 15, 1, 1, 1, 2, 2, 2), m(v(1, 2)), m(v(1, 2, 3), v(4, 5, 6)));
    golden(TENSORS, "dotBothVector", v(5, 80, 405), (Object) v(1, 2, 3));
    golden(TENSORS, "dotBothRank3", v(0.0, 83430.0, 263_952.0, 198_207.0, 410_616.0, 759_375.0, 533_952.0, 884_142.0,
        1_410_048.0, 873_828.0, 1_330_020.0, 1_997_028.0, 1_460_592.0, 2_057_913.0, 2_905_308.0, 2.268e6, 3_016_224.0,
        4_053_888.0, 2_639_952.0, 3_468_906.0, 4.6224e6, 3_724_623.0, 4_706_856.0, 6_052_887.0, 5_121_792.0,
        6_268_050.0, 7_817_472.0), (Object) SeventeenthPeerRound.iota(3, 3, 3));
    golden(TENSORS, "dotDot", v(13, 40, 67, 94, 59, 176, 293, 410, 105, 312, 519, 726, 151, 448, 745, 1042, 197, 584,
        971, 1358), SeventeenthPeerRound.iota(5, 4), SeventeenthPeerRound.iota(4, 3), v(0, 1, 2),
        SeventeenthPeerRound.iota(3, 2), v(0, 1), SeventeenthPeerRound.iota(5, 2));
    golden(TENSORS, "dotImplicitBroadcast", v(25, 115, 205), v(0, 1, 2), SeventeenthPeerRound.iota(3, 2),
        SeventeenthPeerRound.iota(5, 2));
    golden(TENSORS, "batchedDot", v(6, 6, 6, 6, 9, 9, 9, 9, 24, 24, 24, 24, 27, 27, 27, 27, 42, 42, 42, 42, 45, 45, 45,
        45), SeventeenthPeerRound.iota(3, 2, 4), SeventeenthPeerRound.iota(3, 3, 2));
  }

  @Test
  void axesBroadcastConcatenatePadSliceReverse() throws Exception {
    double[][] a = m(v(1, 2, 3), v(4, 5, 6));
    golden(TENSORS, "logSumAxisSinSum", NX_CLOSE, v(0.18345697474330172, -0.33410075509515635, -0.3228698817445151,
        0.04586424368582543, -0.13364030203806254, -0.16143494087225754), a, 0);
    double[] rows = v(-0.21916944995978982, -0.10958472497989491, -0.07305648331992994, 0.01875804509762369,
        0.015006436078098952, 0.012505363398415794);
    golden(TENSORS, "logSumAxisSinSum", NX_CLOSE, rows, a, 1);
    double third = 1.0 / 3;
    golden(TENSORS, "reduceThenReduce", v(third, third, third, third, third, third), a, 0, true);
    golden(TENSORS, "reduceThenReduce", v(.5, .5, .5, .5, .5, .5), a, 1, true);
    golden(TENSORS, "reduceThenReduce", v(.5, .5, .5, .5, .5, .5), a, 0, false);
    golden(TENSORS, "reduceThenReduce", v(third, third, third, third, third, third), a, 1, false);
    double[] inverse = v(1.0 / 3, 1.0 / 6, 1.0 / 9, 1.0 / 12, 1.0 / 15, 1.0 / 18);
    double[] half = v(0.5, 0.25, 1.0 / 6, 0.125, 0.1, 1.0 / 12);
    golden(TENSORS, "logReshapeMeanSum", inverse, a, 0);
    golden(TENSORS, "logReshapeMeanSum", inverse, m(v(1, 2, 3, 4, 5, 6)), 0);
    golden(TENSORS, "logReshapeMeanSum", half, a, 1);
    golden(TENSORS, "logTransposeMeanSum", inverse, a, 0);
    golden(TENSORS, "logTransposeMeanSum", half, a, 1);
    for (int[] s : new int[][] {{3, 2, 2}, {1, 2, 2}, {3, 1, 2}, {3, 2, 1}, {3, 1, 1}, {1, 1, 1}}) {
      double[] g = new double[s[0] * s[1] * s[2]];
      Arrays.fill(g, 12.0 / g.length);
      golden(TENSORS, "sumBroadcast", g, (Object) SeventeenthPeerRound.iota(s[0], s[1], s[2]));
    }
    golden(TENSORS, "concatenateSum", v(2), "concatenate_grad", m(v(1)));
    golden(TENSORS, "concatenateSum", v(2, 2, 2, 2), "concatenate_grad", m(v(1, 2), v(3, 4)));
    golden(TENSORS, "concatenateSum", v(5, 16, 33, 56), "concatenate_grad_power", m(v(1, 2), v(3, 4)));
    double[][] c = m(v(1, 2), v(3, 4), v(5, 6));
    golden(TENSORS, "concatenateSum", v(5, 2.5, 1.6666667, 1.25, 1, 0.8333334), "concatenate_grad_composed", c);
    golden(TENSORS, "concatenateSum", v(2.5, 2.1333334, 1.5642858, 1.2090498, 0.9798535, 0.8220202),
        "concatenate_grad_log1p", c);
    golden(TENSORS, "stackSum", v(2 * 2 + 3 * 4 + 4 * 8), (Object) m(v(2)));
    golden(TENSORS, "sumPad", v(0, 0, 1, 1), m(v(1, 2), v(1, 2)), new int[] {-1, 1, 0, 1, 1, 0});
    golden(TENSORS, "sumPad", v(1, 1, 1, 1, 1, 1), a, new int[] {0, 0, 1, 0, 0, 1});
    golden(TENSORS, "sumPad", v(0, 0, 0, 1, 1, 1), a, new int[] {-2, 1, 4, 1, 3, 2});
    golden(TENSORS, "meanPadMeanCos", v(-0.13259540498256683, -0.14328321814537048, -0.022237088531255722,
        0.13743554055690765, 0.16928502917289734, 0.062210917472839355), a, new int[] {-2, 1, 4, 1, 3, 2});
    golden(TENSORS, "reduceSlice", v(0, 1, 0, 0, 0, 0), a, 0, 1, 1, 2, 1, 2, true);
    golden(TENSORS, "reduceSlice", v(0, 0, 0, 1, 1, 0), a, 1, 0, 1, 2, 1, 1, false);
    golden(TENSORS, "sumPadSlice", NX_CLOSE, v(0.9905542274249228, -0.7629358670030943, -1.8149862437674833,
        -1.1983466382499552, 1.520047340015915, 1.7603121921923377), (Object) a);
    double[] exp = v(2.718281828459045, 7.38905609893065, 20.085536923187668, 54.598150033144236, 148.4131591025766,
        403.4287934927351);
    golden(TENSORS, "sumReverse", exp, a, true);
    golden(TENSORS, "sumReverse", exp, a, false);
    golden(TENSORS, "sumAbs", v(1, 1, 1, 1), (Object) m(v(1, 2), v(3, 4)));
    golden(TENSORS, "sumAbs", v(-1, 1, -1, 1), (Object) m(v(-1, 2), v(-3, 4)));
  }

  /**
   * max and min of x^2 and x^3 at the tie x = 1: Nx divides the gradient among the tied arguments (the mean of the
   * slopes, 2.5); Leibniz's Math.max takes its first argument's (x^2: 2), Math.min its second's (x^3: 3), each a
   * one-sided derivative (max: from the left; min: from the left too, where x^3 < x^2). The other elements as Nx.
   */
  @Test
  void maxMinOfPowersAtTheirTie() throws Exception {
    golden(TENSORS, "sumMaxOfPowers", v(2, 12, 27), m(v(1), v(2), v(3)), true);
    golden(TENSORS, "sumMaxOfPowers", v(4.6875, 18.75, 22.6875, 2, 48, 108, 12, 27, 12),
        m(v(1.25, 2.5, 2.75), v(1, 4, 6), v(2, 3, 2)), true);
    golden(TENSORS, "sumMaxOfPowers", v(3, 4, 6), m(v(1), v(2), v(3)), false);
    golden(TENSORS, "sumMaxOfPowers", v(2.5, 5, 5.5, 3, 8, 12, 4, 6, 4), m(v(1.25, 2.5, 2.75), v(1, 4, 6), v(2, 3, 2)),
        false);
  }

  /** select at the tests' points with 0 (the cos branch, where t > 0 fails: Nx's values), as Nx asserts. */
  @Test
  void selectAtItsSwitch() throws Exception {
    double[][] t = m(v(-2, 1, 0, 3, -3), v(1, 2, 0, 5, -1));
    golden(TENSORS, "sumSelect", NX_CLOSE, v(0.9092974268256817, 2.718281828459045, 0.0, 20.085536923187668,
        0.1411200080598672, 2.718281828459045, 7.38905609893065, 0.0, 148.4131591025766, 0.8414709848078965),
        (Object) t);
    golden(TENSORS, "maxSelect", v(0, 0, 0, 0, 0, 0, 0, 0, 148.4131591025766, 0), (Object) t);
    golden(TENSORS, "sumSelectSum", v(0, 1, 0, 1, 0, 0, 1, 0, 1, 0), (Object) t);
    golden(TENSORS, "nestedSelect", v(0.01, 0.01, 0.01, 1, 1), (Object) v(-2, -1, 0, 1, 2));
    golden(TENSORS, "predSelect", v(0, 0, 0, 0, 0), (Object) v(-2, -1, 0, 1, 2));
  }

  /**
   * clip at its bounds: Nx passes the gradient to the operand at both (inclusive), and a limit only where strictly
   * exceeded; Leibniz's Math.min(Math.max(x, lo), hi) gives x at the lower bound (max's first argument) and hi at the
   * upper (min's second): [[1, 2, 3], [4, 5, 6]] in [1, 4] gives Nx [1, 1, 1, 1, 0, 0] and hi 2, Leibniz [1, 1, 1, 0, 0,
   * 0] and hi 3, the same total along x = hi. The tests' assertions on the limits hold as Nx's.
   */
  @Test
  void clipAtItsBounds() throws Exception {
    golden(TENSORS, "sumClip", v(1, 1, 1, 0, 0, 0, 0, 3), v(1, 2, 3, 4, 5, 6), 1.0, 4.0);
    // "at an exact boundary, the limit receives no gradient": lim's 1.0 comes from -3 alone
    golden(TENSORS, "sumClip", v(1, 1, 0, 1, 0), v(0, 5, -3), 0.0, 10.0);
    // "partials sum to the directional derivative at a lower-limit tie": dx[0] + dlim = 1
    double[][][] j = jacobians(TENSORS, "sumClip", -1, v(0, 5), 0.0, 10.0);
    for (int mode = 0; mode < 2; mode++) assertEquals(1.0, j[mode][0][0] + j[mode][0][2], 0.0);
    golden(TENSORS, "sumClip", v(0, 0, 0, 1, 1, 3, 0), v(0, 1, 2, 3, 4), 2.5, 10.0);
    golden(TENSORS, "sumClip", v(1, 1, 1, 0, 0, 0, 2), v(0, 1, 2, 3, 4), -10.0, 2.5);
  }

  /** The clip tests through means against the tests' analytic formulas. */
  @Test
  void clipThroughMeans() throws Exception {
    double[] x = v(-2.0, 0.5, 3.0, -70.0, 65.0, 1.0, -1.0, 0.25);
    double[] mask = v(1.0, 1.0, 1.0, 0.0, 0.0, 1.0, 1.0, 1.0);
    double[] y = v(0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0);
    int n = x.length;
    double[] mean = new double[n];
    double[] mult = new double[n];
    double[] max = new double[n];
    double[] softplus = new double[n];
    double[] bce = new double[n];
    for (int i = 0; i < n; i++) {
      double c = Math.min(Math.max(x[i], -60), 60);
      double e = Math.exp(-Math.abs(c));
      mean[i] = mask[i] / n;
      mult[i] = y[i] * mask[i] / n;
      max[i] = (c > 0 ? 1 : 0) * mask[i] / n;
      softplus[i] = -Math.signum(c) * e / (1 + e) * mask[i] / n;
      bce[i] = (1 / (1 + Math.exp(-c)) - y[i]) * mask[i] / n;
    }
    golden(TENSORS, "meanClip", 1e-12, mean, "mean", x, y);
    golden(TENSORS, "meanClip", 1e-12, mult, "mult", x, y);
    golden(TENSORS, "meanClip", 1e-12, max, "max", x, y);
    golden(TENSORS, "meanClip", 1e-12, softplus, "softplus", x, y);
    golden(TENSORS, "meanClip", 1e-12, bce, "bce", x, y);
    golden(TENSORS, "meanClip", 1e-12, bce, "bce_min_max", x, y);
  }

  /**
   * reduce_max and reduce_min at the tests' ties: Nx divides the gradient evenly among tied elements; Leibniz's loop
   * `m = Math.max(m, v)` gives it to the earlier, `Math.min(m, v)` to the later (whole), the same total. Where the
   * tests have no tie the values are Nx's.
   */
  @Test
  void reductionsWithTies() throws Exception {
    double[][] t = m(v(1, 2, 3, 4), v(2, 1, 3, 1));
    // Nx: -3.302372203078941 at (0, 1) and (1, 0), cos(exp(2)) tied
    golden(TENSORS, "reduceCosExp", v(0, 2 * -3.302372203078941, 0, 0, 0, 0, 0, 0), t, true);
    // Nx: -0.37220643914833773 at (0, 0), (1, 1), (1, 3), cos(exp(1)) tied three times
    golden(TENSORS, "reduceCosExp", v(0, 0, 0, 0, 0, 0, 0, 3 * -0.37220643914833773), t, false);
    golden(TENSORS, "sumReduceRows", v(0, 0, 0, 1, 0, 0, 1, 0), t, true, false);
    // Nx: -0.42073549240394825 at (1, 1) and (1, 3)
    golden(TENSORS, "sumReduceRows", v(-0.8414709848078965, 0, 0, 0, 0, -0.8414709848078965, 0, 0), t, true, true);
    // Nx: 0.5 at (1, 1) and (1, 3)
    golden(TENSORS, "sumReduceRows", v(1, 0, 0, 0, 0, 0, 0, 1), t, false, false);
    golden(TENSORS, "sumReduceRows", v(0, 0, -0.1411200080598672, 0, 0, 0, -0.1411200080598672, 0), t, false, true);
    golden(TENSORS, "reduceRowSums", v(1, 1, 1, 1, 0, 0, 0, 0), t, true);
    golden(TENSORS, "reduceRowSums", v(0, 0, 0, 0, 1, 1, 1, 1), t, false);
    // Nx: 0.5 at (0, 2) and (1, 2)
    golden(TENSORS, "reduceOfColumnExtrema", v(0, 0, 0, 0, 0, 0, 1, 0), t, true);
    // Nx: 0.5 at (0, 1) and (1, 0)
    golden(TENSORS, "reduceOfColumnExtrema", v(0, 1, 0, 0, 0, 0, 0, 0), t, false);
    double[][][] s = {{{1, 0, 2}, {3, 4, 2}}, {{5, 2, 3}, {4, 2, 1}}};
    // Nx: [[[1/3, 1/6, 1/6], [1/3, 1/6, 1/6]], [[0, 1/6, 1/6], [0, 1/6, 1/6]]]
    golden(TENSORS, "reduceOfExtremaOfSums", v(1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0), s, true);
    // Nx: 0.25 at the columns 1 and 2 of every row
    golden(TENSORS, "reduceOfExtremaOfSums", v(0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0), s, false);
  }

  /** product with zeros, as Nx asserts (a loop of products: exact at zeros, no division). */
  @Test
  void productWithZeros() throws Exception {
    golden(TENSORS, "productSum", v(-144, -72, -48, -36, -72, -144, -48, 144), m(v(1, 2, 3, 4), v(2, 1, 3, -1)), -1);
    golden(TENSORS, "productSum", v(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -2592),
        m(v(1, 2, 3, 4), v(2, 1, 3, -1), v(3, 2, 3, 0)), -1);
    golden(TENSORS, "productSum", v(24, 12, 8, 6, -3, -6, -2, 6, 0, 0, 0, 18, 0, 0, 0, 0),
        m(v(1, 2, 3, 4), v(2, 1, 3, -1), v(3, 2, 3, 0), v(0, 2, 3, 0)), 1);
    golden(TENSORS, "composedProduct", NX_CLOSE, v(0.0272486, -0.03822973, -0.00249401, 0.02025739, -0.03822973,
        0.0272486, -0.00249401, -0.0272486), (Object) m(v(1, 2, 3, 4), v(2, 1, 3, -1)));
  }

  @Test
  void sort() throws Exception {
    double[] t = v(4, 8, 15, 16, 23, 42);
    golden(TENSORS, "sortSum", v(1, 1, 1, 1, 1, 1), "sum_sort", t);
    golden(TENSORS, "sortSum", v(2, 4, 6, 8), "sum_sort_power", v(1, 2, 3, 4));
    golden(TENSORS, "sortSum", v(2, 4, 6, 8), "sum_power_sort", v(1, 2, 3, 4));
    double[] lpc = v(-2.3156426, 0.2850931, 4.370079, -3.1148152);
    golden(TENSORS, "sortSum", lpc, "sum_log_power_sort_cos", v(4, 3, 2, 1));
    golden(TENSORS, "sortSum", v(0, 1, 1, 1, 0, 0), "sum_slice_sort", t);
    double[] chain = new double[6];
    for (int i = 1; i < 4; i++) chain[i] = -2 * t[i] * Math.sin(t[i] * t[i]);
    golden(TENSORS, "sortSum", 1e-12, chain, "sum_slice_chain_sort", t);
    golden(TENSORS, "logPowerSortCosColumns", v(-2.3156426, 0.2850931, 4.370079, -3.1148152, -3.1148152, 4.370079,
        0.2850931, -2.3156426), (Object) m(v(4, 3, 2, 1), v(1, 2, 3, 4)));
  }

  // ---- if and while ----

  /**
   * if at the jump of its predicate: grad_if(-1) takes the else branch (t + 1 is 0): 3, Nx's; grad_sum_if([-1, 0, 1])
   * the else branch (Nx.all fails): [3, 0, 3], Nx's, in both forms.
   */
  @Test
  void ifAtItsJump() throws Exception {
    golden(FLOW, "gradIf", v(2), 1.0);
    golden(FLOW, "gradIf", v(3), -1.0);
    golden(FLOW, "sumIf", v(2, 4, 6), v(1, 2, 3), false);
    golden(FLOW, "sumIf", v(2, 4, 6), v(1, 2, 3), true);
    golden(FLOW, "sumIf", v(3, 0, 3), v(-1, 0, 1), false);
    golden(FLOW, "sumIf", v(3, 0, 3), v(-1, 0, 1), true);
    golden(FLOW, "ifTuple", v(9), 1.0);
    golden(FLOW, "ifTuple", v(112), 2.0);
    golden(FLOW, "ifTuple", v(5), -1.0);
    golden(FLOW, "ifTuple", v(444), -2.0);
  }

  /** The while tests: Nx's values, the unrolled forms, and the analytic gradient of the three sines. */
  @Test
  void whileLoops() throws Exception {
    golden(FLOW, "whileConstant", v(1, 1, 1, 1, 1), (Object) v(-2.5, -1.0, 0.0, 1.0, 1.5));
    golden(FLOW, "whileParam", v(128, 448), 1.0, 2.0);
    golden(FLOW, "whileSingleVar", v(8 * 128), 2.0);
    golden(FLOW, "whileSingleVarUnroll", v(8 * 128), 2.0);
    double[] t = v(-2.5, -1.0, 0.0, 1.0, 1.5);
    double[] unrolled = new double[t.length];
    for (int i = 0; i < t.length; i++) {
      double s0 = Math.pow(t[i], 3);
      double s1 = Math.sin(s0);
      double s2 = Math.sin(s1);
      double s3 = Math.sin(s2);
      unrolled[i] = 2 * s3 * Math.cos(s2) * Math.cos(s1) * Math.cos(s0) * 3 * t[i] * t[i];
    }
    golden(FLOW, "while3xSin", 1e-12, unrolled, (Object) t);
    golden(FLOW, "viaWhile", v(1.0), "square", 0.5f);
    golden(FLOW, "viaWhile", v(0.75), "power", 0.5f);
    golden(FLOW, "viaWhile", v(-3.0), "shifted", 0.5f);
    golden(FLOW, "viaWhile", v(3.0), "sum", 0.5f);
    golden(FLOW, "viaWhile", v(0.75), "generator", 0.5f);
  }

  // ---- Nx.LinAlg ----

  /**
   * cholesky: Nx's gradient of sum(cholesky(t)) at [[1, 2], [2, 5]] is [[1.5, -1], [0, 0.5]], of sum(cos(cholesky))
   * [[-1.1943799, 0.84147096], [-0.06782645, -0.42073548]] and of sum(cholesky(exp(t))) [[-0.5299541, -0.88652998],
   * [3.59515929, 6.550619]]: a symmetric matrix's off-diagonal pair shares one derivative, which Nx splits between
   * (0, 1) and (1, 0) its own way; the recurrence reads the lower triangle only, so Leibniz gives the pair's whole to
   * (1, 0). Asserted: the diagonal as Nx's and Leibniz's (1, 0) as the sum of Nx's pair.
   */
  @Test
  void choleskyAgainstNxOnSymmetricDirections() throws Exception {
    double[][] s = m(v(1, 2), v(2, 5));
    golden(LINALG, "choleskySum", v(1.5, 0, -1 + 0, 0.5), "sum", s);
    golden(LINALG, "choleskySum", NX_CLOSE, v(-1.1943799, 0, 0.84147096 - 0.06782645, -0.42073548), "cos", s);
    golden(LINALG, "choleskySum", NX_CLOSE, v(-0.5299541, 0, -0.88652998 + 3.59515929, 6.550619), "exp", s);
  }

  /**
   * invert_abs_grad at the test's upper-triangular matrix (Nx's test defines it and asserts nothing): the inverse has
   * exact zeros below the diagonal (+0.0, -0.0, -0.0 as the elimination computes them), kinks of abs, and the corpus
   * point moved off it. Leibniz's abs' = copySign(1, x) picks, for each zero, the piece of its sign: the tangent is the
   * gradient -inv^T S inv^T of sum(S .* inv) with S = copySign(1, inv), the gradient of the smooth piece on the open
   * region where the entries have those signs (an element of the generalised gradient; along a[2][0] it is neither
   * one-sided derivative, -0.351 where they are 0.399 and -0.517). Nx's rule (x >= 0: +1) takes the all-positive piece.
   */
  @Test
  void invertAbsAtZerosOfTheInverse() throws Exception {
    double[][] u = m(v(1, 2, 3), v(0, 4, 5), v(0, 0, -6));
    Method invert = NxLinAlg.class.getDeclaredMethod("invert", double[][].class);
    invert.setAccessible(true);
    double[][] inv = (double[][]) invert.invoke(null, (Object) u);
    assertEquals(-1.0, Math.copySign(1, inv[2][0]), "the elimination's zero at (2, 0) is -0.0");
    RealMatrix i = MatrixUtils.createRealMatrix(inv);
    RealMatrix sign = MatrixUtils.createRealMatrix(3, 3);
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) sign.setEntry(r, c, Math.copySign(1, inv[r][c]));
    }
    RealMatrix piece = i.transpose().multiply(sign).multiply(i.transpose()).scalarMultiply(-1);
    double[] expected = Arrays.stream(piece.getData()).flatMapToDouble(Arrays::stream).toArray();
    assertArrayEquals(expected, tangentGradient(LINALG, "invertSum", "abs", u), 1e-12);
  }

  /**
   * invert, solve and determinant by their tangents (the adjoints, pivoting in a checkpointed loop: corpus round): Nx's
   * asserted gradients of sum(invert(t)), of log(cos(invert(sin(exp(t))))) and of sum(solve(a, b)), and the
   * determinant's against Jacobi's formula det(t) t^-T (Hipparchus).
   */
  @Test
  void linAlgByTangent() throws Exception {
    double[][] u = m(v(1, 2, 3), v(0, 4, 5), v(0, 0, -6));
    assertArrayEquals(v(-0.5833, -0.4583, 0.1667, 0.14583, 0.1146, -0.0417, -0.0729, -0.0573, 0.0208),
        tangentGradient(LINALG, "invertSum", "sum", u), 1e-4);
    double[] composed = v(-8.2713, -21.8449, 72.5134, 0.9508, 69.7985, -524.3346, -1.2254, 3.1769, -0.0230);
    double[] got = tangentGradient(LINALG, "invertSum", "composed", u);
    for (int i = 0; i < composed.length; i++) {
      assertEquals(composed[i], got[i], Math.max(1e-4, 1e-4 * Math.abs(composed[i])), "composed [" + i + "]");
    }
    double[] solve = v(-1, -3, -3, -1, -3, -3, 0, 0, 0);
    double[][] a = m(v(1, 0, 1), v(0, 1, 0), v(-1, 0, 1));
    assertArrayEquals(solve, Arrays.copyOf(tangentGradient(LINALG, "solveSum", a, v(4, 3, 2)), 9), 1e-12);
    assertArrayEquals(solve, Arrays.copyOfRange(tangentGradient(LINALG, "solveSumAdd", v(0, 0, 0), a, v(4, 3, 2)), 3,
        12), 1e-12);
    for (double[][] d : List.of(m(v(5, 1, 2, 3), v(4, 10, 6, 7), v(8, 9, 15, 11), v(12, 13, 14, 20)),
        m(v(2, 0, 1, 0), v(1, 3, 0, 1), v(0, 1, 4, 0), v(1, 0, 0, 5)))) {
      RealMatrix mat = MatrixUtils.createRealMatrix(d);
      LUDecomposition lu = new LUDecomposition(mat);
      RealMatrix jacobi = lu.getSolver().getInverse().transpose().scalarMultiply(lu.getDeterminant());
      double[] expected = Arrays.stream(jacobi.getData()).flatMapToDouble(Arrays::stream).toArray();
      double[] g = tangentGradient(LINALG, "determinant", (Object) d);
      for (int i = 0; i < g.length; i++) assertEquals(expected[i], g[i], 1e-9 * Math.max(1, Math.abs(expected[i])));
    }
  }
}
