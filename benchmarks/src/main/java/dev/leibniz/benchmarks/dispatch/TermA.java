package dev.leibniz.benchmarks.dispatch;

/** One of three receiver classes with the same body (so that only dispatch differs); not final, as user classes usually are. */
public class TermA implements Term {
  @Override
  public double value(double x) {
    return Sums.body(x);
  }
}
