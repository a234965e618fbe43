package dev.leibniz.oracle;

/**
 * Child-JVM main of {@link BranchArmsTest#armsAreCompiledByC2}: calls the tangent and adjoint of
 * {@code branches(x, a, n, c, r)} in a loop until it is stopped, over every path, so that every arm
 * method gets hot.
 */
public final class BranchArmsProbe {
  private static volatile double observed;

  private BranchArmsProbe() {}

  public static void main(String[] args) throws Exception {
    Class<?> c = Class.forName(args[0]);
    double sink = 0;
    for (long k = 0; ; k++) {
      double[] point = BranchArmsTest.POINTS[(int) (k % BranchArmsTest.POINTS.length)].clone();
      point[1] += 0.001 * (k % 7);
      int[] run = BranchArmsTest.RUNS[(int) (k % BranchArmsTest.RUNS.length)];
      double[] d = new double[point.length];
      d[(int) (k % d.length)] = 1;
      sink += BranchArmsTest.tangent(c, point, d, run);
      sink += BranchArmsTest.gradient(c, point, 1.0, run)[0];
      // kept observable so the calls are not dead code; never printed: a line of ours could split
      // one of -XX:+PrintCompilation's, which the test parses
      if (k % 10_000 == 0) observed = sink;
    }
  }
}
