package dev.leibniz.vector;

import dev.leibniz.Differentiable;

/** Fixtures of the vector adjoint ({@code adjoints = true}): rows of a Jacobian from one forward sweep. */
public final class RowFunctions {
  private RowFunctions() {}

  /**
   * {@code r = (x0 cos x1, x0 sin x1, sqrt(x0² + x2²) or x2 − x0)}: a branch (its path recorded in
   * the forward sweep, read by every row), {@code Math} calls, and a small temporary whose shadow
   * each row writes.
   */
  @Differentiable(adjoints = true)
  public static void polar(double[] x, double[] r) {
    double[] t = new double[2];
    t[0] = Math.cos(x[1]);
    t[1] = Math.sin(x[1]);
    r[0] = x[0] * t[0];
    r[1] = x[0] * t[1];
    if (x[2] > 0) {
      r[2] = Math.sqrt(x[0] * x[0] + x[2] * x[2]);
    } else {
      r[2] = x[2] - x[0];
    }
  }

  /**
   * {@code r = (w·(x0 + x0 x1), w x1² + x0)} with an accumulation into a fresh array, whose
   * cell's adjoint the reverse sweep keeps (an increment): the rows must not carry it over; and a
   * scalar parameter, whose adjoints come in rows too.
   */
  @Differentiable(adjoints = true)
  public static void accumulated(double[] x, double w, double[] r) {
    double[] acc = new double[2];
    acc[0] = acc[0] + x[0];
    acc[0] = acc[0] + x[0] * x[1];
    acc[1] = acc[1] + w * x[1] * x[1];
    r[0] = w * acc[0];
    r[1] = acc[1] + x[0];
  }

  /**
   * {@code r = (x0² + |x1|, x0² |x1| n, x0 x1)}, {@code n} 2 or 3 by the sign of {@code x1}: small
   * temporaries whose shadows each row writes ({@code u}, written on both sides of a branch), an
   * {@code int} one ({@code n}), and one whose length is read ({@code v}).
   */
  @Differentiable(adjoints = true)
  public static void cells(double[] x, double[] r) {
    double[] u = new double[3];
    int[] n = new int[1];
    u[0] = x[0] * x[0];
    if (x[1] > 0) {
      u[1] = x[1];
      n[0] = 2;
    } else {
      u[1] = -x[1];
      n[0] = 3;
    }
    u[2] = u[0] + u[1];
    r[0] = u[2];
    r[1] = u[0] * u[1] * n[0];
    double[] v = {x[0], x[1]};
    r[2] = v[0] * v[v.length - 1];
  }

  /**
   * {@code r = (x0 x2, x1² or x0)} by the sign of {@code x0}: each path leaves one cell of {@code
   * x}'s adjoint unwritten, so a writing vector adjoint must zero those cells itself.
   */
  @Differentiable(adjoints = true)
  public static void oneSided(double[] x, double[] r) {
    r[0] = x[0] * x[2];
    if (x[0] > 0) {
      r[1] = x[1] * x[1];
    } else {
      r[1] = x[0];
    }
  }

  /** {@code r = (x_last x0, x1²)}: a cell of {@code x} at a computed index, so its adjoint's row is zeroed whole. */
  @Differentiable(adjoints = true)
  public static void picked(double[] x, double[] r) {
    int last = x.length - 1;
    r[0] = x[last] * x[0];
    r[1] = x[1] * x[1];
  }

  /** {@code y = x0, z = 3 x0}: two arrays the method writes, so two seeded rows (the slices' overlap checks). */
  @Differentiable(adjoints = true)
  public static void twoWritten(double[] x, double[] y, double[] z) {
    y[0] = x[0];
    z[0] = 3 * x[0];
  }
}
