package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.grids.Grid;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * New objects whose blank constructor allocates a two-dimensional array it holds ({@code a = new double[m][n]}, the Mines
 * Java Toolkit's {@code DMatrix(m, n)}, Jama's {@code Matrix(m, n)}): {@link Grid}'s shadow is the same constructor run
 * again, each row of its array filled with 0 ({@code objects.BlankCode}, {@code forward.Sweep.zeroPaths}), so active
 * values written into the rows reach the result, a new grid returned (transpose, product, scaling by an active number) or a
 * number read from it. Both modes against the analytic Jacobian (the functions are linear or bilinear in the elements),
 * central differences and the dot-product test. A row of another grid put into the new grid's array (aliasing it) is
 * refused in the adjoint, located.
 */
class NewGridResultsTest {
  static final Transformed T = Transformed.of(Grid.class, true); // sharedRow's adjoint is refused
  static final Class<?> GRID = T.type;

  static Object call(Object receiver, String name, Object... args) {
    Method m = Arrays.stream(GRID.getMethods()).filter(x -> x.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in " + Arrays.toString(GRID.getDeclaredMethods())));
    try {
      return m.invoke(receiver, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** A grid of {@code m} rows holding {@code v} from {@code from} on, row by row. */
  static Object grid(double[] v, int from, int m, int n) {
    double[][] a = new double[m][n];
    for (int i = 0; i < m; i++) System.arraycopy(v, from + i * n, a[i], 0, n);
    try {
      return GRID.getConstructor(double[][].class).newInstance((Object) a);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[][] rows(Object grid) {
    return (double[][]) call(grid, "array");
  }

  static double[] flat(Object grid) {
    return Arrays.stream(rows(grid)).flatMapToDouble(Arrays::stream).toArray();
  }

  static double[] concat(double[]... parts) {
    return Arrays.stream(parts).flatMapToDouble(Arrays::stream).toArray();
  }

  @Test
  void aNewGridFilledWithTheTransposeIsReturnedWithItsShadow() {
    double[] x = {0.3, -1.2, 0.7, 2.1, 0.4, -0.5}; // 2x3
    double[][] j = new double[6][6]; // out (j, i) = in (i, j)
    for (int i = 0; i < 2; i++) {
      for (int k = 0; k < 3; k++) j[k * 2 + i][i * 3 + k] = 1;
    }
    JacobianCheck.check("transpose", x,
        v -> flat(call(grid(v, 0, 2, 3), "transpose")),
        (v, dv) -> {
          Object shadow = call(grid(v, 0, 2, 3), "transpose$tangent", grid(dv, 0, 2, 3));
          assertEquals(GRID, shadow.getClass(), "the tangent returns the result's shadow");
          return flat(shadow);
        },
        (v, w) -> {
          Object xbar = grid(new double[6], 0, 2, 3);
          Object r = call(grid(v, 0, 2, 3), "transpose$adjoint", xbar, grid(w, 0, 3, 2));
          assertEquals(Arrays.toString(flat(call(grid(v, 0, 2, 3), "transpose"))), Arrays.toString(flat(r)), "the primal");
          return flat(xbar);
        },
        j);
  }

  @Test
  void aNewGridFilledWithAProductIsReturnedWithItsShadow() {
    double[] x = {0.3, -1.2, 0.7, 2.1, 0.4, -0.5, 1.1, 0.9, -0.6, 0.2, 1.5, -0.8}; // a 2x3, b 3x2
    JacobianCheck.check("times", x,
        v -> flat(call(grid(v, 0, 2, 3), "times", grid(v, 6, 3, 2))),
        (v, dv) -> {
          Object shadow = call(grid(v, 0, 2, 3), "times$tangent", grid(dv, 0, 2, 3), grid(v, 6, 3, 2), grid(dv, 6, 3, 2));
          assertEquals(GRID, shadow.getClass(), "the tangent returns the result's shadow");
          return flat(shadow);
        },
        (v, w) -> {
          Object abar = grid(new double[6], 0, 2, 3), bbar = grid(new double[6], 0, 3, 2);
          Object seed = grid(w, 0, 2, 2);
          Object r = call(grid(v, 0, 2, 3), "times$adjoint", abar, grid(v, 6, 3, 2), bbar, seed);
          assertNotSame(seed, r, "the adjoint returns the primal result");
          return concat(flat(abar), flat(bbar));
        },
        productJacobian(x));
  }

  /** d(ab)[i][j] / da[i][k] = b[k][j], / db[k][j] = a[i][k]. */
  static double[][] productJacobian(double[] x) {
    double[][] j = new double[4][12];
    for (int i = 0; i < 2; i++) {
      for (int c = 0; c < 2; c++) {
        for (int k = 0; k < 3; k++) {
          j[i * 2 + c][i * 3 + k] = x[6 + k * 2 + c];
          j[i * 2 + c][6 + k * 2 + c] = x[i * 3 + k];
        }
      }
    }
    return j;
  }

  @Test
  void aNewGridScaledByAnActiveNumberIsReturnedWithItsShadow() {
    double[] x = {0.3, -1.2, 0.7, 2.1, 0.4, -0.5, 1.3}; // a 3x2, then s
    double s = x[6];
    double[][] j = new double[6][7]; // c = s a, c[0][1] += s^2
    for (int k = 0; k < 6; k++) {
      j[k][k] = s;
      j[k][6] = x[k];
    }
    j[1][6] += 2 * s;
    JacobianCheck.check("scaled", x,
        v -> flat(call(grid(v, 0, 3, 2), "scaled", v[6])),
        (v, dv) -> flat(call(grid(v, 0, 3, 2), "scaled$tangent", grid(dv, 0, 3, 2), v[6], dv[6])),
        (v, w) -> {
          Object abar = grid(new double[6], 0, 3, 2);
          double[] g = new double[1];
          call(grid(v, 0, 3, 2), "scaled$adjoint", abar, v[6], grid(w, 0, 3, 2), g);
          return concat(flat(abar), g);
        },
        j);
  }

  @Test
  void aNewGridReadAndDroppedGivesItsNumber() {
    double[] x = {0.3, -1.2, 0.7, 2.1, 0.4, -0.5, 1.1, 0.9, -0.6, 0.2, 1.5, -0.8};
    double[] p = flat(call(grid(x, 0, 2, 3), "times", grid(x, 6, 3, 2)));
    double[][] jp = productJacobian(x), j = new double[1][12];
    for (int k = 0; k < 12; k++) {
      for (int r = 0; r < 4; r++) j[0][k] += 2 * p[r] * jp[r][k];
    }
    JacobianCheck.check("productEnergy", x,
        v -> new double[] {(double) call(null, "productEnergy", grid(v, 0, 2, 3), grid(v, 6, 3, 2))},
        (v, dv) -> new double[] {(double) call(null, "productEnergy$tangent", grid(v, 0, 2, 3), grid(dv, 0, 2, 3),
            grid(v, 6, 3, 2), grid(dv, 6, 3, 2))},
        (v, w) -> {
          Object abar = grid(new double[6], 0, 2, 3), bbar = grid(new double[6], 0, 3, 2);
          call(null, "productEnergy$adjoint", grid(v, 0, 2, 3), abar, grid(v, 6, 3, 2), bbar, w[0]);
          return concat(flat(abar), flat(bbar));
        },
        j);
  }

  @Test
  void aNewGridsArraysGivenToHelpersAreFilledThroughTheirShadows() {
    double[] x = {0.3, -1.2, 0.7, 2.1, 0.4, -0.5};
    double[][] minus = new double[6][6];
    for (int k = 0; k < 6; k++) minus[k][k] = -1;
    JacobianCheck.check("negate", x,
        v -> flat(call(grid(v, 0, 2, 3), "negate")),
        (v, dv) -> flat(call(grid(v, 0, 2, 3), "negate$tangent", grid(dv, 0, 2, 3))),
        (v, w) -> {
          Object abar = grid(new double[6], 0, 2, 3);
          call(grid(v, 0, 2, 3), "negate$adjoint", abar, grid(w, 0, 2, 3));
          return flat(abar);
        },
        minus);
    double[] y = {0.3, -1.2, 0.7, 2.1, 0.4, -0.5, 1.1, 0.9, -0.6, 0.2, 1.5, -0.8, 0.7}; // a 2x3, b 2x3, s
    double[][] j = new double[6][13]; // c = a + s b
    for (int k = 0; k < 6; k++) {
      j[k][k] = 1;
      j[k][6 + k] = y[12];
      j[k][12] = y[6 + k];
    }
    JacobianCheck.check("plusScaled", y,
        v -> flat(call(grid(v, 0, 2, 3), "plusScaled", v[12], grid(v, 6, 2, 3))),
        (v, dv) -> flat(call(grid(v, 0, 2, 3), "plusScaled$tangent", grid(dv, 0, 2, 3), v[12], dv[12], grid(v, 6, 2, 3),
            grid(dv, 6, 2, 3))),
        (v, w) -> {
          Object abar = grid(new double[6], 0, 2, 3), bbar = grid(new double[6], 0, 2, 3);
          double[] g = new double[1];
          call(grid(v, 0, 2, 3), "plusScaled$adjoint", abar, v[12], grid(v, 6, 2, 3), bbar, grid(w, 0, 2, 3), g);
          return concat(flat(abar), flat(bbar), g);
        },
        j);
  }

  @Test
  void aRowOfAnotherGridPutIntoTheNewGridIsRefusedInTheAdjointAtItsLine() {
    List<Diagnostic> refused = T.result.diagnostics().stream().filter(d -> !d.warning()).toList();
    assertTrue(refused.stream().allMatch(d -> d.method().startsWith("sharedRow(") || d.method().startsWith("kept(")),
        refused.toString());
    Diagnostic d = refused.stream().filter(x -> x.method().startsWith("sharedRow(")).findFirst()
        .orElseThrow(() -> new AssertionError("sharedRow refused: " + refused));
    assertEquals(143, d.line(), d.message());
    assertTrue(d.message().contains("a row (an element of reference type) is stored") && d.message().contains("adjoint mode"),
        d.message());
    assertTrue(Arrays.stream(GRID.getDeclaredMethods()).noneMatch(m -> m.getName().startsWith("sharedRow$adjoint")), "no adjoint");
  }

  @Test
  void aNewGridsArrayKeptByAHelperIsRefusedAtTheCall() {
    Diagnostic d = T.result.diagnostics().stream().filter(x -> !x.warning() && x.method().startsWith("kept(")).findFirst()
        .orElseThrow(() -> new AssertionError("kept refused: " + T.result.diagnostics()));
    assertEquals(113, d.line(), d.message());
    // the callee's own reason at its line (Activity names a failed same-class callee's failure, not the passive-call text)
    assertTrue(d.message().contains("Keeper.keep(double[][]) cannot be differentiated (Grid.java:123)")
        && d.message().contains("into field double[][] Grid.Keeper.last"), d.message());
    assertTrue(Arrays.stream(GRID.getDeclaredMethods()).noneMatch(m -> m.getName().startsWith("kept$")), "no companions");
  }
}
