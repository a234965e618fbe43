package dev.leibniz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.Derivatives;
import dev.leibniz.examples.library.CommonsMathStep;
import dev.leibniz.examples.library.Cubic;
import dev.leibniz.examples.library.FromJars;
import dev.leibniz.examples.library.Library;
import dev.leibniz.examples.library.Pendulum;
import dev.leibniz.examples.library.Rhs;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

/**
 * The library examples under the real agent (strict): both modes against closed forms and finite differences,
 * Hipparchus' logGamma, erf and normal CDF and Commons Math's RK4 step from their unmodified jars among them.
 */
class LibraryExamplesTest {
  private static final Class<?> D = double.class;
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  @Test
  void logBetaThroughTheRuleBothModes() throws Throwable {
    double a = 1.5, b = 2.5;
    double da = Gamma.digamma(a) - Gamma.digamma(a + b), db = Gamma.digamma(b) - Gamma.digamma(a + b);
    MethodHandle t = Derivatives.tangent(LOOKUP, Library.class, "logBeta", D, D);
    assertEquals(da, (double) t.invokeExact(a, 1.0, b, 0.0), 1e-13);
    double[] g = new double[2];
    MethodHandle adj = Derivatives.adjoint(LOOKUP, Library.class, "logBeta", D, D);
    assertEquals(Library.logBeta(a, b), (double) adj.invokeExact(a, b, 1.0, g), 0);
    assertEquals(da, g[0], 1e-13);
    assertEquals(db, g[1], 1e-13);
  }

  @Test
  void libraryCodeBothModesAgainstFiniteDifferences() throws Throwable {
    for (double x : new double[] {0.7, 2.3}) {
      double fd = CentralDifference.of(Library::special, x);
      MethodHandle t = Derivatives.tangent(LOOKUP, Library.class, "special", D);
      assertEquals(fd, (double) t.invokeExact(x, 1.0), 1e-7 * Math.max(1, Math.abs(fd)));
      double[] g = new double[1];
      double unused = (double) Derivatives.adjoint(LOOKUP, Library.class, "special", D).invokeExact(x, 1.0, g);
      assertEquals((double) t.invokeExact(x, 1.0), g[0], 1e-13 * Math.max(1, Math.abs(fd)));
      double gd = CentralDifference.of(v -> Library.gaussianMixture(v, 0.3), x);
      MethodHandle m = Derivatives.tangent(LOOKUP, Library.class, "gaussianMixture", D, D);
      assertEquals(gd, (double) m.invokeExact(x, 1.0, 0.3, 0.0), 1e-7 * Math.max(1, Math.abs(gd)));
    }
  }

  @Test
  void logGammaFromItsBytecodeBothModes() throws Throwable {
    MethodHandle t = Derivatives.tangent(LOOKUP, FromJars.class, "logGamma", D);
    MethodHandle adj = Derivatives.adjoint(LOOKUP, FromJars.class, "logGamma", D);
    // one point in each of Hipparchus' branches: x < 0.5, [0.5, 1.5], (1.5, 8], above 8; digamma there to 17
    // digits (mpmath at 30 digits). Not Hipparchus' Gamma.digamma: it is off by 8e-10 relative at 0.3.
    double[] points = {0.3, 1.2, 2.3, 6.5, 12.0};
    double[] digamma = {
      -3.5025242222001331249, -0.28903989659218835183, 0.60003988036396947876, 1.7929113303999329419,
      2.4426616799758120167
    };
    for (int i = 0; i < points.length; i++) {
      double x = points[i], exact = digamma[i];
      double tangent = (double) t.invokeExact(x, 1.0);
      assertEquals(exact, tangent, 1e-12 * Math.max(1, Math.abs(exact)), "tangent at " + x);
      assertEquals(CentralDifference.of(FromJars::logGamma, x), tangent, 1e-7 * Math.max(1, Math.abs(exact)), "FD at " + x);
      double[] g = new double[1];
      assertEquals(Gamma.logGamma(x), (double) adj.invokeExact(x, 1.0, g), 0);
      assertEquals(exact, g[0], 1e-12 * Math.max(1, Math.abs(exact)), "adjoint at " + x);
    }
  }

  @Test
  void erfAndNormalCdfFromTheJarBothModes() throws Throwable {
    for (double x : new double[] {-0.8, 0.3, 1.7}) {
      double exact = 2 / Math.sqrt(Math.PI) * Math.exp(-x * x); // erf'
      MethodHandle t = Derivatives.tangent(LOOKUP, FromJars.class, "erf", D);
      assertEquals(exact, (double) t.invokeExact(x, 1.0), 1e-12);
      assertEquals(CentralDifference.of(FromJars::erf, x), (double) t.invokeExact(x, 1.0), 1e-7);
      double[] g = new double[1];
      double unused = (double) Derivatives.adjoint(LOOKUP, FromJars.class, "erf", D).invokeExact(x, 1.0, g);
      assertEquals(exact, g[0], 1e-12);
      // normal density with mean 0.5 and sigma 1.5: d/dx = pdf, d/dmean = -pdf
      double z = (x - 0.5) / 1.5, pdf = Math.exp(-z * z / 2) / (1.5 * Math.sqrt(2 * Math.PI));
      MethodHandle nt = Derivatives.tangent(LOOKUP, FromJars.class, "normalCdf", D, D);
      assertEquals(pdf, (double) nt.invokeExact(x, 1.0, 0.5, 0.0), 1e-12);
      assertEquals(-pdf, (double) nt.invokeExact(x, 0.0, 0.5, 1.0), 1e-12);
      assertEquals(CentralDifference.of(v -> FromJars.normalCdf(v, 0.5), x), (double) nt.invokeExact(x, 1.0, 0.5, 0.0), 1e-7);
      double[] ng = new double[2];
      unused = (double) Derivatives.adjoint(LOOKUP, FromJars.class, "normalCdf", D, D).invokeExact(x, 0.5, 1.0, ng);
      assertEquals(pdf, ng[0], 1e-12);
      assertEquals(-pdf, ng[1], 1e-12);
    }
  }

