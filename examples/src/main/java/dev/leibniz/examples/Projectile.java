package dev.leibniz.examples;

import dev.leibniz.Differentiable;

/**
 * How far a projectile flies without drag when launched from a height: the derivative with respect
 * to the launch angle is zero at the best angle (45° from the ground, less from a height).
 */
public final class Projectile {
  /** Standard gravity, m/s². */
  public static final double G = 9.80665;

  private Projectile() {}

  /**
   * The horizontal distance covered before landing, for launch angle {@code theta} (radians above
   * the horizon), speed {@code v} (m/s) and launch height {@code h} (m) above flat ground.
   */
  @Differentiable
  public static double range(double theta, double v, double h) {
    double vx = v * Math.cos(theta);
    double vy = v * Math.sin(theta);
    double flightTime = (vy + Math.sqrt(vy * vy + 2 * G * h)) / G;
    return vx * flightTime;
  }
}
