package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.concat;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static dev.leibniz.oracle.ArraysAndCallsTest.one;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.MoreArrays;
import dev.leibniz.testing.Transformed;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Argmax pooling, a double loop counter, float output arrays and 2-D arrays. */
class MoreArraysTest {
  static final Class<?> M = Transformed.of(MoreArrays.class).type;

  static Object call(String name, Object... args) {
    return callOn(null, M, name, args);
  }

  @Test
  void maxPoolingSendsTheGradientToTheArgmax() {
    double[] x = {0.3, 1.7, -2, 1.2};
    JacobianCheck.check(
        "maxPool",
        x,
        v -> one(d(call("maxPool", (Object) v))),
        (v, vd) -> one(d(call("maxPool$tangent", v, vd))),
        (v, yb) -> {
          double[] xb = new double[4];
          call("maxPool$adjoint", v, xb, yb[0]);
          return xb;
        },
        new double[][] {{0, 2 * 1.7, 0, 0}});
  }

  @Test
  void doubleLoopCounter() {
    ScalarFunction f = new ScalarFunction(M, "doubleCounter", double.class);
    double x = 0.9, exact = 0;
    for (double t = 0; t < 3; t += 0.5) exact += t * Math.cos(x * t);
    assertEquals(exact, f.gradient(x)[0], 1e-14);
    assertEquals(exact, f.tangentGradient(x)[0], 1e-14);
  }

  @Test
  void floatPureOutputArray() {
    float[] x = {0.5f, -1.25f};
    float[] out = new float[2], dout = {9f, 9f};
    call("floatOutput$tangent", x, new float[] {1f, 0f}, out, dout);
    assertArrayEquals(new float[] {x[1], 0f}, dout, 1e-6f);
    float[] xb = new float[2], ob = {0f, 1f};
    call("floatOutput$adjoint", x, xb, new float[2], ob);
    assertArrayEquals(new float[] {0f, (float) Math.exp(x[1])}, xb, 1e-6f);
    assertArrayEquals(new float[2], ob, 0f, "the output seed is consumed");
  }

  @Test
  void twoDimensionalOutputArrayWithoutLoops() {
    double[] a = {0.5, -1.5}, b = {2, 0.25};
    double[][] jac = {
      {b[0], 0, a[0], 0}, {b[1], 0, 0, a[0]}, {0, b[0], a[1], 0}, {0, b[1], 0, a[1]},
    };
    JacobianCheck.check(
        "outerProduct",
        concat(a, b),
        v -> {
          double[][] out = new double[2][2];
          call("outerProduct", Arrays.copyOf(v, 2), Arrays.copyOfRange(v, 2, 4), out);
          return concat(out[0], out[1]);
        },
        (v, vd) -> {
          double[][] out = new double[2][2], dout = new double[2][2];
          call("outerProduct$tangent", Arrays.copyOf(v, 2), Arrays.copyOf(vd, 2), Arrays.copyOfRange(v, 2, 4), Arrays.copyOfRange(vd, 2, 4), out, dout);
          return concat(dout[0], dout[1]);
        },
        (v, yb) -> {
          double[] ab = new double[2], bb = new double[2];
          double[][] ob = {Arrays.copyOf(yb, 2), Arrays.copyOfRange(yb, 2, 4)};
          call("outerProduct$adjoint", Arrays.copyOf(v, 2), ab, Arrays.copyOfRange(v, 2, 4), bb, new double[2][2], ob);
          return concat(ab, bb);
        },
        jac);
  }

  @Test
  void localTwoDimensionalArray() {
    ScalarFunction f = new ScalarFunction(M, "localMatrix", double.class, double.class);
    double x = 0.7, y = -1.2;
    // x - y * x * y
    double[] exact = {1 - y * y, -2 * x * y};
    assertArrayEquals(exact, f.gradient(x, y), 1e-15);
    assertArrayEquals(exact, f.tangentGradient(x, y), 1e-15);
  }
}
