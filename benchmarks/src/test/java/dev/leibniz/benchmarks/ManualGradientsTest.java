package dev.leibniz.benchmarks;

import static dev.leibniz.benchmarks.Inputs.ADBENCH_TOLERANCE;
import static dev.leibniz.benchmarks.Inputs.assertClose;
import static dev.leibniz.benchmarks.Inputs.concat;

import dev.leibniz.benchmarks.fd.CentralDifferences;
import dev.leibniz.benchmarks.manual.BaForwardJacobian;
import dev.leibniz.benchmarks.manual.BaJacobian;
import dev.leibniz.benchmarks.manual.GmmGradient;
import dev.leibniz.benchmarks.manual.LstmGradient;
import dev.leibniz.benchmarks.manual.RosenbrockGradient;
import dev.leibniz.examples.Rosenbrock;
import dev.leibniz.examples.adbench.Ba;
import dev.leibniz.examples.adbench.BaInput;
import dev.leibniz.examples.adbench.Gmm;
import dev.leibniz.examples.adbench.GmmInput;
import dev.leibniz.examples.adbench.Lstm;
import dev.leibniz.examples.adbench.LstmInput;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written derivatives against ADBench's golden values and against central finite
 * differences of the primal in {@code examples} (the code Leibniz differentiates). No agent.
 */
class ManualGradientsTest {
  /** What central differences with a ~6e-6 step can promise on these smooth functions. */
  private static final double FD_TOLERANCE = 1e-6;

  @Test
  void rosenbrockGradientMatchesFiniteDifferences() {
    for (int n : new int[] {2, 10}) {
      double[] x = new Random(n).doubles(n, -2, 2).toArray();
      double[] grad = new double[n];
      double value = RosenbrockGradient.valueAndGradient(x, grad);
      double[] fd = new double[n];
      CentralDifferences.gradient(() -> Rosenbrock.extended(x), new double[][] {x},
          new double[][] {fd});
      assertClose(Rosenbrock.extended(x), value, 1e-14, "value");
      assertClose(fd, grad, FD_TOLERANCE, "gradient, n = " + n);
    }
  }

  @Test
  void gmmGradientMatchesGolden() {
    GmmInput in = Inputs.gmm("gmm/test.txt");
    double[] golden = Inputs.golden("gmm_test.txt");
    GmmResult result = gmmGradient(in);
    assertClose(golden[0], result.value, ADBENCH_TOLERANCE, "objective");
    assertClose(Arrays.copyOfRange(golden, 1, golden.length), concat(result.gradient),
        ADBENCH_TOLERANCE, "gradient");
  }

  @Test
  void gmmGradientMatchesFiniteDifferencesOfThePrimal() {
    GmmInput in = Inputs.gmm("gmm/1k/gmm_d2_K5.txt");
    GmmResult result = gmmGradient(in);
    assertClose(in.objective(), result.value, 1e-12, "objective");
    double[][] fd = {
      new double[in.alphas().length], new double[in.means().length], new double[in.icf().length]
    };
    CentralDifferences.gradient(in::objective, new double[][] {in.alphas(), in.means(), in.icf()},
        fd);
    assertClose(concat(fd), concat(result.gradient), FD_TOLERANCE, "gradient");
  }

  @Test
  void baJacobianMatchesGolden() {
    BaInput in = Inputs.ba("ba/test.txt");
    double[] golden = Inputs.golden("ba_test.txt");
    double[] jac = new double[31 * in.observationCount()];
    BaJacobian.jacobian(in, jac);
    assertClose(Arrays.copyOfRange(golden, 3, golden.length), jac, ADBENCH_TOLERANCE,
        "Jacobian");
  }

  @Test
  void baJacobianMatchesFiniteDifferencesOfThePrimal() {
    BaInput in = Inputs.ba("ba/test.txt");
    assertBaBlockMatchesFiniteDifferences(in.cams()[0], in.points()[0], in.weights()[0],
        in.features()[0]);
  }

  @Test
  void baJacobianMatchesFiniteDifferencesAtZeroRotation() {
    BaInput in = Inputs.ba("ba/test.txt");
    double[] cam = in.cams()[0].clone();
    cam[0] = cam[1] = cam[2] = 0;
    assertBaBlockMatchesFiniteDifferences(cam, in.points()[0], in.weights()[0], in.features()[0]);
  }

  @Test
  void baForwardJacobianMatchesGoldenAndTheSymbolicOne() {
    BaInput in = Inputs.ba("ba/test.txt");
    double[] golden = Inputs.golden("ba_test.txt");
    double[] forward = new double[31 * in.observationCount()];
    new BaForwardJacobian().jacobian(in, forward);
    assertClose(Arrays.copyOfRange(golden, 3, golden.length), forward, ADBENCH_TOLERANCE, "Jacobian");
    double[] symbolic = new double[forward.length];
    BaJacobian.jacobian(in, symbolic);
    assertClose(symbolic, forward, 1e-12, "Jacobian");
  }

