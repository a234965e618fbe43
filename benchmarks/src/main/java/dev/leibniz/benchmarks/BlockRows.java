package dev.leibniz.benchmarks;

import dev.leibniz.Differentiable;

/**
 * Residuals in blocks: row i reads only its own {@link #WIDTH} parameters (a few dense rows, each
 * over its own columns, as in per-group fits). The rows share no column, so reverse rows take the
 * whole Jacobian in one adjoint call where columns need {@link #WIDTH} colours. The fixture of
 * {@link ReverseRowsBenchmark}.
 */
public final class BlockRows {
  static final int ROWS = 8;
  static final int WIDTH = 128;

  private BlockRows() {}

  @Differentiable(tangents = true)
  public static void residuals(double[] x, double[] r) {
    for (int i = 0; i < r.length; i++) {
      double s = 0;
      for (int j = i * WIDTH; j < (i + 1) * WIDTH; j++) {
        s += Math.sin(x[j]) * x[j] + Math.exp(-x[j] * x[j]);
      }
      r[i] = s * s - 1;
    }
  }

  /** Row i's columns: its block. */
  static int[][] pattern() {
    int[][] p = new int[ROWS][WIDTH];
    for (int i = 0; i < ROWS; i++) {
      for (int k = 0; k < WIDTH; k++) p[i][k] = i * WIDTH + k;
    }
    return p;
  }
}
