package dev.leibniz.examples.adbench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * GMM d10_K25 on its 1,000 points, where the split helpers (qTimesX, subtract, sqnorm) run
 * 25,000 times per gradient on one reused workspace: the adjoint's gradient against the tangent
 * companion (an independent mode, to 1e-12 relative) and central differences of the primal along
 * random directions, and the same gradient, bit for bit, from the next calls on the same thread
 * (the workspace's tapes, grown by the first gradient, serve the later ones).
 */
class GmmSteadyGradientTest {
  private static final Path DATA = AdbenchData.require();

  @Test
  void adjointAgainstTangentAndDifferencesThenRepeated() throws Throwable {
    GmmInput in = GmmInput.read(DATA.resolve("gmm/1k/gmm_d10_K25.txt"));
    MethodHandle adjoint = GmmGradient.adjoint(), tangent = GmmGradient.tangent();
    ValueAndGradient first = GmmGradient.byAdjoint(adjoint, in);
    assertEquals(in.objective(), first.value(), 0);
    Random random = new Random(11);
    for (int trial = 0; trial < 3; trial++) {
      double[][] dir = {direction(random, in.alphas().length), direction(random, in.means().length), direction(random, in.icf().length)};
      double byAdjoint = dot(first.gradient(), concat(dir));
      double byTangent = (double) tangent.invokeExact(in.alphas(), dir[0], in.means(), dir[1], in.icf(), dir[2], in.x(),
          new double[in.x().length], in.d(), in.k(), in.n(), in.gamma(), 0.0, in.m());
      assertEquals(byTangent, byAdjoint, 1e-12 * Math.abs(byTangent), "adjoint vs tangent, direction " + trial);
      double h = 1e-6, fd = (along(in, dir, h) - along(in, dir, -h)) / (2 * h);
      assertEquals(fd, byAdjoint, 1e-6 * Math.max(1, Math.abs(fd)), "adjoint vs central differences, direction " + trial);
    }
    for (int again = 0; again < 3; again++) {
      assertArrayEquals(first.gradient(), GmmGradient.byAdjoint(adjoint, in).gradient(), 0, "gradient " + (again + 2));
    }
  }

  private static double along(GmmInput in, double[][] dir, double t) {
    double[] a = shifted(in.alphas(), dir[0], t), m = shifted(in.means(), dir[1], t), q = shifted(in.icf(), dir[2], t);
    return Gmm.objective(a, m, q, in.x(), in.d(), in.k(), in.n(), in.gamma(), in.m());
  }

  private static double[] shifted(double[] x, double[] d, double t) {
    double[] y = x.clone();
    for (int i = 0; i < y.length; i++) y[i] += t * d[i];
    return y;
  }

  private static double[] direction(Random random, int n) {
    double[] d = new double[n];
    for (int i = 0; i < n; i++) d[i] = random.nextDouble() - 0.5;
    return d;
  }

  private static double[] concat(double[][] parts) {
    int n = 0;
    for (double[] p : parts) n += p.length;
    double[] all = new double[n];
    int at = 0;
    for (double[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }
}
