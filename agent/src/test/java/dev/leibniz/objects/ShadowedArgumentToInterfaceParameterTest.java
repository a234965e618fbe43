package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.argviews.FinalNormPoint;
import dev.leibniz.objects.fixtures.argviews.OpenPoint;
import dev.leibniz.objects.fixtures.argviews.Point3;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Commons Geometry's shape (Vector3D.angle, withNorm): a final value class nobody annotated ({@link Point3}) whose
 * marked methods pass {@code this} and another point to static helpers of another class taking the interface it
 * implements ({@code Checks.checkedNorm(Vec)} calling {@code v.norm()} and throwing an exception another helper builds
 * when the norm is not finite or zero; {@code normProduct(Vec, Vec)} handing both on). The helpers are differentiated
 * for the argument's class (core.ArgumentView: {@code checkedNorm(Point3)}, its {@code v.norm()} bound to {@code
 * Point3.norm}), so the shadows flow in and out: both modes against the analytic derivative and central differences,
 * and the dot-product test; the helpers' exception from both companions. A class that is not final ({@link
 * OpenPoint}: a subclass may run another {@code norm()}) gets the view too, where {@code v.norm()} is a call of its
 * overridable {@code norm()}, unannotated: refused with the line and that method named; one whose {@code norm()} is
 * final ({@link FinalNormPoint}) is differentiated (a marked overridable one, dispatched: InheritedOverridableViewTest).
 */
class ShadowedArgumentToInterfaceParameterTest {
  static final Transformed T = Transformed.of(Point3.class, true);

  static Object point(double[] v, int from) {
    return point(T, v, from);
  }

