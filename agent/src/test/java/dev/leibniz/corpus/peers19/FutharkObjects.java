package dev.leibniz.corpus.peers19;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The nineteenth peer round").
 * Source: Futhark (diku-dk/futhark on GitHub) at commit 48a0c814248b0a2f340234aab979cb57dfdd7b19: tests/ad/sdf.fut
 * (signed distance functions of a ray marcher: a wall, a sphere and a rotated block, whose gradient the test takes as
 * the surface normal) and tests/ad/lotka_volterra.fut (Euler and fourth-order Runge-Kutta steps of the Lotka-Volterra
 * equations, f32) and tests/ad/issue1473.fut (a simulation of a network of Montbrio-Pazo-Roxin neural mass models
 * with delays, Euler-Heun steps, its derivative along the coupling G, f32).
 * Licence: ISC. Copyright (c) 2013-2022. DIKU, University of Copenhagen. Permission to use, copy, modify, and/or
 * distribute this software for any purpose with or without fee is hereby granted, provided that the above copyright
 * notice and this permission notice appear in all copies (see the ISC licence text); changes: the Futhark programs
 * rewritten in Java.
 * Translation: the record Vec is a final class with x, y, z; the sum type Object is an interface with one class per
 * case (Wall, Block, Sphere) and get_obj a switch; the position is built from the differentiated x, y, z inside the
 * entry. lotka_volterra's pairs are small final State objects; its states array is a float[n][2] output. issue1473's
 * record mpr_pars is a final class with a `with G` copy; its history of (r, V) pairs two float[t][n] arrays.
 */

import dev.leibniz.Differentiable;

public final class FutharkObjects {
  private FutharkObjects() {}

  static final class Vec {
    final double x;
    final double y;
    final double z;

    Vec(double x, double y, double z) {
      this.x = x;
      this.y = y;
      this.z = z;
    }

    Vec minus(Vec b) {
      return new Vec(x - b.x, y - b.y, z - b.z);
    }

    Vec abs() {
      return new Vec(Math.abs(x), Math.abs(y), Math.abs(z));
    }

    Vec maxZero() {
      return new Vec(Math.max(0, x), Math.max(0, y), Math.max(0, z));
    }

    Vec rotateY(double theta) {
      double cosTheta = Math.cos(theta);
      double sinTheta = Math.sin(theta);
      return new Vec(cosTheta * x - sinTheta * z, y, sinTheta * x + cosTheta * z);
    }

    double dot(Vec b) {
      return x * b.x + y * b.y + z * b.z;
    }

    double norm() {
      return Math.sqrt(dot(this));
    }
  }

  interface Shape {
    double distance(Vec pos);
  }

  static final class Wall implements Shape {
    final Vec normal;
    final double d;

    Wall(Vec normal, double d) {
      this.normal = normal;
      this.d = d;
    }

    @Override
    public double distance(Vec pos) {
      return d + normal.dot(pos);
    }
  }

  static final class Block implements Shape {
    final Vec blockPos;
    final Vec halfWidths;
    final double angle;

    Block(Vec blockPos, Vec halfWidths, double angle) {
      this.blockPos = blockPos;
      this.halfWidths = halfWidths;
      this.angle = angle;
    }

    @Override
    public double distance(Vec pos) {
      Vec rotated = pos.minus(blockPos).rotateY(angle);
      return rotated.abs().minus(halfWidths).maxZero().norm();
    }
  }

  static final class Sphere implements Shape {
    final Vec centre;
    final double r;

    Sphere(Vec centre, double r) {
      this.centre = centre;
      this.r = r;
    }

    @Override
    public double distance(Vec pos) {
      return Math.max(pos.minus(centre).norm() - r, 0);
    }
  }

  static Shape getObj(int i) {
    switch (i) {
      case 0:
        return new Wall(new Vec(1, 0, 0), 2);
      case 1:
        return new Sphere(new Vec(-1.0, -1.2, 0.2), 0.8);
      default:
        return new Block(new Vec(1.0, -1.6, 1.2), new Vec(0.6, 0.8, 0.6), -0.5);
    }
  }

  /** sdf.fut: sdObject (get_obj obji) (vec x y z), whose gradient is the normal the test computes. */
  @Differentiable
  public static double sdObject(int obji, double x, double y, double z) {
    return getObj(obji).distance(new Vec(x, y, z));
  }

  /**
   * sdf.fut's sdObject with the test's `match` as a switch on the case: each case's concrete class (its method
   * inlinable), where sdObject above dispatches through the interface.
   */
  @Differentiable
  public static double sdObjectMatch(int obji, double x, double y, double z) {
    Vec pos = new Vec(x, y, z);
    switch (obji) {
      case 0:
        return new Wall(new Vec(1, 0, 0), 2).distance(pos);
      case 1:
        return new Sphere(new Vec(-1.0, -1.2, 0.2), 0.8).distance(pos);
      default:
        return new Block(new Vec(1.0, -1.6, 1.2), new Vec(0.6, 0.8, 0.6), -0.5).distance(pos);
    }
  }

  static final class State {
    final float prey;
    final float pred;

    State(float prey, float pred) {
      this.prey = prey;
      this.pred = pred;
    }
  }

  static State lvStep(float growthPrey, float predation, float growthPred, float declinePred, float prey,
      float pred) {
    float dprey = (growthPrey - predation * pred) * prey;
    float dpred = (growthPred * prey - declinePred) * pred;
    return new State(dprey, dpred);
  }

