package dev.leibniz.corpus;

import static dev.leibniz.corpus.PeerJacobians.jacobians;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.corpus.peers19.FutharkArrays;
import dev.leibniz.corpus.peers19.FutharkHistograms;
import dev.leibniz.corpus.peers19.FutharkLoops;
import dev.leibniz.corpus.peers19.FutharkObjects;
import dev.leibniz.corpus.peers19.FutharkScalar;
import dev.leibniz.testing.Transformed;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The nineteenth peer round's asserted derivatives, in both modes, at Futhark's own points (tests/ad: each program's
 * `output` block, checked to 1e-6 relative or 1e-6 where Futhark prints six digits, else exactly), among them the
 * points the corpus cannot difference: pow0's kink of x ** y at x = 0, the ties of maximum and minimum, the ties of
 * reducebyindexminmax0's histogram, and the integer values acc0 reads as indices.
 */
class NineteenthPeerEdgeCasesTest {
  private static final Class<?> SCALAR = Transformed.of(FutharkScalar.class, true).type;
  private static final Class<?> LOOPS = Transformed.of(FutharkLoops.class, true).type;
  private static final Class<?> ARRAYS = Transformed.of(FutharkArrays.class, true).type;
  private static final Class<?> HIST = Transformed.of(FutharkHistograms.class, true).type;
  private static final Class<?> OBJECTS = Transformed.of(FutharkObjects.class, true).type;

  private static double[] v(double... xs) {
    return xs;
  }

  private static double[][] m(double[]... rows) {
    return rows;
  }

  private static int[] ix(int... xs) {
    return xs;
  }

