package dev.leibniz.corpus.peers19;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The nineteenth peer round").
 * Source: Futhark (diku-dk/futhark on GitHub) at commit 48a0c814248b0a2f340234aab979cb57dfdd7b19, the loops, scans
 * and reductions of tests/ad: for0.fut, while0.fut, while1.fut, stripmine0.fut, fwd/for0.fut, fwd/while0.fut (pow by
 * a counted loop), fwd/for1.fut (x^2 y^3 by a loop over [y, y*y]), for1.fut (pow_list), for2.fut (mult_list), for3.fut
 * (square in place), truedep0.fut, issue1604.fut (a loop over a pair of arrays), scan0.fut, scan1.fut, scan2.fut,
 * issue2256.fut, sum.fut, reduce0.fut, reduce1.fut (2x2 matrix products), reduce2.fut, reduce3.fut, reducemul0..4.fut
 * (products with zeros), reducevec0.fut, reducevecmul0..3.fut, maximum.fut, minimum.fut, minmax.fut, issue1879.fut
 * (partition), issue2228.fut (a while loop stepping with a gradient), nested0.fut and nested1.fut (the inner
 * derivatives they differentiate again).
 * Licence: ISC. Copyright (c) 2013-2022. DIKU, University of Copenhagen. Permission to use, copy, modify, and/or
 * distribute this software for any purpose with or without fee is hereby granted, provided that the above copyright
 * notice and this permission notice appear in all copies (see the ISC licence text); changes: the Futhark programs
 * rewritten in Java.
 * Translation: f64 is double; the tests' i32 and f32 data are doubles; map, reduce, scan and loop are for loops; an
 * array result is written into an output array (a copy where Futhark copies); [n][4] tuples are double[n][4]; a
 * function that the test nests inside another vjp is the inner derivative written by hand, as a Java user would.
 */

import dev.leibniz.Differentiable;

public final class FutharkLoops {
  private FutharkLoops() {}

  /** for0.fut, stripmine0.fut, fwd/for0.fut: loop acc = 1 for _i < y do acc * x. */
  @Differentiable
  public static double pow(int y, double x) {
    double acc = 1;
    for (int i = 0; i < y; i++) {
      acc = acc * x;
    }
    return acc;
  }

  /** while0.fut, while1.fut, fwd/while0.fut: loop (i, acc) = (0, 1) while i < y do (i + 1, acc * x). */
  @Differentiable
  public static double powWhile(int y, double x) {
    int i = 0;
    double acc = 1;
    while (i < y) {
      i = i + 1;
      acc = acc * x;
    }
    return acc;
  }

  /** fwd/for1.fut: loop acc = 1 for i in [y, y * y] do acc * x * i, that is x^2 y^3. */
  @Differentiable
  public static double powPair(int y, double x) {
    double acc = 1;
    for (int i : new int[] {y, y * y}) {
      acc = acc * x * i;
    }
    return acc;
  }

  /** for1.fut: pow_list, loop accs = replicate n 1 for _i < y do map2 (*) accs xs. */
  @Differentiable
  public static void powList(int y, double[] xs, double[] accs) {
    java.util.Arrays.fill(accs, 1);
    for (int k = 0; k < y; k++) {
      for (int i = 0; i < xs.length; i++) {
        accs[i] = accs[i] * xs[i];
      }
    }
  }

  /** for2.fut: mult_list, loop start = 1 for x in xs do x * x (the last element squared). */
  @Differentiable
  public static double multList(double[] xs) {
    double start = 1;
    for (double x : xs) {
      start = x * x;
    }
    return start;
  }

  /** for3.fut: square, each element of a copy squared in place. */
  @Differentiable
  public static void square(double[] xs, double[] out) {
    System.arraycopy(xs, 0, out, 0, xs.length);
    for (int i = 0; i < out.length; i++) {
      double a = out[i];
      out[i] = a * a;
    }
  }

  /** truedep0.fut: loop xs' = copy xs for i < n - 1 do xs' with [i + 1] = xs'[i] * xs'[i]. */
  @Differentiable
  public static void trueDep(double[] xs, double[] out) {
    System.arraycopy(xs, 0, out, 0, xs.length);
    for (int i = 0; i < out.length - 1; i++) {
      out[i + 1] = out[i] * out[i];
    }
  }

