package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.replaced.Acc;
import dev.leibniz.objects.fixtures.replaced.LazySummer;
import dev.leibniz.objects.fixtures.replaced.Summer;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A new object replacing one held in a field of the receiver (issue 10; Flink's {@code sum = sum.add(value)}, WPILib's
 * {@code m_profile = ...}): the tangent mirrors the primal (the receiver's shadow takes the new object's shadow, made
 * per call by the callee's tangent), checked against the analytic derivative and central differences. The adjoint
 * (refused until the session of 5 December, afternoon): the caller seeds the field's final value through the shadow its
 * receiver's shadow holds there; between the sweeps those seeds move into the new object's shadow, and the reverse of the
 * store puts the caller's shadow back, which then takes the old object's adjoints (reverse.ReplacedHeldArrays), once,
 * with a read after the store, and once per trip of a loop.
 */
class ReplacedHeldObjectsTest {
  static final Transformed SUMMER = Transformed.of(Summer.class, true);

  static Object summer(Class<?> c, double value, double scale) {
    try {
      return c.getConstructor(Acc.class).newInstance(new Acc(value, scale));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] sumOf(Object summer) {
    try {
      Acc a = (Acc) summer.getClass().getField("sum").get(summer);
      return new double[] {a.value, a.scale};
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] step(Method m, double[] v) {
    Object s = summer(SUMMER.type, v[0], v[1]);
    try {
      m.invoke(s, v[2]);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return sumOf(s);
  }

  @Test
  void theTangentGivesTheReceiversShadowTheNewObjectsShadow() throws ReflectiveOperationException {
    Class<?> c = SUMMER.type;
    Method primal = c.getMethod("aggregate", double.class);
    Method tangent = Arrays.stream(c.getMethods()).filter(m -> m.getName().equals("aggregate$tangent")).findFirst()
        .orElseThrow(() -> new AssertionError("no tangent: " + SUMMER.result.diagnostics()));
    double[] x = {0.8, 1.3, 0.45}; // value, scale, x
    for (int j = 0; j < 3; j++) {
      double[] dx = new double[3];
      dx[j] = 1;
      Object s = summer(c, x[0], x[1]), shadow = summer(c, dx[0], dx[1]);
      Object before = c.getField("sum").get(shadow);
      tangent.invoke(s, shadow, x[2], dx[2]);
      assertTrue(before != c.getField("sum").get(shadow), "the shadow's field holds the new object's shadow");
      double[] got = sumOf(shadow);
      double e = Math.exp(x[2]); // value' = value + scale x, scale' = scale e^x
      double[] exact = {dx[0] + x[2] * dx[1] + x[1] * dx[2], e * dx[1] + x[1] * e * dx[2]};
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(v -> step(primal, v), x, dx);
      for (int i = 0; i < 2; i++) {
        assertEquals(exact[i], got[i], 1e-14 * Math.max(1, Math.abs(exact[i])), "analytic, output " + i + " along " + j);
        assertEquals(fd[i].value(), got[i], fd[i].tolerance(1e-7), "differences, output " + i + " along " + j);
      }
    }
  }

  /** The shadow's sum after a companion: the very object given (reseated: it holds the old sum's adjoints), as numbers. */
  static double[] heldShadow(Object shadow, Object given) {
    try {
      assertSame(given, SUMMER.type.getField("sum").get(shadow), "the shadow's field holds the shadow the caller gave");
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return sumOf(shadow);
  }

  static Method companion(String name) {
    return Arrays.stream(SUMMER.type.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + ": " + SUMMER.result.diagnostics()));
  }

  static Object call(Method m, Object on, Object... args) {
    try {
      return m.invoke(on, args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** aggregate: (value, scale, x) -> (value', scale'), by its adjoint seeded through the receiver's shadow. */
  static double[] aggregateAdjoint(double[] x, double[] ybar) {
    Object s = summer(SUMMER.type, x[0], x[1]), shadow = summer(SUMMER.type, 0, 0);
    Object seeded = new Acc(ybar[0], ybar[1]);
    setSum(shadow, seeded);
    double[] grad = new double[1];
    call(companion("aggregate$adjoint"), s, shadow, x[2], grad);
    double[] held = heldShadow(shadow, seeded);
    return new double[] {held[0], held[1], grad[0]};
  }

  static double[] aggregateTangent(double[] x, double[] dx) {
    Object s = summer(SUMMER.type, x[0], x[1]), shadow = summer(SUMMER.type, dx[0], dx[1]);
    call(companion("aggregate$tangent"), s, shadow, x[2], dx[2]);
    return sumOf(shadow);
  }

  static void setSum(Object summer, Object acc) {
    try {
      summer.getClass().getField("sum").set(summer, acc);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * The adjoint (issue 10): the seeds the caller put into the shadow its receiver's shadow held go to the new sum, and
   * that same shadow comes back holding the adjoints of the sum the field held on entry — against the transposed
   * analytic Jacobian, central differences and the tangent (dot-product test).
   */
  @Test
  void theAdjointSeedsTheNewObjectAndReturnsTheOldOnesAdjoint() {
    Method primal = companionOf("aggregate");
    double[] x = {0.8, 1.3, 0.45};
    double e = Math.exp(x[2]);
    double[][] jac = {{1, x[2], x[1]}, {0, e, x[1] * e}};
    double[][] fd = fdJacobian(v -> step(primal, v), x, 2);
    for (double[] ybar : new double[][] {{1, 0}, {0, 1}, {0.7, -1.9}}) {
      double[] got = aggregateAdjoint(x, ybar);
      for (int j = 0; j < 3; j++) {
        double exact = ybar[0] * jac[0][j] + ybar[1] * jac[1][j], byFd = ybar[0] * fd[0][j] + ybar[1] * fd[1][j];
        assertEquals(exact, got[j], 1e-14 * Math.max(1, Math.abs(exact)), "analytic, input " + j);
        assertEquals(byFd, got[j], 1e-6 * Math.max(1, Math.abs(exact)), "differences, input " + j);
      }
    }
    DotProductCheck.check("aggregate", x, 2, ReplacedHeldObjectsTest::aggregateTangent, ReplacedHeldObjectsTest::aggregateAdjoint, 7, 5);
  }

  /**
   * The new sum read after the store (aggregateScaled returns value' x) and replaced once per trip of a loop
   * (aggregateAll): each store's reverse puts back the shadow it replaced, the result's seed and the field's both
   * reach the inputs. Analytic (aggregateScaled), differences and the dot-product test.
   */
  @Test
  void aReadAfterTheStoreAndAStorePerTripToo() {
    Method scaled = companionOf("aggregateScaled");
    double[] x = {0.8, 1.3, 0.45};
    double e = Math.exp(x[2]);
    double[][] jac = {{1, x[2], x[1]}, {0, e, x[1] * e}, {x[2], x[2] * x[2], x[0] + 2 * x[1] * x[2]}};
    Function<double[], double[]> f = v -> {
      Object s = summer(SUMMER.type, v[0], v[1]);
      double r = (double) call(scaled, s, v[2]);
      double[] sum = sumOf(s);
      return new double[] {sum[0], sum[1], r};
    };
    DotProductCheck.Adjoint adjoint = (v, ybar) -> {
      Object s = summer(SUMMER.type, v[0], v[1]), shadow = summer(SUMMER.type, 0, 0);
      Object seeded = new Acc(ybar[0], ybar[1]);
      setSum(shadow, seeded);
      double[] grad = new double[1];
      double r = (double) call(companion("aggregateScaled$adjoint"), s, shadow, v[2], ybar[2], grad);
      assertEquals(f.apply(v)[2], r, 0.0, "the adjoint returns the primal result");
      double[] held = heldShadow(shadow, seeded);
      return new double[] {held[0], held[1], grad[0]};
    };
    DotProductCheck.Tangent tangent = (v, dv) -> {
      Object s = summer(SUMMER.type, v[0], v[1]), shadow = summer(SUMMER.type, dv[0], dv[1]);
      double r = (double) call(companion("aggregateScaled$tangent"), s, shadow, v[2], dv[2]);
      double[] sum = sumOf(shadow);
      return new double[] {sum[0], sum[1], r};
    };
    double[][] fd = fdJacobian(f, x, 3);
    for (double[] ybar : new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0.4, -1.1, 2.3}}) {
      double[] got = adjoint.apply(x, ybar);
      for (int j = 0; j < 3; j++) {
        double exact = 0, byFd = 0;
        for (int i = 0; i < 3; i++) {
          exact += ybar[i] * jac[i][j];
          byFd += ybar[i] * fd[i][j];
        }
        assertEquals(exact, got[j], 1e-14 * Math.max(1, Math.abs(exact)), "analytic, input " + j);
        assertEquals(byFd, got[j], 1e-6 * Math.max(1, Math.abs(exact)), "differences, input " + j);
      }
    }
    DotProductCheck.check("aggregateScaled", x, 3, tangent, adjoint, 11, 5);

    Method all = companionOf("aggregateAll");
    double[] y = {0.8, 1.3, 0.45, -0.3, 0.2}; // value, scale, xs
    Function<double[], double[]> g = v -> {
      Object s = summer(SUMMER.type, v[0], v[1]);
      call(all, s, (Object) Arrays.copyOfRange(v, 2, v.length));
      return sumOf(s);
    };
    DotProductCheck.Adjoint adjointAll = (v, ybar) -> {
      Object s = summer(SUMMER.type, v[0], v[1]), shadow = summer(SUMMER.type, 0, 0);
      Object seeded = new Acc(ybar[0], ybar[1]);
      setSum(shadow, seeded);
      double[] xsBar = new double[v.length - 2];
      call(companion("aggregateAll$adjoint"), s, shadow, Arrays.copyOfRange(v, 2, v.length), xsBar);
      double[] held = heldShadow(shadow, seeded), out = new double[v.length];
      out[0] = held[0];
      out[1] = held[1];
      System.arraycopy(xsBar, 0, out, 2, xsBar.length);
      return out;
    };
    DotProductCheck.Tangent tangentAll = (v, dv) -> {
      Object s = summer(SUMMER.type, v[0], v[1]), shadow = summer(SUMMER.type, dv[0], dv[1]);
      call(companion("aggregateAll$tangent"), s, shadow, Arrays.copyOfRange(v, 2, v.length), Arrays.copyOfRange(dv, 2, dv.length));
      return sumOf(shadow);
    };
    double[][] fdAll = fdJacobian(g, y, 2);
    for (double[] ybar : new double[][] {{1, 0}, {0, 1}, {-0.6, 1.7}}) {
      double[] got = adjointAll.apply(y, ybar);
      for (int j = 0; j < y.length; j++) {
        double byFd = ybar[0] * fdAll[0][j] + ybar[1] * fdAll[1][j];
        assertEquals(byFd, got[j], 1e-6 * Math.max(1, Math.abs(byFd)), "aggregateAll by differences, input " + j);
      }
    }
    DotProductCheck.check("aggregateAll", y, 2, tangentAll, adjointAll, 13, 5);
  }

  static Method companionOf(String name) {
    return Arrays.stream(SUMMER.type.getMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
  }

  /** The Jacobian by central differences, column by column. */
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

  /**
   * A field made when it holds null ({@code if (sum == null) sum = new Acc(0, 1);}) stays refused in adjoint mode with
   * the line: a shadow made before the call has no place for the new object's seeds (a temporary kept for the next
   * call, not a result); the tangent is generated.
   */
  @Test
  void aLazilyMadeObjectStaysRefusedInAdjointMode() {
    Transformed lazy = Transformed.of(LazySummer.class, true);
    assertTrue(Arrays.stream(lazy.type.getDeclaredMethods()).anyMatch(m -> m.getName().equals("aggregate$tangent")), "the tangent");
    assertTrue(Arrays.stream(lazy.type.getDeclaredMethods()).noneMatch(m -> m.getName().startsWith("aggregate$adjoint")), "no adjoint");
    Diagnostic d = lazy.result.diagnostics().stream().filter(x -> !x.warning()).findFirst()
        .orElseThrow(() -> new AssertionError("refused: " + lazy.result.diagnostics()));
    assertEquals(12, d.line(), d.message());
    assertTrue(d.message().contains("where it holds null") && d.message().contains("field sum of LazySummer"), d.message());
  }

  /** No refusal left in the class: each marked method has both companions. */
  @Test
  void noDiagnostic() {
    assertTrue(SUMMER.result.diagnostics().stream().allMatch(Diagnostic::warning), () -> "" + SUMMER.result.diagnostics());
  }
}