  private static void close(double[] expected, double[] got, String at) {
    assertEquals(expected.length, got.length, at + " " + Arrays.toString(got));
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], got[i], 1e-6 * Math.max(1, Math.abs(expected[i])), at + " " + Arrays.toString(got));
    }
  }

  /** Both modes' Jacobian of the result ({@code output} < 0) or of array argument {@code output}, row by row. */
  private static void jacobian(Class<?> t, String name, int output, double[][] expected, Object... args)
      throws Exception {
    double[][][] j = jacobians(t, name, output, args);
    for (int mode = 0; mode < 2; mode++) {
      String at = name + " at " + Arrays.deepToString(args) + (mode == 0 ? " tangent" : " adjoint");
      assertEquals(expected.length, j[mode].length, at);
      for (int r = 0; r < expected.length; r++) close(expected[r], j[mode][r], at + " row " + r);
    }
  }

  private static void gradient(Class<?> t, String name, double[] expected, Object... args) throws Exception {
    jacobian(t, name, -1, new double[][] {expected}, args);
  }

  /** Both modes' seed^T J (Futhark's vjp with that seed): the gradient along all inputs. */
  private static void vjp(Class<?> t, String name, int output, double[] seed, double[] expected, Object... args)
      throws Exception {
    double[][][] j = jacobians(t, name, output, args);
    for (int mode = 0; mode < 2; mode++) {
      double[] got = new double[j[mode][0].length];
      for (int r = 0; r < seed.length; r++) {
        for (int c = 0; c < got.length; c++) got[c] += seed[r] * j[mode][r][c];
      }
      close(expected, got, name + " at " + Arrays.deepToString(args) + (mode == 0 ? " tangent" : " adjoint"));
    }
  }

  /** Both modes' J dir (Futhark's jvp along dir): the derivative of every output. */
  private static void jvp(Class<?> t, String name, int output, double[] dir, double[] expected, Object... args)
      throws Exception {
    double[][][] j = jacobians(t, name, output, args);
    for (int mode = 0; mode < 2; mode++) {
      double[] got = new double[j[mode].length];
      for (int r = 0; r < got.length; r++) {
        for (int c = 0; c < dir.length; c++) got[r] += j[mode][r][c] * dir[c];
      }
      close(expected, got, name + " at " + Arrays.deepToString(args) + (mode == 0 ? " tangent" : " adjoint"));
    }
  }

  private static double[][] transpose(double[][] a) {
    double[][] t = new double[a[0].length][a.length];
    for (int i = 0; i < a.length; i++) for (int j = 0; j < a[0].length; j++) t[j][i] = a[i][j];
    return t;
  }

  @Test
  void scalarPrograms() throws Exception {
    gradient(SCALAR, "fadd", v(1, 1), 5.0, 7.0);
    gradient(SCALAR, "fmul", v(7, 5), 5.0, 7.0);
    gradient(SCALAR, "fdiv", v(1 / 7.0, -5 / 49.0), 5.0, 7.0);
    gradient(SCALAR, "if0", v(7, 5), true, 5.0, 7.0);
    gradient(SCALAR, "if0", v(1 / 7.0, -5 / 49.0), false, 5.0, 7.0);
    gradient(SCALAR, "if1", v(2), false, 5.0);
    gradient(SCALAR, "if1", v(11), true, 5.0);
    gradient(SCALAR, "negate", v(-1), 1f);
    gradient(SCALAR, "negate", v(-1), 3f);
    gradient(SCALAR, "cmp0", v(0, 0), 1.0, 2.0);
    gradient(SCALAR, "cmp0", v(0, 0), 1.0, 1.0);
    jacobian(SCALAR, "lighthouse", 4, m(
        v(2.902513633461043, -15.102798701184362, 95.71780341846966, 18.23196255589898),
        v(4.353770450191565, -16.849170784854458, 143.57670512770449, 27.347943833848472)),
        2.0, 1.5, 0.4, 2.1, new double[2]);
    gradient(SCALAR, "revUnused", v(1, 0), 1f, 2f);
    vjp(SCALAR, "revConst", 2, v(1, 0), v(1, 1), 1.0, 2.0, new double[2]);
    gradient(SCALAR, "conv0", v(1), 1.0);
    gradient(SCALAR, "conv2", v(0), 2.0);
    // conv1.fut asserts 1 (jvp) and 2 (vjp with seed 2) for i32.f64 at 1.0: Futhark passes the tangent through the
    // conversion to an integer. The Java (int) cast jumps at 1.0 and is flat on either side: Leibniz gives the
    // derivative of both sides, 0 (the one deviation from Futhark's numbers, recorded in the round's README)
    gradient(SCALAR, "conv1", v(0), 1.0);
    gradient(SCALAR, "red0", v(8), 3.0);
    gradient(SCALAR, "red0", v(8), 10.0);
    jvp(SCALAR, "map0", 1, v(1), v(0, 4, 8), 2.0, new double[3]);
    jvp(SCALAR, "map0", 1, v(1), v(0, 8, 16), 4.0, new double[3]);
    jvp(SCALAR, "spread", 1, v(1), v(1, 10, 75, 0, 0), 5.0, new double[5]);
    // issue2229_jvp: the outer derivative, along b, of the hand-written inner gradient 2 (a - b)
    jvp(SCALAR, "issue2229Inner", -1, v(0, 1), v(-2), 1.0, 5.0);
  }

  /** pow0.fut: "the power function has a dangerous kink for x == 0"; Futhark's fwd is along (1, 1). */
  @Test
  void powerAtZeroBase() throws Exception {
    gradient(SCALAR, "pow0", v(1, 0), 0.0, 1.0);
    jvp(SCALAR, "pow0", -1, v(1, 1), v(1), 0.0, 1.0);
    gradient(SCALAR, "pow0", v(0, 0), 0.0, 0.0);
  }

  @Test
  void loops() throws Exception {
    for (String name : new String[] {"pow", "powWhile"}) {
      gradient(LOOPS, name, v(48), 3, 4.0);
      gradient(LOOPS, name, v(59049), 9, 3.0);
    }
    gradient(LOOPS, "powPair", v(216), 3, 4.0);
    gradient(LOOPS, "powPair", v(4374), 9, 3.0);
    jacobian(LOOPS, "powList", 2, m(v(3, 0, 0), v(0, 12, 0), v(0, 0, 27)), 3, v(1, 2, 3), new double[3]);
    gradient(LOOPS, "multList", v(0, 0, 26), v(11, 5, 13));
    jacobian(LOOPS, "square", 1, m(v(2, 0, 0, 0, 0), v(0, 4, 0, 0, 0), v(0, 0, 6, 0, 0), v(0, 0, 0, 8, 0),
        v(0, 0, 0, 0, 10)), v(1, 2, 3, 4, 5), new double[5]);
    jacobian(LOOPS, "trueDep", 1, m(v(1, 0, 0, 0, 0), v(2, 0, 0, 0, 0), v(4, 0, 0, 0, 0), v(8, 0, 0, 0, 0),
        v(16, 0, 0, 0, 0)), v(1, 2, 3, 4, 5), new double[5]);
    // issue1604: vjp with ones on both results B and A, the sum of the two outputs' vjps
    double[] ones = v(1, 1, 1);
    double[][][] b = jacobians(LOOPS, "issue1604", 1, v(1, 2, 3), new double[3], new double[3]);
    double[][][] a = jacobians(LOOPS, "issue1604", 2, v(1, 2, 3), new double[3], new double[3]);
    for (int mode = 0; mode < 2; mode++) {
      double[] got = new double[3];
      for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) got[c] += ones[r] * (b[mode][r][c] + a[mode][r][c]);
      close(v(9, 9, 9), got, "issue1604 mode " + mode);
    }
  }

  @Test
  void scansAndReductions() throws Exception {
    double[] a = v(1, 2, 3, 4, 5);
    jacobian(LOOPS, "scanMul", 1, m(v(1, 0, 0, 0, 0), v(2, 1, 0, 0, 0), v(6, 3, 2, 0, 0), v(24, 12, 8, 6, 0),
        v(120, 60, 40, 30, 24)), a, new double[5]);
    jacobian(LOOPS, "scanAdd", 1, m(v(1, 0, 0, 0, 0), v(1, 1, 0, 0, 0), v(1, 1, 1, 0, 0), v(1, 1, 1, 1, 0),
        v(1, 1, 1, 1, 1)), a, new double[5]);
    // scan2: the derivative of result row i along the seed "row j all ones" is [1, 1] for j <= i
    double[][] rows = m(v(1, 1), v(2, 2), v(3, 3), v(4, 4), v(5, 5));
    for (int j = 0; j < 5; j++) {
      double[] seed = new double[10];
      seed[2 * j] = seed[2 * j + 1] = 1;
      double[] expected = new double[10];
      for (int i = j; i < 5; i++) expected[2 * i] = expected[2 * i + 1] = 1;
      jvp(LOOPS, "scanRows", 1, seed, expected, rows, new double[5][2]);
    }
    gradient(LOOPS, "issue2256", v(5040, 2521, 1684, 1278, 1104, 1440), v(1, 2, 3, 4, 5, 6));
    gradient(LOOPS, "sum", v(1, 1, 1, 1, 1, 1), v(1, 2, 3, 4, 5, 6));
    gradient(LOOPS, "product", v(6, 3, 2), v(1, 2, 3));
    gradient(LOOPS, "product", v(0, 0, 0, 0), v(0, 2, 0, 4));
    gradient(LOOPS, "redMult", v(0, 36, 0, 0, 0), v(1, 0, 3, 4), 3.0);
    gradient(LOOPS, "redMult", v(0, 0, 0, 0, 0), v(1, 0, 3, 0), 3.0);
    gradient(LOOPS, "redMult", v(72, 36, 24, 18, 24), v(1, 2, 3, 4), 3.0);
    jacobian(LOOPS, "productTimes", 1, m(v(48, 12, 8, 6), v(48, 48, 16, 12), v(72, 36, 48, 18),
        v(96, 48, 32, 48)), v(1, 2, 3, 4), new double[4]);
    jacobian(LOOPS, "matrixChain", 1, m(
        v(92, 36, 0, 0, 8, 20, 16, 40, 32, 16, 20, 10, 23, 0, 36, 0),
        v(59, 23, 0, 0, 5, 13, 10, 26, 24, 8, 15, 5, 0, 23, 0, 36),
        v(0, 0, 92, 36, 24, 60, 32, 80, 80, 40, 52, 26, 59, 0, 92, 0),
        v(0, 0, 59, 23, 15, 39, 20, 52, 60, 20, 39, 13, 0, 59, 0, 92)),
        m(v(1, 2, 3, 4), v(4, 3, 2, 1), v(1, 2, 3, 4), v(4, 3, 2, 1)), new double[4]);
    gradient(LOOPS, "reduce2", v(-1, -1, -1), v(3, 1, 5));
    for (int i = 0; i < 5; i++) {
      double[] seed = new double[10];
      seed[2 * i] = seed[2 * i + 1] = 1;
      jvp(LOOPS, "columnSums", 1, seed, v(1, 1), rows, new double[2]);
    }
    vjp(LOOPS, "columnProducts", 1, v(1, 0, 0, 0), v(4, 0, 0, 0, 0, 0, 0, 0), m(v(0, 2, 0, 4), v(4, 2, 0, 0)),
        new double[4]);
    vjp(LOOPS, "columnProductsTimes", 2, v(0, 0, 0, 1), v(0, 0, 0, 6, 0, 0, 0, 12, 8),
        m(v(1, 0, 3, 4), v(2, 2, 2, 2)), 3.0, new double[4]);
    vjp(LOOPS, "columnProductsTimes", 2, v(0, 0, 1, 0), v(0, 0, 9, 0, 0, 0, 9, 0, 9),
        m(v(1, 0, 3, 0), v(1, 2, 3, 4)), 3.0, new double[4]);
    vjp(LOOPS, "columnProductsTimes", 2, v(0, 1, 0, 0), v(0, 3, 0, 0, 0, 6, 0, 0, 2),
        m(v(1, 2, 3, 4), v(1, 1, 1, 1)), 3.0, new double[4]);
    jacobian(LOOPS, "slabProducts", 1, m(
        v(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
        v(0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0),
        v(0, 0, 12, 0, 0, 0, 8, 0, 0, 0, 6, 0),
        v(0, 0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0)),
        new double[][][] {m(v(0, 1), v(2, 3)), m(v(5, 1), v(3, 0)), m(v(0, 1), v(4, 4))}, new double[2][2]);
  }

  /** maximum.fut, minimum.fut, minmax.fut: Futhark gives a tie to the first element, as the loops here do. */
  @Test
  void minimumAndMaximum() throws Exception {
    gradient(LOOPS, "maxAbs", v(0, 0, 0, 0, 0, -1, 0), v(1, 2, 3, 4, 5, -6, 5));
    gradient(LOOPS, "maxAbs", v(1, 0), v(1, 1));
    gradient(LOOPS, "minimum", v(1, 0, 0, 0, 0, 0, 0), v(1, 2, 3, 4, 5, 6, 5));
    gradient(LOOPS, "minimum", v(1, 0), v(1, 1));
    jacobian(LOOPS, "minMaxAbs", 1, m(v(1, 0, 0, 0, 0, 0, 0), v(0, 0, 0, 0, 0, -1, 0)), v(1, 2, 3, 4, 5, -6, 5),
        new double[2]);
  }

  @Test
  void controlFlowAndNesting() throws Exception {
    gradient(LOOPS, "partitionSum", v(1, 1, 1, 1, 1, 1), (Object) m(v(1, 2, 3), v(4, 5, 6)));
    gradient(LOOPS, "partitionSum", v(1, 1, 1, 0, 0, 0), (Object) m(v(1, 2, 3), v(7, 8, 9)));
    // issue2228: vjp with (a, b) = ([1, 2], [3, 5]) along w, the last input (after charges, x and xdot)
    double[][][] j = jacobians(LOOPS, "naiveEuler", 4, m(v(2, 3)), v(1, 2), v(3, 4), 5.0, new double[4]);
    for (int mode = 0; mode < 2; mode++) {
      double[] seed = v(1, 2, 3, 5);
      double got = 0;
      for (int r = 0; r < 4; r++) got += seed[r] * j[mode][r][6];
      assertEquals(-16, got, 1e-12, "issue2228 mode " + mode);
    }
    // nested0, nested1: the outer vjp along ones of the hand-written inner derivatives
    vjp(LOOPS, "nested0Inner", 1, v(1, 1, 1), v(24, 48, 72), v(1, 2, 3), new double[3]);
    vjp(LOOPS, "nested1Inner", 2, v(1, 1, 1), v(6, 12, 18), v(1, 2, 3), ix(0, 1, 2), new double[3]);
  }

  @Test
  void arrays() throws Exception {
    gradient(ARRAYS, "arr0", v(7, 5), v(5, 7));
    jacobian(ARRAYS, "arr1", 2, m(v(1, 1), v(7, 5)), 5.0, 7.0, new double[2]);
    jacobian(ARRAYS, "arr2", 2, m(v(1, 0), v(0, 1)), v(5), v(7), new double[2][1]);
    double[][][] j = jacobians(ARRAYS, "map0", 2, v(1, 2, 3), v(4, 5, 6), new double[3]);
    for (int mode = 0; mode < 2; mode++) {
      for (int r = 0; r < 3; r++) {
        close(v(r == 0 ? 1 : 0, r == 1 ? 2 : 0, r == 2 ? 3 : 0), Arrays.copyOfRange(j[mode][r], 3, 6), "map0");
      }
    }
    // map1: along (e_i, e_i) for i < 2
    jvp(ARRAYS, "map0", 2, v(1, 0, 0, 1, 0, 0), v(5, 0, 0), v(1, 2, 3), v(4, 5, 6), new double[3]);
    jvp(ARRAYS, "map0", 2, v(0, 1, 0, 0, 1, 0), v(0, 7, 0), v(1, 2, 3), v(4, 5, 6), new double[3]);
    jvp(ARRAYS, "map2", 2, v(1), v(1, 2, 3), 2.0, v(1, 2, 3), new double[3]);
    jvp(ARRAYS, "map2", 2, v(1), v(1, 2, 3), 1.0, v(1, 2, 3), new double[3]);
    jacobian(ARRAYS, "map4", 1, m(v(2, 0, 0), v(1, 1, 0), v(1, 0, 1), v(1, 1, 0), v(0, 2, 0), v(0, 1, 1), v(1, 0, 1),
        v(0, 1, 1), v(0, 0, 2)), v(1, 2, 3), new double[3][3]);
    j = jacobians(ARRAYS, "map5", 2, m(v(1, 2, 3), v(4, 5, 6)), v(0, 0), new double[2]);
    for (int mode = 0; mode < 2; mode++) {
      close(v(1, 0), Arrays.copyOfRange(j[mode][0], 6, 8), "map5 row 0");
      close(v(0, 1), Arrays.copyOfRange(j[mode][1], 6, 8), "map5 row 1");
    }
    jacobian(ARRAYS, "obj", 1, transpose(m(v(0, 2, 3, 4), v(0, 0, 1, 1), v(0, 0, 0, 1), v(0, 0, 0, 0),
        v(-4, -6, -7, -8), v(0, 0, -1, -1), v(0, 0, 0, -1), v(0, 0, 0, 0))), v(1, 2, 3, 4, 5, 6, 7, 8), new double[4]);
    gradient(ARRAYS, "if2", v(0, 3, 2), v(1, 2, 3));
    gradient(ARRAYS, "if2", v(3, 0, -1), v(-1, 2, 3));
    gradient(ARRAYS, "index", v(1, 0, 0), 0, v(1, 2, 3));
  }

  @Test
  void gathersScattersAndCopies() throws Exception {
    double[][] identity = m(v(1, 0, 0, 0), v(0, 1, 0, 0), v(0, 0, 1, 0), v(0, 0, 0, 1));
    jacobian(ARRAYS, "gather", 2, identity, v(4, 3, 2, 1), ix(0, 1, 2, 3), new double[4]);
    jacobian(ARRAYS, "gather", 2, m(v(1, 0, 0, 0), v(1, 0, 0, 0), v(0, 0, 0, 1), v(0, 0, 0, 1)), v(4, 3, 2, 1),
        ix(0, 0, 3, 3), new double[4]);
    jacobian(ARRAYS, "mapGather", 2, m(v(0, 1, 0, 0), v(0, 0, 0, 1), v(0, 0, 1, 0), v(0, 0, 1, 0)), v(1, 2, 3, 4),
        new int[][] {{1, 3}, {2, 2}}, new double[2][2]);
    double[][][] j = jacobians(ARRAYS, "scatter", 3, v(0, 0, 0, 0), ix(0, 1), v(1, 2), new double[4]);
    for (int mode = 0; mode < 2; mode++) {
      double[][] alongXs = new double[4][];
      for (int r = 0; r < 4; r++) alongXs[r] = Arrays.copyOfRange(j[mode][r], 0, 4);
      for (int r = 0; r < 4; r++) close(m(v(0, 0, 0, 0), v(0, 0, 0, 0), v(0, 0, 1, 0), v(0, 0, 0, 1))[r],
          alongXs[r], "scatter1 row " + r);
    }
    gradient(ARRAYS, "scatterSum", v(1), v(1));
    vjp(ARRAYS, "scatterTwice", 1, v(1, 1, 1), v(1, 1, 1), m(v(1), v(2), v(3)), new double[3][1]);
    gradient(ARRAYS, "scatter5", v(0, 1, 1, 1), v(1, 2, 3, 4));
    jacobian(ARRAYS, "concat", 1, transpose(m(v(1, 0, 0, 1, 0, 0), v(0, 1, 0, 0, 1, 0), v(0, 0, 1, 0, 0, 1))),
        v(1, 2, 3), new double[6]);
    jacobian(ARRAYS, "transpose", 1, transpose(m(v(1, 0, 0, 0), v(0, 0, 1, 0), v(0, 1, 0, 0), v(0, 0, 0, 1))),
        m(v(1, 2), v(3, 4)), new double[2][2]);
    jacobian(ARRAYS, "replicate", 1, transpose(m(v(1, 0, 1, 0), v(0, 1, 0, 1))), v(1, 2), new double[2][2]);
    double[][] firstZeroed = m(v(0, 0, 0), v(0, 1, 0), v(0, 0, 1));
    jacobian(ARRAYS, "consume1", 2, firstZeroed, true, v(1, 2, 3), new double[3]);
    jvp(ARRAYS, "consume2", 2, v(0, 1, 0), v(0, 1, 0), new boolean[] {true}, m(v(1, 2, 3)), new double[1][3]);
    vjp(ARRAYS, "consume3", 1, v(1, 1, 1), v(1, 1, 1), v(5, 7, 9), new double[3]);
    vjp(ARRAYS, "consume4", 1, v(1, 1, 1), v(1, 2, 1), v(5, 7, 9), new double[3]);
    jvp(ARRAYS, "consume4", 1, v(1, 1, 1), v(1, 2, 1), v(5, 7, 9), new double[3]);
    jacobian(ARRAYS, "gatherColumns", 2, m(v(0, 1, 0, 0), v(1, 0, 0, 0), v(0, 1, 0, 0), v(0, 1, 0, 0),
        v(0, 0, 0, 1), v(0, 0, 1, 0), v(0, 0, 0, 1), v(0, 0, 0, 1)), m(v(1, 2), v(3, 4)), ix(1, 0, 1, 1),
        new double[2][4]);
    vjp(ARRAYS, "consume5", 1, v(1, 1, 1), v(4, 2, 4), v(1, 2, 3), new double[3]);
    // matmul: the derivative along yss (the columns after xss's four)
    j = jacobians(ARRAYS, "matmulPlus", 2, m(v(1, 2), v(3, 4)), m(v(5, 6), v(7, 8)), new double[2][2]);
    double[][] alongYss = m(v(1, 0, 1, 0), v(0, 1, 0, 1), v(1, 0, 1, 0), v(0, 1, 0, 1));
    for (int mode = 0; mode < 2; mode++) {
      for (int r = 0; r < 4; r++) close(alongYss[r], Arrays.copyOfRange(j[mode][r], 4, 8), "matmul row " + r);
    }
    jvp(ARRAYS, "issue2239", 1, v(1, 1, 1), v(-4, -2, 0), v(0.1027, -1.9606, 1.9381), new double[3]);
  }

  /** acc0.fut at its own integer values, which the program reads as indices. */
  @Test
  void accumulatorsAtIndexValues() throws Exception {
    jacobian(ARRAYS, "acc0", 1, m(v(2, 0, 0, 0), v(0, 2, 0, 0), v(0, 0, 2, 0), v(0, 0, 0, 2)), v(0, 1, 2, 3),
        new double[4]);
    jacobian(ARRAYS, "acc0", 1, m(v(2, 1, 0, 0), v(0, 1, 1, 1), v(0, 0, 1, 0), v(0, 0, 0, 1)), v(0, 0, 1, 1),
        new double[4]);
  }

  private static final int[] IS18 = {4, 5, 2, 4, 5, 2, 0, 0, 4, 5, 1, 4, 1, 3, 3, 1, 8, -1};
  private static final double[] VS18 = {11, 16, 7, 0, 14, 6, 2, 1, 13, 0, 5, 0, 3, 0, 9, 4, 17, 18};
  private static final double[] DST8 = {1, 2, 0, 4, 5, 0, 9, 0};

  private static double[] concat(double[]... parts) {
    return Arrays.stream(parts).flatMapToDouble(Arrays::stream).toArray();
  }

  @Test
  void histograms() throws Exception {
    jacobian(HIST, "histPlusTwo", 2, m(v(1, 0, 0, 0), v(0, 1, 0, 0), v(0, 0, 1, 0), v(0, 0, 0, 1)), ix(0, 1, 2, 3),
        v(1, 2, 3, 4), new double[4]);
    double[] ones8 = v(1, 1, 1, 1, 1, 1, 1, 1);
    vjp(HIST, "histAdd", 3, ones8, concat(ones8, v(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0)), IS18,
        DST8, VS18, new double[8]);
    vjp(HIST, "histMul", 3, ones8, concat(v(2, 60, 42, 0, 0, 0, 1, 1),
        v(0, 0, 0, 0, 0, 0, 1, 2, 0, 0, 24, 0, 40, 36, 0, 30, 0, 0)), IS18, DST8, VS18, new double[8]);
    vjp(HIST, "histTwiceTimes", 4, ones8, concat(v(8, 960, 504, 0, 0, 0, 7, 8),
        v(0, 0, 0, 0, 0, 0, 4, 8, 0, 0, 384, 0, 640, 576, 0, 480, 0, 0), v(8, 960, 0, 0, 0, 0, 9, 0)), IS18, DST8,
        VS18, v(1, 2, 3, 4, 5, 6, 7, 8), new double[8]);
    vjp(HIST, "histMulScaled", 4, v(1, 1, 1, 1), concat(v(112, 0, 3240, 20),
        v(0, 0, 1620, 12, 1080, 2592, 0, 0, 6480), v(0, 0, 2160, 15, 1296, 0, 0, 0, 720)),
        ix(0, 1, 2, 3, 2, 1, 0, 1, 2), v(0, 1, 2, 3), v(2, 3, 4, 5, 6, 0, 8, 9, 1), v(1, 2, 3, 4, 5, 6, 7, 8, 9),
        new double[4]);
    vjp(HIST, "histTwice", 2, v(0, 1), v(840, 0, 280, 0, 168, 0, 120, 0), ix(1, -3, 1, 5, 1, -3, 1, 5),
        v(1, 2, 3, 4, 5, 6, 7, 8), new double[2]);
    double[][] maxRows = new double[5][18];
    maxRows[0][6] = maxRows[1][10] = maxRows[2][2] = maxRows[3][14] = maxRows[4][8] = 1;
    jacobian(HIST, "histMaxLowest", 2, maxRows, IS18, VS18, new double[5]);
    double[][] mulVs = new double[8][18];
    mulVs[0][6] = 1;
    mulVs[0][7] = 2;
    mulVs[1][10] = 24;
    mulVs[1][12] = 40;
    mulVs[1][15] = 30;
    mulVs[2][2] = 18;
    mulVs[2][5] = 21;
    mulVs[3][13] = 36;
    mulVs[5][9] = 1344;
    double[] mulC = v(2, 60, 42, 0, 0, 0, 1, 1);
    double[][] twiceVs = new double[8][18];
    twiceVs[0][6] = 2;
    twiceVs[0][7] = 4;
    twiceVs[1][10] = 96;
    twiceVs[1][12] = 160;
    twiceVs[1][15] = 120;
    twiceVs[2][2] = 36;
    twiceVs[2][5] = 42;
    twiceVs[3][13] = 72;
    twiceVs[5][9] = 5376;
    double[] twiceC = v(4, 240, 84, 0, 0, 0, 0.5, 0.5);
    double[][] mulRows = new double[8][];
    double[][] twiceRows = new double[8][];
    for (int i = 0; i < 8; i++) {
      double[] c = new double[8];
      c[i] = mulC[i];
      mulRows[i] = concat(mulVs[i], c);
      double[] d = new double[8];
      d[i] = twiceC[i];
      twiceRows[i] = concat(twiceVs[i], d);
    }
    jacobian(HIST, "histMulTimes", 3, mulRows, IS18, VS18, v(1, 2, 3, 4, 5, 6, 7, 8), new double[8]);
    jacobian(HIST, "histTwiceC", 3, twiceRows, IS18, VS18, v(1, 2, 3, 4, 5, 6, 7, 8), new double[8]);
    jvp(HIST, "histProduct", 2, v(1, 1, 1, 1), v(0, 3, 0, 7, 0), ix(1, 1, 3, 3), v(1, 2, 3, 4), new double[5]);
  }

  /** reducebyindexminmax0.fut and reducebyindexminmax6.fut: a tie goes to the value already in the bucket. */
  @Test
  void histogramMaximumTies() throws Exception {
    vjp(HIST, "histMax", 2, v(1, 0, 0, 0, 0), v(0, 0, 0, 0, 0), ix(0, 1, 2, 3, 4), v(0, 1, 2, 3, 4), new double[5]);
    vjp(HIST, "histMax", 2, v(1, 0, 0, 0, 0), v(0, 0, 0, 0, 1), ix(0, 0, 0, 0, 0), v(0, 1, 2, 3, 4), new double[5]);
    vjp(HIST, "histMax", 2, v(1, 0, 0, 0, 0), v(0, 0, 0, 1, 0), ix(0, 0, 0, 0, 0), v(0, 1, 2, 3, 3), new double[5]);
    double[][][] j = jacobians(HIST, "histMaxSquares", 3, v(2, 1, 1, 1, 1), ix(0, 0, 0, 0, 0), v(1, 2, 3, 4, 10),
        new double[5]);
    double[][][] k = jacobians(HIST, "histMaxSquares", 3, v(10, 1, 1, 1, 1), ix(0, 0, 0, 0, 0), v(1, 2, 3, 4, 5),
        new double[5]);
    for (int mode = 0; mode < 2; mode++) {
      close(v(4, 0, 0, 0, 0), Arrays.copyOfRange(j[mode][0], 0, 5), "reducebyindexminmax6 first");
      close(v(21, 0, 0, 0, 0), Arrays.copyOfRange(k[mode][0], 0, 5), "reducebyindexminmax6 second");
    }
  }

  /** sdf.fut's normals, the gradient of each signed distance at (0, 1, 0), by the match on the cases. */
  @Test
  void signedDistanceNormals() throws Exception {
    gradient(OBJECTS, "sdObjectMatch", v(1, 0, 0), 0, 0.0, 1.0, 0.0);
    gradient(OBJECTS, "sdObjectMatch", v(0.412393, 0.907265, -0.082479), 1, 0.0, 1.0, 0.0);
    gradient(OBJECTS, "sdObjectMatch", v(-0.375775, 0.903687, -0.205287), 2, 0.0, 1.0, 0.0);
  }

  /** issue1473.fut: main 1 5 10 7, the derivative of the simulation's loss along G at G = 0 (f32, six digits). */
  @Test
  void neuralMassSweep() throws Exception {
    double[][][] j = jacobians(OBJECTS, "mprLoss", -1, 5, 10, 7, 0f);
    for (int mode = 0; mode < 2; mode++) {
      // half the last digit Futhark prints: Leibniz's float program gives 8.554e-5 in both modes
      assertEquals(0.000086, j[mode][0][0], 5e-7, "issue1473 mode " + mode);
    }
  }
}
