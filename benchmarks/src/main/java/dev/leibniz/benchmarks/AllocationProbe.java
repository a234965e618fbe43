package dev.leibniz.benchmarks;

import dev.leibniz.Derivatives;
import dev.leibniz.examples.adbench.Ba;
import dev.leibniz.examples.adbench.BaInput;
import dev.leibniz.examples.adbench.Gmm;
import dev.leibniz.examples.adbench.GmmInput;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.management.ManagementFactory;
import java.util.Random;

/**
 * Bytes allocated per call in steady state by the companions the benchmarks call with a {@code null} tangent or
 * adjoint for their data arrays (GMM's {@code x}, BA's {@code feat}): this thread's allocation counter
 * ({@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}) read around many calls after a warm-up.
 * Not a timing: the counter is exact up to the TLAB bookkeeping, a few bytes per call at most.
 *
 * <p>Run with the agent: {@code java -javaagent:agent/target/leibniz-agent.jar -cp benchmarks/target/benchmarks.jar
 * dev.leibniz.benchmarks.AllocationProbe}.
 */
public final class AllocationProbe {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private static final Class<?>[] GMM_OBJECTIVE = {
    double[].class, double[].class, double[].class, double[].class, int.class, int.class, int.class, double.class, int.class
  };

  private static double sink;

  private AllocationProbe() {}

  /** One call of the code measured. */
  private interface Call {
    void run() throws Throwable;
  }

  public static void main(String[] args) throws Throwable {
    GmmInput gmm = GmmInput.read(Locations.dataFile("gmm/1k/gmm_d10_K25.txt"));
    BaInput ba = BaInput.read(Locations.dataFile("ba/ba1_n49_m7776_p31843.txt"));
    MethodHandle gmmTangent = Derivatives.tangent(MethodHandles.lookup(), Gmm.class, "objective", GMM_OBJECTIVE);
    MethodHandle gmmAdjoint = Derivatives.adjoint(MethodHandles.lookup(), Gmm.class, "objective", GMM_OBJECTIVE);
    MethodHandle baTangent = dev.leibniz.examples.adbench.BaJacobian.residualTangent();
    MethodHandle baAdjoint = dev.leibniz.examples.adbench.BaJacobian.residualAdjoint();
    Random random = new Random(42);
    double[] da = random.doubles(gmm.alphas().length, -1, 1).toArray();
    double[] dm = random.doubles(gmm.means().length, -1, 1).toArray();
    double[] dq = random.doubles(gmm.icf().length, -1, 1).toArray();
    double[] aBar = new double[da.length], mBar = new double[dm.length], qBar = new double[dq.length], gBar = new double[1];
    report("GMM d10_K25 objective$tangent, x's tangent null", 300, () -> sink += (double) gmmTangent.invokeExact(
        gmm.alphas(), da, gmm.means(), dm, gmm.icf(), dq, gmm.x(), (double[]) null,
        gmm.d(), gmm.k(), gmm.n(), gmm.gamma(), 0.0, gmm.m()));
    report("GMM d10_K25 objective$adjoint, x's adjoint null", 300, () -> sink += (double) gmmAdjoint.invokeExact(
        gmm.alphas(), aBar, gmm.means(), mBar, gmm.icf(), qBar, gmm.x(), (double[]) null,
        gmm.d(), gmm.k(), gmm.n(), gmm.gamma(), gmm.m(), 1.0, gBar));
    double[] gmmNanos = new double[5];
    for (int r = 0; r < gmmNanos.length; r++) {
      gmmNanos[r] = ProbeClock.nanosPerCall(() -> sink += (double) gmmTangent.invokeExact(
          gmm.alphas(), da, gmm.means(), dm, gmm.icf(), dq, gmm.x(), (double[]) null,
          gmm.d(), gmm.k(), gmm.n(), gmm.gamma(), 0.0, gmm.m()));
    }
    System.out.printf("GMM d10_K25 objective$tangent, x's tangent null: %.0f us CPU per call (median of rounds %s)%n",
        ProbeClock.median(gmmNanos) / 1e3, java.util.Arrays.toString(ProbeClock.round(gmmNanos)));
    double[] dcam = new double[11], dx = new double[3], err = new double[2], derr = new double[2];
    double[] camBar = new double[11], xBar = new double[3], wBar = new double[1];
    dcam[3] = 1;
    Call baTangentPass = () -> {
      for (int i = 0; i < ba.observationCount(); i++) {
        baTangent.invokeExact(ba.cams()[ba.obsCamera()[i]], dcam, ba.points()[ba.obsPoint()[i]], dx, ba.weights()[i], 0.5,
            ba.features()[i], (double[]) null, err, derr);
        sink += derr[0];
      }
    };
    report("BA ba1 residual$tangent over all 31,843 observations, feat's tangent null", 30, baTangentPass);
    Call baAdjointPass = () -> {
      for (int i = 0; i < ba.observationCount(); i++) {
        derr[0] = 1;
        derr[1] = 0;
        baAdjoint.invokeExact(ba.cams()[ba.obsCamera()[i]], camBar, ba.points()[ba.obsPoint()[i]], xBar, ba.weights()[i],
            ba.features()[i], (double[]) null, err, derr, wBar);
        sink += camBar[0];
      }
    };
    report("BA ba1 residual$adjoint over all 31,843 observations, feat's adjoint null", 30, baAdjointPass);
    if (sink == 42) System.out.println();
  }

  /** Warms {@code call} up, then prints the bytes this thread allocated per call over {@code calls} calls. */
  private static void report(String what, int calls, Call call) throws Throwable {
    for (int k = 0; k < calls; k++) call.run();
    long before = THREADS.getCurrentThreadAllocatedBytes();
    for (int k = 0; k < calls; k++) call.run();
    long after = THREADS.getCurrentThreadAllocatedBytes();
    System.out.printf("%s: %,.0f B per call (%d calls)%n", what, (after - before) / (double) calls, calls);
  }
}
