package dev.leibniz.examples;

import dev.leibniz.Derivatives;
import java.io.PrintStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * Prints, for a few scalar functions, the value, the derivative from the generated {@code
 * $tangent}, a central finite difference, and how far apart the two are.
 */
final class ScalarDemo {
  private final PrintStream out;

  ScalarDemo(PrintStream out) {
    this.out = out;
  }

  void run() throws Throwable {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    Class<?> d = double.class;
    MethodHandle call = Derivatives.tangent(lookup, BlackScholes.class, "call", d, d, d, d, d);
    MethodHandle range = Derivatives.tangent(lookup, Projectile.class, "range", d, d, d);
    MethodHandle rosenbrock = Derivatives.tangent(lookup, Rosenbrock.class, "value", d, d);

    out.printf("%-34s %20s %20s %20s %10s%n", "", "value", "$tangent", "central FD", "|diff|");

    double s = 100, k = 105, t = 0.5, r = 0.03, sigma = 0.25;
    out.printf("Black-Scholes call, S=%.0f K=%.0f T=%.1f r=%.2f sigma=%.2f%n", s, k, t, r, sigma);
    double price = BlackScholes.call(s, k, t, r, sigma);
    row(
        "  delta = dC/dS",
        price,
        (double) call.invokeExact(s, 1.0, k, 0.0, t, 0.0, r, 0.0, sigma, 0.0),
        CentralDifference.of(x -> BlackScholes.call(x, k, t, r, sigma), s));
    row(
        "  vega  = dC/dsigma",
        price,
        (double) call.invokeExact(s, 0.0, k, 0.0, t, 0.0, r, 0.0, sigma, 1.0),
        CentralDifference.of(x -> BlackScholes.call(s, k, t, r, x), sigma));

    double theta = Math.toRadians(40), v = 30, h = 10;
    out.printf("Projectile range, v=%.0f m/s from h=%.0f m at 40 degrees%n", v, h);
    row(
        "  dR/dtheta (m per radian)",
        Projectile.range(theta, v, h),
        (double) range.invokeExact(theta, 1.0, v, 0.0, h, 0.0),
        CentralDifference.of(x -> Projectile.range(x, v, h), theta));

    double x0 = -1.2, y0 = 1;
    out.printf("Rosenbrock at (%.1f, %.1f)%n", x0, y0);
    double f = Rosenbrock.value(x0, y0);
    row(
        "  df/dx",
        f,
        (double) rosenbrock.invokeExact(x0, 1.0, y0, 0.0),
        CentralDifference.of(x -> Rosenbrock.value(x, y0), x0));
    row(
        "  df/dy",
        f,
        (double) rosenbrock.invokeExact(x0, 0.0, y0, 1.0),
        CentralDifference.of(y -> Rosenbrock.value(x0, y), y0));
  }

  private void row(String what, double value, double tangent, double finiteDifference) {
    out.printf(
        "%-34s %20.12g %20.12g %20.12g %10.2e%n",
        what, value, tangent, finiteDifference, Math.abs(tangent - finiteDifference));
  }
}
