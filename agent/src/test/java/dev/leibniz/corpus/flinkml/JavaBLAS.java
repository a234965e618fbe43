package dev.leibniz.corpus.flinkml;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: netlib-java by Ludovic Henry (luhenry/netlib on GitHub, commit 5bc11a7726b3065e39458a625fef0effa8bde02e),
 * blas/src/main/java/dev/ludovic/netlib/blas/AbstractBLAS.java and Java8BLAS.java: the pure-Java BLAS that Flink ML's
 * BLAS calls through dev.ludovic.netlib.JavaBLAS.getInstance().
 * Licence: MIT ("Copyright 2020, 2021, Ludovic Henry ... Permission is hereby granted, free of charge, to any person
 * obtaining a copy of this software ... THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND").
 * Copied unchanged: from AbstractBLAS the debug flag, loopBound, checkIndex, requireNonNull and the public dasum, daxpy,
 * ddot, dnrm2 and dscal (both overloads each: argument checks, then the kernel); from Java8BLAS their kernels dasumK,
 * daxpyK, ddotK (unrolled by four), dnrm2K (four partial sums, then Math.sqrt) and dscalK.
 * Changes: package; the two classes (and the interfaces BLAS and JavaBLAS, which only declare these methods) folded
 * into this one final class with a private constructor and getInstance(), holding only the routines Flink ML's BLAS
 * calls; "protected" kernels kept as they are.
 */

import java.util.Objects;

public final class JavaBLAS {

  private final static boolean debug = System.getProperty("dev.ludovic.netlib.blas.debug", "false").equals("true");

  private static final JavaBLAS instance = new JavaBLAS();

  private JavaBLAS() {}

  public static JavaBLAS getInstance() {
    return instance;
  }

  protected int loopBound(int index, int size) {
    return index - (index % size);
  }

  private void checkIndex(int index, int length) {
    //FIXME: switch to Objects.checkIndex when the minimum version becomes JDK 11
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException(String.format("Index %s out of bounds for length %s", index, length));
    }
  }

  private <T> void requireNonNull(T obj) {
    Objects.requireNonNull(obj);
  }

  public double dasum(int n, double[] x, int incx) {
    if (debug) System.err.println("dasum");
    return dasum(n, x, 0, incx);
  }

  public double dasum(int n, double[] x, int offsetx, int incx) {
    if (debug) System.err.println("dasum");
    if (n <= 0) {
      return 0.0;
    }
    requireNonNull(x);
    checkIndex(offsetx + (n - 1) * Math.abs(incx), x.length);
    return dasumK(n, x, offsetx, incx);
  }

  public void daxpy(int n, double alpha, double[] x, int incx, double[] y, int incy) {
    if (debug) System.err.println("daxpy");
    daxpy(n, alpha, x, 0, incx, y, 0, incy);
  }

  public void daxpy(int n, double alpha, double[] x, int offsetx, int incx, double[] y, int offsety, int incy) {
    if (debug) System.err.println("daxpy");
    if (n <= 0) {
      return;
    }
    if (alpha == 0.0) {
      return;
    }
    requireNonNull(x);
    requireNonNull(y);
    checkIndex(offsetx + (n - 1) * Math.abs(incx), x.length);
    checkIndex(offsety + (n - 1) * Math.abs(incy), y.length);
    daxpyK(n, alpha, x, offsetx, incx, y, offsety, incy);
  }

  public double ddot(int n, double[] x, int incx, double[] y, int incy) {
    if (debug) System.err.println("ddot");
    return ddot(n, x, 0, incx, y, 0, incy);
  }

  public double ddot(int n, double[] x, int offsetx, int incx, double[] y, int offsety, int incy) {
    if (debug) System.err.println("ddot");
    if (n <= 0) {
      return 0.0;
    }
    requireNonNull(x);
    requireNonNull(y);
    checkIndex(offsetx + (n - 1) * Math.abs(incx), x.length);
    checkIndex(offsety + (n - 1) * Math.abs(incy), y.length);
    return ddotK(n, x, offsetx, incx, y, offsety, incy);
  }

  public double dnrm2(int n, double[] x, int incx) {
    if (debug) System.err.println("dnrm2");
    return dnrm2(n, x, 0, incx);
  }

  public double dnrm2(int n, double[] x, int offsetx, int incx) {
    if (debug) System.err.println("dnrm2");
    if (n <= 0) {
      return 0.0;
    }
    if (incx <= 0) {
      return 0.0;
    }
    if (n == 1) {
      return Math.abs(x[offsetx + 0]);
    }
    requireNonNull(x);
    checkIndex(offsetx + (n - 1) * Math.abs(incx), x.length);
    return dnrm2K(n, x, offsetx, incx);
  }

  public void dscal(int n, double alpha, double[] x, int incx) {
    if (debug) System.err.println("dscal");
    dscal(n, alpha, x, 0, incx);
  }

  public void dscal(int n, double alpha, double[] x, int offsetx, int incx) {
    if (debug) System.err.println("dscal");
    if (n <= 0) {
      return;
    }
    if (incx <= 0) {
      return;
    }
    if (alpha == 1.0) {
      return;
    }
    requireNonNull(x);
    checkIndex(offsetx + (n - 1) * Math.abs(incx), x.length);
    dscalK(n, alpha, x, offsetx, incx);
  }

  protected double dasumK(int n, double[] x, int offsetx, int incx) {
    double sum = 0.0;
    if (incx == 1) {
      int ix = 0;
      double sum0 = 0.0;
      double sum1 = 0.0;
      double sum2 = 0.0;
      double sum3 = 0.0;
      for (; ix < loopBound(n, 4); ix += 4) {
        sum0 += Math.abs(x[offsetx + ix + 0]);
        sum1 += Math.abs(x[offsetx + ix + 1]);
        sum2 += Math.abs(x[offsetx + ix + 2]);
        sum3 += Math.abs(x[offsetx + ix + 3]);
      }
      sum += sum0 + sum1 + sum2 + sum3;
      for (; ix < n; ix += 1) {
        sum += Math.abs(x[offsetx + ix]);
      }
    } else {
      for (int ix = incx < 0 ? (n - 1) * -incx : 0; incx < 0 ? ix >= 0 : ix < n * incx; ix += incx) {
        sum += Math.abs(x[offsetx + ix]);
      }
    }
    return sum;
  }

  protected void daxpyK(int n, double alpha, double[] x, int offsetx, int incx, double[] y, int offsety, int incy) {
    if (incx == 1 && incy == 1) {
      for (int ix = 0, iy = 0; ix < n && iy < n; ix += 1, iy += 1) {
        y[offsety + iy] += alpha * x[offsetx + ix];
      }
    } else {
      for (int ix = incx < 0 ? (n - 1) * -incx : 0,
               iy = incy < 0 ? (n - 1) * -incy : 0;
           (incx < 0 ? ix >= 0 : ix < n * incx)
             && (incy < 0 ? iy >= 0 : iy < n * incy);
           ix += incx, iy += incy) {
        y[offsety + iy] += alpha * x[offsetx + ix];
      }
    }
  }

  protected double ddotK(int n, double[] x, int offsetx, int incx, double[] y, int offsety, int incy) {
    double sum = 0.0;
    if (incx == 1 && incy == 1) {
      int ix = 0, iy = 0;
      double sum0 = 0.0;
      double sum1 = 0.0;
      double sum2 = 0.0;
      double sum3 = 0.0;
      for (; ix < loopBound(n, 4) && iy < loopBound(n, 4); ix += 4, iy += 4) {
        sum0 += x[offsetx + ix + 0] * y[offsety + iy + 0];
        sum1 += x[offsetx + ix + 1] * y[offsety + iy + 1];
        sum2 += x[offsetx + ix + 2] * y[offsety + iy + 2];
        sum3 += x[offsetx + ix + 3] * y[offsety + iy + 3];
      }
      sum += sum0 + sum1 + sum2 + sum3;
      for (; ix < n && iy < n; ix += 1, iy += 1) {
        sum += x[offsetx + ix] * y[offsety + iy];
      }
    } else {
      for (int ix = incx < 0 ? (n - 1) * -incx : 0,
              iy = incy < 0 ? (n - 1) * -incy : 0;
          (incx < 0 ? ix >= 0 : ix < n * incx)
            && (incy < 0 ? iy >= 0 : iy < n * incy);
          ix += incx, iy += incy) {
        sum += x[offsetx + ix] * y[offsety + iy];
      }
    }
    return sum;
  }

  protected double dnrm2K(int n, double[] x, int offsetx, int incx) {
    int ix = 0;
    double sum0 = 0.0;
    double sum1 = 0.0;
    double sum2 = 0.0;
    double sum3 = 0.0;
    if (incx == 1) {
      for (; ix < loopBound(n, 4); ix += 4) {
        double x0 = x[offsetx + ix + 0];
        double x1 = x[offsetx + ix + 1];
        double x2 = x[offsetx + ix + 2];
        double x3 = x[offsetx + ix + 3];
        sum0 += x0 * x0;
        sum1 += x1 * x1;
        sum2 += x2 * x2;
        sum3 += x3 * x3;
      }
    } else {
      for (; ix < loopBound(n, 4) * incx; ix += 4 * incx) {
        double x0 = x[offsetx + ix + (0 * incx)];
        double x1 = x[offsetx + ix + (1 * incx)];
        double x2 = x[offsetx + ix + (2 * incx)];
        double x3 = x[offsetx + ix + (3 * incx)];
        sum0 += x0 * x0;
        sum1 += x1 * x1;
        sum2 += x2 * x2;
        sum3 += x3 * x3;
      }
    }
    double sum = sum0 + sum1 + sum2 + sum3;
    for (; ix < n * incx; ix += incx) {
      double x0 = x[offsetx + ix + 0];
      sum += x0 * x0;
    }
    return Math.sqrt(sum);
  }

  protected void dscalK(int n, double alpha, double[] x, int offsetx, int incx) {
    if (incx == 1) {
      for (int ix = 0; ix < n; ix += 1) {
        x[offsetx + ix] *= alpha;
      }
    } else {
      for (int ix = incx < 0 ? (n - 1) * -incx : 0; incx < 0 ? ix >= 0 : ix < n * incx; ix += incx) {
        x[offsetx + ix] *= alpha;
      }
    }
  }
}
