package dev.leibniz.corpus.peers19;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The nineteenth peer round").
 * Source: Futhark (diku-dk/futhark on GitHub) at commit 48a0c814248b0a2f340234aab979cb57dfdd7b19, the array programs
 * of tests/ad: arr0.fut, arr1.fut, arr2.fut, map0.fut, map1.fut, map2.fut, map4.fut, map5.fut, map6.fut (map7.fut is
 * the same obj), if2.fut, index.fut, gather0.fut, gather2.fut, scatter1.fut, scatter2.fut, scatter4.fut,
 * scatter5.fut, concat0.fut, transpose.fut, replicate0.fut, consume0.fut, consume1.fut, consume2.fut, consume3.fut,
 * consume4.fut, consume5.fut, gather1.fut, matmul.fut, genred-opt/gemm-simple.fut, genred-opt/matvec-simple.fut, kmeans-cost-rev.fut,
 * issue1613.fut (a Helmholtz energy, f32), issue2239.fut, acc0.fut.
 * Licence: ISC. Copyright (c) 2013-2022. DIKU, University of Copenhagen. Permission to use, copy, modify, and/or
 * distribute this software for any purpose with or without fee is hereby granted, provided that the above copyright
 * notice and this permission notice appear in all copies (see the ISC licence text); changes: the Futhark programs
 * rewritten in Java.
 * Translation: f64 is double; the tests' i32 data are doubles, i64 index arrays int arrays; map, reduce, tabulate and
 * scatter are for loops; an array result is written into an output array; issue1613's f32 stays float.
 */

import dev.leibniz.Differentiable;

public final class FutharkArrays {
  private FutharkArrays() {}

  /** arr0.fut: xs[0] * xs[1]. */
  @Differentiable
  public static double arr0(double[] xs) {
    return xs[0] * xs[1];
  }

  /** arr1.fut: (x, y) -> [x + y, x * y]. */
  @Differentiable
  public static void arr1(double x, double y, double[] out) {
    out[0] = x + y;
    out[1] = x * y;
  }

  /** arr2.fut: (x, y) -> [x, y] of one-element arrays. */
  @Differentiable
  public static void arr2(double[] x, double[] y, double[][] out) {
    out[0][0] = x[0];
    out[1][0] = y[0];
  }

  /** map0.fut, map1.fut: map2 (*) xs ys. */
  @Differentiable
  public static void map0(double[] xs, double[] ys, double[] out) {
    for (int i = 0; i < xs.length; i++) {
      out[i] = xs[i] * ys[i];
    }
  }

  /** map2.fut: map (* c) xs, with c the free variable. */
  @Differentiable
  public static void map2(double c, double[] xs, double[] out) {
    for (int i = 0; i < xs.length; i++) {
      out[i] = xs[i] * c;
    }
  }

  /** map4.fut: map (\x -> map (+ x) xs) xs, an array both mapped over and free. */
  @Differentiable
  public static void map4(double[] xs, double[][] out) {
    for (int i = 0; i < xs.length; i++) {
      for (int j = 0; j < xs.length; j++) {
        out[i][j] = xs[j] + xs[i];
      }
    }
  }

  /** map5.fut: map (\i -> foldl (+) 0 free[i] + i) is, the values is both indices and terms. */
  @Differentiable
  public static void map5(double[][] free, double[] is, double[] out) {
    for (int k = 0; k < is.length; k++) {
      double[] row = free[(int) is[k]];
      double s = 0;
      for (double v : row) {
        s += v;
      }
      out[k] = s + is[k];
    }
  }

  /** map6.fut, map7.fut: obj, w[k][i] = sum_j x[k + j] x[i + j] and col_eq[k] = w[k][0] - w[k][1]. */
  @Differentiable
  public static void obj(double[] x, double[] colEq) {
    double[][] colW = new double[4][2];
    for (int k = 0; k < 4; k++) {
      for (int i = 0; i < 2; i++) {
        double s = 0;
        for (int j = 0; j < 4; j++) {
          s += x[k + j] * x[i + j];
        }
        colW[k][i] = s;
      }
    }
    for (int k = 0; k < 4; k++) {
      colEq[k] = colW[k][0] - colW[k][1];
    }
  }

  /** if2.fut: let z = if x[0] < 0 then x[0] else x[1] in x[2] * z. */
  @Differentiable
  public static double if2(double[] x) {
    double z = x[0] < 0 ? x[0] : x[1];
    double y = x[2];
    return y * z;
  }

  /** index.fut: xs[i]. */
  @Differentiable
  public static double index(int i, double[] xs) {
    return xs[i];
  }

  /** gather0.fut: map (\i -> xs[i]) is. */
  @Differentiable
  public static void gather(double[] xs, int[] is, double[] out) {
    for (int j = 0; j < is.length; j++) {
      out[j] = xs[is[j]];
    }
  }

