package dev.leibniz.corpus.peers3;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The third peer round").
 * Source: micrograd (karpathy/micrograd on GitHub, commit 5d0f7c26), test/test_engine.py: test_sanity_check (x = -4:
 * z = 2x + 2 + x, q = relu(z) + z x, h = relu(z z), y = h + q + q x) and test_more_ops (a = -4, b = 2, with c and d
 * updated in place by +=, relu of b + a and b - a, powers, g = f / 2 + 10 / f), whose gradients the test compares with
 * PyTorch's.
 * Licence: MIT (Copyright (c) 2020 Andrej Karpathy).
 * Translation (written here in Java; no comments copied): Value is double; relu is micrograd's own definition (0 if
 * the value is below 0, else the value); ** 2 and ** 3 are Math.pow with whole exponents, as Value.__pow__ takes them.
 */

import dev.leibniz.Differentiable;

public final class Micrograd {
  private Micrograd() {}

  private static double relu(double v) {
    return v < 0 ? 0 : v;
  }

  @Differentiable
  public static double test_sanity_check(double x) {
    double z = 2 * x + 2 + x;
    double q = relu(z) + z * x;
    double h = relu(z * z);
    double y = h + q + q * x;
    return y;
  }

  @Differentiable
  public static double test_more_ops(double a, double b) {
    double c = a + b;
    double d = a * b + Math.pow(b, 3);
    c += c + 1;
    c += 1 + c + (-a);
    d += d * 2 + relu(b + a);
    d += 3 * d + relu(b - a);
    double e = c - d;
    double f = Math.pow(e, 2);
    double g = f / 2.0;
    g += 10.0 / f;
    return g;
  }
}
