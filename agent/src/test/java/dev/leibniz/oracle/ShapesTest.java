package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.concat;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static dev.leibniz.oracle.ArraysAndCallsTest.one;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.BugLargeMethod;
import dev.leibniz.oracle.fixtures.MediumMethod;
import dev.leibniz.oracle.fixtures.Shapes;
import dev.leibniz.testing.Transformed;
import java.util.Arrays;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Bytecode shapes that stress lifting and emitting, and a method near the JIT size limit. */
class ShapesTest {
  static final Class<?> S = Transformed.of(Shapes.class).type;

  @Test
  void wideParameterListMixingTwoSlotTypes() throws Exception {
    var primal = S.getMethod("manyParameters", long.class, double.class, int.class, float.class, double.class, long.class, double.class, char.class);
    var tangent = S.getMethod("manyParameters$tangent", long.class, double.class, double.class, int.class, float.class, float.class, double.class, double.class, long.class, double.class, double.class, char.class);
    var adjoint = S.getMethod("manyParameters$adjoint", long.class, double.class, int.class, float.class, double.class, long.class, double.class, char.class, double.class, double[].class);
    long a = 3, c = -2;
    double x = 0.7, z = 1.3, w = -0.4;
    float y = 0.5f;
    int b = 5;
    char k = 'A';
    // d/dx, d/dy, d/dz, d/dw
    double[] exact = {a + w * k, z * b, y * b + 1, Math.cos(w) * c + x * k};
    double[] g = new double[4];
    double v = (double) adjoint.invoke(null, a, x, b, y, z, c, w, k, 1.0, g);
    assertEquals((double) primal.invoke(null, a, x, b, y, z, c, w, k), v, 0);
    for (int i = 0; i < 4; i++) {
      double[] e = new double[4];
      e[i] = 1;
      double t = (double) tangent.invoke(null, a, x, e[0], b, y, (float) e[1], z, e[2], c, w, e[3], k);
      assertEquals(exact[i], t, 1e-14 * Math.abs(exact[i]), "tangent " + i);
      assertEquals(exact[i], g[i], 1e-14 * Math.abs(exact[i]), "adjoint " + i);
    }
  }

  @Test
  void labeledBreakAndContinue() {
    ScalarFunction f = new ScalarFunction(S, "labeledBreakAndContinue", double.class, int.class);
    for (int n : new int[] {0, 1, 3, 8}) JacobianCheck.checkScalar(f, 0.35, n);
  }

  @Test
  void switchExpressionsAndNestedSwitchesOnChars() {
    ScalarFunction f = new ScalarFunction(S, "switchExpression", double.class, int.class);
    for (int n : new int[] {0, 1, 4, 11}) JacobianCheck.checkScalar(f, 0.8, n);
  }

  @Test
  void longLoopCounter() {
    ScalarFunction f = new ScalarFunction(S, "longCounter", double.class, long.class);
    JacobianCheck.checkScalar(f, 0.8, 25);
  }

  @Test
  void chainedAssignments() {
    double[] a = {0.5, -1.2, 0.8};
    double x = 0.6;
    JacobianCheck.check(
        "chainedAssignments",
        concat(a, one(x)),
        v -> one(d(callOn(null, S, "chainedAssignments", Arrays.copyOf(v, 3), v[3]))),
        (v, vd) -> one(d(callOn(null, S, "chainedAssignments$tangent", Arrays.copyOf(v, 3), Arrays.copyOf(vd, 3), v[3], vd[3]))),
        (v, yb) -> {
          double[] ab = new double[3], g = new double[1];
          callOn(null, S, "chainedAssignments$adjoint", Arrays.copyOf(v, 3), ab, v[3], yb[0], g);
          return concat(ab, g);
        },
        null);
  }

  @Test
  void compoundAssignmentsOnComputedElements() {
    double[] a = {0.5, -1.2, 0.8, 1.5};
    int[] idx = {2, 0, 3, 2};
    double x = 0.6;
    JacobianCheck.check(
        "compoundArrayOps",
        concat(a, one(x)),
        v -> one(d(callOn(null, S, "compoundArrayOps", Arrays.copyOf(v, 4), idx, v[4]))),
        (v, vd) -> one(d(callOn(null, S, "compoundArrayOps$tangent", Arrays.copyOf(v, 4), Arrays.copyOf(vd, 4), idx, v[4], vd[4]))),
        (v, yb) -> {
          double[] ab = new double[4], g = new double[1];
          callOn(null, S, "compoundArrayOps$adjoint", Arrays.copyOf(v, 4), ab, idx, v[4], yb[0], g);
          return concat(ab, g);
        },
        null);
  }

  static void checkBig(Class<?> fixture) {
    Transformed t = Transformed.of(fixture);
    double[] x = {0.3, -0.7, 1.1, 0.2, -1.4, 0.9, 0.5, -0.2};
    JacobianCheck.check(
        fixture.getSimpleName(),
        x,
        v -> one(d(callOn(null, t.type, "big", (Object) v))),
        (v, vd) -> one(d(callOn(null, t.type, "big$tangent", v, vd))),
        (v, yb) -> {
          double[] xb = new double[8];
          callOn(null, t.type, "big$adjoint", v, xb, yb[0]);
          return xb;
        },
        null);
  }

  @Test
  void longerStraightLineMethodWithBranches() {
    checkBig(MediumMethod.class);
  }

  @Test
  @Disabled("core bug: no outlining: a 1,180-byte method is rejected because its adjoint would exceed 8,000 bytes (DESIGN §4)")
  void bugModeratelyLargeMethodIsRejectedInsteadOfOutlined() {
    checkBig(BugLargeMethod.class);
  }
}
