package dev.leibniz.corpus.peers6;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The sixth peer round").
 * Source: Dr.Jit (mitsuba-renderer/drjit on GitHub), tests/python/test_ad.py at commit 05b5b297: test54 and test55
 * loop_ballistic (the Ballistic custom ops' timestep, 100 steps of a projectile with quadratic drag, and the loss
 * squared_norm(pos_out - (5, 0)) over the three lanes; test54's loop updates pos and vel in place by Array2f.assign,
 * test55's rebinds them to the timestep's results) and test53's elliptic integral K(m) (the integrand
 * rsqrt(1 - m sin^2 x) over [0, pi/2]).
 * Licence: BSD-3-Clause (Copyright (c) 2021 Wenzel Jakob).
 * Translation (written here in Java; no comments copied): Array2f is a small record with the operations the timestep
 * uses (test55), or a small mutable class with assign (test54); the three lanes are arrays of records' coordinates; test53's Monte Carlo integral over 100000 PCG32 samples is
 * a midpoint rule over 2000 points here (deterministic, as a Java programmer would write the quadrature).
 */

import dev.leibniz.Differentiable;

public final class DrJitBallistic {
  private DrJitBallistic() {}

  record Vec2(double x, double y) {
    Vec2 plus(Vec2 o) {
      return new Vec2(x + o.x, y + o.y);
    }

    Vec2 minus(Vec2 o) {
      return new Vec2(x - o.x, y - o.y);
    }

    Vec2 times(double s) {
      return new Vec2(x * s, y * s);
    }

    double norm() {
      return Math.sqrt(x * x + y * y);
    }

    double squaredNorm() {
      return x * x + y * y;
    }
  }

  private static final double DT = 0.02, MU = 0.1, G = 9.81;

  /** One timestep: returns {pos_out, vel_out}. */
  static Vec2[] timestep(Vec2 pos, Vec2 vel) {
    Vec2 acc = vel.times(-MU * vel.norm()).minus(new Vec2(0, G));
    return new Vec2[] {pos.plus(vel.times(DT)), vel.plus(acc.times(DT))};
  }

  /** The loss of test55 over the lanes: pos and vel are (x0, x1, x2, y0, y1, y2) as Array2f holds them. */
  @Differentiable
  public static double loss(double[] pos, double[] vel) {
    int n = pos.length / 2;
    double loss = 0;
    Vec2 target = new Vec2(5, 0);
    for (int lane = 0; lane < n; lane++) {
      Vec2 p = new Vec2(pos[lane], pos[lane + n]);
      Vec2 v = new Vec2(vel[lane], vel[lane + n]);
      for (int it = 0; it < 100; it++) {
        Vec2[] next = timestep(p, v);
        p = next[0];
        v = next[1];
      }
      loss += p.minus(target).squaredNorm();
    }
    return loss;
  }

  /** test54's Array2f: mutable, assigned in place. */
  static final class Array2f {
    double x, y;

    Array2f(double x, double y) {
      this.x = x;
      this.y = y;
    }

    void assign(Array2f o) {
      x = o.x;
      y = o.y;
    }
  }

  /** test54's timestep on Array2f: returns {pos_out, vel_out}. */
  static Array2f[] timestep(Array2f pos, Array2f vel) {
    double norm = Math.sqrt(vel.x * vel.x + vel.y * vel.y);
    double ax = -MU * vel.x * norm, ay = -MU * vel.y * norm - G;
    return new Array2f[] {new Array2f(pos.x + DT * vel.x, pos.y + DT * vel.y), new Array2f(vel.x + DT * ax, vel.y + DT * ay)};
  }

  /** test54's loss: the loop assigns the timestep's results to pos and vel in place. */
  @Differentiable
  public static double lossAssign(double[] pos, double[] vel) {
    int n = pos.length / 2;
    double loss = 0;
    for (int lane = 0; lane < n; lane++) {
      Array2f p = new Array2f(pos[lane], pos[lane + n]);
      Array2f v = new Array2f(vel[lane], vel[lane + n]);
      for (int it = 0; it < 100; it++) {
        Array2f[] next = timestep(p, v);
        p.assign(next[0]);
        v.assign(next[1]);
      }
      double dx = p.x - 5, dy = p.y;
      loss += dx * dx + dy * dy;
    }
    return loss;
  }

  /** The integrand of K(m). */
  static double k(double x, double m) {
    double s = Math.sin(x);
    return 1 / Math.sqrt(1 - m * s * s);
  }

  /** K(m) by the midpoint rule on [0, pi/2]. */
  @Differentiable
  public static double ellipticK(double m) {
    int n = 2000;
    double a = 0, b = Math.PI / 2, h = (b - a) / n;
    double result = 0;
    for (int i = 0; i < n; i++) result += k(a + (i + 0.5) * h, m);
    return result * h;
  }
}
