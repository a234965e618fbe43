package dev.leibniz.oracle;

import dev.leibniz.oracle.fixtures.ForwardedStores;
import dev.leibniz.testing.Transformed;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * Loads recomputed as the value an earlier loop stored in their cell (core.reverse.ForwardedLoads;
 * TapePlanTest pins which loads are: {@code aLoadOfWhatAnEarlierLoopStoredIsRecomputed}). Each
 * against finite differences, the exact gradient and the tangent (dot-product test); where the array
 * is written between the loops or the loops' trips differ, recomputing from the store would give a
 * wrong gradient here.
 */
class ForwardedStoresTest {
  static final Transformed T = Transformed.of(ForwardedStores.class);

  static final double[][] POINTS = {{0.7}, {0.3, -1.1}, {0.5, -0.25, 1.5, 0.9}, {0.4, 1.2, 0.8, 0.2, -0.6, 1.1, 0.3}};

  /** d/dx of {@code (k x - 1)² x}. */
  static double term(int k, double x) {
    return 2 * k * (k * x - 1) * x + (k * x - 1) * (k * x - 1);
  }

  /** d/dx of {@code (2 x - 1)² x + (3 x - 1)² x}. */
  static double term(double x) {
    return term(2, x) + term(3, x);
  }

  /** The exact gradient: {@code gradient(x, i)} for the cells {@code read} says the reading loops read, 0 for the others. */
  static void check(String name, IntPredicate read, java.util.function.BiFunction<double[], Integer, Double> gradient) {
    for (double[] x : POINTS) {
      double[] g = new double[x.length];
      for (int i = 0; i < x.length; i++) g[i] = read.test(i) ? gradient.apply(x, i) : 0;
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
  void aLoadOfWhatTheLoopBeforeStored() {
    check("storedThenRead", i -> true, (x, i) -> term(x[i]));
  }

  @Test
  void aCellWrittenBetweenTheLoops() {
    check("overwrittenBetween", i -> true, (x, i) -> i == 0 ? 5 * Math.pow(x[0], 4) + term(3, x[0]) : term(x[i]));
  }

  @Test
  void aStoreLoopOneTripShort() {
    check("storedOverFewerTrips", i -> true, (x, i) -> i == x.length - 1 ? 6 * x[i] * x[i] : term(x[i]));
  }

  @Test
  void aReadingLoopWhoseIndexAdvancesIrregularly() {
    check("readIrregularly", i -> i == 0 || i % 2 == 1, (x, i) -> term(x[i]));
  }

  @Test
  void aLoadInTheReadingLoopsHeader() {
    check("readInTheHeader", i -> true, (x, i) -> i == x.length - 1 ? 5 * Math.pow(x[i], 4) + term(3, x[i]) : term(x[i]));
  }
}
