package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.FiniteDifferences.Estimate;
import dev.leibniz.oracle.fixtures.Constructs;
import dev.leibniz.testing.Transformed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.util.FastMath;
import org.junit.jupiter.api.Test;

/**
 * Each language construct in both modes, against finite differences, an analytic formula or a
 * Hipparchus twin of the same code, and the dot-product test; plus accumulation and threads.
 */
class ConstructsTest {
  static final Class<?> T = Transformed.of(Constructs.class).type;
  static final Class<?> D = double.class, F = float.class, I = int.class, L = long.class;

  /** The same function written on {@code DerivativeStructure}: active variables, all arguments. */
  @FunctionalInterface
  interface Twin {
    DerivativeStructure apply(DerivativeStructure[] v, double[] x);
  }

  static ScalarFunction fn(String name, Class<?>... params) {
    return new ScalarFunction(T, name, params);
  }

  static double[] p(double... xs) {
    return xs;
  }

  static double[] twin(ScalarFunction f, Twin twin, double[] x) {
    double[] a = f.activePart(x);
    DSFactory factory = new DSFactory(a.length, 1);
    DerivativeStructure[] v = new DerivativeStructure[a.length];
    for (int i = 0; i < a.length; i++) v[i] = factory.variable(i, a[i]);
    DerivativeStructure r = twin.apply(v, x);
    double[] g = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      int[] o = new int[a.length];
      o[i] = 1;
      g[i] = r.getPartialDerivative(o);
    }
    return g;
  }

  /**
   * Both modes agree with each other, with {@code expected} (when not null) to {@code rel}, with
   * finite differences (when {@code fd}), and pass the dot-product test.
   */
  static void check(ScalarFunction f, double[] x, double[] expected, double rel, boolean fd) {
    String at = f.name() + Arrays.toString(x);
    int n = f.active();
    double[] g = new double[n];
    double y = f.adjoint(x, 1, g);
    assertEquals(f.value(x), y, 0, at + " primal returned by $adjoint");
    double[] tg = f.tangentGradient(x);
    double[] a = f.activePart(x);
    boolean floats = rel > 1e-9;
    for (int i = 0; i < n; i++) {
      int k = i;
      assertEquals(g[i], tg[i], (floats ? 1e-6 : 1e-13) * Math.max(1, Math.abs(g[i])), () -> at + " tangent vs adjoint, partial " + k);
      if (expected != null) {
        assertEquals(expected[i], g[i], rel * Math.max(1, Math.abs(expected[i])), () -> at + " adjoint vs reference, partial " + k);
      }
      if (fd) {
        double[] e = new double[n];
        e[i] = 1;
        Estimate est = FiniteDifferences.directional(v -> new double[] {f.value(f.withActive(x, v))}, a, e)[0];
        assertEquals(est.value(), g[i], est.tolerance(floats ? 1e-4 : 1e-7), () -> at + " adjoint vs finite differences, partial " + k + " " + est);
      }
    }
    DotProductCheck.check(
        at,
        a,
        1,
        (v, vdot) -> new double[] {f.tangent(f.withActive(x, v), vdot)},
        (v, ybar) -> {
          double[] gr = new double[n];
          f.adjoint(f.withActive(x, v), ybar[0], gr);
          return gr;
        },
        7,
        3,
        floats);
  }

  static void check(ScalarFunction f, double[] x, double[] expected) {
    check(f, x, expected, 1e-12, true);
  }

  static void check(ScalarFunction f, double[] x, Twin twin) {
    check(f, x, twin(f, twin, x), 1e-12, true);
  }

  @Test
  void arithmeticWithDivisionRemainderAndNegation() {
    ScalarFunction f = fn("arithmetic", D, D);
    for (double[] x : new double[][] {p(2.7, 1.1), p(-3.3, 0.7), p(1.5, -0.4)}) {
      double u = x[0], v = x[1];
      double dx = v - 1 / v + 2 + 1;
      double dy = u + u / (v * v) + 3 - 2 * (double) (long) (u / v) - 2 * v;
      check(f, x, p(dx, dy));
    }
  }

  @Test
  void intLongFloatAndDoubleMixed() {
    ScalarFunction f = fn("mixed", D, I, L, F);
    double x = 1.3, n = 3, m = 4, g = 0.75;
    // the float parameter's adjoint is a float: float precision
    check(f, p(x, n, m, g), p(n + (3 * m + n) + 2 * g, 2 * x + 2), 1e-7, true);
  }

  @Test
  void intToDoubleStartsPassive() {
    check(fn("intToDouble", D, I), p(0.7, 5), p(5));
  }

  @Test
  void doubleToIntLongAndFloatToIntCutTheDerivative() {
    ScalarFunction f = fn("conversionsCut", D);
    for (double x : new double[] {0.55, 1.73, -2.31}) {
      check(f, p(x), p(1), 1e-15, false);
    }
  }

  @Test
  void doubleToFloatAndBackKeepsTheDerivative() {
    check(fn("throughFloat", D), p(1.3), p(4 * 1.3), 1e-6, false);
  }

  @Test
  void ternary() {
    ScalarFunction f = fn("ternary", D);
    check(f, p(1.5), p(3.0));
    check(f, p(-0.7), p(-3 * 0.49));
  }

  @Test
  void ifElseChain() {
    ScalarFunction f = fn("ifChain", D);
    Twin t =
        (v, x) -> {
          DerivativeStructure u = v[0], r;
          if (x[0] < -1) r = u.exp();
          else if (x[0] < 0) r = u.multiply(u).multiply(3);
          else if (x[0] < 1) r = u.sin().divide(u.add(1));
          else r = u.log().add(u);
          return r.multiply(u);
        };
    for (double x : new double[] {-2, -0.5, 0.5, 2}) check(f, p(x), t);
  }

  static final Twin TABLE_SWITCH =
      (v, x) -> {
        DerivativeStructure s = v[0];
        for (int i = 0; i < (int) x[1]; i++) {
          switch (i % 4) {
            case 0 -> s = s.add(v[0]);
            case 1 -> s = s.multiply(v[0]);
            case 2 -> s = s.sin();
            default -> s = s.subtract(v[0].multiply(v[0]));
          }
        }
        return s;
      };

  @Test
  void tableSwitchInsideALoop() {
    ScalarFunction f = fn("tableSwitch", D, I);
    for (int n : new int[] {0, 1, 2, 3, 4, 9}) check(f, p(0.8, n), TABLE_SWITCH);
  }

  @Test
  void lookupSwitchWithFallThroughInsideALoop() {
    ScalarFunction f = fn("lookupSwitch", D, I);
    Twin t =
        (v, x) -> {
          DerivativeStructure u = v[0], s = u.getField().getOne();
          int code = 1;
          for (int i = 0; i < (int) x[1]; i++) {
            if (code == 1) {
              s = s.multiply(u);
              code = 10;
            } else if (code == 10) {
              s = s.add(u.multiply(s).cos()).multiply(0.5);
              code = 1000;
            } else if (code == 1000) {
              s = s.divide(u.multiply(u).add(1));
              code = 1;
            }
          }
          return s;
        };
    for (int n : new int[] {0, 1, 2, 3, 7}) check(f, p(1.2, n), t);
  }

  @Test
  void forLoopRunningZeroOneAndManyTimes() {
    ScalarFunction f = fn("forLoop", D, I);
    Twin t =
        (v, x) -> {
          DerivativeStructure s = v[0].multiply(0);
          for (int i = 1; i <= (int) x[1]; i++) s = s.add(v[0].pow(i).divide(i));
          return s;
        };
    for (int n : new int[] {0, 1, 10}) check(f, p(0.6, n), t);
  }

  @Test
  void whileLoopWithDataDependentTripCount() {
    ScalarFunction f = fn("whileLoop", D);
    Twin t =
        (v, x) -> {
          DerivativeStructure s = v[0];
          int i = 0;
          while (s.getValue() < 100) {
            s = s.multiply(v[0]).add(1);
            i++;
          }
          return s.add(i);
        };
    for (double x : new double[] {1.3, 2.2, 150}) check(f, p(x), t);
  }

  @Test
  void doWhileRunsAtLeastOnce() {
    ScalarFunction f = fn("doWhile", D, I);
    for (int n : new int[] {0, 1, 5}) {
      double x = 1.7;
      check(f, p(x, n), p(Constructs.doWhile(x, n) / x));
    }
  }

  @Test
  void breakAndContinue() {
    ScalarFunction f = fn("breakAndContinue", D, I);
    Twin t =
        (v, x) -> {
          DerivativeStructure s = v[0].multiply(0);
          for (int i = 0; i < (int) x[1]; i++) {
            if (i % 3 == 1) continue;
            s = s.add(v[0].multiply(i).sin());
            if (s.getValue() > 1.5) break;
          }
          return s.multiply(v[0]);
        };
    for (double x : new double[] {0.1, 0.3, 0.45}) check(f, p(x, 12), t);
  }

  @Test
  void returnFromInsideNestedLoops() {
    ScalarFunction f = fn("returnFromNestedLoops", D, I);
    Twin t =
        (v, x) -> {
          int n = (int) x[1];
          DerivativeStructure s = v[0].multiply(0);
          for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
              s = s.add(v[0].multiply(i + 1)).add(s.cos().multiply(j));
              if (s.getValue() > 20) return s.multiply(v[0]);
            }
          }
          return s.negate();
        };
    check(f, p(0.9, 6), t); // returns from inside
    check(f, p(0.1, 3), t); // runs to the end
  }

  @Test
  void loopsRunningZeroOneAndAMillionTimes() {
    ScalarFunction f = fn("repeat", D, I);
    check(f, p(0.4, 0), p(1));
    check(f, p(0.4, 1), p(0.999999 + 1e-6 * Math.cos(0.4)));
    Twin t =
        (v, x) -> {
          DerivativeStructure s = v[0];
          for (int i = 0; i < (int) x[1]; i++) s = s.multiply(0.999999).add(s.sin().multiply(1e-6));
          return s;
        };
    check(f, p(0.4, 1_000_000), twin(f, t, p(0.4, 1_000_000)), 1e-10, false);
  }

  @Test
  void newtonIterationStoppingOnATolerance() {
    ScalarFunction f = fn("newtonCubeRoot", D);
    for (double a : new double[] {2, 27, 0.5, 1000}) {
      check(f, p(a), p(1 / (3 * Math.cbrt(a) * Math.cbrt(a))), 1e-9, true);
    }
  }

  @Test
  void longAndDoubleLocals() {
    ScalarFunction f = fn("longAndDoubleLocals", D, I);
    Twin t =
        (v, x) -> {
          long k = 5, big = 1L << 40;
          DerivativeStructure d = v[0];
          for (int i = 0; i < (int) x[1]; i++) {
            k += i * big;
            d = d.multiply(v[0]).add(k % 7);
          }
          return d.add((double) (k >>> 40));
        };
    check(f, p(0.9, 6), t);
  }

  @Test
  void deadCodeContributesNothing() {
    check(fn("deadCode", D), p(1.7), p(3.4));
  }

  @Test
  void floatOnlyCodeHasFloatTangents() {
    ScalarFunction f = fn("floatsOnly", F, F);
    Twin t =
        (v, x) -> {
          DerivativeStructure a = v[0].multiply(v[0]).multiply(v[1]).subtract(v[1].divide(v[0]));
          DerivativeStructure b = v[0].sqrt().add(a.multiply(0.5));
          return b.multiply(b);
        };
    double[] x = p(1.25, 0.5);
    check(f, x, twin(f, t, x), 1e-5, true);
    assertEquals(Float.class, invokeFloatTangent().getClass());
  }

  static Object invokeFloatTangent() {
    try {
      return T.getMethod("floatsOnly$tangent", float.class, float.class, float.class, float.class).invoke(null, 1.25f, 1f, 0.5f, 0f);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void staticFinalConstantsAndTables() {
    check(fn("constants", D), p(1.1), p(2 * 2.5 * 1.1 + Math.sqrt(2)));
    check(fn("tableLookup", D, I), p(1.1, 2), p(2.0 + 2 * 3.5 * 1.1));
    check(fn("tableLookup", D, I), p(-0.3, 0), p(0.5 - 2 * 1.25 * -0.3));
  }

  @Test
  void adjointCalledTwiceAccumulatesTwice() {
    ScalarFunction f = fn("arithmetic", D, D);
    double[] once = f.gradient(2.7, 1.1);
    double[] twice = new double[2];
    f.adjoint(p(2.7, 1.1), 1, twice);
    f.adjoint(p(2.7, 1.1), 1, twice);
    assertArrayEquals(new double[] {2 * once[0], 2 * once[1]}, twice, 0);
    double[] seeded = {10, -20};
    f.adjoint(p(2.7, 1.1), 0.5, seeded);
    assertArrayEquals(new double[] {10 + 0.5 * once[0], -20 + 0.5 * once[1]}, seeded, 1e-15 * 20);
  }

  @Test
  void eightThreadsGetTheSingleThreadedResultsBitForBit() throws Exception {
    ScalarFunction f = fn("busy", D, D, I);
    int points = 40;
    double[][] xs = new double[points][];
    double[][] expected = new double[points][];
    for (int k = 0; k < points; k++) {
      xs[k] = p(0.1 + 0.02 * k, 0.5 - 0.01 * k, 500 + k);
      expected[k] = results(f, xs[k]);
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<double[][]>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int shift = t;
        Callable<double[][]> job =
            () -> {
              double[][] out = new double[points][];
              for (int rep = 0; rep < 10; rep++) {
                for (int j = 0; j < points; j++) {
                  int k = (j + shift * 5) % points;
                  out[k] = results(f, xs[k]);
                }
              }
              return out;
            };
        futures.add(pool.submit(job));
      }
      for (Future<double[][]> fu : futures) {
        double[][] got = fu.get();
        for (int k = 0; k < points; k++) {
          assertArrayEquals(bits(expected[k]), bits(got[k]), "point " + k);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static double[] results(ScalarFunction f, double[] x) {
    double[] g = new double[2];
    double y = f.adjoint(x, 1, g);
    return new double[] {y, g[0], g[1], f.tangent(x, p(1, 0)), f.tangent(x, p(0.3, -2))};
  }

  static long[] bits(double[] v) {
    long[] b = new long[v.length];
    for (int i = 0; i < v.length; i++) b[i] = Double.doubleToRawLongBits(v[i]);
    return b;
  }
}
