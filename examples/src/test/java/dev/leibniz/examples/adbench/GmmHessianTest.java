package dev.leibniz.examples.adbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.Derivatives;
import dev.leibniz.Hessians;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The ADBench GMM objective is marked order 2: its Hessian by {@code objective$adjoint$tangent}
 * products (with respect to alphas, means and icf together) against central differences of the
 * gradient from {@code objective$adjoint}, and symmetric. The objective calls helpers with loops,
 * so its adjoint has joint-mode calls, snapshots and a scalar adjoint for {@code gamma}.
 */
class GmmHessianTest {
  private static final Path DATA = AdbenchData.require();
  private static final Class<?>[] TYPES = {
    double[].class, double[].class, double[].class, double[].class, int.class, int.class, int.class, double.class, int.class
  };

  private final GmmInput in = GmmInput.read(DATA.resolve("gmm/test.txt"));
  private final int na = in.alphas().length, nm = in.means().length, ni = in.icf().length, p = na + nm + ni;

  private double[][] split(double[] flat) {
    return new double[][] {
      Arrays.copyOfRange(flat, 0, na), Arrays.copyOfRange(flat, na, na + nm), Arrays.copyOfRange(flat, na + nm, p)
    };
  }

  private double[] flat() {
    double[] f = new double[p];
    System.arraycopy(in.alphas(), 0, f, 0, na);
    System.arraycopy(in.means(), 0, f, na, nm);
    System.arraycopy(in.icf(), 0, f, na + nm, ni);
    return f;
  }

  private double[] gradient(double[] at) throws Throwable {
    MethodHandle adjoint = Derivatives.adjoint(MethodHandles.lookup(), Gmm.class, "objective", TYPES);
    double[][] a = split(at);
    double[] ab = new double[na], mb = new double[nm], ib = new double[ni];
    double unused = (double) adjoint.invokeExact(a[0], ab, a[1], mb, a[2], ib, in.x(), (double[]) null,
        in.d(), in.k(), in.n(), in.gamma(), in.m(), 1.0, new double[1]);
    double[] g = new double[p];
    System.arraycopy(ab, 0, g, 0, na);
    System.arraycopy(mb, 0, g, na, nm);
    System.arraycopy(ib, 0, g, na + nm, ni);
    return g;
  }

  private double[] hessianTimes(double[] at, double[] v) throws Throwable {
    MethodHandle hvp = Hessians.adjointTangent(MethodHandles.lookup(), Gmm.class, "objective", TYPES);
    double[][] a = split(at), d = split(v);
    double[] ab = new double[na], mb = new double[nm], ib = new double[ni];
    double[] abd = new double[na], mbd = new double[nm], ibd = new double[ni];
    double unused = (double) hvp.invokeExact(a[0], d[0], ab, abd, a[1], d[1], mb, mbd, a[2], d[2], ib, ibd,
        in.x(), (double[]) null, (double[]) null, (double[]) null,
        in.d(), in.k(), in.n(), in.gamma(), 0.0, in.m(), 1.0, 0.0, new double[1], new double[1]);
    double[] hv = new double[p];
    System.arraycopy(abd, 0, hv, 0, na);
    System.arraycopy(mbd, 0, hv, na, nm);
    System.arraycopy(ibd, 0, hv, na + nm, ni);
    return hv;
  }

  @Test
  void hessianByProductsMatchesDifferencesOfTheGradientAndIsSymmetric() throws Throwable {
    double[] x = flat();
    double[][] h = new double[p][];
    for (int j = 0; j < p; j++) {
      double[] e = new double[p];
      e[j] = 1;
      h[j] = hessianTimes(x, e);
      // Fourth-order central differences of the gradient along e_j.
      double step = 1e-3 * Math.max(1, Math.abs(x[j]));
      double[] g1 = gradient(shift(x, j, step)), g2 = gradient(shift(x, j, -step));
      double[] g3 = gradient(shift(x, j, 2 * step)), g4 = gradient(shift(x, j, -2 * step));
      for (int i = 0; i < p; i++) {
        double fd = (8 * (g1[i] - g2[i]) - (g3[i] - g4[i])) / (12 * step);
        assertEquals(fd, h[j][i], 1e-6 * Math.max(1, Math.abs(fd)), "H[" + i + "][" + j + "]");
      }
    }
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < i; j++) {
        assertEquals(h[i][j], h[j][i], 1e-12 * Math.max(1, Math.abs(h[i][j])), "symmetry at " + i + ", " + j);
      }
    }
  }

  private static double[] shift(double[] x, int j, double by) {
    double[] y = x.clone();
    y[j] += by;
    return y;
  }
}
