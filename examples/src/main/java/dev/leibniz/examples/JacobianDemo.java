package dev.leibniz.examples;

import dev.leibniz.SparseJacobian;
import dev.leibniz.examples.adbench.BaInput;
import dev.leibniz.examples.adbench.BaJacobian;
import dev.leibniz.examples.adbench.BaProblem;
import java.io.PrintStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.nio.file.Path;

/**
 * The whole sparse Jacobian of an ADBench bundle-adjustment instance by coloured vector tangents
 * ({@link SparseJacobian} on {@link BaProblem#residuals}, its pattern from the observations; one
 * {@code residuals$tangents} call carries every colour and the checking direction),
 * compared entry by entry with adjoint rows ({@link BaJacobian#byAdjoint}); prints the number of
 * sweeps and each method's time over the time of all residuals (best of a few runs after warm-up:
 * indicative, not a benchmark).
 */
final class JacobianDemo {
  private static final int ROUNDS = 5;

  private final PrintStream out;
  private final Path file;

  JacobianDemo(PrintStream out, Path file) {
    this.out = out;
    this.file = file;
  }

  static int count(int[][] pattern) {
    int c = 0;
    for (int[] row : pattern) c += row.length;
    return c;
  }

  /** Prints the report; returns the max relative error against adjoint rows. */
  double run() throws Throwable {
    BaInput in = BaInput.read(file);
    BaProblem problem = new BaProblem(in);
    double[] x = BaProblem.parameters(in);
    int n = problem.parameterCount(), m = problem.residualCount();
    SparseJacobian jacobian = SparseJacobian.of(MethodHandles.lookup(), problem, "residuals", n, m, problem.pattern());
    MethodHandle adjoint = BaJacobian.residualAdjoint(), weightAdjoint = BaJacobian.weightErrorAdjoint();
    double[] r = new double[m];
    double[][] byColours = jacobian.values(x, r);
    double[] byRows = BaJacobian.byAdjoint(adjoint, weightAdjoint, in);
    double worst = 0;
    int at = 0;
    for (double[] row : byColours) {
      for (double v : row) {
        double e = byRows[at++];
        worst = Math.max(worst, Math.abs(v - e) / Math.max(1, Math.abs(e)));
      }
    }
    long primal = Long.MAX_VALUE, colours = Long.MAX_VALUE, rows = Long.MAX_VALUE;
    for (int round = 0; round < ROUNDS; round++) {
      long t0 = System.nanoTime();
      problem.residuals(x, r);
      long t1 = System.nanoTime();
      jacobian.values(x, r);
      long t2 = System.nanoTime();
      BaJacobian.byAdjoint(adjoint, weightAdjoint, in);
      long t3 = System.nanoTime();
      primal = Math.min(primal, t1 - t0);
      colours = Math.min(colours, t2 - t1);
      rows = Math.min(rows, t3 - t2);
    }
    out.printf("Bundle adjustment %s: %,d parameters, %,d residuals, %,d nonzeros%n", file.getFileName(), n, m, at);
    out.printf("  coloured vector tangents: %d colours + 1 checking direction = %d directions in %d call of residuals$tangents"
        + " (instead of %,d tangent calls)%n", jacobian.colours(), jacobian.directions(), jacobian.calls(), n);
    out.printf("  time / time of all residuals (indicative): coloured vector tangents %.1f, adjoint rows (2 per observation) %.1f%n",
        colours / (double) primal, rows / (double) primal);
    long d0 = System.nanoTime();
    int[][] detected = SparseJacobian.detect(MethodHandles.lookup(), problem, "residuals", n, m, x);
    long d1 = System.nanoTime();
    SparseJacobian byDetected = SparseJacobian.of(MethodHandles.lookup(), problem, "residuals", n, m, detected);
    byDetected.values(x, r); // checks the detected pattern against the test direction
    out.printf("  pattern by index sets (one residuals$pattern call, %.0f ms): %,d nonzeros (the observations' pattern has %,d:"
        + " a reprojection row does not depend on the other row's principal point), %d colours%n",
        (d1 - d0) / 1e6, count(detected), at, byDetected.colours());
    out.printf("max relative error: %.2e%n", worst);
    return worst;
  }
}
