package dev.leibniz.examples.library;

/** A damped pendulum: theta' = omega, omega' = -g/l sin(theta) - c omega. No annotation needed. */
public final class Pendulum implements Rhs {
  private final double gOverL;
  private final double damping;

  public Pendulum(double gOverL, double damping) {
    this.gOverL = gOverL;
    this.damping = damping;
  }

  @Override
  public void computeDerivatives(double t, double[] y, double[] yDot) {
    yDot[0] = y[1];
    yDot[1] = -gOverL * Math.sin(y[0]) - damping * y[1];
  }
}
