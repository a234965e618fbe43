package dev.leibniz.objects;

import static dev.leibniz.testing.Transformed.invoke;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.GenericFunctionArguments;
import dev.leibniz.objects.fixtures.GenericFunctionArguments.Norms;
import dev.leibniz.objects.fixtures.GenericFunctionArguments.Vec;
import dev.leibniz.testing.FirstDispatchInstalled;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A lambda of a JDK functional interface whose parameter is a type variable ({@code ToDoubleFunction<Vec>}, erased to
 * {@code Object}), held by an enum and called with an object with a shadow (Commons Numbers' {@code Quaternion.norm}):
 * the call passes the object's shadow ({@code TypedFunctionCalls}) and the lambda gets companions of its declared type
 * at its first call ({@code OnDemand.ofLambda}), also when its body calls another such lambda it captured. Both modes
 * against the analytic gradient and central differences, and the dot-product test; a lambda writing its argument is
 * refused at its first call, named.
 */
@ExtendWith(FirstDispatchInstalled.class)
class GenericFunctionArgumentsTest {
  static final Transformed T = Transformed.of(GenericFunctionArguments.class);
  static final Class<Vec> V = Vec.class;

  static Vec vec(Norms n, double[] x) {
    return new Vec(n, x[0], x[1], x[2]);
  }

  /** A shadow of {@code v} holding the direction {@code dx} (its first three entries). */
  static Vec shadowOf(Vec v, double[] dx) {
    Vec d = Derivatives.zeroShadow(v);
    set(d, "a", dx[0]);
    set(d, "b", dx[1]);
    set(d, "c", dx[2]);
    return d;
  }

  static void set(Vec v, String field, double value) {
    try {
      java.lang.reflect.Field f = Vec.class.getDeclaredField(field);
      f.setAccessible(true);
      f.setDouble(v, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double get(Vec v, String field) {
    try {
      java.lang.reflect.Field f = Vec.class.getDeclaredField(field);
      f.setAccessible(true);
      return f.getDouble(v);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  // ------------------------------------------------------------ f(a, b, c) of one value

  static Function<double[], double[]> value(String m, Norms n) {
    return x -> new double[] {(double) invoke(T.method(m, V), vec(n, x))};
  }

  static double[] tangent(String m, Norms n, double[] x, double[] dx) {
    Vec v = vec(n, x);
    return new double[] {(double) invoke(T.method(m + "$tangent", V, V), v, shadowOf(v, dx))};
  }

  static double[] adjoint(String m, Norms n, double[] x, double[] ybar) {
    Vec v = vec(n, x), vbar = shadowOf(v, new double[3]);
    double f = (double) invoke(T.method(m + "$adjoint", V, V, double.class), v, vbar, ybar[0]);
    assertEquals(value(m, n).apply(x)[0], f, 0, "the adjoint returns the primal value");
    return new double[] {get(vbar, "a"), get(vbar, "b"), get(vbar, "c")};
  }

  static void check(String m, Norms n, double[] x, double[] exact) {
    T.checkGradient(m, x, exact, value(m, n), (p, d) -> tangent(m, n, p, d), (p, y) -> adjoint(m, n, p, y));
  }

  static final double[] X = {0.7, -1.3, 2.2};

  @Test
  void aLambdaOfTheValuesClassInBothModes() {
    double a = X[0], b = X[1], c = X[2];
    check("square", Norms.EUCLID, X, new double[] {2 * a + c, 6 * b, a});
  }

  /** The lambda's body calls another {@code ToDoubleFunction<Vec>} it captured: dispatched in turn, with the shadow. */
  @Test
  void aLambdaCallingACapturedLambdaInBothModes() {
    double a = X[0], b = X[1], c = X[2], r = Math.sqrt(a * a + 3 * b * b + a * c);
    check("norm", Norms.EUCLID, X, new double[] {(2 * a + c) / (2 * r), 6 * b / (2 * r), a / (2 * r)});
  }

  /** Another lambda of the same site, capturing a constant: each receiver class gets its own companions. */
  @Test
  void anotherLambdaThroughTheSameSite() {
    double a = X[0], c = X[2], w = 2.5;
    check("square", Norms.WEIGHTED, X, new double[] {w * Math.cos(a) * c, 1, w * Math.sin(a)});
  }

  // ------------------------------------------------------------ s · norm / (1 + square): the object and a double

  static double[] scaled(double[] x) {
    return new double[] {(double) invoke(T.method("scaled", V, double.class), vec(Norms.EUCLID, x), x[3])};
  }

  static double[] scaledTangent(double[] x, double[] dx) {
    Vec v = vec(Norms.EUCLID, x);
    Method t = T.method("scaled$tangent", V, V, double.class, double.class);
    return new double[] {(double) invoke(t, v, shadowOf(v, dx), x[3], dx[3])};
  }

  static double[] scaledAdjoint(double[] x, double[] ybar) {
    Vec v = vec(Norms.EUCLID, x), vbar = shadowOf(v, new double[3]);
    double[] sbar = new double[1];
    Method adj = T.method("scaled$adjoint", V, V, double.class, double.class, double[].class);
    double f = (double) invoke(adj, v, vbar, x[3], ybar[0], sbar);
    assertEquals(scaled(x)[0], f, 0, "the adjoint returns the primal value");
    return new double[] {get(vbar, "a"), get(vbar, "b"), get(vbar, "c"), sbar[0]};
  }

  @Test
  void theObjectNextToADoubleInBothModes() {
    double[] x = {X[0], X[1], X[2], 1.7};
    double a = x[0], b = x[1], c = x[2], s = x[3];
    double q = a * a + 3 * b * b + a * c, r = Math.sqrt(q);
    // f = s r / (1 + q); df/dq = s (1/(2r) (1 + q) - r) / (1 + q)²
    double dq = s * ((1 + q) / (2 * r) - r) / ((1 + q) * (1 + q));
    double[] exact = {dq * (2 * a + c), dq * 6 * b, dq * a, r / (1 + q)};
    T.checkGradient("scaled", x, exact, GenericFunctionArgumentsTest::scaled, GenericFunctionArgumentsTest::scaledTangent,
        GenericFunctionArgumentsTest::scaledAdjoint);
  }

  // ------------------------------------------------------------ refused: a lambda writing its argument

  @Test
  void aLambdaWritingItsArgumentIsRefusedNamed() {
    for (boolean tangentMode : new boolean[] {true, false}) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> {
            if (tangentMode) tangent("square", Norms.COUNTING, X, new double[] {1, 0, 0});
            else adjoint("square", Norms.COUNTING, X, new double[] {1});
          });
      assertTrue(e.getMessage().contains("GenericFunctionArguments.Forms") && e.getMessage().contains("may write memory"), e.getMessage());
    }
  }
}