  @Test
  void commonsMathRungeKuttaStepOverAnImplementationBothModes() throws Throwable {
    commonsMathStep("step", CommonsMathStep::step);
  }

  @Test
  void commonsMathRungeKuttaStepOverALambdaBothModes() throws Throwable {
    commonsMathStep("stepLambda", CommonsMathStep::stepLambda);
  }

  /** The primal of a step: (x, y, z, h) to x(h) + 2 y(h) - z(h). */
  private interface Step {
    double at(double x, double y, double z, double h);
  }

  /** Every partial of the step in both modes against central differences, and the modes against each other. */
  private static void commonsMathStep(String name, Step step) throws Throwable {
    MethodHandle t = Derivatives.tangent(LOOKUP, CommonsMathStep.class, name, D, D, D, D);
    MethodHandle adj = Derivatives.adjoint(LOOKUP, CommonsMathStep.class, name, D, D, D, D);
    for (double[] p : new double[][] {{1.0, 0.5, -0.3, 0.02}, {-2.0, 1.5, 20.0, 0.01}}) {
      double[] g = new double[4];
      assertEquals(step.at(p[0], p[1], p[2], p[3]), (double) adj.invokeExact(p[0], p[1], p[2], p[3], 1.0, g), 0);
      for (int i = 0; i < 4; i++) {
        double[] d = new double[4];
        d[i] = 1;
        double tangent = (double) t.invokeExact(p[0], d[0], p[1], d[1], p[2], d[2], p[3], d[3]);
        int ii = i;
        double fd = CentralDifference.of(v -> {
          double[] q = p.clone();
          q[ii] = v;
          return step.at(q[0], q[1], q[2], q[3]);
        }, p[i]);
        double scale = Math.max(1, Math.abs(fd));
        assertEquals(fd, tangent, 1e-6 * scale, name + " tangent, input " + i);
        assertEquals(tangent, g[i], 1e-12 * scale, name + " adjoint, input " + i);
      }
    }
  }

  @Test
  void trapezoidOverAnInterfaceImplementation() throws Throwable {
    DoubleUnaryOperator cubic = new Cubic();
    double b = 1.5;
    // n = 1: (b - a)/2 (f(a) + f(b)) with a = 0: d/db = (f(b) + b f'(b)) / 2
    double exact = ((b * b * b - 2 * b) + b * (3 * b * b - 2)) / 2;
    MethodHandle t = Derivatives.tangent(LOOKUP, Library.class, "trapezoid", DoubleUnaryOperator.class, D, D, int.class);
    assertEquals(exact, (double) t.invokeExact(cubic, 0.0, 0.0, b, 1.0, 1), 1e-13);
    MethodHandle adj = Derivatives.adjoint(LOOKUP, Library.class, "trapezoid", DoubleUnaryOperator.class, D, D, int.class);
    double[] g = new double[2];
    double unused = (double) adj.invokeExact(cubic, 0.0, b, 1, 1.0, g);
    assertEquals(exact, g[1], 1e-13);
  }

  @Test
  void trapezoidOverALambda() throws Throwable {
    double b = 1.5, exact = (b * b * b * b + b * 4 * b * b * b) / 2; // n = 1, a = 0
    MethodHandle t = Derivatives.tangent(LOOKUP, Library.class, "trapezoid", DoubleUnaryOperator.class, D, D, int.class);
    assertEquals(exact, (double) t.invokeExact(Library.QUARTIC, 0.0, 0.0, b, 1.0, 1), 1e-13);
    double fd = CentralDifference.of(v -> Library.trapezoid(Library.QUARTIC, 0, v, 6), b);
    assertEquals(fd, (double) t.invokeExact(Library.QUARTIC, 0.0, 0.0, b, 1.0, 6), 1e-7 * Math.abs(fd));
  }

  @Test
  void rungeKuttaStepOverAnImplementationWithoutTheAnnotation() throws Throwable {
    Rhs p = new Pendulum(9.81, 0.2);
    double[] y = {0.6, 0.1};
    MethodHandle t = Derivatives.tangent(LOOKUP, Library.class, "rk4", Rhs.class, D, D, double[].class);
    MethodHandle adj = Derivatives.adjoint(LOOKUP, Library.class, "rk4", Rhs.class, D, D, double[].class);
    double[] ybar = new double[2];
    double unused = (double) adj.invokeExact(p, 0.0, 0.05, y.clone(), ybar, 1.0, new double[2]);
    for (int k = 0; k < 2; k++) {
      double[] dir = new double[2];
      dir[k] = 1;
      int kk = k;
      double fd = CentralDifference.of(v -> {
        double[] yy = y.clone();
        yy[kk] = v;
        return Library.rk4(p, 0, 0.05, yy);
      }, y[k]);
      double tangent = (double) t.invokeExact(p, 0.0, 0.0, 0.05, 0.0, y.clone(), dir);
      assertEquals(fd, tangent, 1e-8);
      assertEquals(tangent, ybar[k], 1e-13);
    }
  }
}
