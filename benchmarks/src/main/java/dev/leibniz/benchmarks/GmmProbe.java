package dev.leibniz.benchmarks;

import static dev.leibniz.benchmarks.ProbeClock.median;
import static dev.leibniz.benchmarks.ProbeClock.round;

import dev.leibniz.Derivatives;
import dev.leibniz.benchmarks.manual.GmmGradient;
import dev.leibniz.examples.adbench.Gmm;
import dev.leibniz.examples.adbench.GmmInput;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * A quick, load-tolerant look at GMM's adjoint/primal ratio between JMH runs: the CPU time of this
 * thread (not wall time, so other processes on a loaded machine count less) per call of the primal,
 * the Leibniz adjoint and the hand-written gradient, interleaved round by round, each ratio the
 * median over the rounds. Not a substitute for the JMH figures the documentation quotes.
 *
 * <p>Run with the agent: {@code java -javaagent:agent/target/leibniz-agent.jar -cp
 * benchmarks/target/benchmarks.jar dev.leibniz.benchmarks.GmmProbe d10_K25 [rounds]}.
 */
public final class GmmProbe {
  private static final Class<?>[] OBJECTIVE = {
    double[].class, double[].class, double[].class, double[].class,
    int.class, int.class, int.class, double.class, int.class
  };

  private final GmmInput in;
  private final MethodHandle adjoint;
  private final double[] alphasBar;
  private final double[] meansBar;
  private final double[] icfBar;
  private final double[] gammaBar = new double[1];
  private double sink;

  private GmmProbe(GmmInput in) {
    this.in = in;
    this.adjoint = Derivatives.adjoint(MethodHandles.lookup(), Gmm.class, "objective", OBJECTIVE);
    alphasBar = new double[in.alphas().length];
    meansBar = new double[in.means().length];
    icfBar = new double[in.icf().length];
  }

  public static void main(String[] args) throws Throwable {
    String size = args.length > 0 ? args[0] : "d10_K25";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
    GmmProbe probe = new GmmProbe(GmmInput.read(Locations.dataFile("gmm/1k/gmm_" + size + ".txt")));
    probe.run(size, rounds);
  }

  private void run(String size, int rounds) throws Throwable {
    double[] adjointRatio = new double[rounds];
    double[] manualRatio = new double[rounds];
    double[] primalMicros = new double[rounds];
    for (int warm = 0; warm < 3; warm++) {
      time(0);
      time(1);
      time(2);
    }
    for (int r = 0; r < rounds; r++) {
      double primal = time(0);
      double adjointTime = time(1);
      double manual = time(2);
      primalMicros[r] = primal / 1e3;
      adjointRatio[r] = adjointTime / primal;
      manualRatio[r] = manual / primal;
    }
    System.out.printf(
        "GMM %s: primal %.0f us, adjoint/primal %.2f (rounds %s), hand-written/primal %.2f (%s)%n",
        size, median(primalMicros), median(adjointRatio), Arrays.toString(round(adjointRatio)),
        median(manualRatio), Arrays.toString(round(manualRatio)));
    if (sink == 42) {
      System.out.println();
    }
  }


  /** CPU nanoseconds per call of {@code which} (see {@link #call}). */
  private double time(int which) throws Throwable {
    return ProbeClock.nanosPerCall(() -> call(which));
  }

  private void call(int which) throws Throwable {
    if (which == 0) {
      sink += Gmm.objective(
          in.alphas(), in.means(), in.icf(), in.x(), in.d(), in.k(), in.n(), in.gamma(), in.m());
    } else if (which == 1) {
      Arrays.fill(alphasBar, 0);
      Arrays.fill(meansBar, 0);
      Arrays.fill(icfBar, 0);
      gammaBar[0] = 0;
      sink += (double) adjoint.invokeExact(
          in.alphas(), alphasBar, in.means(), meansBar, in.icf(), icfBar, in.x(), (double[]) null,
          in.d(), in.k(), in.n(), in.gamma(), in.m(), 1.0, gammaBar);
      sink += icfBar[0];
    } else {
      sink += GmmGradient.valueAndGradient(in.alphas(), in.means(), in.icf(), in.x(), in.d(),
          in.k(), in.n(), in.gamma(), in.m(), alphasBar, meansBar, icfBar);
    }
  }


}
