package dev.leibniz.benchmarks;

import static dev.leibniz.benchmarks.ProbeClock.median;
import static dev.leibniz.benchmarks.ProbeClock.round;

import dev.leibniz.benchmarks.manual.BaJacobian;
import dev.leibniz.examples.adbench.BaInput;
import java.util.Arrays;

/**
 * A quick, load-tolerant look at BA's full-Jacobian/primal ratio between JMH runs, in the style of
 * {@link GmmProbe}: this thread's CPU time per call of the primal (all residuals), the Leibniz
 * Jacobian by adjoint rows ({@link dev.leibniz.examples.adbench.BaJacobian#byAdjoint}, the code
 * {@code BaBenchmark.leibnizAdjointRows} times, through constant handles as there), the hand-written
 * Jacobian, the Leibniz Jacobian by tangent columns (15 {@code residual$tangent} calls per
 * observation), by the vector adjoint {@code residual$adjoints} into rows the caller zeroes ({@code
 * BaBenchmark.leibnizAdjointsAdding}), by the writing one {@code residual$adjointsSet} ({@code
 * BaBenchmark.leibnizAdjointsSet}) and by the one writing into the CSR values {@code residual$adjointsInto} (the report's
 * row, {@code BaBenchmark.leibnizAdjoint}), interleaved round by round, each ratio the median over the rounds. Not a
 * substitute for the JMH figures.
 *
 * <p>Run with the agent: {@code java -javaagent:agent/target/leibniz-agent.jar -cp
 * benchmarks/target/benchmarks.jar dev.leibniz.benchmarks.BaProbe [rounds]}.
 */
public final class BaProbe {

  private final BaInput in;
  private final BaCalls calls;
  private double sink;

  private BaProbe(BaInput in) {
    this.in = in;
    calls = new BaCalls(in);
  }

  public static void main(String[] args) throws Throwable {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
    new BaProbe(BaInput.read(Locations.dataFile("ba/ba1_n49_m7776_p31843.txt"))).run(rounds);
  }

  private void run(int rounds) throws Throwable {
    double[] adjointRatio = new double[rounds];
    double[] manualRatio = new double[rounds];
    double[] tangentRatio = new double[rounds];
    double[] primalMicros = new double[rounds];
    double[] sharedRatio = new double[rounds];
    double[] forwardRatio = new double[rounds];
    double[] oneRowRatio = new double[rounds];
    double[] writtenRatio = new double[rounds];
    double[] inPlaceRatio = new double[rounds];
    for (int warm = 0; warm < 3; warm++) {
      time(0);
      time(1);
      time(2);
      time(3);
      time(4);
      time(5);
      time(6);
      time(7);
      time(8);
    }
    double[] byRows = calls.adjointRows().clone();
    double[] shared = calls.sharedRows();
    double maxDiff = 0;
    for (int e = 0; e < byRows.length; e++) maxDiff = Math.max(maxDiff, Math.abs(byRows[e] - shared[e]));
    System.out.printf("BA ba1: vector adjoint against adjoint rows, largest difference %.3g%n", maxDiff);
    double[] written = calls.writtenRows();
    maxDiff = 0;
    for (int e = 0; e < byRows.length; e++) maxDiff = Math.max(maxDiff, Math.abs(byRows[e] - written[e]));
    System.out.printf("BA ba1: writing vector adjoint against adjoint rows, largest difference %.3g%n", maxDiff);
    java.util.Arrays.fill(calls.jacobian, Double.NaN);
    double[] inPlace = calls.rowsInPlace();
    maxDiff = 0;
    for (int e = 0; e < byRows.length; e++) maxDiff = Math.max(maxDiff, Math.abs(byRows[e] - inPlace[e]));
    System.out.printf("BA ba1: vector adjoint into the CSR values against adjoint rows, largest difference %.3g%n", maxDiff);
    for (int r = 0; r < rounds; r++) {
      double primal = time(0);
      double adjointTime = time(1);
      double manual = time(2);
      tangentRatio[r] = time(3) / primal;
      sharedRatio[r] = time(4) / primal;
      forwardRatio[r] = time(5) / primal;
      oneRowRatio[r] = time(6) / primal;
      writtenRatio[r] = time(7) / primal;
      inPlaceRatio[r] = time(8) / primal;
      primalMicros[r] = primal / 1e3;
      adjointRatio[r] = adjointTime / primal;
      manualRatio[r] = manual / primal;
    }
    System.out.printf(
        "BA ba1: primal %.0f us, adjoint rows/primal %.2f (rounds %s), hand-written/primal %.2f (%s),"
            + " tangent columns/primal %.2f (%s), vector adjoint (rows sharing a forward)/primal %.2f (%s)%n",
        median(primalMicros), median(adjointRatio), Arrays.toString(round(adjointRatio)),
        median(manualRatio), Arrays.toString(round(manualRatio)),
        median(tangentRatio), Arrays.toString(round(tangentRatio)),
        median(sharedRatio), Arrays.toString(round(sharedRatio)));
    System.out.printf("BA ba1: breakdown of the vector adjoint's Jacobian: with no reverse sweep (k = 0: the forward"
            + " sweeps and the caller's zeroing and copying of rows)/primal %.2f (%s), with one row's (k = 1)/primal %.2f (%s)%n",
        median(forwardRatio), Arrays.toString(round(forwardRatio)), median(oneRowRatio), Arrays.toString(round(oneRowRatio)));
    System.out.printf("BA ba1: writing vector adjoint (residual$adjointsSet, rows not zeroed by the caller)/primal %.2f (%s)%n",
        median(writtenRatio), Arrays.toString(round(writtenRatio)));
    System.out.printf("BA ba1: vector adjoint into the CSR values (residual$adjointsInto, no rows copied)/primal %.2f (%s)%n",
        median(inPlaceRatio), Arrays.toString(round(inPlaceRatio)));
    if (sink == 42) {
      System.out.println();
    }
  }


  /** CPU nanoseconds per call of {@code which} (see {@link #call}; 5 and 6: the vector adjoint with k = 0 and 1; 7: the writing one; 8: the one into slices). */
  private double time(int which) throws Throwable {
    return ProbeClock.nanosPerCall(() -> call(which));
  }

  private void call(int which) throws Throwable {
    if (which == 0) {
      sink += calls.primal()[0];
    } else if (which == 1) {
      sink += calls.adjointRows()[0];
    } else if (which == 4) {
      sink += calls.sharedRows()[0];
    } else if (which == 5) {
      sink += calls.sharedRows(0)[0];
    } else if (which == 6) {
      sink += calls.sharedRows(1)[0];
    } else if (which == 7) {
      sink += calls.writtenRows()[0];
    } else if (which == 8) {
      sink += calls.rowsInPlace()[0];
    } else if (which == 3) {
      sink += calls.tangentColumns()[0];
    } else {
      BaJacobian.jacobian(in, calls.jacobian);
      sink += calls.jacobian[0];
    }
  }
}