  /** gather2.fut: mapgather, map (gather xs) iss. */
  @Differentiable
  public static void mapGather(double[] xs, int[][] iss, double[][] out) {
    for (int i = 0; i < iss.length; i++) {
      for (int j = 0; j < iss[i].length; j++) {
        out[i][j] = xs[iss[i][j]];
      }
    }
  }

  /** scatter1.fut: scatter (copy xs) is vs, differentiated along the target xs. */
  @Differentiable
  public static void scatter(double[] xs, int[] is, double[] vs, double[] out) {
    System.arraycopy(xs, 0, out, 0, xs.length);
    for (int k = 0; k < is.length; k++) {
      if (is[k] >= 0 && is[k] < out.length) {
        out[is[k]] = vs[k];
      }
    }
  }

  /** scatter2.fut: sum (scatter (replicate n 0) (iota n ++ replicate n (-1)) (xs ++ xs)), the -1 writes dropped. */
  @Differentiable
  public static double scatterSum(double[] xs) {
    int n = xs.length;
    double[] res = new double[n];
    for (int k = 0; k < 2 * n; k++) {
      int i = k < n ? k : -1;
      if (i >= 0 && i < n) {
        res[i] = xs[k % n];
      }
    }
    double s = 0;
    for (double r : res) {
      s += r;
    }
    return s;
  }

  /** scatter4.fut: scatter (replicate n [0]) ((0..<n) ++ (0..<n)) (xs ++ xs), each row written twice. */
  @Differentiable
  public static void scatterTwice(double[][] xs, double[][] out) {
    int n = xs.length;
    for (int k = 0; k < 2 * n; k++) {
      out[k % n] = xs[k % n].clone();
    }
  }

  /** scatter5.fut: sum of res[1:n], res = scatter xs (iota n ++ replicate n 0) (xs ++ replicate n xs[0]). */
  @Differentiable
  public static double scatter5(double[] xs) {
    int n = xs.length;
    double[] res = xs.clone();
    for (int k = 0; k < 2 * n; k++) {
      int i = k < n ? k : 0;
      double v = k < n ? xs[k] : xs[0];
      res[i] = v;
    }
    double s = 0;
    for (int i = 1; i < n; i++) {
      s += res[i];
    }
    return s;
  }

  /** concat0.fut: xs ++ xs. */
  @Differentiable
  public static void concat(double[] xs, double[] out) {
    int n = xs.length;
    for (int i = 0; i < n; i++) {
      out[i] = xs[i];
      out[n + i] = xs[i];
    }
  }

  /** transpose.fut. */
  @Differentiable
  public static void transpose(double[][] xs, double[][] out) {
    for (int i = 0; i < xs.length; i++) {
      for (int j = 0; j < xs[i].length; j++) {
        out[j][i] = xs[i][j];
      }
    }
  }

  /** replicate0.fut: replicate n xs. */
  @Differentiable
  public static void replicate(double[] xs, double[][] out) {
    for (double[] row : out) {
      System.arraycopy(xs, 0, row, 0, xs.length);
    }
  }

  /** consume0.fut, consume1.fut: let ys = copy xs in if b then ys with [0] = 0 else ys. */
  @Differentiable
  public static void consume1(boolean b, double[] xs, double[] out) {
    double[] ys = xs.clone();
    if (b) {
      ys[0] = 0;
    }
    System.arraycopy(ys, 0, out, 0, ys.length);
  }

  /** consume2.fut: map2 f bs (copy xss), each row copied and its first element zeroed where bs says. */
  @Differentiable
  public static void consume2(boolean[] bs, double[][] xss, double[][] out) {
    for (int i = 0; i < xss.length; i++) {
      double[] ys = xss[i].clone();
      if (bs[i]) {
        ys[0] = 0;
      }
      out[i] = ys;
    }
  }

  /** consume3.fut: xs' with [1] = xs''[1], both copies of xs. */
  @Differentiable
  public static void consume3(double[] xs, double[] out) {
    double[] a = xs.clone();
    double[] b = xs.clone();
    a[1] = b[1];
    System.arraycopy(a, 0, out, 0, a.length);
  }

