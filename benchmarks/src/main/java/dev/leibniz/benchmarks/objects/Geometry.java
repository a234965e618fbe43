package dev.leibniz.benchmarks.objects;

import dev.leibniz.Differentiable;

/**
 * One vector-geometry workload written twice: with the value class {@link V3} (a new object per
 * operation) and with plain doubles. For points p_i (packed x, y, z): the centroid c, then the sum
 * of |p_i - c| + ((p_i - c) x a) . (p_i - c) + |p_i - c| a . (p_i - c) for a fixed axis a.
 */
public final class Geometry {
  private Geometry() {}

  @Differentiable
  public static double withObjects(double[] p) {
    int n = p.length / 3;
    V3 c = new V3(0, 0, 0);
    for (int i = 0; i < n; i++) c = c.plus(new V3(p[3 * i], p[3 * i + 1], p[3 * i + 2]));
    c = c.scale(1.0 / n);
    V3 axis = new V3(0.3, -0.5, 0.8);
    double s = 0;
    for (int i = 0; i < n; i++) {
      V3 d = new V3(p[3 * i], p[3 * i + 1], p[3 * i + 2]).minus(c);
      double norm = d.norm();
      s += norm + d.cross(axis).dot(d) + norm * axis.dot(d);
    }
    return s;
  }

  @Differentiable
  public static double withDoubles(double[] p) {
    int n = p.length / 3;
    double cx = 0, cy = 0, cz = 0;
    for (int i = 0; i < n; i++) {
      cx += p[3 * i];
      cy += p[3 * i + 1];
      cz += p[3 * i + 2];
    }
    cx *= 1.0 / n;
    cy *= 1.0 / n;
    cz *= 1.0 / n;
    double ax = 0.3, ay = -0.5, az = 0.8;
    double s = 0;
    for (int i = 0; i < n; i++) {
      double dx = p[3 * i] - cx, dy = p[3 * i + 1] - cy, dz = p[3 * i + 2] - cz;
      double norm = Math.sqrt(dx * dx + dy * dy + dz * dz);
      double kx = dy * az - dz * ay, ky = dz * ax - dx * az, kz = dx * ay - dy * ax;
      s += norm + (kx * dx + ky * dy + kz * dz) + norm * (ax * dx + ay * dy + az * dz);
    }
    return s;
  }
}
