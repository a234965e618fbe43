package dev.leibniz.examples;

import dev.leibniz.examples.adbench.AdbenchData;
import dev.leibniz.examples.adbench.AdbenchGoldenChecks;
import dev.leibniz.examples.adbench.BaJacobian;
import dev.leibniz.examples.adbench.GmmGradient;
import dev.leibniz.examples.adbench.LstmGradient;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs the ADBench golden checks through the generated companions and prints PASS or FAIL with the
 * largest relative error of each.
 */
final class AdbenchReport {
  private final PrintStream out;

  AdbenchReport(PrintStream out) {
    this.out = out;
  }

  /** The number of failed checks; missing data is reported and counts as none. */
  int run() throws Throwable {
    Optional<Path> data = AdbenchData.find();
    if (data.isEmpty()) {
      out.println(
          "ADBench golden checks skipped: data/adbench not found (set -D"
              + AdbenchData.PROPERTY
              + "=<dir> or LEIBNIZ_DATA)");
      return 0;
    }
    AdbenchGoldenChecks checks = new AdbenchGoldenChecks(data.get());
    out.printf(
        "ADBench golden checks (%s), tolerance |x-y|/max(1,|x|+|y|) < %.0e%n",
        data.get(), AdbenchGoldenChecks.TOLERANCE);
    int failures = 0;
    failures +=
        report("GMM gradient, one $adjoint call", checks.gmmByAdjoint(GmmGradient.adjoint()));
    failures +=
        report(
            "GMM gradient, one $tangent per parameter", checks.gmmByTangent(GmmGradient.tangent()));
    failures +=
        report(
            "BA Jacobian, $tangent per column",
            checks.baByTangent(BaJacobian.residualTangent(), BaJacobian.weightErrorTangent()));
    failures +=
        report(
            "BA Jacobian, $adjoint per row",
            checks.baByAdjoint(BaJacobian.residualAdjoint(), BaJacobian.weightErrorAdjoint()));
    failures +=
        report("LSTM gradient, one $adjoint call", checks.lstmByAdjoint(LstmGradient.adjoint()));
    return failures;
  }

  private int report(String what, double maxRelativeError) {
    boolean pass = maxRelativeError < AdbenchGoldenChecks.TOLERANCE;
    out.printf(
        "  %-42s %s  largest relative error %.2e%n",
        what, pass ? "PASS" : "FAIL", maxRelativeError);
    return pass ? 0 : 1;
  }
}
