package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Hessian;
import dev.leibniz.Jacobian;
import dev.leibniz.SparseJacobian;
import dev.leibniz.agent.fixtures.CountingChain;
import dev.leibniz.agent.fixtures.UpdatingFilter;
import java.lang.invoke.MethodHandles;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The multi-sweep helpers ({@link Jacobian} by rows and by columns, serialisable too, and {@link
 * Hessian#dense}) on an instance method that updates its receiver: every sweep sees the
 * receiver's state before the first, so the Jacobian equals central differences taken with a
 * fresh receiver per evaluation, and the receiver is left as one call of the method leaves it; a
 * method that changes an object its receiver refers to is refused with the field named.
 */
class ReceiverStateIT {
  private static final double[] X = {0.4, -1.2, 0.7};

  @Test
  void jacobianByRowsSeesTheReceiverBeforeTheFirstSweep() {
    UpdatingFilter f = new UpdatingFilter();
    double[][] j = Jacobian.of(MethodHandles.lookup(), f, "resid", 3).at(X); // m = n: rows
    assertJacobian(X, 3, j);
    assertEquals(0.3, j[1][2], 1e-12, "∂r_1/∂x_2 is the mean before the call");
    assertEquals(0.3, j[2][0], 1e-12, "∂r_2/∂x_0 is the mean before the call");
    assertLeftAsOneCall(f, X, 3);
  }

  @Test
  void jacobianByColumnsSeesTheReceiverBeforeTheFirstSweep() {
    double[] x = {0.4, -1.2}; // m = 3 > n = 2: columns
    UpdatingFilter f = new UpdatingFilter();
    double[][] j = Jacobian.of(MethodHandles.lookup(), f, "resid", 3).at(x);
    assertJacobian(x, 3, j);
    assertLeftAsOneCall(f, x, 3);
  }

  @Test
  void serializableJacobianToo() {
    UpdatingFilter f = new UpdatingFilter();
    double[][] j = Jacobian.serializable(f, "resid", 3).at(X);
    assertJacobian(X, 3, j);
    assertLeftAsOneCall(f, X, 3);
  }

  @Test
  void aChangeOneObjectAwayIsRefusedWithTheFieldNamed() {
    UpdatingFilter f = new UpdatingFilter();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Jacobian.of(MethodHandles.lookup(), f, "deep", 3).at(X));
    assertTrue(e.getMessage().contains("UpdatingFilter.deep"), e.getMessage());
    assertTrue(e.getMessage().contains("UpdatingFilter.memory"), e.getMessage());
    assertTrue(e.getMessage().contains("does not change its receiver"), e.getMessage());
    // one sweep is one call: nothing to hold fixed, so nothing refused
    double[][] one = Jacobian.of(MethodHandles.lookup(), new UpdatingFilter(), "deep", 1).at(X);
    assertEquals(Math.cos(X[0]) + 0.7, one[0][0], 1e-12);
  }

  @Test
  void denseHessianSeesTheReceiverBeforeTheFirstProduct() {
    UpdatingFilter f = new UpdatingFilter();
    double[] x = {0.7, -1.1, 0.4, 0.9};
    double[][] h = Hessian.of(MethodHandles.lookup(), UpdatingFilter.class, "energy", 0, double[].class).dense(f, x);
    for (int i = 0; i < x.length; i++) {
      for (int k = 0; k < x.length; k++) {
        double analytic = i == k ? (i + 1 < x.length ? 2 * x[i + 1] : 0) : k == i + 1 ? 2 * x[i] : i == k + 1 ? 2 * x[k] : 0;
        assertEquals(0.3 * analytic, h[i][k], 1e-12, "H[" + i + "][" + k + "]");
        int a = i, b = k;
        assertEquals(secondDifference(() -> new UpdatingFilter(), x, a, b), h[i][k], 1e-5, "H vs second differences");
      }
    }
    assertEquals(0.6, f.mean, 0, "left as one call of energy leaves it");
  }

  @Test
  void sparseJacobianOfAnInstanceSeesTheReceiverBeforeTheFirstSweep() {
    int[][] pattern = {{0, 1}, {1, 2}, {0, 2}}; // three colours: three tangent calls (and the check's)
    for (boolean rows : new boolean[] {false, true}) {
      for (boolean checked : new boolean[] {false, true}) {
        CountingChain c = new CountingChain();
        SparseJacobian s = SparseJacobian.of(MethodHandles.lookup(), c, "chain", 3, 3, pattern);
        s = rows ? s.byRows() : s.oneDirectionPerCall();
        double[][] j = (checked ? s : s.unchecked()).dense(X, null);
        for (int i = 0; i < 3; i++) {
          int next = (i + 1) % 3;
          assertEquals(X[next], j[i][i], 1e-12, "∂r_i/∂x_i with calls = 0 (rows " + rows + ")");
          assertEquals(X[i], j[i][next], 1e-12, "∂r_i/∂x_i+1 with calls = 0 (rows " + rows + ")");
        }
        assertEquals(1, c.calls, "left as one call leaves it");
      }
    }
    CountingChain d = new CountingChain();
    SparseJacobian.detect(MethodHandles.lookup(), d, "chain", 3, 3, X, X);
    assertEquals(1, d.calls, "detection leaves it as one call does");
  }

  /** J against central differences, each evaluation on a fresh receiver. */
  private static void assertJacobian(double[] x, int m, double[][] j) {
    double step = 1e-6;
    for (int k = 0; k < x.length; k++) {
      double[] up = x.clone(), down = x.clone();
      up[k] += step;
      down[k] -= step;
      double[] rUp = resid(new UpdatingFilter(), up, m), rDown = resid(new UpdatingFilter(), down, m);
      for (int i = 0; i < m; i++) {
        assertEquals((rUp[i] - rDown[i]) / (2 * step), j[i][k], 1e-8, "J[" + i + "][" + k + "] vs central differences");
      }
    }
  }

  /** The receiver's state equals that of a fresh one after one call at x. */
  private static void assertLeftAsOneCall(UpdatingFilter f, double[] x, int m) {
    UpdatingFilter once = new UpdatingFilter();
    resid(once, x, m);
    assertEquals(once.mean, f.mean, 1e-15, "mean");
    assertEquals(1, f.calls, "calls");
    assertArrayEquals(once.history, f.history, 1e-15, "history");
  }

  private static double[] resid(UpdatingFilter f, double[] x, int m) {
    double[] r = new double[m];
    f.resid(x.clone(), r);
    return r;
  }

  /** ∂²energy/∂x_a∂x_b by second differences, each evaluation on a fresh receiver. */
  private static double secondDifference(Supplier<UpdatingFilter> fresh, double[] x, int a, int b) {
    double h = 1e-4;
    double[] s = {h, -h};
    double sum = 0;
    for (double da : s) {
      for (double db : s) {
        double[] p = x.clone();
        p[a] += da;
        p[b] += db;
        sum += Math.signum(da) * Math.signum(db) * fresh.get().energy(p);
      }
    }
    return sum / (4 * h * h);
  }
}
