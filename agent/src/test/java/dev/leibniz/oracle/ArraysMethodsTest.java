package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.concat;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static dev.leibniz.oracle.ArraysAndCallsTest.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.ArraysMethods;
import dev.leibniz.testing.Transformed;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The {@code java.util.Arrays} methods besides {@code sort} that code applies to arrays holding
 * active values ({@link ArraySortTest} for sort): copies, fills with an active value, passive
 * results ({@code equals}, {@code hashCode}, {@code binarySearch} as an index), {@code setAll}
 * with a lambda, each in both modes against finite differences and an analytic gradient with the
 * dot-product test; {@code asList} of active values is refused, located; {@code stream(x).sum()} is
 * differentiated (a stream pipeline is the loop it runs).
 */
class ArraysMethodsTest {
  static final Transformed T = Transformed.of(ArraysMethods.class, true);

  static Object call(String name, Object... args) {
    return callOn(null, T.type, name, args);
  }

  static double[] head(double[] v, int n) {
    return Arrays.copyOf(v, n);
  }

  static double[] tail(double[] v, int from, int to) {
    return Arrays.copyOfRange(v, from, to);
  }

  @Test
  void copyOfPaddedAndCopyOfRange() {
    double[] x = {0.3, -1.2, 0.8, 1.5};
    double[] g = new double[4];
    for (int j = 0; j < 4; j++) g[j] = 2 * x[j] + (j == 1 || j == 2 ? 3 * x[j] * x[j] : 0);
    JacobianCheck.check("copies", x,
        v -> one(d(call("copies", (Object) v))),
        (v, vd) -> one(d(call("copies$tangent", v, vd))),
        (v, yb) -> {
          double[] xb = new double[v.length];
          call("copies$adjoint", v, xb, yb[0]);
          return xb;
        },
        new double[][] {g});
  }

  @Test
  void fillWholeAndRangeWithActiveValues() {
    double v0 = 0.7, w0 = -1.3;
    JacobianCheck.check("fills", new double[] {v0, w0},
        v -> one(d(call("fills", v[0], v[1]))),
        (v, vd) -> one(d(call("fills$tangent", v[0], vd[0], v[1], vd[1]))),
        (v, yb) -> {
          double[] grad = new double[2];
          call("fills$adjoint", v[0], v[1], yb[0], grad);
          return grad;
        },
        new double[][] {{16 * v0, 7}});
  }

  @Test
  void equalsAndHashCodeArePassive() {
    double[] x = {0.3, -1.2, 0.8}, y = {1.1, 0.4, -0.6};
    double[] g = new double[6];
    g[0] = y[0];
    g[3] = x[0];
    JacobianCheck.check("equalsAndHash", concat(x, y),
        v -> one(d(call("equalsAndHash", head(v, 3), tail(v, 3, 6)))),
        (v, vd) -> one(d(call("equalsAndHash$tangent", head(v, 3), head(vd, 3), tail(v, 3, 6), tail(vd, 3, 6)))),
        (v, yb) -> {
          double[] xb = new double[3], ybar = new double[3];
          call("equalsAndHash$adjoint", head(v, 3), xb, tail(v, 3, 6), ybar, yb[0]);
          return concat(xb, ybar);
        },
        new double[][] {g});
  }

  @Test
  void binarySearchIndexIntoActiveArrays() {
    double[] xs = {0.0, 0.5, 1.25, 2.0}, ys = {1.0, -0.5, 0.75, 2.5};
    for (double t : new double[] {0.3, 1.0, 1.9}) {
      int i = t < 0.5 ? 0 : t < 1.25 ? 1 : 2;
      double dx = xs[i + 1] - xs[i], dy = ys[i + 1] - ys[i], f = (t - xs[i]) / dx;
      double[] g = new double[9];
      g[i] = dy * (f - 1) / dx;
      g[i + 1] = -dy * f / dx;
      g[4 + i] = 1 - f;
      g[4 + i + 1] = f;
      g[8] = dy / dx;
      JacobianCheck.check("interpolate t=" + t, concat(concat(xs, ys), one(t)),
          v -> one(d(call("interpolate", head(v, 4), tail(v, 4, 8), v[8]))),
          (v, vd) -> one(d(call("interpolate$tangent", head(v, 4), head(vd, 4), tail(v, 4, 8), tail(vd, 4, 8), v[8], vd[8]))),
          (v, yb) -> {
            double[] xsb = new double[4], ysb = new double[4], grad = new double[1];
            call("interpolate$adjoint", head(v, 4), xsb, tail(v, 4, 8), ysb, v[8], yb[0], grad);
            return concat(concat(xsb, ysb), grad);
          },
          new double[][] {g});
    }
  }

  @Test
  void setAllWithALambdaReadingActiveValues() {
    double[] x = {0.3, -1.2, 0.8};
    JacobianCheck.check("setAll", x,
        v -> one(d(call("setAll", (Object) v))),
        (v, vd) -> one(d(call("setAll$tangent", v, vd))),
        (v, yb) -> {
          double[] xb = new double[v.length];
          call("setAll$adjoint", v, xb, yb[0]);
          return xb;
        },
        new double[][] {{2 * x[0], 2 * x[1], 2 * x[2]}});
  }

  @Test
  void asListIsRefusedWhereItIsCalledAndStreamIsDifferentiated() {
    List<Diagnostic> ds = T.result.diagnostics().stream().filter(d -> !d.warning()).collect(Collectors.toList());
    assertEquals(1, ds.size(), ds::toString);
    Diagnostic list = ds.get(0);
    assertTrue(list.method().startsWith("asList"), list::toString);
    assertEquals(60, list.line());
    assertTrue(list.reason().contains("Double.valueOf") && list.reason().contains("double[]"), list::reason);
    // Arrays.stream(x).sum() is the loop it runs (core.objects.StreamPipelines): d/dx_i = 1
    double[] x = {0.3, -1.2, 0.8};
    JacobianCheck.check("streamSum", x,
        v -> one(d(call("streamSum", (Object) v))),
        (v, vd) -> one(d(call("streamSum$tangent", v, vd))),
        (v, yb) -> {
          double[] xb = new double[v.length];
          call("streamSum$adjoint", v, xb, yb[0]);
          return xb;
        },
        new double[][] {{1, 1, 1}});
  }
}