  static Object point(Transformed t, double[] v, int from) {
    try {
      return t.type.getConstructor(double.class, double.class, double.class).newInstance(v[from], v[from + 1], v[from + 2]);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] coordinates(Object p) {
    return coordinates(T, p);
  }

  static double[] coordinates(Transformed t, Object p) {
    try {
      double[] c = new double[3];
      String[] names = {"x", "y", "z"};
      for (int k = 0; k < 3; k++) {
        Field f = t.type.getDeclaredField(names[k]);
        f.setAccessible(true);
        c[k] = f.getDouble(p);
      }
      return c;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object call(Method m, Object receiver, Object... args) {
    try {
      return m.invoke(receiver, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new AssertionError(e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  static double dot(double[] v, int a, int b) {
    return v[a] * v[b] + v[a + 1] * v[b + 1] + v[a + 2] * v[b + 2];
  }

  // ------------------------------------------------------------ angle: v = (this.x, this.y, this.z, v.x, v.y, v.z)

  static final double[][] PAIRS = {{1.2, -0.7, 2.1, 0.4, 0.9, -1.3}, {0.3, 0.8, 0.4, -1.2, 2.5, 1.6}};

  /** d acos(a.b / (|a||b|)): -1/sqrt(1 - c^2) (b/(|a||b|) - c a/|a|^2), and the same with a and b swapped. */
  static double[] angleGradient(double[] v) {
    double na = Math.sqrt(dot(v, 0, 0)), nb = Math.sqrt(dot(v, 3, 3)), c = dot(v, 0, 3) / (na * nb);
    double outer = -1 / Math.sqrt(1 - c * c);
    double[] g = new double[6];
    for (int k = 0; k < 3; k++) {
      g[k] = outer * (v[3 + k] / (na * nb) - c * v[k] / (na * na));
      g[3 + k] = outer * (v[k] / (na * nb) - c * v[3 + k] / (nb * nb));
    }
    return g;
  }

  void checkAngle(String name) {
    checkAngle(T, name);
  }

  static void checkAngle(Transformed t, String name) {
    Method primal = t.method(name, t.type), tangent = t.method(name + "$tangent", t.type, t.type, t.type);
    Method adjoint = t.method(name + "$adjoint", t.type, t.type, t.type, double.class);
    for (double[] x : PAIRS) {
      t.checkGradient(name, x, angleGradient(x),
          v -> new double[] {(double) call(primal, point(t, v, 0), point(t, v, 3))},
          (v, dv) -> new double[] {(double) call(tangent, point(t, v, 0), point(t, dv, 0), point(t, v, 3), point(t, dv, 3))},
          (v, ybar) -> {
            Object a = point(t, v, 0), abar = point(t, new double[3], 0), b = point(t, v, 3), bbar = point(t, new double[3], 0);
            double f = (double) call(adjoint, a, abar, b, bbar, ybar[0]);
            assertEquals((double) call(primal, point(t, v, 0), point(t, v, 3)), f, 0, name + ": the adjoint returns the primal value");
            double[] g = new double[6];
            System.arraycopy(coordinates(t, abar), 0, g, 0, 3);
            System.arraycopy(coordinates(t, bbar), 0, g, 3, 3);
            return g;
          });
    }
  }

  @Test
  void thisPassedToAStaticHelperTakingTheInterfaceInBothModes() {
    checkAngle("angle");
  }

  @Test
  void bothPointsHandedOnThroughAHelperTakingTwoInterfaces() {
    checkAngle("angleOfProduct");
  }

  /** A temporary given to the helper: d|a + b| = (a + b)/|a + b| along each point. */
  @Test
  void aTemporaryGivenToTheHelper() {
    Method primal = T.method("normOfSum", T.type), tangent = T.method("normOfSum$tangent", T.type, T.type, T.type);
    Method adjoint = T.method("normOfSum$adjoint", T.type, T.type, T.type, double.class);
    for (double[] x : PAIRS) {
      double[] s = {x[0] + x[3], x[1] + x[4], x[2] + x[5]};
      double n = Math.sqrt(dot(s, 0, 0));
      double[] exact = {s[0] / n, s[1] / n, s[2] / n, s[0] / n, s[1] / n, s[2] / n};
      java.util.function.Function<double[], double[]> f = v -> new double[] {(double) call(primal, point(v, 0), point(v, 3))};
      DotProductCheck.Tangent jv = (v, dv) -> new double[] {(double) call(tangent, point(v, 0), point(dv, 0), point(v, 3), point(dv, 3))};
      DotProductCheck.Adjoint jtw = (v, ybar) -> {
        Object abar = point(new double[3], 0), bbar = point(new double[3], 0);
        call(adjoint, point(v, 0), abar, point(v, 3), bbar, ybar[0]);
        double[] g = new double[6];
        System.arraycopy(coordinates(abar), 0, g, 0, 3);
        System.arraycopy(coordinates(bbar), 0, g, 3, 3);
        return g;
      };
      // the helper's exact test of the norm against 0 is inlined here: a warning, not a refusal (checkGradient takes none)
      assertTrue(T.result.diagnostics().stream().filter(d -> d.method().startsWith("normOfSum(")).allMatch(Diagnostic::warning));
      double[] g = jtw.apply(x, new double[] {1});
      for (int k = 0; k < 6; k++) {
        double[] e = new double[6];
        e[k] = 1;
        FiniteDifferences.Estimate fd = FiniteDifferences.directional(f, x, e)[0];
        assertEquals(exact[k], jv.apply(x, e)[0], 1e-13, "tangent " + k);
        assertEquals(fd.value(), jv.apply(x, e)[0], fd.tolerance(1e-9), "tangent " + k + " vs differences");
        assertEquals(exact[k], g[k], 1e-13, "adjoint " + k);
      }
      DotProductCheck.check("normOfSum", x, 1, jv, jtw, 29, 5);
    }
  }

  @Test
  void theHelpersExceptionComesFromBothCompanions() {
    double[] zero = {0, 0, 0, 1, 2, 3};
    Method primal = T.method("angle", T.type), tangent = T.method("angle$tangent", T.type, T.type, T.type);
    Method adjoint = T.method("angle$adjoint", T.type, T.type, T.type, double.class);
    String message = assertThrows(IllegalArgumentException.class, () -> call(primal, point(zero, 0), point(zero, 3))).getMessage();
    assertEquals("Illegal norm: 0.0", message);
    assertEquals(message, assertThrows(IllegalArgumentException.class,
        () -> call(tangent, point(zero, 0), point(zero, 3), point(zero, 3), point(zero, 0))).getMessage());
    assertEquals(message, assertThrows(IllegalArgumentException.class,
        () -> call(adjoint, point(zero, 0), point(zero, 3), point(zero, 3), point(zero, 0), 1.0)).getMessage());
  }

  // ------------------------------------------------------------ withNorm: v = (x, y, z, m), result m p / |p|

  static double[][] withNormJacobian(double[] v) {
    double n = Math.sqrt(dot(v, 0, 0)), m = v[3];
    double[][] j = new double[3][4];
    for (int i = 0; i < 3; i++) {
      for (int k = 0; k < 3; k++) j[i][k] = m * ((i == k ? 1 : 0) / n - v[i] * v[k] / (n * n * n));
      j[i][3] = v[i] / n;
    }
    return j;
  }

  @Test
  void aNewPointScaledByTheCheckedNormInBothModes() {
    Method primal = T.method("withNorm", double.class), tangent = T.method("withNorm$tangent", T.type, double.class, double.class);
    Method adjoint = T.method("withNorm$adjoint", T.type, double.class, T.type, double[].class);
    java.util.function.Function<double[], double[]> f = v -> coordinates(call(primal, point(v, 0), v[3]));
    DotProductCheck.Tangent jv = (v, dv) -> coordinates(call(tangent, point(v, 0), point(dv, 0), v[3], dv[3]));
    DotProductCheck.Adjoint jtw = (v, w) -> {
      Object pbar = point(new double[3], 0);
      double[] mbar = new double[1];
      Object r = call(adjoint, point(v, 0), pbar, v[3], point(w, 0), mbar);
      assertEquals(java.util.Arrays.toString(f.apply(v)), java.util.Arrays.toString(coordinates(r)), "the adjoint returns the primal result");
      double[] g = coordinates(pbar);
      return new double[] {g[0], g[1], g[2], mbar[0]};
    };
    for (double[] x : new double[][] {{1.2, -0.7, 2.1, 2.5}, {-0.3, 0.4, 1.1, 0.8}}) {
      double[][] j = withNormJacobian(x);
      for (int k = 0; k < 4; k++) {
        double[] e = new double[4];
        e[k] = 1;
        double[] col = jv.apply(x, e);
        FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(f, x, e);
        for (int i = 0; i < 3; i++) {
          assertEquals(j[i][k], col[i], 1e-13, "tangent d" + i + "/d" + k);
          assertEquals(fd[i].value(), col[i], fd[i].tolerance(1e-9), "tangent d" + i + "/d" + k + " vs differences");
        }
      }
      for (int i = 0; i < 3; i++) {
        double[] w = new double[3];
        w[i] = 1;
        double[] row = jtw.apply(x, w);
        for (int k = 0; k < 4; k++) assertEquals(j[i][k], row[k], 1e-13, "adjoint d" + i + "/d" + k);
      }
      DotProductCheck.check("withNorm", x, 3, jv, jtw, 23, 5);
    }
  }

  // ------------------------------------------------------------ a class that is not final

  /** Not final, but the method the helper calls on the object is: its code is known, the helper differentiated for it. */
  @Test
  void aClassThatIsNotFinalWhoseCalledMethodIsFinal() {
    checkAngle(Transformed.of(FinalNormPoint.class, true), "angle");
  }

  @Test
  void aClassThatIsNotFinalStaysRefusedWithTheLine() {
    Transformed open = Transformed.of(OpenPoint.class, true);
    List<Diagnostic> refusals = open.result.diagnostics().stream().filter(d -> !d.warning() && d.method().startsWith("angle(")).toList();
    assertTrue(!refusals.isEmpty(), open.result.diagnostics().toString());
    String message = refusals.get(0).message();
    // the helper is differentiated for OpenPoint, where v.norm() is a call of OpenPoint's overridable, unannotated norm()
    assertTrue(message.contains("OpenPoint.java:30") && message.contains("double Checks.checkedNorm(Vec)")
        && message.contains("double OpenPoint.norm() is an overridable instance method that is not @Differentiable")
        && message.contains("make OpenPoint.norm() final"), message);
    assertEquals(0.5 * Math.PI, (double) call(open.method("angle", open.type), instance(open, 1, 0, 0), instance(open, 0, 2, 0)), 1e-15,
        "the class keeps its code");
  }

  static Object instance(Transformed t, double x, double y, double z) {
    try {
      return t.type.getConstructor(double.class, double.class, double.class).newInstance(x, y, z);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
