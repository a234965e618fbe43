package dev.leibniz.benchmarks.fd;

import java.util.function.DoubleSupplier;

/**
 * Central finite differences of a scalar function of several arrays, perturbed in place (and
 * restored): the full gradient costs two evaluations per parameter, a directional derivative two
 * in all. The step is {@code ∛ε · max(1, |x|)}, about 6e-6 for values near one, and the actual
 * step {@code (x + h) − x} is used so that rounding of {@code x + h} does not bias the quotient.
 */
public final class CentralDifferences {
  /** {@code ∛(2⁻⁵²)}: balances truncation error (h²) against rounding error (ε/h). */
  public static final double STEP = Math.cbrt(Math.ulp(1.0));

  private CentralDifferences() {}

  /** Writes {@code ∂f/∂params[a][j]} into {@code grads[a][j]}. */
  public static void gradient(DoubleSupplier f, double[][] params, double[][] grads) {
    for (int a = 0; a < params.length; a++) {
      double[] x = params[a];
      double[] g = grads[a];
      for (int j = 0; j < x.length; j++) {
        double xj = x[j];
        double h = STEP * Math.max(1, Math.abs(xj));
        x[j] = xj + h;
        double up = x[j] - xj;
        double fUp = f.getAsDouble();
        x[j] = xj - h;
        double down = xj - x[j];
        double fDown = f.getAsDouble();
        x[j] = xj;
        g[j] = (fUp - fDown) / (up + down);
      }
    }
  }

  /** The derivative of {@code f} along {@code directions} (same shapes as {@code params}). */
  public static double directional(DoubleSupplier f, double[][] params, double[][] directions) {
    double xMax = 1;
    double vMax = 0;
    double[][] saved = new double[params.length][];
    for (int a = 0; a < params.length; a++) {
      saved[a] = params[a].clone();
      for (int j = 0; j < params[a].length; j++) {
        xMax = Math.max(xMax, Math.abs(params[a][j]));
        vMax = Math.max(vMax, Math.abs(directions[a][j]));
      }
    }
    if (vMax == 0) {
      return 0;
    }
    double h = STEP * xMax / vMax;
    move(params, saved, directions, h);
    double fUp = f.getAsDouble();
    move(params, saved, directions, -h);
    double fDown = f.getAsDouble();
    for (int a = 0; a < params.length; a++) {
      System.arraycopy(saved[a], 0, params[a], 0, saved[a].length);
    }
    return (fUp - fDown) / (2 * h);
  }

  private static void move(double[][] params, double[][] from, double[][] directions, double h) {
    for (int a = 0; a < params.length; a++) {
      for (int j = 0; j < params[a].length; j++) {
        params[a][j] = from[a][j] + h * directions[a][j];
      }
    }
  }
}
