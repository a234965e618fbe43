package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.ArrayFunctions;
import dev.leibniz.oracle.fixtures.BugMatrixInLoop;
import dev.leibniz.oracle.fixtures.Callee;
import dev.leibniz.oracle.fixtures.Matrices;
import dev.leibniz.oracle.fixtures.MatrixLoops;
import dev.leibniz.oracle.fixtures.Particle;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Arrays as parameters, results and locals; aliasing and null shadows; calls within a class, to
 * another class, to un-annotated helpers, recursion and instance methods. Adjoint arrays follow
 * the contract: on entry the seed of the array's final contents, on exit the adjoint of its
 * contents on entry.
 */
class ArraysAndCallsTest {
  static final LinkedFixtures FIXTURES = LinkedFixtures.of(ArrayFunctions.class, Callee.class);
  static final Class<?> A = FIXTURES.get(ArrayFunctions.class);

  static Object callOn(Object receiver, Class<?> type, String name, Object... args) {
    for (Method m : type.getDeclaredMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length) {
        try {
          m.setAccessible(true);
          return m.invoke(receiver, args);
        } catch (InvocationTargetException e) {
          throw new AssertionError(name + " threw", e.getCause());
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("no " + name + "/" + args.length + " in " + Arrays.toString(type.getDeclaredMethods()));
  }

  static Object call(String name, Object... args) {
    return callOn(null, A, name, args);
  }

  static double d(Object o) {
    return ((Number) o).doubleValue();
  }

  static double[] one(double v) {
    return new double[] {v};
  }

  static double[] concat(double[] a, double[] b) {
    double[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  /** A scalar-valued function of one array: J is a single row. */
  static void checkArrayToScalar(String name, double[] x, double[] gradient) {
    JacobianCheck.check(
        name,
        x,
        v -> one(d(call(name, v))),
        (v, vd) -> one(d(call(name + "$tangent", v, vd))),
        (v, yb) -> {
          double[] xb = new double[v.length];
          call(name + "$adjoint", v, xb, yb[0]);
          return xb;
        },
        gradient == null ? null : new double[][] {gradient});
  }

  @Test
  void doubleArrayParameterWithReadOnlyAdjointEntryPlusGradient() {
    double[] x = {0.3, -1.2, 2.0, 0.7};
    double[] g = new double[x.length];
    for (int i = 0; i < x.length; i++) g[i] = 2 * x[i] * (i + 1);
    checkArrayToScalar("sumSquares", x, g);
    double[] xb = {1, 2, 3, 4};
    double y = d(call("sumSquares$adjoint", x, xb, 0.5));
    assertEquals(ArrayFunctions.sumSquares(x), y, 0);
    for (int i = 0; i < x.length; i++) assertEquals(i + 1 + 0.5 * g[i], xb[i], 1e-15 * 10);
    call("sumSquares$adjoint", x, xb, 0.5);
    for (int i = 0; i < x.length; i++) assertEquals(i + 1 + g[i], xb[i], 1e-15 * 10, "accumulates twice");
  }

  @Test
  void floatArrayParameterHasFloatTangentAndAdjoint() {
    float[] x = {0.5f, -1.25f, 2f};
    float[] dx = {1f, 0.5f, -2f};
    float t = (float) call("floatCubes$tangent", x, dx);
    double expected = 0;
    for (int i = 0; i < 3; i++) expected += 3.0 * x[i] * x[i] * dx[i];
    assertEquals(expected, t, 1e-6 * Math.abs(expected));
    float[] xb = new float[3];
    float y = (float) call("floatCubes$adjoint", x, xb, 1f);
    assertEquals(ArrayFunctions.floatCubes(x), y, 0);
    for (int i = 0; i < 3; i++) assertEquals(3.0 * x[i] * x[i], xb[i], 1e-6);
  }

  static void checkMatrix(Class<?> type, String name, int r, int c, double[] flat, double[] gradient) {
    java.util.function.Function<double[], double[][]> shape =
        v -> {
          double[][] m = new double[r][];
          for (int i = 0; i < r; i++) m[i] = Arrays.copyOfRange(v, i * c, (i + 1) * c);
          return m;
        };
    JacobianCheck.check(
        name,
        flat,
        v -> one(d(callOn(null, type, name, (Object) shape.apply(v)))),
        (v, vd) -> one(d(callOn(null, type, name + "$tangent", shape.apply(v), shape.apply(vd)))),
        (v, yb) -> {
          double[][] mb = new double[r][c];
          callOn(null, type, name + "$adjoint", shape.apply(v), mb, yb[0]);
          double[] out = new double[0];
          for (double[] row : mb) out = concat(out, row);
          return out;
        },
        gradient == null ? null : new double[][] {gradient});
  }

  @Test
  void twoDimensionalArrayWithoutLoops() {
    double[] f = {0.3, -1.1, 2.2, 0.9};
    double[] g = {f[3], Math.cos(f[1]) * f[2], Math.sin(f[1]), f[0]};
    checkMatrix(Transformed.of(Matrices.class).type, "corners", 2, 2, f, g);
  }

  @Test
  @Disabled("core bug: double[][] read in a loop: internal error 'Invalid descriptor: java/lang/Object' in Types.component")
  void twoDimensionalArrayWithChangingRowReference() {
    int r = 2, c = 3;
    double[] flat = {0.3, -1.1, 2.2, 0.9, 1.4, -0.6};
    double[] g = new double[r * c];
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        double v = flat[i * c + j];
        g[i * c + j] = 2 * v * (i + 1) + Math.cos(v) * j;
      }
    }
    checkMatrix(Transformed.of(MatrixLoops.class).type, "matrix", r, c, flat, g);
  }

  @Test
  @Disabled("core bug: double[][] read in a loop: internal error 'Invalid descriptor: java/lang/Object' in Types.component")
  void bugMatrixElementReadInALoop() {
    checkMatrix(Transformed.of(BugMatrixInLoop.class).type, "sumOfRowHeads", 3, 2, new double[] {1, 2, 3, 4, 5, 6}, new double[] {1, 0, 1, 0, 1, 0});
  }

  @Test
  void methodReturningAnArray() {
    double[] x = {0.4, -1.5, 2.5};
    double a = 1.7;
    double[][] jac = new double[4][4];
    for (int i = 0; i < 3; i++) {
      jac[i][i] = 2 * a * x[i];
      jac[i][3] = x[i] * x[i];
    }
    jac[3][3] = 2 * a;
    JacobianCheck.check(
        "scaled",
        concat(x, one(a)),
        v -> (double[]) call("scaled", Arrays.copyOf(v, 3), v[3]),
        (v, vd) -> (double[]) call("scaled$tangent", Arrays.copyOf(v, 3), Arrays.copyOf(vd, 3), v[3], vd[3]),
        (v, yb) -> {
          double[] xb = new double[3], grad = new double[1];
          double[] y = (double[]) call("scaled$adjoint", Arrays.copyOf(v, 3), xb, v[3], yb, grad);
          assertArrayEquals(ArrayFunctions.scaled(Arrays.copyOf(v, 3), v[3]), y, 0);
          return concat(xb, grad);
        },
        jac);
  }

  @Test
  void localArraysCloneCopyOfArraycopyAndFill() {
    ScalarFunction f = new ScalarFunction(A, "localArrays", double.class, double.class);
    double x = 0.8, y = -1.3;
    double dx = 6 * x + y * y + 2 * y * Math.sin(y) + 2 * x * y + 2 * x * y * y;
    double dy = 2 * x * y + 2 * x * Math.sin(y) + 2 * x * y * Math.cos(y) + x * x + 2 * x * x * y;
    JacobianCheck.check(
        "localArrays",
        new double[] {x, y},
        v -> one(f.value(v)),
        (v, vd) -> one(f.tangent(v, vd)),
        (v, yb) -> {
          double[] g = new double[2];
          f.adjoint(v, yb[0], g);
          return g;
        },
        new double[][] {{dx, dy}});
  }

  @Test
  void readsAndWritesAtComputedIndices() {
    double[] x = {0.3, -1.1, 2.2, 0.9, 1.4};
    for (int k : new int[] {1, 2, 3}) {
      JacobianCheck.check(
          "computedIndices k=" + k,
          x,
          v -> one(d(call("computedIndices", v, k))),
          (v, vd) -> one(d(call("computedIndices$tangent", v, vd, k))),
          (v, yb) -> {
            double[] xb = new double[v.length];
            call("computedIndices$adjoint", v, xb, k, yb[0]);
            return xb;
          },
          null);
    }
  }

  @Test
  void inPlaceUpdateOfAParameter() {
    double[] x = {0.3, -1.1, 2.2};
    double[][] jac = new double[3][3];
    for (int i = 0; i < 3; i++) jac[i][i] = 2 * x[i];
    JacobianCheck.check(
        "squareInPlace",
        x,
        v -> {
          call("squareInPlace", (Object) v);
          return v;
        },
        (v, vd) -> {
          call("squareInPlace$tangent", v, vd);
          return vd;
        },
        (v, yb) -> {
          call("squareInPlace$adjoint", v, yb);
          return yb;
        },
        jac);
  }

  static double[][] residualsJacobian(double[] x) {
    double a = x[0], b = x[1], c = x[2];
    double q = 1 + b * b;
    return new double[][] {
      {2 * a, -1, 0},
      {Math.cos(a) * b, Math.sin(a), 0},
      {b * c, a * c, a * b},
      {0, -Math.exp(c) * 2 * b / (q * q), Math.exp(c) / q}
    };
  }

  @Test
  void pureOutputArrayJacobianByRowsAndColumns() {
    double[] x = {0.6, -0.8, 1.1};
    JacobianCheck.check(
        "residuals",
        x,
        v -> {
          double[] r = new double[4];
          call("residuals", v, r);
          return r;
        },
        (v, vd) -> {
          double[] r = new double[4], dr = {99, 99, 99, 99};
          call("residuals$tangent", v, vd, r, dr);
          return dr;
        },
        (v, yb) -> {
          double[] xb = new double[3], r = new double[4], rb = yb.clone();
          call("residuals$adjoint", v, xb, r, rb);
          assertArrayEquals(new double[4], rb, 0, "the output seed is consumed");
          return xb;
        },
        residualsJacobian(x));
  }

  @Test
  void localSwitchingBetweenTwoArraysInALoop() {
    double[] a = {0.9, 0.4}, b = {0.2, -0.5, 0.7};
    for (int n : new int[] {0, 1, 5}) {
      JacobianCheck.check(
          "alternate n=" + n,
          concat(a, b),
          v -> one(d(call("alternate", Arrays.copyOf(v, 2), Arrays.copyOfRange(v, 2, 5), n))),
          (v, vd) -> one(d(call("alternate$tangent", Arrays.copyOf(v, 2), Arrays.copyOf(vd, 2), Arrays.copyOfRange(v, 2, 5), Arrays.copyOfRange(vd, 2, 5), n))),
          (v, yb) -> {
            double[] ab = new double[2], bb = new double[3];
            call("alternate$adjoint", Arrays.copyOf(v, 2), ab, Arrays.copyOfRange(v, 2, 5), bb, n, yb[0]);
            return concat(ab, bb);
          },
          null);
    }
  }

  @Test
  void localAliasingAParameter() {
    double[] x = {0.7, -1.3};
    JacobianCheck.check(
        "aliasParameter",
        x,
        v -> one(d(call("aliasParameter", (Object) v))),
        (v, vd) -> one(d(call("aliasParameter$tangent", v, vd))),
        (v, yb) -> {
          double[] xb = new double[2];
          call("aliasParameter$adjoint", v, xb, yb[0]);
          return xb;
        },
        new double[][] {{2 * x[1], 2 * x[0]}});
  }

  @Test
  void sameArrayPassedTwiceForReading() {
    double[] x = {0.7, -1.3, 2.1};
    JacobianCheck.check(
        "dot(x, x)",
        x,
        v -> one(d(call("dot", v, v))),
        (v, vd) -> one(d(call("dot$tangent", v, vd, v, vd))),
        (v, yb) -> {
          double[] xb = new double[3];
          call("dot$adjoint", v, xb, v, xb, yb[0]);
          return xb;
        },
        new double[][] {{2 * x[0], 2 * x[1], 2 * x[2]}});
  }

  @Test
  @Disabled("core bug: adjoint reads an input array element after an aliased output array overwrote it, in a loop (since e501d7d)")
  void sameArrayPassedTwiceReadAndWrittenShadowsAliasToo() {
    double[] x = {0.7, -1.3, 2.1};
    double[][] jac = new double[3][3];
    for (int i = 0; i < 3; i++) jac[i][i] = 1 + 2 * x[i];
    JacobianCheck.check(
        "addSquares(x, x)",
        x,
        v -> {
          call("addSquares", v, v);
          return v;
        },
        (v, vd) -> {
          call("addSquares$tangent", v, vd, v, vd);
          return vd;
        },
        (v, yb) -> {
          call("addSquares$adjoint", v, yb, v, yb);
          return yb;
        },
        jac);
  }

  @Test
  void nullShadowMeansPassive() {
    double[] x = {0.7, -1.3, 2.1}, y = {1.5, 0.25, -2};
    double[] dx = {1, 2, 3};
    double t = d(call("dot$tangent", x, dx, y, null));
    assertEquals(1.5 * 1 + 0.25 * 2 - 2 * 3, t, 1e-15);
    double[] xb = new double[3];
    double v = d(call("dot$adjoint", x, xb, y, null, 1.0));
    assertEquals(ArrayFunctions.dot(x, y), v, 0);
    assertArrayEquals(y, xb, 0);
    double[] yb = new double[3];
    call("dot$adjoint", x, null, y, yb, 1.0);
    assertArrayEquals(x, yb, 0);
    assertEquals(ArrayFunctions.sumSquares(x), d(call("sumSquares$adjoint", x, null, 1.0)), 0);
    assertEquals(0, d(call("sumSquares$tangent", x, null)), 0);
  }

  @Test
  void intIndexArrayIsPassive() {
    double[] x = {0.7, -1.3, 2.1};
    int[] idx = {2, 0, 2, 1};
    double[] g = new double[3];
    for (int i = 0; i < idx.length; i++) g[idx[i]] += 2 * x[idx[i]] * (i + 1);
    JacobianCheck.check(
        "gather",
        x,
        v -> one(d(call("gather", v, idx))),
        (v, vd) -> one(d(call("gather$tangent", v, vd, idx))),
        (v, yb) -> {
          double[] xb = new double[3];
          call("gather$adjoint", v, xb, idx, yb[0]);
          return xb;
        },
        new double[][] {g});
    assertArrayEquals(new int[] {2, 0, 2, 1}, idx);
  }

  @Test
  void callsWithinTheClassAndToAnUnannotatedHelper() {
    ScalarFunction f = new ScalarFunction(A, "callsSameClass", double.class);
    for (double x : new double[] {-0.7, 0.4, 1.9}) {
      DerivativeStructure u = new DSFactory(1, 1).variable(0, x);
      DerivativeStructure h = u.exp().divide(u.multiply(u).add(1));
      double exact = u.multiply(u).multiply(h).add(u.sin().multiply(u.sin())).getPartialDerivative(1);
      JacobianCheck.check(
          "callsSameClass",
          new double[] {x},
          v -> one(f.value(v)),
          (v, vd) -> one(f.tangent(v, vd)),
          (v, yb) -> {
            double[] g = new double[1];
            f.adjoint(v, yb[0], g);
            return g;
          },
          new double[][] {{exact}});
    }
  }

  @Test
  void callsIntoAnotherClass() {
    double[] x = {0.7, -1.3, 2.1};
    double n2 = x[0] * x[0] + x[1] * x[1] + x[2] * x[2], c = x[0] * x[0] * x[0];
    double[] g = {2 * x[0] * c + 3 * x[0] * x[0] * n2, 2 * x[1] * c, 2 * x[2] * c};
    checkArrayToScalar("callsOtherClass", x, g);
  }

  @Test
  void calleeReadsALocalArrayTheCallerOverwritesAfterwards() {
    checkArrayToScalar("calleeArrayOverwritten", new double[] {0.7, -1.3, 2.1}, null);
  }

  @Test
  void calleeReadsAParameterTheCallerOverwritesAfterwards() {
    checkArrayToScalar("calleeParameterOverwritten", new double[] {0.7, -1.3, 2.1}, null);
  }

  @Test
  void recursionTenThousandDeep() throws Exception {
    int n = 10_000;
    double x = 0.6;
    double q = Math.pow(0.9999, n);
    double exact = q + 1e-4 * Math.cos(x) * (1 - q) / (1 - 0.9999);
    AtomicReference<Object> out = new AtomicReference<>();
    Thread t =
        new Thread(
            null,
            () -> {
              try {
                double tan = d(call("recurse$tangent", x, 1.0, n));
                double[] g = new double[1];
                double y = d(call("recurse$adjoint", x, n, 1.0, g));
                out.set(new double[] {tan, g[0], y});
              } catch (Throwable e) {
                out.set(e);
              }
            },
            "deep",
            512L << 20);
    t.start();
    t.join();
    if (out.get() instanceof Throwable e) throw new AssertionError(e);
    double[] r = (double[]) out.get();
    assertEquals(exact, r[0], 1e-12, "tangent");
    assertEquals(exact, r[1], 1e-12, "adjoint");
  }

  @Test
  void instanceMethodsReadFieldsAndHaveInstanceCompanions() throws Exception {
    Class<?> p = Transformed.of(Particle.class).type;
    Object particle = p.getDeclaredConstructor().newInstance();
    double v = 1.3;
    double exact = 2.5 * v + 0.5;
    assertEquals(exact, d(callOn(particle, p, "energy$tangent", v, 1.0)), 1e-14);
    double[] g = new double[1];
    double e = d(callOn(particle, p, "energy$adjoint", v, 1.0, g));
    assertEquals(new Particle().energy(v), e, 0);
    assertEquals(exact, g[0], 1e-14);
    double[] q = {0.4, -1.1, 0.8, 2.0};
    double[] springs = {0.5, 1.5, -0.25};
    double[] grad = new double[4];
    for (int i = 0; i < 4; i++) grad[i] = 2 * springs[i % 3] * q[i] * 2.5;
    JacobianCheck.check(
        "potential",
        q,
        w -> one(d(callOn(particle, p, "potential", w))),
        (w, wd) -> one(d(callOn(particle, p, "potential$tangent", w, wd))),
        (w, yb) -> {
          double[] wb = new double[4];
          callOn(particle, p, "potential$adjoint", w, wb, yb[0]);
          return wb;
        },
        new double[][] {grad});
  }
}
