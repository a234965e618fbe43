package dev.leibniz.examples;

import dev.leibniz.Differentiable;
import java.util.Random;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.MultivariateJacobianFunction;
import org.hipparchus.util.Pair;

/**
 * Observations of a damped oscillation {@code a e^{−b t} cos(c t + d) + e} and their residuals
 * for a least-squares fit of the five parameters: once as a {@code @Differentiable} method (Leibniz
 * derives the Jacobian), once written on Hipparchus {@code DerivativeStructure} (what a Java user
 * without Leibniz writes).
 */
public final class DampedOscillation {
  /** The parameters the observations are generated from. */
  public static final double[] TRUE = {2.5, 0.3, 1.7, 0.4, -0.2};
  /** Where the fits start. */
  public static final double[] START = {2.0, 0.5, 1.5, 0.1, 0.0};

  private final double[] t;
  private final double[] y;

  private DampedOscillation(double[] t, double[] y) {
    this.t = t;
    this.y = y;
  }

  /** {@code m} observations at t = 0, 0.01, ... of {@link #TRUE} with Gaussian noise of deviation {@code noise}. */
  public static DampedOscillation observations(int m, double noise, long seed) {
    Random random = new Random(seed);
    double[] t = new double[m], y = new double[m];
    for (int i = 0; i < m; i++) {
      t[i] = 10.0 * i / m;
      y[i] = model(TRUE, t[i]) + noise * random.nextGaussian();
    }
    return new DampedOscillation(t, y);
  }

  public int size() {
    return t.length;
  }

  public static double model(double[] p, double t) {
    return p[0] * Math.exp(-p[1] * t) * Math.cos(p[2] * t + p[3]) + p[4];
  }

  /** {@code out[i] = model(p, t_i) − y_i}. */
  @Differentiable
  public void residuals(double[] p, double[] out) {
    for (int i = 0; i < t.length; i++) {
      out[i] = p[0] * Math.exp(-p[1] * t[i]) * Math.cos(p[2] * t[i] + p[3]) + p[4] - y[i];
    }
  }

  /** The same residuals and their Jacobian with Hipparchus {@code DerivativeStructure} (5 variables, order 1). */
  public MultivariateJacobianFunction hipparchusModel() {
    DSFactory factory = new DSFactory(5, 1);
    return point -> {
      double[] p = point.toArray();
      DerivativeStructure[] v = new DerivativeStructure[5];
      for (int k = 0; k < 5; k++) v[k] = factory.variable(k, p[k]);
      double[] r = new double[t.length];
      double[][] j = new double[t.length][];
      for (int i = 0; i < t.length; i++) {
        DerivativeStructure ri = v[0].multiply(v[1].multiply(-t[i]).exp()).multiply(v[2].multiply(t[i]).add(v[3]).cos()).add(v[4]).subtract(y[i]);
        r[i] = ri.getValue();
        j[i] = java.util.Arrays.copyOfRange(ri.getAllDerivatives(), 1, 6);
      }
      return new Pair<RealVector, RealMatrix>(new ArrayRealVector(r, false), new Array2DRowRealMatrix(j, false));
    };
  }
}
