package dev.leibniz.oracle;

import dev.leibniz.oracle.fixtures.RereadTables;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;

/**
 * Loads the reverse sweep reads again from their array because nothing writes it after them
 * (core.reverse.StableLoads#stableAfter; TapePlanTest pins that the table is not taped:
 * {@code aTableFilledBeforeItsLoopIsReadAgain}). Each against finite differences, the exact
 * gradient {@code factor · x} and the tangent (dot-product test); where the table is written after
 * the read, re-reading it would give a wrong gradient here.
 */
class RereadTablesTest {
  static final Transformed T = Transformed.of(RereadTables.class);

  static final double[][] POINTS = {{0.7}, {0.3, -1.1}, {0.5, -0.25, 1.5, 0.9}, {0.4, 1.2, 0.8, 0.2, -0.6, 1.1, 0.3}};

  static void check(String name, double factor) {
    for (double[] x : POINTS) {
      double[] g = new double[x.length];
      for (int i = 0; i < x.length; i++) g[i] = factor * x[i];
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
  void aTableNeverWrittenAfterItsReads() {
    check("tableReadInALoop", 12);
  }

  @Test
  void aTableWrittenByALaterTripAfterItsReads() {
    check("tableDoubledAfterEachRead", 28);
  }

  @Test
  void aTableClearedAfterTheLoopThatReadsIt() {
    check("tableClearedAfterTheLoop", 4);
  }
}
