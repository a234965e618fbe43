package dev.leibniz.tool.dispatch;

import java.lang.reflect.Method;

/** Calls {@code energy$adjoint} through the interface on a {@link Spring}; exit 1 unless the gradient is right. */
public final class CallThroughInterface {
  public static void main(String[] args) throws Exception {
    Shape s = new Spring();
    Method adjoint = Shape.class.getMethod("energy$adjoint", double[].class, double[].class, double.class);
    double[] p = {0.8, 0.3}, g = new double[2];
    double value = (double) adjoint.invoke(s, p, g, 1.0);
    boolean ok = value == s.energy(p) && Math.abs(g[0] - 0.8) < 1e-15 && Math.abs(g[1] + Math.sin(0.3)) < 1e-15;
    System.out.println((ok ? "ok" : "FAIL") + " value=" + value + " gradient=" + g[0] + "," + g[1]);
    System.exit(ok ? 0 : 1);
  }
}
