package dev.leibniz.examples.nbody;

import dev.leibniz.Differentiable;

/**
 * The Benchmarks Game n-body simulation ({@code nbody.java}: {@code advance} and {@code energy}
 * unchanged but for names), with the bodies in a field. {@link #energyAfter}'s companions take the
 * receiver's shadow: the tangent a direction in the initial state of every body, the adjoint the
 * gradient with respect to it.
 */
@Differentiable
public final class NBodySystem {
  public final Body[] bodies;

  /** The Sun and the four giant planets, the Sun's momentum offset so the total is zero. */
  public NBodySystem() {
    bodies = new Body[] {Body.sun(), Body.jupiter(), Body.saturn(), Body.uranus(), Body.neptune()};
    double px = 0, py = 0, pz = 0;
    for (Body b : bodies) {
      px += b.vx * b.mass;
      py += b.vy * b.mass;
      pz += b.vz * b.mass;
    }
    bodies[0].vx = -px / Body.SOLAR_MASS;
    bodies[0].vy = -py / Body.SOLAR_MASS;
    bodies[0].vz = -pz / Body.SOLAR_MASS;
  }

  /**
   * The total energy after {@code steps} steps of {@code dt} (moves the bodies). In reverse mode
   * {@code advance}, which overwrites the bodies' fields, is reversed in split mode: its forward
   * sweep runs inside this method's and records what its reverse needs.
   */
  @Differentiable
  public double energyAfter(int steps, double dt) {
    for (int k = 0; k < steps; k++) {
      advance(dt);
    }
    return energy();
  }

  private void advance(double dt) {
    Body[] b = bodies;
    for (int i = 0; i < b.length; ++i) {
      Body iBody = b[i];
      for (int j = i + 1; j < b.length; ++j) {
        Body body = b[j];
        double dx = iBody.x - body.x;
        double dy = iBody.y - body.y;
        double dz = iBody.z - body.z;
        double dSquared = dx * dx + dy * dy + dz * dz;
        double distance = Math.sqrt(dSquared);
        double mag = dt / (dSquared * distance);
        iBody.vx -= dx * body.mass * mag;
        iBody.vy -= dy * body.mass * mag;
        iBody.vz -= dz * body.mass * mag;
        body.vx += dx * iBody.mass * mag;
        body.vy += dy * iBody.mass * mag;
        body.vz += dz * iBody.mass * mag;
      }
    }
    for (Body body : b) {
      body.x += dt * body.vx;
      body.y += dt * body.vy;
      body.z += dt * body.vz;
    }
  }

  /** The total energy, kinetic minus potential. */
  public double energy() {
    double e = 0.0;
    Body[] b = bodies;
    for (int i = 0; i < b.length; ++i) {
      Body iBody = b[i];
      e += 0.5 * iBody.mass * (iBody.vx * iBody.vx + iBody.vy * iBody.vy + iBody.vz * iBody.vz);
      for (int j = i + 1; j < b.length; ++j) {
        Body body = b[j];
        double dx = iBody.x - body.x;
        double dy = iBody.y - body.y;
        double dz = iBody.z - body.z;
        e -= (iBody.mass * body.mass) / Math.sqrt(dx * dx + dy * dy + dz * dz);
      }
    }
    return e;
  }
}
