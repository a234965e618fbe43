package dev.leibniz.oracle;

import java.lang.reflect.Method;

/**
 * Child-JVM main of {@link LoopBodyExitsTest#outlinedBodiesAreCompiledByC2}: calls the tangent and
 * adjoint of {@code exits(x, a, n, b, r)} in a loop until it is stopped (or for 235 s), over every path (all trips,
 * the break taken, the return taken), so that every outlined body part gets hot.
 */
public final class LoopBodyProbe {
  private static volatile double observed;

  private LoopBodyProbe() {}

  public static void main(String[] args) throws Exception {
    Class<?> c = Class.forName(args[0]);
    Method tangent = c.getMethod("exits$tangent", double.class, double.class, double[].class, double[].class, int.class, int.class, int.class);
    Method adjoint = c.getMethod("exits$adjoint", double.class, double[].class, double[].class, int.class, int.class, int.class,
        double.class, double[].class);
    double[] a = new double[3], da = new double[3], abar = new double[3], xbar = new double[1];
    int[][] runs = {{5, 99, 99}, {6, 3, 99}, {6, 99, 4}};
    double sink = 0;
    // stops by itself shortly before the test's deadline: the test reads until every part is seen or the
    // output ends, and a probe that printed nothing more would leave that read waiting
    long end = System.nanoTime() + 235_000_000_000L;
    for (long k = 0; System.nanoTime() < end; k++) {
      for (int i = 0; i < a.length; i++) {
        a[i] = 0.2 + 0.01 * ((k + i) % 7);
        da[i] = i == k % a.length ? 1 : 0;
      }
      int[] run = runs[(int) (k % runs.length)];
      sink += (double) tangent.invoke(null, 0.4, 1.0, a, da, run[0], run[1], run[2]);
      sink += (double) adjoint.invoke(null, 0.4, a, abar, run[0], run[1], run[2], 1.0, xbar);
      // kept observable so the calls are not dead code; never printed: a line of ours could split
      // one of -XX:+PrintCompilation's, which the test parses
      if (k % 10_000 == 0) observed = sink;
    }
  }
}
