package dev.leibniz.benchmarks.dispatch;

import dev.leibniz.Differentiable;
import java.util.function.DoubleUnaryOperator;

/**
 * The differentiated methods of {@link DispatchBenchmark}: the same sum of {@link #body} terms,
 * through a static call, a marked interface ({@link Term}) or a JDK interface
 * ({@link DoubleUnaryOperator}), over arrays holding one, two or three receiver classes.
 */
public final class Sums {
  private Sums() {}

  /** Small enough to be inlined everywhere: the call, not the body, dominates. */
  @Differentiable
  public static double body(double x) {
    return x * x + 0.5 * x;
  }

  @Differentiable
  public static double viaStatic(int n, double x) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += body(x);
      x += 1e-3;
    }
    return s;
  }

  @Differentiable
  public static double viaTerm(Term[] terms, double x) {
    double s = 0;
    for (int i = 0; i < terms.length; i++) {
      s += terms[i].value(x);
      x += 1e-3;
    }
    return s;
  }

  @Differentiable
  public static double viaOperator(DoubleUnaryOperator[] ops, double x) {
    double s = 0;
    for (int i = 0; i < ops.length; i++) {
      s += ops[i].applyAsDouble(x);
      x += 1e-3;
    }
    return s;
  }
}
