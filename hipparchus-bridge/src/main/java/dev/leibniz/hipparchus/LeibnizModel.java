package dev.leibniz.hipparchus;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.MultivariateJacobianFunction;
import org.hipparchus.util.Pair;

/**
 * A Hipparchus least-squares model ({@link MultivariateJacobianFunction}) from a residual method
 * {@code void r(double[] x, double[] out)} marked {@code @Differentiable}: {@code out} receives
 * the m residuals at the n parameters {@code x}. The Jacobian comes from the generated
 * companions, by columns ({@code r$tangent}, n calls) when n ≤ m, else by rows ({@code r$adjoint},
 * m calls) — exact to rounding, with no step to choose. Data the residuals compare against live
 * in the receiver's fields or in static fields (both passive).
 *
 * <pre>{@code
 * LeibnizModel model = LeibnizModel.of(MethodHandles.lookup(), fit, "residuals", 5, 200);
 * LeastSquaresProblem problem = model.leastSquares(start).maxEvaluations(1000).maxIterations(1000).build();
 * Optimum optimum = new LevenbergMarquardtOptimizer().optimize(problem);
 * }</pre>
 *
 * <p>Thread-safe: each call works in its own arrays.
 */
public final class LeibnizModel implements MultivariateJacobianFunction {
  private static final MethodType RESIDUALS = MethodType.methodType(void.class, double[].class, double[].class);

  private final MethodHandle primal;
  private final MethodHandle tangent;
  private final MethodHandle adjoint;
  private final int parameters;
  private final int residuals;

  private LeibnizModel(Companions c, int parameters, int residuals) {
    if (parameters < 1 || residuals < 1) {
      throw new IllegalArgumentException("need at least one parameter and one residual");
    }
    this.primal = c.primal;
    this.tangent = c.tangent;
    this.adjoint = c.adjoint;
    this.parameters = parameters;
    this.residuals = residuals;
  }

  /**
   * The model of {@code void name(double[] x, double[] out)}: {@code target} is its class when it
   * is static, else the receiver; {@code parameters} is x's length, {@code residuals} out's.
   */
  public static LeibnizModel of(MethodHandles.Lookup lookup, Object target, String name, int parameters, int residuals) {
    return new LeibnizModel(Companions.of(lookup, target, name, RESIDUALS), parameters, residuals);
  }

  public int parameters() {
    return parameters;
  }

  public int residuals() {
    return residuals;
  }

  /** True when the Jacobian is built by tangent columns (n ≤ m), false for adjoint rows. */
  public boolean byColumns() {
    return parameters <= residuals;
  }

  /** A builder with this model, a zero target (the method returns residuals) and the start point. */
  public LeastSquaresBuilder leastSquares(double[] start) {
    return new LeastSquaresBuilder().model(this).target(new double[residuals]).start(start);
  }

  @Override
  public Pair<RealVector, RealMatrix> value(RealVector point) {
    double[] r = new double[residuals];
    double[][] j = jacobian(point.toArray(), r);
    return new Pair<>(new ArrayRealVector(r, false), new Array2DRowRealMatrix(j, false));
  }

  /** The residuals at {@code x}. */
  public double[] residuals(double[] x) {
    double[] r = new double[residuals];
    call(primal, check(x), r);
    return r;
  }

  /** The m × n Jacobian at {@code x}; {@code out} (length m, or null) receives the residuals. */
  public double[][] jacobian(double[] x, double[] out) {
    check(x);
    double[] r = out != null ? out : new double[residuals];
    double[][] j = new double[residuals][parameters];
    if (byColumns()) {
      double[] dx = new double[parameters], dr = new double[residuals];
      for (int c = 0; c < parameters; c++) {
        dx[c] = 1;
        Arrays.fill(dr, 0);
        call(tangent, x, dx, r, dr);
        dx[c] = 0;
        for (int i = 0; i < residuals; i++) j[i][c] = dr[i];
      }
    } else {
      double[] rbar = new double[residuals];
      for (int i = 0; i < residuals; i++) {
        Arrays.fill(rbar, 0);
        rbar[i] = 1;
        call(adjoint, x, j[i], r, rbar); // j[i] starts at zero and receives row i
      }
    }
    return j;
  }

  private double[] check(double[] x) {
    if (x.length != parameters) {
      throw new IllegalArgumentException("expected " + parameters + " parameters, got " + x.length);
    }
    return x;
  }

  private static void call(MethodHandle h, double[] a, double[] b) {
    try {
      h.invokeExact(a, b);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private static void call(MethodHandle h, double[] a, double[] b, double[] c, double[] d) {
    try {
      h.invokeExact(a, b, c, d);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
