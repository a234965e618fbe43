package dev.leibniz.oracle;

import java.lang.reflect.Method;

/**
 * Child-JVM main of {@link OutliningTest#partsAreCompiledByC2}: calls the outlined kernel's
 * tangent and adjoint in a loop until it is stopped (or for 235 s), so that every part gets hot.
 */
public final class OutlinedProbe {
  private static volatile double observed;

  private OutlinedProbe() {}

  public static void main(String[] args) throws Exception {
    Class<?> c = Class.forName(args[0]);
    int inputs = OutliningTest.INPUTS;
    Method tangent = c.getMethod("f$tangent", double[].class, double[].class, double.class, double.class, int.class);
    Method adjoint = c.getMethod("f$adjoint", double[].class, double[].class, double.class, int.class, double.class, double[].class);
    double[] x = new double[inputs], dx = new double[inputs], xbar = new double[inputs], ybar = new double[1];
    double sink = 0;
    // stops by itself shortly before the test's deadline: the test reads until every part is seen or the
    // output ends, and a probe that printed nothing more would leave that read waiting
    long end = System.nanoTime() + 235_000_000_000L;
    for (long k = 0; System.nanoTime() < end; k++) {
      for (int i = 0; i < inputs; i++) {
        x[i] = 0.2 + 0.01 * ((k + i) % 7);
        dx[i] = i == k % inputs ? 1 : 0;
      }
      sink += (double) tangent.invoke(null, x, dx, 0.3, 1.0, 4);
      sink += (double) adjoint.invoke(null, x, xbar, 0.3, 4, 1.0, ybar);
      // kept observable so the calls are not dead code; never printed: a line of ours could split
      // one of -XX:+PrintCompilation's, which the test parses
      if (k % 10_000 == 0) observed = sink;
    }
  }
}