  /** lotka_volterra.fut: euler_method, states[0] the initial state and states[i + 1] after each step. */
  @Differentiable
  public static void euler(float stepSize, float initPrey, float initPred, float growthPrey, float predation,
      float growthPred, float declinePred, float[][] states) {
    State curr = new State(initPrey, initPred);
    states[0][0] = initPrey;
    states[0][1] = initPred;
    for (int i = 0; i < states.length - 1; i++) {
      State d = lvStep(growthPrey, predation, growthPred, declinePred, curr.prey, curr.pred);
      curr = new State(curr.prey + stepSize * d.prey, curr.pred + stepSize * d.pred);
      states[i + 1][0] = curr.prey;
      states[i + 1][1] = curr.pred;
    }
  }

  /** lotka_volterra.fut: runge_kutta, states[i] after step i + 1 (the test's main and runge_kutta_fwd). */
  @Differentiable
  public static void rungeKutta(float stepSize, float initPrey, float initPred, float growthPrey, float predation,
      float growthPred, float declinePred, float[][] states) {
    float prey = initPrey;
    float pred = initPred;
    for (int i = 0; i < states.length; i++) {
      State k1 = lvStep(growthPrey, predation, growthPred, declinePred, prey, pred);
      State k2 = lvStep(growthPrey, predation, growthPred, declinePred, prey + stepSize / 2 * k1.prey,
          pred + stepSize / 2 * k1.pred);
      State k3 = lvStep(growthPrey, predation, growthPred, declinePred, prey + stepSize / 2 * k2.prey,
          pred + stepSize / 2 * k2.pred);
      State k4 = lvStep(growthPrey, predation, growthPred, declinePred, prey + stepSize * k3.prey,
          pred + stepSize * k3.pred);
      prey = prey + stepSize / 6 * (k1.prey + 2 * k2.prey + 2 * k3.prey + k4.prey);
      pred = pred + stepSize / 6 * (k1.pred + 2 * k2.pred + 2 * k3.pred + k4.pred);
      states[i][0] = prey;
      states[i][1] = pred;
    }
  }

  static final float PI = 3.141592653589793f;

  /** issue1473.fut's mpr_pars, with the derivatives dr and dV of mpr_step. */
  static final class MprPars {
    final float g;
    final float i;
    final float delta;
    final float eta;
    final float tau;
    final float j;

    MprPars(float g, float i, float delta, float eta, float tau, float j) {
      this.g = g;
      this.i = i;
      this.delta = delta;
      this.eta = eta;
      this.tau = tau;
      this.j = j;
    }

    MprPars withG(float newG) {
      return new MprPars(newG, i, delta, eta, tau, j);
    }

    float dr(float r, float v) {
      return 1 / tau * (delta / (PI * tau) + 2 * v * r);
    }

    float dv(float r, float v, float rc) {
      return 1 / tau * ((float) Math.pow(v, 2) - (float) Math.pow(PI, 2) * (float) Math.pow(tau, 2)
          * (float) Math.pow(r, 2) + eta + j * tau * r + i + rc);
    }
  }

  /** issue1473.fut's mpr_step: one Euler-Heun step from the last row of the history into row now + 1. */
  static void mprStep(int now, float dt, float[][] r, float[][] v, float[][] weights, int[][] idelays, MprPars p) {
    int n = r[0].length;
    float[] lastR = r[r.length - 1].clone();
    float[] lastV = v[v.length - 1].clone();
    for (int i = 0; i < n; i++) {
      float rc = 0;
      for (int k = 0; k < n; k++) {
        rc += weights[i][k] * r[now - idelays[i][k]][i];
      }
      rc = rc * p.g;
      float er = lastR[i] + dt * p.dr(lastR[i], lastV[i]);
      float ev = lastV[i] + dt * p.dv(lastR[i], lastV[i], rc);
      er = er >= 0f ? er : 0f;
      float hr = lastR[i] + dt * p.dr(er, ev);
      float hv = lastV[i] + dt * p.dv(er, ev, rc);
      r[now + 1][i] = hr >= 0f ? hr : 0f;
      v[now + 1][i] = hv;
    }
  }

  /**
   * issue1473.fut: do_one G of sweep, run_mpr over a history of nt + nh steps of nn nodes from (0.1, -2.0), then the
   * loss, the sum of r over the last 10 rows (the test's main ng nh nt nn differentiates it at G = 0).
   */
  @Differentiable
  public static float mprLoss(int nh, int nt, int nn, float g) {
    float dt = 0.01f;
    int t = nt + nh;
    float[][] r = new float[t][nn];
    float[][] v = new float[t][nn];
    for (int a = 0; a < t; a++) {
      java.util.Arrays.fill(r[a], 0.1f);
      java.util.Arrays.fill(v[a], -2.0f);
    }
    float[][] weights = new float[nn][nn];
    int[][] idelays = new int[nn][nn];
    for (int a = 0; a < nn; a++) {
      for (int b = 0; b < nn; b++) {
        weights[a][b] = 0.1f;
        idelays[a][b] = (a * b) % nh;
      }
    }
    MprPars p = new MprPars(0.1f, 0.0f, 0.7f, -4.6f, 1.0f, 14.5f).withG(g);
    for (int now = 0; now < t - nh - 1; now++) {
      mprStep(now + nh, dt, r, v, weights, idelays, p);
    }
    float sum = 0;
    for (int a = t - 10; a < t; a++) {
      for (float x : r[a]) {
        sum += x;
      }
    }
    return sum;
  }
}