  /** issue1604.fut: loop (B, A) = (xs, xs) for i < n do (map (+ 1) B, map (* 2) A). */
  @Differentiable
  public static void issue1604(double[] xs, double[] b, double[] a) {
    int n = xs.length;
    System.arraycopy(xs, 0, b, 0, n);
    System.arraycopy(xs, 0, a, 0, n);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        b[j] = b[j] + 1;
        a[j] = a[j] * 2;
      }
    }
  }

  /** scan0.fut: scan (*) 1, the prefix products. */
  @Differentiable
  public static void scanMul(double[] a, double[] out) {
    double acc = 1;
    for (int i = 0; i < a.length; i++) {
      acc = acc * a[i];
      out[i] = acc;
    }
  }

  /** scan1.fut: scan (+) 0, the prefix sums. */
  @Differentiable
  public static void scanAdd(double[] a, double[] out) {
    double acc = 0;
    for (int i = 0; i < a.length; i++) {
      acc = acc + a[i];
      out[i] = acc;
    }
  }

  /** scan2.fut: scan (map2 (+)) (replicate k 0), prefix sums of rows. */
  @Differentiable
  public static void scanRows(double[][] a, double[][] out) {
    double[] acc = new double[a[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < acc.length; j++) {
        acc[j] = acc[j] + a[i][j];
        out[i][j] = acc[j];
      }
    }
  }

  /** issue2256.fut: let muls = scan (*) 1 x in f64.sum (map2 (*) muls x). */
  @Differentiable
  public static double issue2256(double[] x) {
    double[] muls = new double[x.length];
    double acc = 1;
    for (int i = 0; i < x.length; i++) {
      acc *= x[i];
      muls[i] = acc;
    }
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += muls[i] * x[i];
    }
    return sum;
  }

  /** sum.fut: reduce (+) 0 xs. */
  @Differentiable
  public static double sum(double[] xs) {
    double s = 0;
    for (double x : xs) {
      s += x;
    }
    return s;
  }

  /** reduce0.fut, reducemul0.fut: f32.product xs, reduce (*) 1 xs. */
  @Differentiable
  public static double product(double[] xs) {
    double p = 1;
    for (double x : xs) {
      p *= x;
    }
    return p;
  }

  /** reducemul1..3.fut: reduce (*) 1 xs * c. */
  @Differentiable
  public static double redMult(double[] xs, double c) {
    double p = 1;
    for (int i = 0; i < xs.length; i++) {
      p = p * xs[i];
    }
    return p * c;
  }

  /** reducemul4.fut: let x = reduce (*) 1 as in map (* x) as. */
  @Differentiable
  public static void productTimes(double[] as, double[] out) {
    double x = 1;
    for (double a : as) {
      x *= a;
    }
    for (int i = 0; i < as.length; i++) {
      out[i] = as[i] * x;
    }
  }

  /** reduce1.fut: reduce mm2by2 (1, 0, 0, 1) xs, a product of 2x2 matrices (a, b, c, d) held as rows of four. */
  @Differentiable
  public static void matrixChain(double[][] xs, double[] out) {
    double a = 1;
    double b = 0;
    double c = 0;
    double d = 1;
    for (double[] m : xs) {
      double a2 = a * m[0] + b * m[2];
      double b2 = a * m[1] + b * m[3];
      double c2 = c * m[0] + d * m[2];
      double d2 = c * m[1] + d * m[3];
      a = a2;
      b = b2;
      c = c2;
      d = d2;
    }
    out[0] = a;
    out[1] = b;
    out[2] = c;
    out[3] = d;
  }

  /** reduce2.fut: let mx = f64.sum arr in sum (map (\x -> x - mx) arr) + mx. */
  @Differentiable
  public static double reduce2(double[] arr) {
    double mx = 0;
    for (double x : arr) {
      mx += x;
    }
    double sumShifted = 0;
    for (double x : arr) {
      sumShifted += x - mx;
    }
    return sumShifted + mx;
  }

  /** reduce3.fut: reduce (map2 (+)) (replicate k 0) a, the column sums. */
  @Differentiable
  public static void columnSums(double[][] a, double[] out) {
    java.util.Arrays.fill(out, 0);
    for (double[] row : a) {
      for (int j = 0; j < out.length; j++) {
        out[j] += row[j];
      }
    }
  }

  /** reducevecmul0.fut: reduce (map2 (*)) (replicate n 1) xs, the column products. */
  @Differentiable
  public static void columnProducts(double[][] xs, double[] out) {
    java.util.Arrays.fill(out, 1);
    for (double[] row : xs) {
      for (int j = 0; j < out.length; j++) {
        out[j] *= row[j];
      }
    }
  }

  /** reducevecmul1.fut: reduce (map2 (*)) (replicate n 1) xs |> map (* c). */
  @Differentiable
  public static void columnProductsTimes(double[][] xs, double c, double[] out) {
    java.util.Arrays.fill(out, 1);
    for (double[] row : xs) {
      for (int j = 0; j < out.length; j++) {
        out[j] *= row[j];
      }
    }
    for (int j = 0; j < out.length; j++) {
      out[j] = out[j] * c;
    }
  }

  /** reducevec0.fut: reduce (map2 (map2 (*))) (replicate m (replicate k 1)) xs, the products over the first index. */
  @Differentiable
  public static void slabProducts(double[][][] xs, double[][] out) {
    for (double[] row : out) {
      java.util.Arrays.fill(row, 1);
    }
    for (double[][] slab : xs) {
      for (int j = 0; j < out.length; j++) {
        for (int l = 0; l < out[j].length; l++) {
          out[j][l] = out[j][l] * slab[j][l];
        }
      }
    }
  }

  /** maximum.fut: map f64.abs >-> f64.maximum. */
  @Differentiable
  public static double maxAbs(double[] xs) {
    double m = Double.NEGATIVE_INFINITY;
    for (double x : xs) {
      double y = Math.abs(x);
      if (y > m) {
        m = y;
      }
    }
    return m;
  }

  /** minimum.fut: f64.minimum. */
  @Differentiable
  public static double minimum(double[] xs) {
    double m = Double.POSITIVE_INFINITY;
    for (double x : xs) {
      if (x < m) {
        m = x;
      }
    }
    return m;
  }

  /** minmax.fut: (f64.minimum ys, f64.maximum ys) of ys = map f64.abs xs, by Math.min and Math.max. */
  @Differentiable
  public static void minMaxAbs(double[] xs, double[] out) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double x : xs) {
      double y = Math.abs(x);
      lo = Math.min(lo, y);
      hi = Math.max(hi, y);
    }
    out[0] = lo;
    out[1] = hi;
  }

  /** issue1879.fut: the rows whose first element is below 5 (partition), flattened and summed. */
  @Differentiable
  public static double partitionSum(double[][] xs) {
    double s = 0;
    for (double[] x : xs) {
      if (x[0] < 5) {
        for (double v : x) {
          s += v;
        }
      }
    }
    return s;
  }

  /**
   * issue2228.fut: naive_euler, a while loop that steps (x, xdot) to (xdot, grad p x) while xdot[1] > 0, where p x =
   * sum of squared distances to the charges moved by w (its gradient written by hand); results x then xdot.
   */
  @Differentiable
  public static void naiveEuler(double[][] charges, double[] xInitial, double[] xdotInitial, double w,
      double[] out) {
    double[] x = xInitial.clone();
    double[] xdot = xdotInitial.clone();
    boolean go = true;
    while (go) {
      double[] xddot = new double[2];
      for (double[] c : charges) {
        for (int j = 0; j < 2; j++) {
          xddot[j] += 2 * (x[j] - (c[j] + w));
        }
      }
      if (xdot[1] > 0) {
        x = xdot;
        xdot = xddot;
      } else {
        go = false;
      }
    }
    out[0] = x[0];
    out[1] = x[1];
    out[2] = xdot[0];
    out[3] = xdot[1];
  }

  /** nested0.fut: the second derivative of x^4, 12 x^2 (by hand), elementwise; the test differentiates it again. */
  @Differentiable
  public static void nested0Inner(double[] xs, double[] out) {
    for (int i = 0; i < xs.length; i++) {
      out[i] = 12 * xs[i] * xs[i];
    }
  }

  /** nested1.fut: the derivative of map (\i -> xs[i]^3) is along ones, 3 xs[i]^2 at each index (by hand). */
  @Differentiable
  public static void nested1Inner(double[] xs, int[] is, double[] out) {
    java.util.Arrays.fill(out, 0);
    for (int i : is) {
      out[i] += 3 * xs[i] * xs[i];
    }
  }
}
