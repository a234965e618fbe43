package dev.leibniz.examples.adbench;

import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Compares derivatives computed through given companions with ADBench's golden files, returning the
 * largest {@link GoldenValues#relativeError} (ADBench accepts below {@link #TOLERANCE}). The
 * companions are parameters so that the same checks run on the agent's output and on stand-ins.
 */
public final class AdbenchGoldenChecks {
  /** ADBench's acceptance threshold for {@link GoldenValues#relativeError}. */
  public static final double TOLERANCE = 1e-8;

  private final Path data;

  /** Checks against the inputs and golden files under {@code data} ({@code data/adbench}). */
  public AdbenchGoldenChecks(Path data) {
    this.data = data;
  }

  /** GMM {@code test.txt}: objective and 18-value gradient, by one adjoint call. */
  public double gmmByAdjoint(MethodHandle objectiveAdjoint) throws Throwable {
    return gmm(GmmGradient.byAdjoint(objectiveAdjoint, gmmInput()));
  }

  /** GMM {@code test.txt}: objective and 18-value gradient, by one tangent call per parameter. */
  public double gmmByTangent(MethodHandle objectiveTangent) throws Throwable {
    return gmm(GmmGradient.byTangent(objectiveTangent, gmmInput()));
  }

  /** BA {@code test.txt}: the 310 Jacobian nonzeros, by tangents (15 per observation). */
  public double baByTangent(MethodHandle residualTangent, MethodHandle weightErrorTangent)
      throws Throwable {
    return ba(BaJacobian.byTangent(residualTangent, weightErrorTangent, baInput()));
  }

  /** BA {@code test.txt}: the 310 Jacobian nonzeros, by adjoints (2 per observation). */
  public double baByAdjoint(MethodHandle residualAdjoint, MethodHandle weightErrorAdjoint)
      throws Throwable {
    return ba(BaJacobian.byAdjoint(residualAdjoint, weightErrorAdjoint, baInput()));
  }

  /** LSTM {@code lstm_l2_c1024.txt}: loss and 266-value gradient, by one adjoint call. */
  public double lstmByAdjoint(MethodHandle lossAdjoint) throws Throwable {
    LstmInput in = LstmInput.read(data.resolve("lstm/lstm_l2_c1024.txt"));
    return compare("golden/lstm_l2_c1024.txt", withValue(LstmGradient.byAdjoint(lossAdjoint, in)));
  }

  GmmInput gmmInput() {
    return GmmInput.read(data.resolve("gmm/test.txt"));
  }

  BaInput baInput() {
    return BaInput.read(data.resolve("ba/test.txt"));
  }

  private double gmm(ValueAndGradient result) {
    return compare("golden/gmm_test.txt", withValue(result));
  }

  /** The golden BA file holds reproj_err (2), w_err (1), then the Jacobian's nonzeros. */
  private double ba(double[] jacobian) {
    double[] golden = GoldenValues.read(data.resolve("golden/ba_test.txt"));
    return GoldenValues.maxRelativeError(Arrays.copyOfRange(golden, 3, golden.length), jacobian);
  }

  private double compare(String golden, double[] actual) {
    return GoldenValues.maxRelativeError(GoldenValues.read(data.resolve(golden)), actual);
  }

  private static double[] withValue(ValueAndGradient result) {
    double[] all = new double[1 + result.gradient().length];
    all[0] = result.value();
    System.arraycopy(result.gradient(), 0, all, 1, result.gradient().length);
    return all;
  }
}
