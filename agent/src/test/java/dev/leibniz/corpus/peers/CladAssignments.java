package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Clad (vgvassilev/clad on GitHub, commit 4b2c0eef), test/Gradient/Assignments.C: assignments used as
 * values, chained, compound and on array elements, and references aliasing parameters.
 * Licence: Clad is LGPL-3.0. No text was copied: each function was written here, in Java, from what the C++ function
 * computes (same name, same statements in the same order).
 * Translation: Java has no references to locals: in f15 the reference a names b, c names i and d names j, so the
 * statements act on b, i and j directly.
 */

import dev.leibniz.Differentiable;

public final class CladAssignments {
  private CladAssignments() {}

  @Differentiable
  public static double f3(double x, double y) {
    x = x;
    x = x * x;
    y = x * x;
    x = y;
    return y;
  }

  @Differentiable
  public static double f7(double x, double y) {
    double[] t = {1, x, x * x};
    t[0]++;
    t[0]--;
    ++t[0];
    --t[0];
    t[0] = x;
    x = y;
    t[0] += t[1];
    t[0] *= t[1];
    t[0] /= t[1];
    t[0] -= t[1];
    x = ++t[0];
    return t[0];
  }

  @Differentiable
  public static double f8(double x, double y) {
    double[] t = {1, x, y, 1};
    t[3] = (y *= (t[0] = t[1] = t[2]));
    return t[3];
  }

  @Differentiable
  public static double f10(double x, double y) {
    double t = x;
    t = x = y;
    return t;
  }

  @Differentiable
  public static double f13(double x, double y) {
    double t = x * (y = x);
    return t * y;
  }

  @Differentiable
  public static double f15(double i, double j) {
    double b = i * j;
    b *= i;
    b += 2 * i;
    i += 3 * i;
    j *= 3 * j;
    return b + i + j;
  }

  @Differentiable
  public static double f22(double x, double y) {
    double t = (x = y = x = 0);
    return t;
  }
}
