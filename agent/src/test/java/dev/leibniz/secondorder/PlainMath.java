package dev.leibniz.secondorder;

/** Not marked: a callee of another class whose companions are hosted in the caller's class. */
public final class PlainMath {
  private PlainMath() {}

  public static double softNorm(double[] x) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * x[i] * x[i] * x[i];
    }
    return Math.log(1 + s);
  }
}
