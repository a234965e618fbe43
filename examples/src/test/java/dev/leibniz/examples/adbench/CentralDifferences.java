package dev.leibniz.examples.adbench;

/**
 * Central finite differences of a function of several arrays and scalars with a vector result: the
 * oracle that the test stand-ins for generated companions are built on.
 */
final class CentralDifferences {
  /**
   * Relative step: about the cube root of the double epsilon, the optimum for central differences.
   */
  private static final double STEP = 1e-5;

  /** A function of {@code arrays} and {@code scalars}, with a vector result. */
  interface VectorFunction {
    double[] at(double[][] arrays, double[] scalars);
  }

  private CentralDifferences() {}

  /** The directional derivative along ({@code darrays}, {@code dscalars}); null means zero. */
  static double[] tangent(
      VectorFunction f,
      double[][] arrays,
      double[][] darrays,
      double[] scalars,
      double[] dscalars) {
    double scale = 1;
    for (int a = 0; a < arrays.length; a++) {
      for (int j = 0; darrays[a] != null && j < arrays[a].length; j++) {
        if (darrays[a][j] != 0) {
          scale = Math.max(scale, Math.abs(arrays[a][j]));
        }
      }
    }
    for (int s = 0; s < scalars.length; s++) {
      if (dscalars[s] != 0) {
        scale = Math.max(scale, Math.abs(scalars[s]));
      }
    }
    double h = STEP * scale;
    double[] plus = f.at(shifted(arrays, darrays, h), shifted(scalars, dscalars, h));
    double[] minus = f.at(shifted(arrays, darrays, -h), shifted(scalars, dscalars, -h));
    double[] result = new double[plus.length];
    for (int r = 0; r < plus.length; r++) {
      result[r] = (plus[r] - minus[r]) / (2 * h);
    }
    return result;
  }

  /**
   * Adds {@code Σ_r seed[r]·∂f_r/∂input} to the adjoint of each input, skipping arrays whose
   * adjoint is null.
   */
  static void adjoint(
      VectorFunction f,
      double[][] arrays,
      double[][] arrayBars,
      double[] scalars,
      double[] scalarBars,
      double[] seed) {
    for (int a = 0; a < arrays.length; a++) {
      for (int j = 0; arrayBars[a] != null && j < arrays[a].length; j++) {
        double[][] direction = new double[arrays.length][];
        direction[a] = new double[arrays[a].length];
        direction[a][j] = 1;
        double[] d = tangent(f, arrays, direction, scalars, new double[scalars.length]);
        arrayBars[a][j] += dot(seed, d);
      }
    }
    for (int s = 0; s < scalars.length; s++) {
      double[] direction = new double[scalars.length];
      direction[s] = 1;
      double[] d = tangent(f, arrays, new double[arrays.length][], scalars, direction);
      scalarBars[s] += dot(seed, d);
    }
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static double[][] shifted(double[][] arrays, double[][] directions, double h) {
    double[][] result = new double[arrays.length][];
    for (int a = 0; a < arrays.length; a++) {
      result[a] = directions[a] == null ? arrays[a].clone() : shifted(arrays[a], directions[a], h);
    }
    return result;
  }

  private static double[] shifted(double[] values, double[] direction, double h) {
    double[] result = values.clone();
    for (int j = 0; j < values.length; j++) {
      result[j] += h * direction[j];
    }
    return result;
  }
}