  @Test
  void baForwardJacobianMatchesFiniteDifferencesAtZeroAndNonzeroRotation() {
    BaInput in = Inputs.ba("ba/test.txt");
    double[] cam = in.cams()[0].clone();
    cam[0] = cam[1] = cam[2] = 0;
    BaForwardJacobian forward = new BaForwardJacobian();
    assertBlockMatchesFiniteDifferences(forward::reprojectionRows, cam, in.points()[0], in.weights()[0], in.features()[0]);
    assertBlockMatchesFiniteDifferences(forward::reprojectionRows, in.cams()[1], in.points()[1], in.weights()[1],
        in.features()[1]);
  }

  @Test
  void lstmGradientMatchesGolden() {
    LstmInput in = Inputs.lstm("lstm/lstm_l2_c1024.txt");
    double[] golden = Inputs.golden("lstm_l2_c1024.txt");
    double[] mainBar = new double[in.mainParams().length];
    double[] extraBar = new double[in.extraParams().length];
    double loss = new LstmGradient(in.l(), in.c(), in.b()).valueAndGradient(in.mainParams(),
        in.extraParams(), in.state(), in.sequence(), mainBar, extraBar);
    assertClose(golden[0], loss, ADBENCH_TOLERANCE, "loss");
    assertClose(in.loss(), loss, 1e-13, "loss against the primal");
    assertClose(Arrays.copyOfRange(golden, 1, golden.length),
        concat(mainBar, extraBar), ADBENCH_TOLERANCE, "gradient");
  }

  @Test
  void lstmGradientMatchesFiniteDifferencesOfThePrimal() {
    LstmInput in = Inputs.lstm("lstm/lstm_l4_c1024.txt");
    int c = 12;
    double[] mainBar = new double[in.mainParams().length];
    double[] extraBar = new double[in.extraParams().length];
    new LstmGradient(in.l(), c, in.b()).valueAndGradient(in.mainParams(), in.extraParams(),
        in.state(), in.sequence(), mainBar, extraBar);
    double[][] fd = {new double[mainBar.length], new double[extraBar.length]};
    CentralDifferences.gradient(
        () -> Lstm.loss(in.mainParams(), in.extraParams(), in.state(), in.sequence(), in.l(), c,
            in.b()),
        new double[][] {in.mainParams(), in.extraParams()}, fd);
    assertClose(concat(fd), concat(mainBar, extraBar), FD_TOLERANCE, "gradient");
  }

  /** The objective and its gradient {@code [alphas, means, icf]}. */
  private static final class GmmResult {
    double value;
    final double[][] gradient;

    GmmResult(GmmInput in) {
      gradient = new double[][] {
        new double[in.alphas().length], new double[in.means().length], new double[in.icf().length]
      };
    }
  }

  private static GmmResult gmmGradient(GmmInput in) {
    GmmResult r = new GmmResult(in);
    r.value = GmmGradient.valueAndGradient(in.alphas(), in.means(), in.icf(), in.x(), in.d(),
        in.k(), in.n(), in.gamma(), in.m(), r.gradient[0], r.gradient[1], r.gradient[2]);
    return r;
  }

  /** Writes one observation's 30 reprojection-row values at {@code jac[offset..]}. */
  private interface Block {
    void rows(double[] cam, double[] x, double w, double[] feat, double[] jac, int offset);
  }

  private static void assertBaBlockMatchesFiniteDifferences(double[] cam, double[] x, double w,
      double[] feat) {
    assertBlockMatchesFiniteDifferences(BaJacobian::reprojectionRows, cam, x, w, feat);
  }

  private static void assertBlockMatchesFiniteDifferences(Block rows, double[] cam, double[] x, double w,
      double[] feat) {
    double[] block = new double[30];
    rows.rows(cam, x, w, feat, block, 0);
    double[] weight = {w};
    double[] err = new double[2];
    for (int row = 0; row < 2; row++) {
      int r = row;
      double[][] fd = {new double[11], new double[3], new double[1]};
      CentralDifferences.gradient(
          () -> {
            Ba.residual(cam, x, weight[0], feat, err);
            return err[r];
          },
          new double[][] {cam, x, weight}, fd);
      assertClose(concat(fd), Arrays.copyOfRange(block, 15 * row, 15 * row + 15),
          FD_TOLERANCE, "row " + row);
    }
  }
}
