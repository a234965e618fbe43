package dev.leibniz.examples;

import dev.leibniz.Derivatives;
import dev.leibniz.examples.library.Cubic;
import dev.leibniz.examples.library.JamaLeastSquares;
import dev.leibniz.examples.library.Library;
import dev.leibniz.examples.library.Pendulum;
import dev.leibniz.examples.library.Rhs;
import java.io.PrintStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.function.DoubleUnaryOperator;

/**
 * Derivatives through unmodified library code (hipparchus-core, Jama), interface dispatch and a user
 * rule, each next to a central finite difference.
 */
final class LibraryDemo {
  private final PrintStream out;

  LibraryDemo(PrintStream out) {
    this.out = out;
  }

  void run() throws Throwable {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    Class<?> d = double.class;
    out.printf("%-44s %20s %20s %20s %10s%n", "Library code", "value", "$tangent", "central FD", "|diff|");
    MethodHandle special = Derivatives.tangent(lookup, Library.class, "special", d);
    double x = 2.3;
    row("  d/dx log(lanczos x) + e^-x angle(x)", Library.special(x), (double) special.invokeExact(x, 1.0),
        CentralDifference.of(Library::special, x));
    MethodHandle mixture = Derivatives.tangent(lookup, Library.class, "gaussianMixture", d, d);
    row("  d/dx Gaussian mixture", Library.gaussianMixture(x, 0.3), (double) mixture.invokeExact(x, 1.0, 0.3, 0.0),
        CentralDifference.of(v -> Library.gaussianMixture(v, 0.3), x));
    MethodHandle erf = Derivatives.tangent(lookup, Library.class, "erf", d);
    row("  d/dx erf(x), Hipparchus Erf", Library.erf(0.3), (double) erf.invokeExact(0.3, 1.0),
        CentralDifference.of(Library::erf, 0.3));
    MethodHandle normalCdf = Derivatives.tangent(lookup, Library.class, "normalCdf", d, d);
    row("  d/dx new NormalDistribution(0.5, 1.5).cdf(x)", Library.normalCdf(x, 0.5),
        (double) normalCdf.invokeExact(x, 1.0, 0.5, 0.0), CentralDifference.of(v -> Library.normalCdf(v, 0.5), x));
    MethodHandle logBeta = Derivatives.tangent(lookup, Library.class, "logBeta", d, d);
    row("  d/da log B(a, b), a rule for logGamma", Library.logBeta(1.5, 2.5), (double) logBeta.invokeExact(1.5, 1.0, 2.5, 0.0),
        CentralDifference.of(a -> Library.logBeta(a, 2.5), 1.5));
    DoubleUnaryOperator cubic = new Cubic();
    MethodHandle trapezoid = Derivatives.tangent(lookup, Library.class, "trapezoid", DoubleUnaryOperator.class, d, d, int.class);
    row("  d/db of a trapezoid rule over x^3 - 2x", Library.trapezoid(cubic, 0, 1.5, 8),
        (double) trapezoid.invokeExact(cubic, 0.0, 0.0, 1.5, 1.0, 8), CentralDifference.of(b -> Library.trapezoid(cubic, 0, b, 8), 1.5));
    MethodHandle jama = Derivatives.tangent(lookup, JamaLeastSquares.class, "residualNorm", double[].class);
    double[] ls = {0.3, -0.7};
    row("  d/dx0 |A x - b|, Jama Matrix (jar)", JamaLeastSquares.residualNorm(ls),
        (double) jama.invokeExact(ls.clone(), new double[] {1, 0}),
        CentralDifference.of(v -> JamaLeastSquares.residualNorm(new double[] {v, ls[1]}), ls[0]));
    Rhs pendulum = new Pendulum(9.81, 0.2);
    MethodHandle rk4 = Derivatives.tangent(lookup, Library.class, "rk4", Rhs.class, d, d, double[].class);
    double[] y = {0.6, 0};
    row("  d theta(h) / d theta(0), one RK4 step", Library.rk4(pendulum, 0, 0.05, y.clone()),
        (double) rk4.invokeExact(pendulum, 0.0, 0.0, 0.05, 0.0, y.clone(), new double[] {1, 0}),
        CentralDifference.of(v -> Library.rk4(pendulum, 0, 0.05, new double[] {v, 0}), y[0]));
  }

  private void row(String what, double value, double tangent, double finiteDifference) {
    out.printf("%-44s %20.12g %20.12g %20.12g %10.2e%n", what, value, tangent, finiteDifference, Math.abs(tangent - finiteDifference));
  }
}
