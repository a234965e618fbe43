package dev.leibniz.examples;

import dev.leibniz.Derivatives;
import java.io.PrintStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * The gradient of the extended Rosenbrock function of many variables three ways: one {@code
 * $adjoint} call, one {@code $tangent} call per variable, and central finite differences. Prints
 * each one's time as a multiple of one primal evaluation and how far the gradients are apart. A
 * demonstration of the cheap-gradient principle, not a benchmark (that is JMH's job).
 */
final class GradientDemo {
  private static final int WARMUP = 5;
  private static final int REPEATS = 20;

  private final PrintStream out;
  private final int n;

  GradientDemo(PrintStream out, int n) {
    this.out = out;
    this.n = n;
  }

  void run() throws Throwable {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    MethodHandle tangent =
        Derivatives.tangent(lookup, Rosenbrock.class, "extended", double[].class);
    MethodHandle adjoint =
        Derivatives.adjoint(lookup, Rosenbrock.class, "extended", double[].class);
    double[] x = new double[n];
    for (int i = 0; i < n; i += 2) {
      x[i] = -1.2;
      x[i + 1] = 1;
    }

    double primal = primalNanos(x);
    double[] byAdjoint = new double[n];
    double adjointTime = adjointNanos(adjoint, x, byAdjoint);
    double[] byTangent = new double[n];
    double tangentTime = tangentNanos(tangent, x, byTangent);
    double[] byDifferences = new double[n];
    double differencesTime = finiteDifferenceNanos(x, byDifferences);
    double[] exact = exactGradient(x);

    out.printf("Extended Rosenbrock, n = %,d: one evaluation takes %.1f us%n", n, primal / 1e3);
    out.printf("  %-36s %14s %26s%n", "gradient by", "time / primal", "max |difference to exact|");
    line("one $adjoint call", adjointTime / primal, byAdjoint, exact);
    line(String.format("%,d $tangent calls", n), tangentTime / primal, byTangent, exact);
    line("central finite differences", differencesTime / primal, byDifferences, exact);
    out.printf(
        "  largest difference $adjoint vs $tangent: %.2e, $adjoint vs finite differences: %.2e%n",
        maxDifference(byAdjoint, byTangent), maxDifference(byAdjoint, byDifferences));
  }

  private void line(String what, double ratio, double[] gradient, double[] exact) {
    out.printf("  %-36s %14.1f %26.2e%n", what, ratio, maxDifference(gradient, exact));
  }

  private double primalNanos(double[] x) {
    double sink = 0;
    for (int i = 0; i < WARMUP * 100; i++) {
      sink += Rosenbrock.extended(x);
    }
    long start = System.nanoTime();
    for (int i = 0; i < REPEATS * 10; i++) {
      sink += Rosenbrock.extended(x);
    }
    long elapsed = System.nanoTime() - start;
    consume(sink);
    return elapsed / (REPEATS * 10.0);
  }

  private double adjointNanos(MethodHandle adjoint, double[] x, double[] gradient)
      throws Throwable {
    double sink = 0;
    long elapsed = 0;
    for (int i = 0; i < WARMUP + REPEATS; i++) {
      Arrays.fill(gradient, 0);
      long start = System.nanoTime();
      sink += (double) adjoint.invokeExact(x, gradient, 1.0);
      if (i >= WARMUP) {
        elapsed += System.nanoTime() - start;
      }
    }
    consume(sink);
    return elapsed / (double) REPEATS;
  }

  private double tangentNanos(MethodHandle tangent, double[] x, double[] gradient)
      throws Throwable {
    double[] direction = new double[n];
    for (int i = 0; i < Math.min(n, 200); i++) {
      direction[i] = 1;
      gradient[i] = (double) tangent.invokeExact(x, direction);
      direction[i] = 0;
    }
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      direction[i] = 1;
      gradient[i] = (double) tangent.invokeExact(x, direction);
      direction[i] = 0;
    }
    return System.nanoTime() - start;
  }

  private double finiteDifferenceNanos(double[] x, double[] gradient) {
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      double xi = x[i];
      double h = CentralDifference.step(xi);
      double above = xi + h;
      double below = xi - h;
      x[i] = above;
      double plus = Rosenbrock.extended(x);
      x[i] = below;
      double minus = Rosenbrock.extended(x);
      x[i] = xi;
      gradient[i] = (plus - minus) / (above - below);
    }
    return System.nanoTime() - start;
  }

  private static double[] exactGradient(double[] x) {
    double[] g = new double[x.length];
    for (int i = 0; i + 1 < x.length; i += 2) {
      double a = x[i] * x[i] - x[i + 1];
      g[i] = 400 * x[i] * a + 2 * (x[i] - 1);
      g[i + 1] = -200 * a;
    }
    return g;
  }

  private static double maxDifference(double[] a, double[] b) {
    double max = 0;
    for (int i = 0; i < a.length; i++) {
      max = Math.max(max, Math.abs(a[i] - b[i]));
    }
    return max;
  }

  private static void consume(double sink) {
    if (sink == 42.4242) {
      System.out.print("");
    }
  }
}
