package dev.leibniz.oracle;

import dev.leibniz.oracle.fixtures.RepeatedReads;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;

/**
 * Two loads of one array cell in a block of a split helper (core.reverse.RepeatedLoads): the second
 * shares the first one's tape entry only when nothing is written between them (TapePlanTest pins
 * where it does: {@code aRepeatedLoadIsTapedOnce}). Each against finite differences, the exact
 * gradient and the tangent (dot-product test); a store, an aliased store or a call between the two
 * loads gives the second another value, and sharing it would give a wrong gradient here.
 */
class RepeatedReadsTest {
  static final Transformed T = Transformed.of(RepeatedReads.class);

  static final double[][] POINTS = {{0.7}, {0.3, -1.1}, {0.5, -0.25, 1.5, 0.9}, {0.4, 1.2, 0.8, 0.2, -0.6, 1.1, 0.3}};

  /** {@code name} at every point against differences, the tangent and the gradient {@code factor · x} (from index {@code from}). */
  static void check(String name, double factor, int from) {
    for (double[] x : POINTS) {
      double[] g = new double[x.length];
      for (int i = from; i < x.length; i++) g[i] = factor * x[i];
      JacobianCheck.check(
          name + java.util.Arrays.toString(x),
          x,
          v -> new double[] {(double) call(name, v)},
          (v, vd) -> new double[] {(double) call(name + "$tangent", v, vd)},
          (v, yb) -> {
            double[] grad = new double[v.length];
            call(name + "$adjoint", v, grad, yb[0]);
            return grad;
          },
          new double[][] {g});
    }
  }

  static Object call(String name, Object... args) {
    return ArraysAndCallsTest.callOn(null, T.type, name, args);
  }

  @Test
  void aCellLoadedTwiceWithNothingWrittenBetween() {
    check("squaresOfRewritten", 2 * (1 + 4 + 9), 1);
  }

  @Test
  void aStoreToTheCellBetweenItsLoads() {
    check("storeBetween", 4 * (1 + 4 + 9), 0);
  }

  @Test
  void aStoreThroughAnAliasBetweenTheLoads() {
    check("aliasedStoreBetween", 6 * (1 + 4 + 9), 0);
  }

  /** The call is inlined before differentiation and splits the block: the loads are in two blocks. */
  @Test
  void aCallWritingTheCellBetweenItsLoads() {
    check("callBetween", 4 * (1 + 4 + 9), 0);
  }
}
