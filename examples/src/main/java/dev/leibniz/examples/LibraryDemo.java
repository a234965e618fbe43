package dev.leibniz.examples;

import dev.leibniz.Derivatives;
import dev.leibniz.examples.library.CommonsMathStep;
import dev.leibniz.examples.library.Cubic;
import dev.leibniz.examples.library.FromJars;
import dev.leibniz.examples.library.JamaLeastSquares;
import dev.leibniz.examples.library.Library;
import dev.leibniz.examples.library.Pendulum;
import dev.leibniz.examples.library.Rhs;
import java.io.PrintStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.function.DoubleUnaryOperator;

/**
 * Derivatives through unmodified library code (hipparchus-core, commons-math3, Jama), interface
 * dispatch and a user rule: each row prints the value, the tangent, the adjoint and a central finite
 * difference with the modes' relative error against it, and fails past {@link #TOLERANCE}.
 */
final class LibraryDemo {
  /** A row fails when a mode differs from the central difference by more than this, relative to max(1, |FD|). */
  static final double TOLERANCE = 1e-6;

  /** ... or when the two modes differ by more than this (relative): they compute the same partial. */
  static final double MODES_TOLERANCE = 1e-12;

  /** The width of the rows' label column (the rows start with two spaces, the section lines with none). */
  static final int LABEL_WIDTH = 62;

  private static final Class<?> D = double.class;
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  /** One partial derivative through a companion, at a point. */
  @FunctionalInterface
  private interface Partial {
    double at(double x) throws Throwable;
  }

  private final PrintStream out;
  private int failures;

  LibraryDemo(PrintStream out) {
    this.out = out;
  }

  /** Prints the rows; returns how many failed. */
  int run() throws Throwable {
    failures = 0;
    out.printf("%-" + LABEL_WIDTH + "s %18s %18s %18s %18s %8s%n", "Library code", "value", "$tangent", "$adjoint",
        "central FD", "rel. err");
    hipparchus();
    commonsMath();
    out.println("Also: FastMath, a library object, a user rule, a JDK interface, Jama, an RK4 over the project's Rhs:");
    others();
    out.printf("rel. err = max |mode - FD| / max(1, |FD|); a row fails above %.0e (or modes apart by %.0e): %s%n",
        TOLERANCE, MODES_TOLERANCE, failures == 0 ? "all rows pass" : failures + " row(s) FAIL");
    return failures;
  }

  /** Hipparchus' own bytecode, no rule: FromJars has none. */
  private void hipparchus() throws Throwable {
    out.println("Hipparchus (hipparchus-core jar), differentiated from the library's own bytecode, no rule:");
    MethodHandle logGamma = Derivatives.tangent(LOOKUP, FromJars.class, "logGamma", D);
    MethodHandle logGammaAdj = Derivatives.adjoint(LOOKUP, FromJars.class, "logGamma", D);
    row("  d/dx Gamma.logGamma(x), x = 2.3", FromJars::logGamma, 2.3,
        x -> (double) logGamma.invokeExact(x, 1.0), x -> gradient(g -> (double) logGammaAdj.invokeExact(x, 1.0, g), 1, 0));
    MethodHandle erf = Derivatives.tangent(LOOKUP, FromJars.class, "erf", D);
    MethodHandle erfAdj = Derivatives.adjoint(LOOKUP, FromJars.class, "erf", D);
    row("  d/dx Erf.erf(x), x = 0.3", FromJars::erf, 0.3,
        x -> (double) erf.invokeExact(x, 1.0), x -> gradient(g -> (double) erfAdj.invokeExact(x, 1.0, g), 1, 0));
    MethodHandle cdf = Derivatives.tangent(LOOKUP, FromJars.class, "normalCdf", D, D);
    MethodHandle cdfAdj = Derivatives.adjoint(LOOKUP, FromJars.class, "normalCdf", D, D);
    row("  d/dx NormalDistribution(0.5, 1.5).cumulativeProbability(x)", v -> FromJars.normalCdf(v, 0.5), 2.3,
        x -> (double) cdf.invokeExact(x, 1.0, 0.5, 0.0), x -> gradient(g -> (double) cdfAdj.invokeExact(x, 0.5, 1.0, g), 2, 0));
  }

  /** Commons Math's RK4 step over the Lorenz system: x(h) + 2 y(h) - z(h), d/dx(0), h = 0.02. */
  private void commonsMath() throws Throwable {
    out.println("Commons Math (commons-math3 jar), ClassicalRungeKuttaIntegrator.singleStep over the Lorenz system,");
    out.println("d/dx(0) of x(h) + 2 y(h) - z(h) from (1, 0.5, -0.3), h = 0.02:");
    for (String name : new String[] {"step", "stepLambda"}) {
      MethodHandle t = Derivatives.tangent(LOOKUP, CommonsMathStep.class, name, D, D, D, D);
      MethodHandle adj = Derivatives.adjoint(LOOKUP, CommonsMathStep.class, name, D, D, D, D);
      MethodHandle primal = LOOKUP.findStatic(CommonsMathStep.class, name, java.lang.invoke.MethodType.methodType(D, D, D, D, D));
      double y = 0.5, z = -0.3, h = 0.02;
      String over = name.equals("step") ? "an implementation" : "a lambda (adapter)";
      row("  RK4 singleStep, right-hand side " + over, v -> {
            try {
              return (double) primal.invokeExact(v, y, z, h);
            } catch (Throwable e) {
              throw new IllegalStateException(e);
            }
          }, 1.0,
          x -> (double) t.invokeExact(x, 1.0, y, 0.0, z, 0.0, h, 0.0),
          x -> gradient(g -> (double) adj.invokeExact(x, y, z, h, 1.0, g), 4, 0));
    }
  }

