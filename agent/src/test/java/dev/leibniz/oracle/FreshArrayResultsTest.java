package dev.leibniz.oracle;

import static dev.leibniz.testing.Transformed.invoke;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.FreshArrayResults;
import dev.leibniz.testing.Transformed;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A helper returning an array it allocates ({@code double[] out = new double[n]; ...; return out;}, rows of a
 * {@code double[][]} cloned in the helper too), whose result the marked method writes into after calling the helper
 * again (Google Tangent's {@code bilinear}, second peer round). The adjoint reverses such a helper jointly (it runs
 * again in the reverse sweep); it was refused because a write into the result was taken as a possible write into a
 * parameter a caller might have passed from a field the helper reads. The helper's summary now says its results are
 * fresh ({@code analysis.FreshArrays}), so the write is the method's own. Both modes against the analytic gradient and
 * central differences, the dot-product test; a helper returning a row of its parameter too.
 */
class FreshArrayResultsTest {
  static final Transformed T = Transformed.of(FreshArrayResults.class, true);
  static final Class<double[]> D = double[].class;
  static final Class<double[][]> DD = double[][].class;

  // ------------------------------------------------ layer: inputs x(2), h(2), u(2x3), w(2x3), b(3), flattened

  static double[][] rows(double[] v, int at) {
    return new double[][] {java.util.Arrays.copyOfRange(v, at, at + 3), java.util.Arrays.copyOfRange(v, at + 3, at + 6)};
  }

  static double[] flat(double[] x, double[] h, double[][] u, double[][] w, double[] b) {
    double[] v = new double[19];
    System.arraycopy(x, 0, v, 0, 2);
    System.arraycopy(h, 0, v, 2, 2);
    System.arraycopy(u[0], 0, v, 4, 3);
    System.arraycopy(u[1], 0, v, 7, 3);
    System.arraycopy(w[0], 0, v, 10, 3);
    System.arraycopy(w[1], 0, v, 13, 3);
    System.arraycopy(b, 0, v, 16, 3);
    return v;
  }

  static double layer(double[] v) {
    return (double) invoke(T.method("layer", D, D, DD, DD, D), part(v, 0, 2), part(v, 2, 2), rows(v, 4), rows(v, 10), part(v, 16, 3));
  }

  static double[] part(double[] v, int at, int n) {
    return java.util.Arrays.copyOfRange(v, at, at + n);
  }

  /** The analytic gradient: z = x W + h U + b, ds/dz_j = 1 - tanh(z_j)^2. */
  static double[] layerGradient(double[] v) {
    double[] x = part(v, 0, 2), h = part(v, 2, 2), b = part(v, 16, 3);
    double[][] u = rows(v, 4), w = rows(v, 10);
    double[] gx = new double[2], gh = new double[2], gb = new double[3];
    double[][] gu = new double[2][3], gw = new double[2][3];
    for (int j = 0; j < 3; j++) {
      double z = x[0] * w[0][j] + x[1] * w[1][j] + h[0] * u[0][j] + h[1] * u[1][j] + b[j];
      double dz = 1 - Math.tanh(z) * Math.tanh(z);
      for (int k = 0; k < 2; k++) {
        gx[k] += dz * w[k][j];
        gh[k] += dz * u[k][j];
        gw[k][j] = dz * x[k];
        gu[k][j] = dz * h[k];
      }
      gb[j] = dz;
    }
    return flat(gx, gh, gu, gw, gb);
  }

  static double layerTangent(double[] v, double[] dv) {
    return (double) invoke(T.method("layer$tangent", D, D, D, D, DD, DD, DD, DD, D, D),
        part(v, 0, 2), part(dv, 0, 2), part(v, 2, 2), part(dv, 2, 2), rows(v, 4), rows(dv, 4), rows(v, 10), rows(dv, 10),
        part(v, 16, 3), part(dv, 16, 3));
  }

  static double[] layerAdjoint(double[] v, double seed) {
    double[] x = part(v, 0, 2), h = part(v, 2, 2), b = part(v, 16, 3);
    double[] xb = new double[2], hb = new double[2], bb = new double[3];
    double[][] u = rows(v, 4), w = rows(v, 10), ub = new double[2][3], wb = new double[2][3];
    double value = (double) invoke(T.method("layer$adjoint", D, D, D, D, DD, DD, DD, DD, D, D, double.class),
        x, xb, h, hb, u, ub, w, wb, b, bb, seed);
    assertEquals(layer(v), value, 0.0, "the adjoint returns the primal value");
    return flat(xb, hb, ub, wb, bb);
  }

  @Test
  void aHelperResultWrittenAfterTheNextCallIsDifferentiatedInBothModes() {
    assertTrue(T.result.diagnostics().stream().noneMatch(d -> d.toString().contains("layer(")), T.result.diagnostics().toString());
    double[] v = new double[19];
    java.util.Random r = new java.util.Random(7);
    for (int k = 0; k < v.length; k++) v[k] = r.nextDouble() - 0.5;
    check(v, layerGradient(v), u -> new double[] {layer(u)}, FreshArrayResultsTest::layerTangent,
        FreshArrayResultsTest::layerAdjoint);
  }

  // ------------------------------------------------ twoCopies: inputs a (2x2), s, t

  static double twoCopies(double[] v) {
    return (double) invoke(T.method("twoCopies", DD, double.class, double.class), matrix(v), v[4], v[5]);
  }

