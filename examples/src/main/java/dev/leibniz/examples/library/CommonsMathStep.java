package dev.leibniz.examples.library;

import dev.leibniz.Differentiable;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.ClassicalRungeKuttaIntegrator;

/**
 * One step of Commons Math's unmodified {@code ClassicalRungeKuttaIntegrator.singleStep} (the
 * commons-math3 jar) over the Lorenz system, given as an implementation of the library's
 * {@code FirstOrderDifferentialEquations} nobody marked, and as a lambda behind an adapter (the
 * library's interface has two methods, so it cannot be a lambda itself).
 */
public final class CommonsMathStep {
  /** The integrator's step: {@code singleStep} to a time {@code h <= STEP} takes exactly one RK4 step. */
  public static final double STEP = 0.05;

  /** A right-hand side as a lambda. */
  public interface Field {
    void apply(double t, double[] y, double[] yDot);
  }

  /** The Lorenz system as an implementation of the library's interface, not annotated. */
  public static final class Lorenz implements FirstOrderDifferentialEquations {
    @Override
    public int getDimension() {
      return 3;
    }

    @Override
    public void computeDerivatives(double t, double[] y, double[] yDot) {
      yDot[0] = 10 * (y[1] - y[0]);
      yDot[1] = y[0] * (28 - y[2]) - y[1];
      yDot[2] = y[0] * y[1] - 8.0 / 3 * y[2];
    }
  }

  /** Implements the library's interface by calling a lambda. */
  public static final class Adapter implements FirstOrderDifferentialEquations {
    private final Field field;

    public Adapter(Field field) {
      this.field = field;
    }

    @Override
    public int getDimension() {
      return 3;
    }

    @Override
    public void computeDerivatives(double t, double[] y, double[] yDot) {
      field.apply(t, y, yDot);
    }
  }

  private static final ClassicalRungeKuttaIntegrator RK4 = new ClassicalRungeKuttaIntegrator(STEP);
  private static final FirstOrderDifferentialEquations LORENZ = new Lorenz();
  private static final FirstOrderDifferentialEquations LORENZ_LAMBDA = new Adapter((t, y, yDot) -> {
    yDot[0] = 10 * (y[1] - y[0]);
    yDot[1] = y[0] * (28 - y[2]) - y[1];
    yDot[2] = y[0] * y[1] - 8.0 / 3 * y[2];
  });

  private CommonsMathStep() {}

  /** {@code x(h) + 2 y(h) - z(h)} after one step of size h from (x, y, z) at t = 0, over the implementation. */
  @Differentiable
  public static double step(double x, double y, double z, double h) {
    double[] next = RK4.singleStep(LORENZ, 0, new double[] {x, y, z}, h);
    return next[0] + 2 * next[1] - next[2];
  }

  /** The same step over the lambda. */
  @Differentiable
  public static double stepLambda(double x, double y, double z, double h) {
    double[] next = RK4.singleStep(LORENZ_LAMBDA, 0, new double[] {x, y, z}, h);
    return next[0] + 2 * next[1] - next[2];
  }
}