  /** The rows that show a user rule, JDK interfaces, Jama and a hand-written RK4 over the project's Rhs. */
  private void others() throws Throwable {
    MethodHandle special = Derivatives.tangent(LOOKUP, Library.class, "special", D);
    MethodHandle specialAdj = Derivatives.adjoint(LOOKUP, Library.class, "special", D);
    row("  d/dx log(lanczos x) + e^-x angle(x)", Library::special, 2.3,
        x -> (double) special.invokeExact(x, 1.0), x -> gradient(g -> (double) specialAdj.invokeExact(x, 1.0, g), 1, 0));
    MethodHandle mixture = Derivatives.tangent(LOOKUP, Library.class, "gaussianMixture", D, D);
    MethodHandle mixtureAdj = Derivatives.adjoint(LOOKUP, Library.class, "gaussianMixture", D, D);
    row("  d/dx Gaussian mixture", v -> Library.gaussianMixture(v, 0.3), 2.3,
        x -> (double) mixture.invokeExact(x, 1.0, 0.3, 0.0),
        x -> gradient(g -> (double) mixtureAdj.invokeExact(x, 0.3, 1.0, g), 2, 0));
    MethodHandle logBeta = Derivatives.tangent(LOOKUP, Library.class, "logBeta", D, D);
    MethodHandle logBetaAdj = Derivatives.adjoint(LOOKUP, Library.class, "logBeta", D, D);
    row("  d/da log B(a, b), logGamma through a user rule (GammaRules)", a -> Library.logBeta(a, 2.5), 1.5,
        a -> (double) logBeta.invokeExact(a, 1.0, 2.5, 0.0),
        a -> gradient(g -> (double) logBetaAdj.invokeExact(a, 2.5, 1.0, g), 2, 0));
    DoubleUnaryOperator cubic = new Cubic();
    Class<?>[] trapezoidTypes = {DoubleUnaryOperator.class, D, D, int.class};
    MethodHandle trapezoid = Derivatives.tangent(LOOKUP, Library.class, "trapezoid", trapezoidTypes);
    MethodHandle trapezoidAdj = Derivatives.adjoint(LOOKUP, Library.class, "trapezoid", trapezoidTypes);
    row("  d/db of a trapezoid rule over x^3 - 2x", b -> Library.trapezoid(cubic, 0, b, 8), 1.5,
        b -> (double) trapezoid.invokeExact(cubic, 0.0, 0.0, b, 1.0, 8),
        b -> gradient(g -> (double) trapezoidAdj.invokeExact(cubic, 0.0, b, 8, 1.0, g), 2, 1));
    MethodHandle jama = Derivatives.tangent(LOOKUP, JamaLeastSquares.class, "residualNorm", double[].class);
    MethodHandle jamaAdj = Derivatives.adjoint(LOOKUP, JamaLeastSquares.class, "residualNorm", double[].class);
    double x1 = -0.7;
    row("  d/dx0 |A x - b|, Jama Matrix (jar)", v -> JamaLeastSquares.residualNorm(new double[] {v, x1}), 0.3,
        v -> (double) jama.invokeExact(new double[] {v, x1}, new double[] {1, 0}),
        v -> gradient(xbar -> (double) jamaAdj.invokeExact(new double[] {v, x1}, xbar, 1.0), 2, 0));
    Rhs pendulum = new Pendulum(9.81, 0.2);
    MethodHandle rk4 = Derivatives.tangent(LOOKUP, Library.class, "rk4", Rhs.class, D, D, double[].class);
    MethodHandle rk4Adj = Derivatives.adjoint(LOOKUP, Library.class, "rk4", Rhs.class, D, D, double[].class);
    row("  d theta(h) / d theta(0), a hand-written RK4 over Rhs", v -> Library.rk4(pendulum, 0, 0.05, new double[] {v, 0}), 0.6,
        v -> (double) rk4.invokeExact(pendulum, 0.0, 0.0, 0.05, 0.0, new double[] {v, 0}, new double[] {1, 0}),
        v -> gradient(ybar -> (double) rk4Adj.invokeExact(pendulum, 0.0, 0.05, new double[] {v, 0}, ybar, 1.0, new double[2]),
            2, 0));
  }

  /** A gradient array filled by an adjoint call. */
  @FunctionalInterface
  private interface AdjointCall {
    double fill(double[] gradient) throws Throwable;
  }

  /** Runs an adjoint with a fresh gradient of {@code size} entries and returns entry {@code index}. */
  private static double gradient(AdjointCall call, int size, int index) throws Throwable {
    double[] g = new double[size];
    double unusedValue = call.fill(g);
    return g[index];
  }

  private void row(String what, DoubleUnaryOperator f, double x, Partial tangent, Partial adjoint) throws Throwable {
    double t = tangent.at(x), a = adjoint.at(x), fd = CentralDifference.of(f, x);
    double scale = Math.max(1, Math.abs(fd));
    double error = Math.max(Math.abs(t - fd), Math.abs(a - fd)) / scale;
    boolean pass = error <= TOLERANCE && Math.abs(t - a) <= MODES_TOLERANCE * Math.max(1, Math.abs(t));
    if (!pass) failures++;
    out.printf("%-" + LABEL_WIDTH + "s %18.11g %18.11g %18.11g %18.11g %8.1e %s%n", what, f.applyAsDouble(x), t, a, fd, error,
        pass ? "ok" : "FAIL");
  }
}
