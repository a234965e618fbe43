package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Clad (vgvassilev/clad on GitHub, commit 4b2c0eef), test/Gradient/Loops.C and test/FirstDerivative/Loops.C:
 * the C++ functions that Clad's own reverse- and forward-mode tests differentiate.
 * Licence: Clad is LGPL-3.0. No text was copied: each function below was written here, in Java, from what the C++
 * function computes (same name, same statements in the same order), as the peer round does for every GPL/LGPL source.
 * Translation: C++ `while (n--)` as `while (n-- != 0)`; assignments used as conditions compare with 0; C++ comma
 * conditions `(res += e), c < 3` become the assignment at the top of the body followed by `if (!(c < 3)) break;`;
 * references to array elements (`double& ref = arr[i]`) read the element; range-for over a local array is Java's
 * for-each; `int sq = b * b` is `(int) (b * b)`. Each @Differentiable method is one entry of PeerRound.
 */

import dev.leibniz.Differentiable;

public final class CladLoops {
  private CladLoops() {}

  @Differentiable
  public static double f1(double x) {
    double t = 1;
    for (int i = 0; i < 3; i++) t *= x;
    return t;
  }

  @Differentiable
  public static double f2(double x) {
    double t = 1;
    for (int i = 0; i < 3; i++)
      for (int j = 0; j < 3; j++) t *= x;
    return t;
  }

  @Differentiable
  public static double f3(double x) {
    double t = 1;
    for (int i = 0; i < 3; i++) {
      t *= x;
      if (i == 1) return t;
    }
    return t;
  }

  @Differentiable
  public static double f4(double x) {
    double t = 1;
    for (int i = 0; i < 3; t *= x) i++;
    return t;
  }

  @Differentiable
  public static double f_const_local(double x) {
    double res = 0;
    for (int i = 0; i < 3; ++i) {
      final double n = x + i;
      res += x * n;
    }
    return res;
  }

  static double sq(double x) {
    return x * x;
  }

  @Differentiable
  public static double f_sum_squares(double[] p, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += sq(p[i]);
    return s;
  }

  @Differentiable
  public static double f_log_gaus(double[] x, double[] p, double n, double sigma) {
    double power = 0;
    for (int i = 0; i < n; i++) power += sq(x[i] - p[i]);
    power = -power / (2 * sq(sigma));
    double gaus = 1. / Math.sqrt(Math.pow(2 * Math.PI, n) * sigma) * Math.exp(power);
    return Math.log(gaus);
  }

  @Differentiable
  public static double f_const(double a, double b) {
    int r = 0;
    for (int i = 0; i < a; i++) {
      int sq = (int) (b * b);
      r += sq;
    }
    return r;
  }

  @Differentiable
  public static double fn7(double i, double j) {
    double a = 0;
    int counter = 3;
    while (counter-- != 0) a += i * i + j;
    return a;
  }

  @Differentiable
  public static double fn8(double i, double j) {
    double a = 0;
    int counter = 3;
    while (counter > 0)
      do {
        a += i * i + j;
      } while (--counter != 0);
    return a;
  }

  @Differentiable
  public static double fn12(double i, double j) {
    int counter = 3;
    double a = 0;
    do {
      int counterAgain = 3;
      do {
        a += i * i + j;
        counterAgain -= 1;
        do a += j;
        while (false);
      } while (counterAgain != 0);
      counter -= 1;
    } while (counter != 0);
    return a;
  }

  @Differentiable
  public static double fn14(double i, double j) {
    int choice = 5;
    double res = 0;
    while (choice-- != 0) {
      if (choice > 3) {
        res += i;
        continue;
      }
      if (choice > 1) {
        res += j;
        continue;
      }
      if (choice > 0) {
        res += i * j;
        continue;
      }
    }
    return res;
  }

  @Differentiable
  public static double fn15(double i, double j) {
    int choice = 5;
    double res = 0;
    while (choice-- != 0) {
      if (choice > 2) continue;
      int anotherChoice = 3;
      while (anotherChoice-- != 0) {
        if (anotherChoice > 1) {
          res += i;
          continue;
        }
        if (anotherChoice > 0) res += j;
      }
    }
    return res;
  }

