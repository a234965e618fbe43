package dev.leibniz.tool.dispatch;

/** Implements the marked method without annotating it. */
public final class Spring implements Shape {
  @Override
  public double energy(double[] p) {
    return 0.5 * p[0] * p[0] + Math.cos(p[1]);
  }
}
