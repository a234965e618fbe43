package dev.leibniz.tool.badfixtures;

import dev.leibniz.Differentiable;

/** One method that can be differentiated and one that cannot (a synchronized block reading a shared field). */
public final class Locked {
  private static final Object LOCK = new Object();
  private static double phase = 0;

  private Locked() {}

  @Differentiable
  public static double good(double x) {
    return x * x;
  }

  @Differentiable
  public static double locked(double x) {
    synchronized (LOCK) {
      return Math.sin(x + phase);
    }
  }
}