  @Differentiable
  public static double fn16(double i, double j) {
    int counter = 5;
    double res = 0;
    for (int ii = 0; ii < counter; ++ii) {
      if (ii == 4) {
        res += i * j;
        break;
      }
      if (ii > 2) {
        res += 2 * i;
        continue;
      }
      res += i + j;
    }
    return res;
  }

  @Differentiable
  public static double fn17(double i, double j) {
    int counter = 5;
    double res = 0;
    for (int ii = 0; ii < counter; ++ii) {
      int jj = ii;
      if (ii < 2) continue;
      while (jj-- != 0) {
        if (jj < 3) {
          res += i * j;
          break;
        } else {
          continue;
        }
      }
    }
    return res;
  }

  @Differentiable
  public static double fn18(double i, double j) {
    int choice = 5;
    double res = 0;
    for (int counter = 0; counter < choice; ++counter)
      if (counter < 2) res += i + j;
      else if (counter < 4) continue;
      else {
        res += 2 * i + 2 * j;
        break;
      }
    return res;
  }

  @Differentiable
  public static double f_loop_init_var(double lower, double upper) {
    double sum = 0;
    double numPoints = 10000;
    double interval = (upper - lower) / numPoints;
    for (double x = lower; x <= upper; x += interval) sum += x * x * interval;
    return sum;
  }

  @Differentiable
  public static double fn20(double[] arr, int n) {
    double res = 0;
    for (int i = 0; i < n; ++i) res += (arr[i] *= 5);
    return res;
  }

  @Differentiable
  public static double fn21(double x) {
    double res = 0;
    for (int i = 0; i < 5; ++i) {
      double[] arr = {1, x, 2};
      res += arr[0] + arr[1];
    }
    return res;
  }

  @Differentiable
  public static double fn23(double i, double j) {
    double res = 0;
    for (int c = 0; (res = i * j) != 0; ++c) {
      if (c == 1) break;
    }
    return res;
  }

  @Differentiable
  public static double fn25(double i, double j) {
    double res = 0;
    for (int c = 0; ; ++c) {
      res += i * j;
      if (!(c < 3)) break;
      if (c == 1) {
        res = 8 * i * j;
        break;
      }
    }
    return res;
  }

  @Differentiable
  public static double fn33(double i, double j) {
    double res = 0;
    for (int c = 0; (res = i * j) != 0; ++c) {
      if ((res += i * j) != 0 && c == 1) break;
      if (c == 0 && (res += i * j) != 0) break;
    }
    return res;
  }

  @Differentiable
  public static double fn34(double x, double y) {
    double r = 0;
    double[] a = {y, x * y, x * x + y};
    for (double i : a) r += i * i;
    return r;
  }

  @Differentiable
  public static double fn35(double x, double y) {
    double r = 0;
    double[] a = {x, x * y, 0};
    for (double i : a) {
      for (double j : a) {
        if (r <= x * x) r += i * j;
        else if (r > x * x) break;
      }
    }
    return r;
  }

  @Differentiable
  public static double fn36(double x, double y) {
    double[] a = {1, 2, 3};
    double sum = 0;
    for (double i : a) {
      if (sum > x) continue;
      else if (true) sum += Math.sin(i) * x;
    }
    return sum;
  }

  @Differentiable
  public static double fn43(double[] x, double y) {
    double out = 0.0;
    for (int i = 0; i < 3; i++) {
      final double t4 = x[i];
      out += 1. / t4;
    }
    return out;
  }

  @Differentiable
  public static double fn46(double x, double y) {
    double sum = 0;
    int i = 0;
    while (i < 50) {
      double t1 = x;
      double t2 = y / t1;
      sum += Math.pow(t2, 2);
      ++i;
    }
    do {
      double t1 = x;
      double t2 = y / t1;
      sum += Math.pow(t2, 2);
      ++i;
    } while (i < 100);
    return sum;
  }

  /** test/FirstDerivative/Loops.C: r = r * sin(x) in the update clause, the trip count a passive int. */
  @Differentiable
  public static double f4_inc(double x, int y) {
    double r = 1;
    int i;
    for (i = 0; i < y; r *= Math.sin(x)) i++;
    return r;
  }

  /** test/FirstDerivative/Loops.C: x = x * x y times, pow(x, 2^y). */
  @Differentiable
  public static double f2_inc(double x, int y) {
    for (int i = 0; i < y; i++) x *= x;
    return x;
  }
}
