package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.concat;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static dev.leibniz.oracle.ArraysAndCallsTest.one;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.CallPatterns;
import dev.leibniz.oracle.fixtures.Callee;
import dev.leibniz.oracle.fixtures.Model;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Calls through passive receivers, with array rows as arguments, and with outputs in loops. */
class CallPatternsTest {
  static final LinkedFixtures FIXTURES = LinkedFixtures.of(CallPatterns.class, Callee.class, Model.class);
  static final Class<?> P = FIXTURES.get(CallPatterns.class);

  static Object call(String name, Object... args) {
    return callOn(null, P, name, args);
  }

  @Test
  void instanceMethodOfAPassiveObjectArgument() throws Exception {
    Object model = FIXTURES.get(Model.class).getConstructor(double.class).newInstance(3.0);
    double x = 0.6;
    double e = 0.5 * 3 * x * x + Math.cos(x), de = 3 * x - Math.sin(x);
    double exact = de * x + e;
    assertEquals(exact, d(call("viaObject$tangent", model, x, 1.0)), 1e-14);
    double[] g = new double[1];
    call("viaObject$adjoint", model, x, 1.0, g);
    assertEquals(exact, g[0], 1e-14);
  }

  @Test
  void rowOfAMatrixAsCallArgument() {
    double[] flat = {0.5, -1.5, 2, 0.25};
    java.util.function.Function<double[], double[][]> shape = v -> new double[][] {Arrays.copyOf(v, 2), Arrays.copyOfRange(v, 2, 4)};
    double[] g = {flat[2], 0, 2 * flat[2] + flat[0], 2 * flat[3]};
    JacobianCheck.check(
        "rowArgument",
        flat,
        v -> one(d(call("rowArgument", (Object) shape.apply(v)))),
        (v, vd) -> one(d(call("rowArgument$tangent", shape.apply(v), shape.apply(vd)))),
        (v, yb) -> {
          double[][] mb = new double[2][2];
          call("rowArgument$adjoint", shape.apply(v), mb, yb[0]);
          return concat(mb[0], mb[1]);
        },
        new double[][] {g});
  }

  @Test
  void calleeOutputArrayReusedInALoop() {
    double[] x = {0.5, -1.5, 2};
    for (int n : new int[] {0, 1, 3}) {
      JacobianCheck.check(
          "outputReusedInLoop n=" + n,
          x,
          v -> one(d(call("outputReusedInLoop", v, n))),
          (v, vd) -> one(d(call("outputReusedInLoop$tangent", v, vd, n))),
          (v, yb) -> {
            double[] xb = new double[3];
            call("outputReusedInLoop$adjoint", v, xb, n, yb[0]);
            return xb;
          },
          null);
    }
  }

  @Test
  void floatArraysAcrossACall() {
    float[] a = {0.5f, -1.5f, 2f};
    float n2 = 0.25f + 2.25f + 4f;
    float[] ab = new float[3];
    call("floatCaller$adjoint", a, ab, 1f);
    float[] exact = {2 * a[0] * a[0] + n2, 2 * a[1] * a[0], 2 * a[2] * a[0]};
    for (int i = 0; i < 3; i++) assertEquals(exact[i], ab[i], 1e-5, "adjoint " + i);
    for (int i = 0; i < 3; i++) {
      float[] e = new float[3];
      e[i] = 1;
      assertEquals(exact[i], (float) call("floatCaller$tangent", a, e), 1e-5, "tangent " + i);
    }
  }
}
