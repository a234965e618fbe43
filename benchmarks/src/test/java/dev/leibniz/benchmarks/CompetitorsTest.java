package dev.leibniz.benchmarks;

import static dev.leibniz.benchmarks.Inputs.assertClose;
import static dev.leibniz.benchmarks.Inputs.concat;

import dev.leibniz.benchmarks.fd.BaFiniteDifferences;
import dev.leibniz.benchmarks.fd.CentralDifferences;
import dev.leibniz.benchmarks.hipparchus.HipparchusBa;
import dev.leibniz.benchmarks.hipparchus.HipparchusGmm;
import dev.leibniz.benchmarks.hipparchus.HipparchusLstm;
import dev.leibniz.benchmarks.hipparchus.HipparchusRosenbrock;
import dev.leibniz.benchmarks.manual.BaJacobian;
import dev.leibniz.benchmarks.manual.GmmGradient;
import dev.leibniz.benchmarks.manual.LstmGradient;
import dev.leibniz.benchmarks.manual.RosenbrockGradient;
import dev.leibniz.examples.adbench.BaInput;
import dev.leibniz.examples.adbench.GmmInput;
import dev.leibniz.examples.adbench.LstmInput;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The competitors the benchmarks time, Hipparchus (full gradient and one direction) and the
 * benchmarks' finite differences, against the hand-written derivatives, in the modes the
 * benchmarks use them. No agent.
 */
class CompetitorsTest {
  /** Hipparchus does the same arithmetic in another order: agreement to rounding. */
  private static final double EXACT = 1e-10;
  /** Central differences with a ~6e-6 step. */
  private static final double FD = 1e-6;

  @Test
  void rosenbrockCompetitorsMatchHandWrittenGradient() {
    double[] x = new Random(1).doubles(100, -2, 2).toArray();
    double[] v = new Random(2).doubles(100, -1, 1).toArray();
    double[] manual = new double[x.length];
    double value = RosenbrockGradient.valueAndGradient(x, manual);
    double[] hipparchus = new double[x.length];
    assertClose(value, HipparchusRosenbrock.gradient(x, hipparchus), EXACT, "Hipparchus value");
    assertClose(manual, hipparchus, EXACT, "Hipparchus gradient");
    assertClose(dot(manual, v), HipparchusRosenbrock.directional(x, v), EXACT, "Hipparchus J·v");
  }

  @Test
  void gmmCompetitorsMatchHandWrittenGradient() {
    GmmInput in = Inputs.gmm("gmm/1k/gmm_d2_K5.txt");
    double[][] manual = {
      new double[in.alphas().length], new double[in.means().length], new double[in.icf().length]
    };
    double value = GmmGradient.valueAndGradient(in.alphas(), in.means(), in.icf(), in.x(), in.d(),
        in.k(), in.n(), in.gamma(), in.m(), manual[0], manual[1], manual[2]);
    double[] hipparchus = new double[in.parameterCount()];
    assertClose(value, HipparchusGmm.gradient(in, hipparchus), EXACT, "Hipparchus value");
    assertClose(concat(manual), hipparchus, EXACT, "Hipparchus gradient");

    Random random = new Random(3);
    double[][] v = {
      random.doubles(in.alphas().length, -1, 1).toArray(),
      random.doubles(in.means().length, -1, 1).toArray(),
      random.doubles(in.icf().length, -1, 1).toArray()
    };
    double expected = dot(concat(manual), concat(v));
    assertClose(expected, HipparchusGmm.directional(in, v[0], v[1], v[2]), EXACT,
        "Hipparchus J·v");
    double fd = CentralDifferences.directional(in::objective,
        new double[][] {in.alphas(), in.means(), in.icf()}, v);
    assertClose(expected, fd, FD, "finite-difference J·v");
  }

  @Test
  void baCompetitorsMatchHandWrittenJacobian() {
    BaInput in = Inputs.ba("ba/test.txt");
    double[] manual = new double[31 * in.observationCount()];
    BaJacobian.jacobian(in, manual);
    double[] hipparchus = new double[manual.length];
    HipparchusBa.jacobian(in, hipparchus);
    assertClose(manual, hipparchus, EXACT, "Hipparchus Jacobian");
    double[] fd = new double[manual.length];
    BaFiniteDifferences.jacobian(in, fd);
    assertClose(manual, fd, FD, "finite-difference Jacobian");
  }

  @Test
  void lstmCompetitorsMatchHandWrittenGradient() {
    LstmInput in = Inputs.lstm("lstm/lstm_l2_c1024.txt");
    double[] mainBar = new double[in.mainParams().length];
    double[] extraBar = new double[in.extraParams().length];
    double loss = new LstmGradient(in.l(), in.c(), in.b()).valueAndGradient(in.mainParams(),
        in.extraParams(), in.state(), in.sequence(), mainBar, extraBar);
    double[] manual = concat(mainBar, extraBar);
    double[] hipparchus = new double[manual.length];
    assertClose(loss, HipparchusLstm.gradient(in, hipparchus), EXACT, "Hipparchus loss");
    assertClose(manual, hipparchus, EXACT, "Hipparchus gradient");

    Random random = new Random(4);
    double[] dMain = random.doubles(mainBar.length, -1, 1).toArray();
    double[] dExtra = random.doubles(extraBar.length, -1, 1).toArray();
    double expected = dot(manual, concat(dMain, dExtra));
    assertClose(expected, HipparchusLstm.directional(in, dMain, dExtra), EXACT, "Hipparchus J·v");
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
