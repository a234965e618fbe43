package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.grown.Shifter;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * An array held in a field of the receiver replaced by a new one of the same length (issue 10; Oryx's
 * {@code ClusterInfo.update}, {@link Shifter}): the adjoint takes the seeds of the field's final array from the shadow
 * array the caller's shadow holds there, moves them into the new array's shadow between the sweeps, and gives that same
 * shadow array back holding the adjoints of the array the field held on entry (reverse.ReplacedHeldArrays). Inputs and
 * outputs are the receiver's fields (values, then total) and the parameters; both modes against the analytic Jacobian
 * ({@code shift}), central differences and the dot-product test, also with a store per trip of a loop ({@code smooth}).
 * A split adjoint of the same method (called from another marked method) cannot reseat and is refused with the line.
 */
class ReplacedHeldArraysTest {
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(Shifter.class);
  static final Class<?> T = L.get(Shifter.class);
  static final int N = 3;

  static Object shifter(double[] state) {
    try {
      Object s = T.getConstructor(double[].class).newInstance((Object) Arrays.copyOf(state, N));
      T.getField("total").setDouble(s, state[N]);
      return s;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] state(Object s) {
    try {
      double[] out = Arrays.copyOf((double[]) T.getField("values").get(s), N + 1);
      out[N] = T.getField("total").getDouble(s);
      return out;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object call(String name, Object on, Object... args) {
    Method m = Arrays.stream(T.getMethods()).filter(k -> k.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + ": " + L.result(Shifter.class).diagnostics()));
    try {
      return m.invoke(on, args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** shift: x = (values, total, x) -> (values', total'). */
  static double[] shift(double[] x) {
    Object s = shifter(x);
    call("shift", s, x[N + 1]);
    return state(s);
  }

  static double[] shiftTangent(double[] x, double[] dx) {
    Object s = shifter(x), shadow = shifter(dx);
    call("shift$tangent", s, shadow, x[N + 1], dx[N + 1]);
    return state(shadow);
  }

  /** The adjoint, seeded through the receiver's shadow; checks the shadow's array is the one the caller gave. */
  static double[] shiftAdjoint(double[] x, double[] ybar) {
    Object s = shifter(x), shadow = shifter(ybar);
    double[] given = values(shadow);
    double[] grad = new double[1];
    call("shift$adjoint", s, shadow, x[N + 1], grad);
    assertSame(given, values(shadow), "the shadow's field holds the array the caller gave");
    double[] out = Arrays.copyOf(state(shadow), N + 2);
    out[N + 1] = grad[0];
    return out;
  }

  static double[] values(Object s) {
    try {
      return (double[]) T.getField("values").get(s);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void shiftAgainstTheAnalyticJacobianDifferencesAndTheTangent() {
    double[] x = {0.7, -1.3, 0.4, 2.0, 0.9};
    double v0 = x[0], v1 = x[1], t = x[N + 1];
    double[][] jac = {
        {0, 0, 0, 0, 2 * t},
        {t, 0, 0, 0, v0},
        {0, t, 0, 0, v1},
        {t * t * t, 0, 1, 1, 3 * v0 * t * t}};
    double[][] fd = fdJacobian(ReplacedHeldArraysTest::shift, x, N + 1);
    for (int probe = 0; probe < 5; probe++) {
      double[] ybar = new double[N + 1];
      if (probe < N + 1) ybar[probe] = 1;
      else ybar = new double[] {0.3, -1.2, 0.8, 1.7};
      double[] got = shiftAdjoint(x, ybar);
      for (int j = 0; j < x.length; j++) {
        double exact = 0, byFd = 0;
        for (int i = 0; i <= N; i++) {
          exact += ybar[i] * jac[i][j];
          byFd += ybar[i] * fd[i][j];
        }
        assertEquals(exact, got[j], 1e-14 * Math.max(1, Math.abs(exact)), "analytic, input " + j + ", probe " + probe);
        assertEquals(byFd, got[j], 1e-6 * Math.max(1, Math.abs(exact)), "differences, input " + j + ", probe " + probe);
      }
    }
    for (int j = 0; j < x.length; j++) {
      double[] dx = new double[x.length];
      dx[j] = 1;
      double[] got = shiftTangent(x, dx);
      for (int i = 0; i <= N; i++) assertEquals(jac[i][j], got[i], 1e-14 * Math.max(1, Math.abs(jac[i][j])), "tangent " + i + "," + j);
    }
    DotProductCheck.check("shift", x, N + 1, ReplacedHeldArraysTest::shiftTangent, ReplacedHeldArraysTest::shiftAdjoint, 3, 5);
  }

  /** A new array per trip (a clone blended with the old one): differences and the dot-product test. */
  @Test
  void aStorePerTripAgainstDifferencesAndTheTangent() {
    int k = 3;
    double[] x = {0.7, -1.3, 0.4, 2.0, 0.6}; // values, total, w
    Function<double[], double[]> f = v -> {
      Object s = shifter(v);
      call("smooth", s, v[N + 1], k);
      return state(s);
    };
    DotProductCheck.Tangent tangent = (v, dv) -> {
      Object s = shifter(v), shadow = shifter(dv);
      call("smooth$tangent", s, shadow, v[N + 1], dv[N + 1], k);
      return state(shadow);
    };
    DotProductCheck.Adjoint adjoint = (v, ybar) -> {
      Object s = shifter(v), shadow = shifter(ybar);
      double[] given = values(shadow), grad = new double[1];
      call("smooth$adjoint", s, shadow, v[N + 1], k, grad);
      assertSame(given, values(shadow), "the shadow's field holds the array the caller gave");
      double[] out = Arrays.copyOf(state(shadow), N + 2);
      out[N + 1] = grad[0];
      return out;
    };
    double[][] fd = fdJacobian(f, x, N + 1);
    for (double[] ybar : new double[][] {{1, 0, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}, {0.3, -1.2, 0.8, 1.7}}) {
      double[] got = adjoint.apply(x, ybar);
      for (int j = 0; j < x.length; j++) {
        double byFd = 0;
        for (int i = 0; i <= N; i++) byFd += ybar[i] * fd[i][j];
        assertEquals(byFd, got[j], 1e-6 * Math.max(1, Math.abs(byFd)), "differences, input " + j);
      }
    }
    DotProductCheck.check("smooth", x, N + 1, tangent, adjoint, 5, 5);
  }

  /**
   * Called from another marked method, shift is reversed as a callee, which keeps no sweeps apart for the reseating
   * (ReplacedHeldArrays refuses its split adjoint): shiftTwice gets its tangent, and no adjoint but a located diagnostic.
   */
  @Test
  void aCallerOfTheReplacingMethodGetsNoAdjointButADiagnostic() {
    assertTrue(Arrays.stream(T.getMethods()).anyMatch(m -> m.getName().equals("shiftTwice$tangent")), "the tangent");
    assertTrue(Arrays.stream(T.getDeclaredMethods()).noneMatch(m -> m.getName().equals("shiftTwice$adjoint")), "no adjoint");
    List<Diagnostic> d = L.result(Shifter.class).diagnostics().stream()
        .filter(x -> x.method().startsWith("shiftTwice(") && x.mode().equals("adjoint")).toList();
    assertEquals(1, d.size(), () -> "" + L.result(Shifter.class).diagnostics());
    assertEquals(46, d.get(0).line(), d.get(0).message());
    assertTrue(L.result(Shifter.class).diagnostics().stream().allMatch(x -> x.method().startsWith("shiftTwice(")),
        () -> "" + L.result(Shifter.class).diagnostics());
  }

  /** Zero shadows (Derivatives.zeroShadow) seed nothing in the fields: the adjoint is that of total' alone. */
  @Test
  void zeroSeedsInTheFieldsLeaveOnlyTheOthers() {
    double[] x = {0.7, -1.3, 0.4, 2.0, 0.9};
    Object s = shifter(x), shadow = Derivatives.zeroShadow(shifter(x));
    try {
      T.getField("total").setDouble(shadow, 1.0);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    double[] grad = new double[1];
    call("shift$adjoint", s, shadow, x[N + 1], grad);
    double t = x[N + 1];
    double[] values = values(shadow);
    assertEquals(t * t * t, values[0], 1e-14);
    assertEquals(0.0, values[1], 0.0);
    assertEquals(1.0, values[2], 0.0);
    assertEquals(3 * x[0] * t * t, grad[0], 1e-14);
  }

  static double[][] fdJacobian(Function<double[], double[]> f, double[] x, int m) {
    double[][] jac = new double[m][x.length];
    for (int j = 0; j < x.length; j++) {
      double[] dx = new double[x.length];
      dx[j] = 1;
      FiniteDifferences.Estimate[] est = FiniteDifferences.directional(f, x, dx);
      for (int i = 0; i < m; i++) jac[i][j] = est[i].value();
    }
    return jac;
  }
}
