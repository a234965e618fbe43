package dev.leibniz.examples;

import dev.leibniz.hipparchus.LeibnizModel;
import java.io.PrintStream;
import java.lang.invoke.MethodHandles;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer.Optimum;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.MultivariateJacobianFunction;

/**
 * Fits a damped oscillation to 1,000 noisy observations with Hipparchus' Levenberg–Marquardt, the
 * Jacobian once from Leibniz ({@link LeibnizModel}: five {@code residuals$tangent} columns) and once
 * from Hipparchus {@code DerivativeStructure}; prints both fits and the time of each (best of
 * several runs after warm-up: indicative, the JMH figures are {@code LeastSquaresBenchmark}'s).
 */
final class FitDemo {
  static final int POINTS = 1000;
  private static final int ROUNDS = 30;

  private final PrintStream out;

  FitDemo(PrintStream out) {
    this.out = out;
  }

  /** Runs both fits; returns the largest difference between their parameters. */
  double run() {
    DampedOscillation data = DampedOscillation.observations(POINTS, 0.05, 7);
    LeibnizModel leibniz = LeibnizModel.of(MethodHandles.lookup(), data, "residuals", 5, POINTS);
    MultivariateJacobianFunction hipparchus = data.hipparchusModel();
    Optimum a = fit(leibniz), b = fit(hipparchus);
    long ta = Long.MAX_VALUE, tb = Long.MAX_VALUE;
    for (int round = 0; round < ROUNDS; round++) {
      long t0 = System.nanoTime();
      fit(leibniz);
      long t1 = System.nanoTime();
      fit(hipparchus);
      long t2 = System.nanoTime();
      ta = Math.min(ta, t1 - t0);
      tb = Math.min(tb, t2 - t1);
    }
    out.printf("Levenberg–Marquardt fit of a e^(-b t) cos(c t + d) + e to %,d noisy points (true %s)%n", POINTS, text(DampedOscillation.TRUE));
    out.printf("  %-44s %-52s %6s %10s%n", "Jacobian by", "parameters", "evals", "time");
    line("Leibniz (residuals$tangent, 5 columns)", a, ta);
    line("Hipparchus DerivativeStructure", b, tb);
    double worst = 0;
    for (int k = 0; k < 5; k++) worst = Math.max(worst, Math.abs(a.getPoint().getEntry(k) - b.getPoint().getEntry(k)));
    out.printf("Leibniz fit time / Hipparchus fit time: %.2f (indicative; JMH: LeastSquaresBenchmark)%n", ta / (double) tb);
    out.printf("max parameter difference: %.2e%n", worst);
    return worst;
  }

  static Optimum fit(MultivariateJacobianFunction model) {
    return new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
        .model(model).target(new double[POINTS]).start(DampedOscillation.START)
        .maxEvaluations(1000).maxIterations(1000).build());
  }

  private void line(String what, Optimum o, long nanos) {
    out.printf("  %-44s %-52s %6d %7.2f ms%n", what, text(o.getPoint().toArray()), o.getEvaluations(), nanos / 1e6);
  }

  private static String text(double[] p) {
    StringBuilder sb = new StringBuilder("(");
    for (int k = 0; k < p.length; k++) sb.append(k == 0 ? "" : ", ").append(String.format("%.5f", p[k]));
    return sb.append(')').toString();
  }
}
