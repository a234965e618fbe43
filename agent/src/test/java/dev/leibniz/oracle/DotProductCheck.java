package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

/**
 * The adjoint consistency test: for random {@code xdot} and {@code ybar},
 * {@code <ybar, J xdot> = <J^T ybar, xdot>} to a relative tolerance. It needs neither the
 * Jacobian nor a reference derivative, only the two modes of the same function.
 */
public final class DotProductCheck {
  public static final double RELATIVE = 1e-12;

  /** Forward mode: {@code J(x) xdot}. */
  @FunctionalInterface
  public interface Tangent {
    double[] apply(double[] x, double[] xdot);
  }

  /** Reverse mode: {@code J(x)^T ybar} (a fresh gradient, not accumulated onto anything). */
  @FunctionalInterface
  public interface Adjoint {
    double[] apply(double[] x, double[] ybar);
  }

  private DotProductCheck() {}

  /** Checks {@code trials} random pairs of directions at {@code x} for an {@code m}-output function. */
  public static void check(String what, double[] x, int m, Tangent tangent, Adjoint adjoint, long seed, int trials) {
    check(what, x, m, tangent, adjoint, seed, trials, false);
  }

  /**
   * With {@code floats}, the random directions are float numbers and the tolerance is float
   * precision: the tangent of a float function is itself a float.
   */
  public static void check(String what, double[] x, int m, Tangent tangent, Adjoint adjoint, long seed, int trials, boolean floats) {
    double relative = floats ? 1e-6 : RELATIVE;
    Random rnd = new Random(seed);
    for (int t = 0; t < trials; t++) {
      double[] xdot = new double[x.length], ybar = new double[m];
      for (int i = 0; i < xdot.length; i++) xdot[i] = floats ? (float) rnd.nextGaussian() : rnd.nextGaussian();
      for (int i = 0; i < m; i++) ybar[i] = floats ? (float) rnd.nextGaussian() : rnd.nextGaussian();
      double[] ydot = tangent.apply(x.clone(), xdot.clone());
      double[] xbar = adjoint.apply(x.clone(), ybar.clone());
      double left = 0, right = 0, scale = 0;
      for (int i = 0; i < m; i++) {
        left += ybar[i] * ydot[i];
        scale += Math.abs(ybar[i] * ydot[i]);
      }
      for (int i = 0; i < xdot.length; i++) {
        right += xbar[i] * xdot[i];
        scale += Math.abs(xbar[i] * xdot[i]);
      }
      double l = left, r = right, s = scale;
      assertTrue(
          Math.abs(l - r) <= relative * Math.max(s, Double.MIN_NORMAL),
          () -> what + ": <ybar, J xdot> = " + l + " but <J^T ybar, xdot> = " + r + " (scale " + s + ")");
    }
  }
}
