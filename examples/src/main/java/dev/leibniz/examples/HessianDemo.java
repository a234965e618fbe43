package dev.leibniz.examples;

import dev.leibniz.Derivatives;
import dev.leibniz.Hessian;
import dev.leibniz.Hessians;
import java.io.PrintStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * The Hessian of the extended Rosenbrock function from Hessian-vector products ({@code
 * extended$adjoint$tangent}, forward over reverse, one product per column), printed beside central
 * finite differences of the gradient ({@code extended$adjoint}), then the largest difference
 * relative to each entry's size (at least 1). Also shows, at a larger size, what one product costs
 * against one evaluation — indicative only; the JMH figures are HessianVectorBenchmark's.
 */
final class HessianDemo {
  private static final int COST_SIZE = 10_000;

  private final PrintStream out;
  private final int n;

  HessianDemo(PrintStream out, int n) {
    this.out = out;
    this.n = n;
  }

  /** Prints both Hessians and returns the max relative error. */
  double run() throws Throwable {
    double[] x = startingPoint(n);
    Hessian hessian = Hessian.of(MethodHandles.lookup(), Rosenbrock.class, "extended", 0, double[].class);
    double[][] byProducts = hessian.dense((Object) x);
    double[][] byDifferences = differencesOfGradient(x);
    out.printf("Hessian of the extended Rosenbrock function, n = %d, at (-1.2, 1, -1.2, 1, ...)%n", n);
    out.printf("  %-" + (8 * n) + "s | %s%n", "by H·v products (extended$adjoint$tangent)", "by central differences of the gradient");
    double worst = 0;
    for (int i = 0; i < n; i++) {
      StringBuilder row = new StringBuilder("  ");
      for (int j = 0; j < n; j++) row.append(String.format("%8.1f", byProducts[i][j]));
      row.append(" |");
      for (int j = 0; j < n; j++) {
        row.append(String.format("%8.1f", byDifferences[i][j]));
        double scale = Math.max(1, Math.abs(byProducts[i][j]));
        worst = Math.max(worst, Math.abs(byProducts[i][j] - byDifferences[i][j]) / scale);
      }
      out.println(row);
    }
    double ratio = productCost();
    out.printf("one H·v product at n = %,d takes about %.1f evaluations of the function (indicative; JMH: HessianVectorBenchmark)%n", COST_SIZE, ratio);
    out.printf("max relative error: %.2e%n", worst);
    return worst;
  }

  static double[] startingPoint(int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i += 2) {
      x[i] = -1.2;
      x[i + 1] = 1;
    }
    return x;
  }

  /** Column j: (∇f(x + h e_j) − ∇f(x − h e_j)) / 2h. */
  private double[][] differencesOfGradient(double[] x) throws Throwable {
    MethodHandle adjoint = Derivatives.adjoint(MethodHandles.lookup(), Rosenbrock.class, "extended", double[].class);
    double[][] h = new double[n][n];
    for (int j = 0; j < n; j++) {
      double xj = x[j], step = CentralDifference.step(xj);
      double[] plus = new double[n], minus = new double[n];
      x[j] = xj + step;
      double unused = (double) adjoint.invokeExact(x, plus, 1.0);
      x[j] = xj - step;
      unused += (double) adjoint.invokeExact(x, minus, 1.0);
      x[j] = xj;
      for (int i = 0; i < n; i++) h[i][j] = (plus[i] - minus[i]) / (2 * step);
    }
    return h;
  }

  /** Time of one H·v product over time of one evaluation, after warm-up (a demonstration, not a benchmark). */
  private static double productCost() throws Throwable {
    MethodHandle hvp = Hessians.adjointTangent(MethodHandles.lookup(), Rosenbrock.class, "extended", double[].class);
    double[] x = startingPoint(COST_SIZE), v = new double[COST_SIZE], grad = new double[COST_SIZE], hv = new double[COST_SIZE];
    for (int i = 0; i < COST_SIZE; i++) v[i] = Math.sin(i);
    double sink = 0;
    long primal = Long.MAX_VALUE, product = Long.MAX_VALUE;
    for (int round = 0; round < 200; round++) {
      long t0 = System.nanoTime();
      sink += Rosenbrock.extended(x);
      long t1 = System.nanoTime();
      sink += (double) hvp.invokeExact(x, v, grad, hv, 1.0, 0.0);
      long t2 = System.nanoTime();
      primal = Math.min(primal, t1 - t0);
      product = Math.min(product, t2 - t1);
    }
    if (sink == 42.4242) System.out.print("");
    return product / (double) Math.max(1, primal);
  }
}
