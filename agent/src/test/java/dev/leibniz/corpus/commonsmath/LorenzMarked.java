package dev.leibniz.corpus.commonsmath;

import dev.leibniz.Differentiable;

/**
 * Test code, not from the corpus: the Lorenz system as a user's right-hand side for the Runge-Kutta
 * entry, with {@code @Differentiable} on its {@code computeDerivatives} as the run-time error for an
 * unmarked implementation advises (the unmarked one is {@code Corpus.Lorenz}).
 */
public final class LorenzMarked implements FirstOrderDifferentialEquations {
  @Override
  public int getDimension() {
    return 3;
  }

  @Differentiable
  @Override
  public void computeDerivatives(double t, double[] y, double[] yDot) {
    yDot[0] = 10 * (y[1] - y[0]);
    yDot[1] = y[0] * (28 - y[2]) - y[1];
    yDot[2] = y[0] * y[1] - 8.0 / 3 * y[2];
  }
}
