package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.held.Spot;
import dev.leibniz.objects.fixtures.held.Turn;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Rajawali's {@code Vector3.rotateBy(Quaternion)} shape: a callee that writes fields returns the scratch object its
 * receiver holds in a field ({@code Quaternion.multiply(Vector3)} returning {@code mTmpVec1}), none of the objects
 * passed to it. The tangent runs only the callee's tangent companion (it writes fields) and finds the primal result as
 * the object that field of the receiver holds, whose shadow the same field of the receiver's shadow holds. Both modes
 * against the analytic Jacobian, central finite differences and the dot-product test ({@link JacobianCheck}), inputs
 * (x, y) of the point and (c, s) of the turn; a result held two fields deep is not followed and fails at run time,
 * naming the callee.
 */
class HeldResultsTest {
  static final LinkedFixtures L = LinkedFixtures.of(Spot.class, Turn.class, Turn.Box.class);
  static final Class<?> S = L.get(Spot.class), T = L.get(Turn.class);

  static Object make(Class<?> c, double a, double b) {
    try {
      return c.getConstructor(double.class, double.class).newInstance(a, b);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double get(Object o, String f) {
    try {
      return o.getClass().getField(f).getDouble(o);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static void set(Object o, String f, String g, double a, double b) {
    try {
      o.getClass().getField(f).setDouble(o, a);
      o.getClass().getField(g).setDouble(o, b);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object invoke(String name, Object receiver, Object... args) {
    Method m = Arrays.stream(S.getMethods()).filter(k -> k.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name));
    try {
      return m.invoke(receiver, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** (x, y, c, s) -> the point after {@code name}; the result must be the point. */
  static double[] primal(String name, double[] in) {
    Object p = make(S, in[0], in[1]), t = make(T, in[2], in[3]);
    assertSame(p, invoke(name, p, t));
    return new double[] {get(p, "x"), get(p, "y")};
  }

  static double[] tangent(String name, double[] in, double[] dir) {
    Object p = make(S, in[0], in[1]), t = make(T, in[2], in[3]);
    Object ps = Derivatives.zeroShadow(p), ts = Derivatives.zeroShadow(t);
    set(ps, "x", "y", dir[0], dir[1]);
    set(ts, "c", "s", dir[2], dir[3]);
    assertSame(ps, invoke(name + "$tangent", p, ps, t, ts), "the result's shadow is the point's");
    return new double[] {get(ps, "x"), get(ps, "y")};
  }

  static double[] adjoint(String name, double[] in, double[] w) {
    Object p = make(S, in[0], in[1]), t = make(T, in[2], in[3]);
    Object pb = Derivatives.zeroShadow(p), tb = Derivatives.zeroShadow(t);
    set(pb, "x", "y", w[0], w[1]);
    invoke(name + "$adjoint", p, pb, t, tb, null);
    return new double[] {get(pb, "x"), get(pb, "y"), get(tb, "c"), get(tb, "s")};
  }

  @Test
  void rotateByInBothModes() {
    for (double[] in : new double[][] {{1.0, 2.0, 0.6, 0.8}, {-0.75, 0.5, 1.3, -0.4}}) {
      double x = in[0], y = in[1], c = in[2], s = in[3];
      double[][] exact = {{c, -s, x, -y}, {s, c, y, x}};
      JacobianCheck.check("rotateBy", in, v -> primal("rotateBy", v), (v, d) -> tangent("rotateBy", v, d),
          (v, w) -> adjoint("rotateBy", v, w), exact);
    }
  }

  /** (x, y, c, s) -> x' * y', each factor read from the scratch point a call of its own returned. */
  static double[] product(double[] in) {
    Object p = make(S, in[0], in[1]), t = make(T, in[2], in[3]);
    return new double[] {(double) invoke("turnedProduct", p, t)};
  }

  static double[] productTangent(double[] in, double[] dir) {
    Object p = make(S, in[0], in[1]), t = make(T, in[2], in[3]);
    Object ps = Derivatives.zeroShadow(p), ts = Derivatives.zeroShadow(t);
    set(ps, "x", "y", dir[0], dir[1]);
    set(ts, "c", "s", dir[2], dir[3]);
    return new double[] {(double) invoke("turnedProduct$tangent", p, ps, t, ts)};
  }

  static double[] productAdjoint(double[] in, double[] w) {
    Object p = make(S, in[0], in[1]), t = make(T, in[2], in[3]);
    Object pb = Derivatives.zeroShadow(p), tb = Derivatives.zeroShadow(t);
    invoke("turnedProduct$adjoint", p, pb, t, tb, w[0]);
    return new double[] {get(pb, "x"), get(pb, "y"), get(tb, "c"), get(tb, "s")};
  }

  @Test
  void theScratchResultReadTwiceInBothModes() {
    for (double[] in : new double[][] {{1.0, 2.0, 0.6, 0.8}, {-0.75, 0.5, 1.3, -0.4}}) {
      double x = in[0], y = in[1], c = in[2], s = in[3];
      double a = c * x - s * y, b = s * x + c * y;
      double[][] exact = {{c * b + a * s, -s * b + a * c, x * b + a * y, -y * b + a * x}};
      JacobianCheck.check("turnedProduct", in, HeldResultsTest::product, HeldResultsTest::productTangent,
          HeldResultsTest::productAdjoint, exact);
    }
  }

  @Test
  void aResultHeldTwoFieldsDeepFailsNamingTheCallee() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> tangent("rotateDeep", new double[] {1.0, 2.0, 0.6, 0.8}, new double[] {1, 0, 0, 0}));
    assertTrue(e.getMessage().startsWith("leibniz: ") && e.getMessage().contains("Turn.applyDeep(Spot)")
        && e.getMessage().contains("none of the objects passed to it"), e.getMessage());
  }
}
