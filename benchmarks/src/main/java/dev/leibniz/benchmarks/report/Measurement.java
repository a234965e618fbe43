package dev.leibniz.benchmarks.report;

/**
 * One benchmark result: the average time per call with JMH's 99.9% confidence half-width (both in
 * nanoseconds) and the bytes allocated per call ({@code gc.alloc.rate.norm}, NaN without the gc
 * profiler).
 */
record Measurement(double nanos, double errorNanos, double bytesPerCall) {

  /** Converts a JMH score in {@code unit} ("us/op", ...) to nanoseconds. */
  static double toNanos(double score, String unit) {
    String time = unit.endsWith("/op") ? unit.substring(0, unit.length() - 3) : unit;
    switch (time) {
      case "ns": return score;
      case "us": return score * 1e3;
      case "ms": return score * 1e6;
      case "s": return score * 1e9;
      case "min": return score * 60e9;
      default: throw new IllegalArgumentException("not a time per operation: " + unit);
    }
  }

  /** This time over {@code primal}'s, with the relative errors added in quadrature. */
  Ratio over(Measurement primal) {
    double ratio = nanos / primal.nanos;
    double error = ratio * Math.hypot(errorNanos / nanos, primal.errorNanos / primal.nanos);
    return new Ratio(ratio, error);
  }

  /** A derivative-to-primal time ratio and its error. */
  record Ratio(double value, double error) {}
}
