package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static dev.leibniz.oracle.ArraysAndCallsTest.one;

import dev.leibniz.oracle.fixtures.Copies;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;

/** Overlapping {@code System.arraycopy}, arrays grown in loops, snapshots and fills. */
class CopiesTest {
  static final Class<?> C = Transformed.of(Copies.class).type;

  static Object call(String name, Object... args) {
    return callOn(null, C, name, args);
  }

  static void checkInPlace(String name, double[] x, double[][] jac) {
    JacobianCheck.check(
        name,
        x,
        v -> {
          call(name, (Object) v);
          return v;
        },
        (v, vd) -> {
          call(name + "$tangent", v, vd);
          return vd;
        },
        (v, yb) -> {
          call(name + "$adjoint", v, yb);
          return yb;
        },
        jac);
  }

  static void checkToScalar(String name, double[] x, double[][] jac) {
    JacobianCheck.check(
        name,
        x,
        v -> one(d(call(name, (Object) v))),
        (v, vd) -> one(d(call(name + "$tangent", v, vd))),
        (v, yb) -> {
          double[] xb = new double[v.length];
          call(name + "$adjoint", v, xb, yb[0]);
          return xb;
        },
        jac);
  }

  @Test
  void overlappingArraycopyShiftingRight() {
    double[] x = {0.5, -1.5, 2, 3};
    // x' = {x0^2, x0, x1, x2}
    checkInPlace("shiftRight", x, new double[][] {{1, 0, 0, 0}, {1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}});
  }

  @Test
  void overlappingArraycopyShiftingLeft() {
    double[] x = {0.5, -1.5, 2, 3};
    // t = {x1, x2, x3, x3}: p = x1 x2 x3^2
    double[] g = {0, x[2] * x[3] * x[3], x[1] * x[3] * x[3], 2 * x[1] * x[2] * x[3]};
    checkToScalar("shiftLeftThenProduct", x, new double[][] {g});
  }

  @Test
  void arrayGrownWithCopyOfInALoop() {
    ScalarFunction f = new ScalarFunction(C, "growing", double.class, int.class);
    for (int n : new int[] {1, 2, 6}) JacobianCheck.checkScalar(f, 0.4, n);
  }

  @Test
  void parameterOverwrittenFromItsOwnSnapshot() {
    double[] x = {0.5, -1.5, 2};
    // x' = {x2 x0, x1^2, x0 x2}
    checkInPlace("reverseInPlace", x, new double[][] {{x[2], 0, x[0]}, {0, 2 * x[1], 0}, {x[2], 0, x[0]}});
  }

  @Test
  void fillWithAnActiveValueInALoop() {
    checkToScalar("fillInLoop", new double[] {0.5, -1.5, 2, 0.3}, null);
  }
}
