package dev.leibniz.corpus.peers16;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The sixteenth peer round").
 * Source: dfdx (coreylowman/dfdx on GitHub) at commit 4722a99d303f347d6088d95867d007c75ca6dd78, the `mod tests` of
 * dfdx-core/src/tensor_ops/upscale2d and pool2d: the function each test differentiates, as the test composes it, with
 * upscale2d/cpu_kernel.rs's forward loops (nearest: source floor(out * in / out_size) in f32, clamped; bilinear with
 * aligned corners: ratio (in - 1) / (out - 1) in f32, corners floor and ceil clamped) and pool2d's windows (kernel k,
 * stride s, padding 0, dilation d; max, min, or average).
 * Licence: MIT OR Apache-2.0 (LICENSE-MIT and LICENSE-APACHE; MIT chosen). Copyright (c) 2022 Corey Lowman.
 * "Permission is hereby granted, free of charge, to any person obtaining a copy of this software ... The above
 * copyright notice and this permission notice shall be included in all copies or substantial portions of the
 * Software." Written here in Java from the Rust code.
 * Translation: a (channel, height, width) tensor is double[c][h][w] (a batch a leading loop in the caller's array); the
 * kind of upscaling or pooling a passive String; sizes and window parameters passive ints; the max and min of a
 * window by a loop with Math.max / Math.min.
 */

import dev.leibniz.Differentiable;

public final class DfdxSpatial {
  private DfdxSpatial() {}

  /** test_upscale2d_*: x.upscale2d(hOut, wOut, kind).exp().mean() over every (batch, channel). */
  @Differentiable
  public static double upscaleExpMean(double[][][][] x, int hOut, int wOut, String kind) {
    double s = 0;
    int n = 0;
    for (double[][][] image : x) {
      for (double[][] plane : image) {
        int hIn = plane.length, wIn = plane[0].length;
        for (int yo = 0; yo < hOut; yo++) {
          for (int xo = 0; xo < wOut; xo++) {
            double v = kind.equals("nearest") ? nearest(plane, hIn, wIn, hOut, wOut, yo, xo)
                : bilinear(plane, hIn, wIn, hOut, wOut, yo, xo);
            s += Math.exp(v);
            n++;
          }
        }
      }
    }
    return s / n;
  }

  private static double nearest(double[][] p, int hIn, int wIn, int hOut, int wOut, int yo, int xo) {
    float yRatio = (float) hIn / hOut;
    float xRatio = (float) wIn / wOut;
    int yi = Math.min((int) Math.floor(yRatio * yo), hIn - 1);
    int xi = Math.min((int) Math.floor(xRatio * xo), wIn - 1);
    return p[yi][xi];
  }

  private static double bilinear(double[][] p, int hIn, int wIn, int hOut, int wOut, int yo, int xo) {
    float yRatio = (float) (hIn - 1) / (hOut - 1);
    float xRatio = (float) (wIn - 1) / (wOut - 1);
    float xFrac = xRatio * xo;
    int x0 = (int) Math.min((float) Math.floor(xFrac), wIn - 1);
    int x1 = (int) Math.min((float) Math.ceil(xFrac), wIn - 1);
    double xw = xFrac - x0;
    float yFrac = yRatio * yo;
    int y0 = (int) Math.min((float) Math.floor(yFrac), hIn - 1);
    int y1 = (int) Math.min((float) Math.ceil(yFrac), hIn - 1);
    double yw = yFrac - y0;
    return p[y0][x0] * (1 - xw) * (1 - yw) + p[y0][x1] * xw * (1 - yw) + p[y1][x0] * (1 - xw) * yw
        + p[y1][x1] * xw * yw;
  }

  /**
   * test_pool2d_*: x.pool2d(kind, kernel, stride, 0, dilation), then .sum() (sum true) or .exp().mean() (the tests'
   * chains; the dilated test takes the mean of the max pool).
   */
  @Differentiable
  public static double pool(double[][][] x, String kind, int kernel, int stride, int dilation, String reduce) {
    int h = x[0].length, w = x[0][0].length;
    int span = dilation * (kernel - 1) + 1;
    int hOut = (h - span) / stride + 1, wOut = (w - span) / stride + 1;
    double s = 0;
    int n = 0;
    for (double[][] plane : x) {
      for (int oy = 0; oy < hOut; oy++) {
        for (int ox = 0; ox < wOut; ox++) {
          double acc = kind.equals("max") ? Double.NEGATIVE_INFINITY
              : kind.equals("min") ? Double.POSITIVE_INFINITY : 0;
          for (int ky = 0; ky < kernel; ky++) {
            for (int kx = 0; kx < kernel; kx++) {
              double v = plane[oy * stride + ky * dilation][ox * stride + kx * dilation];
              if (kind.equals("max")) acc = Math.max(acc, v);
              else if (kind.equals("min")) acc = Math.min(acc, v);
              else acc += v / (kernel * kernel);
            }
          }
          s += reduce.equals("exp mean") ? Math.exp(acc) : acc;
          n++;
        }
      }
    }
    return reduce.equals("sum") ? s : s / n;
  }
}