  /** consume4.fut: let xs'' = map (* 2) xs' in xs' with [1] = xs''[1]. */
  @Differentiable
  public static void consume4(double[] xs, double[] out) {
    double[] a = xs.clone();
    double[] b = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      b[i] = a[i] * 2;
    }
    a[1] = b[1];
    System.arraycopy(a, 0, out, 0, a.length);
  }

  /** gather1.fut: mapgather, map (`gather` is) xss, the same columns gathered from each row. */
  @Differentiable
  public static void gatherColumns(double[][] xss, int[] is, double[][] out) {
    for (int i = 0; i < xss.length; i++) {
      for (int j = 0; j < is.length; j++) {
        out[i][j] = xss[i][is[j]];
      }
    }
  }

  /** consume5.fut: let foo = copy xs with [1] = i32.sum xs in map (* 2) foo. */
  @Differentiable
  public static void consume5(double[] xs, double[] out) {
    double[] foo = xs.clone();
    double s = 0;
    for (double x : foo) {
      s += x;
    }
    foo[1] = s;
    for (int i = 0; i < foo.length; i++) {
      out[i] = foo[i] * 2;
    }
  }

  /** matmul.fut: matmul xss yss with its dotprod = sum (map2 (+) xs ys) (sic: a sum, not a product). */
  @Differentiable
  public static void matmulPlus(double[][] xss, double[][] yss, double[][] out) {
    for (int i = 0; i < xss.length; i++) {
      for (int j = 0; j < yss[0].length; j++) {
        double s = 0;
        for (int k = 0; k < yss.length; k++) {
          s += xss[i][k] + yss[k][j];
        }
        out[i][j] = s;
      }
    }
  }

  /** genred-opt/gemm-simple.fut: c * alpha + beta * dot(xs, column of yss), elementwise. */
  @Differentiable
  public static void gemm(double alpha, double beta, double[][] xss, double[][] yss, double[][] css,
      double[][] out) {
    for (int i = 0; i < xss.length; i++) {
      for (int j = 0; j < css[i].length; j++) {
        double dot = 0;
        for (int k = 0; k < yss.length; k++) {
          dot += xss[i][k] * yss[k][j];
        }
        out[i][j] = css[i][j] * alpha + beta * dot;
      }
    }
  }

  /** genred-opt/matvec-simple.fut: matmat, each row of mat1 against each row of mat2. */
  @Differentiable
  public static void matmat(double[][] mat1, double[][] mat2, double[][] out) {
    for (int i = 0; i < mat1.length; i++) {
      for (int j = 0; j < mat2.length; j++) {
        double s = 0;
        for (int k = 0; k < mat1[i].length; k++) {
          s += mat2[j][k] * mat1[i][k];
        }
        out[i][j] = s;
      }
    }
  }

  /** kmeans-cost-rev.fut: the sum over points of the squared distance to the nearest centre. */
  @Differentiable
  public static double kmeansCost(double[][] centres, double[][] points) {
    double cost = 0;
    for (double[] p : points) {
      double best = Double.POSITIVE_INFINITY;
      for (double[] c : centres) {
        double d = 0;
        for (int j = 0; j < p.length; j++) {
          double diff = p[j] - c[j];
          d += diff * diff;
        }
        best = Math.min(best, d);
      }
      cost += best;
    }
    return cost;
  }

  /** issue1613.fut: helmholtz R T b A xs, a Helmholtz free energy (f32), differentiated along xs. */
  @Differentiable
  public static float helmholtz(float r, float t, float[] b, float[][] a, float[] xs) {
    float bxs = dot(b, xs);
    float term1 = 0;
    for (float x : xs) {
      term1 += (float) Math.log(x / (1 - bxs));
    }
    float[] axs = new float[xs.length];
    for (int i = 0; i < a.length; i++) {
      axs[i] = dot(xs, a[i]);
    }
    float term2 = dot(xs, axs) / ((float) Math.sqrt(8) * bxs);
    float sqrt2 = (float) Math.sqrt(2);
    float term3 = (float) Math.log((1 + (1 + sqrt2) * bxs) / (1 + (1 - sqrt2) * bxs));
    return r * t * term1 - term2 * term3;
  }

  static float dot(float[] xs, float[] ys) {
    float s = 0;
    for (int i = 0; i < xs.length; i++) {
      s += xs[i] * ys[i];
    }
    return s;
  }

  /**
   * issue2239.fut: eq w', A[1, 1:] of the 4x4 matrix (1 + [j != 0]) w[j]^i, each row scanned by (+), with w = [1 - 2
   * sum w'] ++ w'.
   */
  @Differentiable
  public static void issue2239(double[] wPrime, double[] out) {
    double sum = 0;
    for (double v : wPrime) {
      sum += v;
    }
    double[] w = new double[4];
    w[0] = 1 - 2 * sum;
    System.arraycopy(wPrime, 0, w, 1, 3);
    double[][] a = new double[4][4];
    for (int i = 0; i < 4; i++) {
      double acc = 0;
      for (int j = 0; j < 4; j++) {
        double power = 1;
        for (int k = 0; k < i; k++) {
          power *= w[j];
        }
        acc += (1 + (j != 0 ? 1 : 0)) * power;
        a[i][j] = acc;
      }
    }
    System.arraycopy(a[1], 1, out, 0, 3);
  }

  /**
   * acc0.fut: reduce_by_index_stream (copy xs) (+) 0 f xs with f acc i = write acc i i: each value, read as an index,
   * adds itself at that index.
   */
  @Differentiable
  public static void acc0(double[] xs, double[] out) {
    System.arraycopy(xs, 0, out, 0, xs.length);
    for (double x : xs) {
      int i = (int) x;
      out[i] += x;
    }
  }
}
