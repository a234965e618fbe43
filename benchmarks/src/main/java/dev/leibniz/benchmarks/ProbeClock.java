package dev.leibniz.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The clock of the quick probes ({@link GmmProbe}, {@link BaProbe}): CPU time of the calling thread, so that other
 * processes on a loaded machine slow a round less than wall time would; rounds of a fixed CPU length, interleaved by
 * the probe between the variants it compares, summarised by their median.
 */
final class ProbeClock {
  /** One round's CPU time. */
  static final long ROUND_NANOS = 300_000_000L;

  /** One call of the code a round measures. */
  interface Call {
    void run() throws Throwable;
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ProbeClock() {}

  /** CPU nanoseconds per call of {@code call}, over one round. */
  static double nanosPerCall(Call call) throws Throwable {
    long start = THREADS.getCurrentThreadCpuTime();
    long end = start;
    int calls = 0;
    while (end - start < ROUND_NANOS) {
      call.run();
      calls++;
      end = THREADS.getCurrentThreadCpuTime();
    }
    return (double) (end - start) / calls;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** The values to two decimals, for printing the rounds. */
  static double[] round(double[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Math.round(values[i] * 100) / 100.0;
    }
    return out;
  }
}