  static double[][] matrix(double[] v) {
    return new double[][] {{v[0], v[1]}, {v[2], v[3]}};
  }

  /** f = Σ a² s (1 + a t): df/da = s (2a + 3a² t), df/ds = Σ a² (1 + a t), df/dt = Σ a³ s. */
  static double[] twoCopiesGradient(double[] v) {
    double s = v[4], t = v[5];
    double[] g = new double[6];
    for (int k = 0; k < 4; k++) {
      double a = v[k];
      g[k] = s * (2 * a + 3 * a * a * t);
      g[4] += a * a * (1 + a * t);
      g[5] += a * a * a * s;
    }
    return g;
  }

  static double twoCopiesTangent(double[] v, double[] dv) {
    return (double) invoke(T.method("twoCopies$tangent", DD, DD, double.class, double.class, double.class, double.class),
        matrix(v), matrix(dv), v[4], dv[4], v[5], dv[5]);
  }

  static double[] twoCopiesAdjoint(double[] v, double seed) {
    double[][] ab = new double[2][2];
    double[] scalars = new double[2];
    double value = (double) invoke(T.method("twoCopies$adjoint", DD, DD, double.class, double.class, double.class, D),
        matrix(v), ab, v[4], v[5], seed, scalars);
    assertEquals(twoCopies(v), value, 0.0, "the adjoint returns the primal value");
    return new double[] {ab[0][0], ab[0][1], ab[1][0], ab[1][1], scalars[0], scalars[1]};
  }

  @Test
  void rowsClonedInTheHelperAreItsOwnToo() {
    double[] v = {0.7, -1.2, 0.4, 1.5, 0.9, -0.3};
    check(v, twoCopiesGradient(v), u -> new double[] {twoCopies(u)}, FreshArrayResultsTest::twoCopiesTangent,
        FreshArrayResultsTest::twoCopiesAdjoint);
  }

  // ------------------------------------------------ rowThenWrite: inputs w (2x2), then x

  static double rowThenWrite(double[] v) {
    return (double) invoke(T.method("rowThenWrite", DD, double.class), matrix(v), v[4]);
  }

  /** f = (w00 x + w10) w01 (rowThenWrite writes w00 first, through the row rowOf returned). */
  static double[] rowThenWriteGradient(double[] v) {
    double w00 = v[0], w01 = v[1], w10 = v[2], x = v[4];
    return new double[] {x * w01, w00 * x + w10, w01, 0, w00 * w01};
  }

  static double rowThenWriteTangent(double[] v, double[] dv) {
    return (double) invoke(T.method("rowThenWrite$tangent", DD, DD, double.class, double.class), matrix(v), matrix(dv),
        v[4], dv[4]);
  }

  static double[] rowThenWriteAdjoint(double[] v, double seed) {
    double[][] wbar = new double[2][2];
    double[] scalars = new double[1];
    double value = (double) invoke(T.method("rowThenWrite$adjoint", DD, DD, double.class, double.class, D),
        matrix(v), wbar, v[4], seed, scalars);
    assertEquals(rowThenWrite(v), value, 0.0, "the adjoint returns the primal value");
    return new double[] {wbar[0][0], wbar[0][1], wbar[1][0], wbar[1][1], scalars[0]};
  }

  /**
   * A helper returning a row of its parameter, the row written after the helper's next call: once refused in reverse
   * mode (the parameter might be a field's array the helper reads). The helper reads no field ({@code core.FieldReads}),
   * and its re-run in the reverse sweep gets its arguments snapshotted deeply, rows included, so it sees the call's
   * state.
   */
  @Test
  void aRowOfAParameterReturnedAndWrittenAfterTheNextCall() {
    double[] v = {0.8, -1.1, 0.35, 2.0, 1.4};
    check(v, rowThenWriteGradient(v), u -> new double[] {rowThenWrite(u)}, FreshArrayResultsTest::rowThenWriteTangent,
        FreshArrayResultsTest::rowThenWriteAdjoint);
  }

  interface Tangent {
    double at(double[] v, double[] dv);
  }

  interface Adjoint {
    double[] at(double[] v, double seed);
  }

  /** Analytic gradient against differences, tangent along each unit direction, adjoint, and the dot product. */
  static void check(double[] v, double[] exact, Function<double[], double[]> f, Tangent tangent, Adjoint adjoint) {
    double seed = 1.7;
    double[] bar = adjoint.at(v, seed);
    double[] dir = new double[v.length];
    for (int k = 0; k < v.length; k++) {
      double[] e = new double[v.length];
      e[k] = 1;
      double fd = FiniteDifferences.directional(f, v, e)[0].value();
      double tol = 1e-7 * Math.max(1, Math.abs(exact[k]));
      assertEquals(exact[k], fd, tol, "finite differences along input " + k);
      assertEquals(exact[k], tangent.at(v, e), 1e-12 * Math.max(1, Math.abs(exact[k])), "tangent along input " + k);
      assertEquals(seed * exact[k], bar[k], 1e-12 * Math.max(1, Math.abs(seed * exact[k])), "adjoint of input " + k);
      dir[k] = Math.sin(k + 1.0);
    }
    double jv = tangent.at(v, dir), xbarV = 0;
    for (int k = 0; k < v.length; k++) xbarV += bar[k] * dir[k];
    assertEquals(seed * jv, xbarV, 1e-12 * Math.max(1, Math.abs(xbarV)), "dot product <ybar, J v> = <xbar, v>");
  }
}
