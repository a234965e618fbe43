package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.refilled.Chance;
import dev.leibniz.objects.fixtures.refilled.Span;
import dev.leibniz.objects.fixtures.refilled.Tally;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Objects built new by a constructor that checks its arguments (and may compute, chain with {@code this(...)}) of a
 * class with no constructor making a blank object (Uncommons Maths' {@code Probability extends Number}): the
 * construction is split as any computing one, the object it returns made by the same constructor run again on the
 * same arguments and every field then refilled from the temporary's (README "Objects", {@code
 * core.objects.ContainedConstructors}). Both modes against central finite differences and the analytic Jacobian, with
 * the dot-product test ({@link JacobianCheck}); the constructor's check still throws; one that also writes a static
 * on its returning path, in a method of its own class, runs once per call (its class is given a layout constructor).
 */
class RefilledConstructionsTest {
  static final Class<?> D = double.class, A = double[].class;
  static final Transformed CHANCE = Transformed.of(Chance.class);
  static final Transformed SPAN = Transformed.of(Span.class);
  static final Transformed TALLY = Transformed.of(Tally.class, true);

  static Object call(Method m, Object receiver, Object... args) {
    try {
      return m.invoke(receiver, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Method method(Transformed t, String name, Class<?>... types) {
    try {
      return t.type.getMethod(name, types);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(name + " not generated: " + t.result.diagnostics() + " " + Arrays.toString(t.type.getMethods()), e);
    }
  }

  /** A {@code Chance} (of the transformed class) holding {@code p}, whatever its range: a seed or a shadow. */
  static Object chance(double p) {
    try {
      Object c = CHANCE.type.getConstructor(D).newInstance(0.5);
      Field f = CHANCE.type.getDeclaredField("p");
      f.setAccessible(true);
      f.setDouble(c, p);
      return c;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double value(Object chance) {
    return ((Number) chance).doubleValue();
  }

  @Test
  void aResultBuiltByACheckingConstructorOfANumber() {
    Method primal = method(CHANCE, "both", D, D), tangent = method(CHANCE, "both$tangent", D, D, D, D);
    Method adjoint = method(CHANCE, "both$adjoint", D, D, CHANCE.type, A);
    double[] x = {0.6, 0.7};
    JacobianCheck.check("both", x, v -> new double[] {value(call(primal, null, v[0], v[1]))},
        (v, dv) -> {
          Object shadow = call(tangent, null, v[0], dv[0], v[1], dv[1]);
          assertEquals(CHANCE.type, shadow.getClass(), "the tangent returns the result's shadow");
          return new double[] {value(shadow)};
        },
        (v, w) -> {
          double[] g = new double[2];
          Object r = call(adjoint, null, v[0], v[1], chance(w[0]), g);
          assertEquals(v[0] * v[1], value(r), 0, "the adjoint returns the primal result");
          return g;
        },
        new double[][] {{x[1], x[0]}});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> call(tangent, null, 2.0, 1.0, 3.0, 0.0));
    assertEquals("probability 6.0 outside [0, 1]", e.getMessage(), "the constructor's own check, with its message");
    assertThrows(IllegalArgumentException.class, () -> call(adjoint, null, 2.0, 3.0, chance(1), new double[2]));
  }

  @Test
  void theComplementOfTheReceiver() {
    Method tangent = method(CHANCE, "complement$tangent", CHANCE.type);
    Method adjoint = method(CHANCE, "complement$adjoint", CHANCE.type, CHANCE.type);
    double[] x = {0.3};
    JacobianCheck.check("complement", x, v -> new double[] {value(call(method(CHANCE, "complement"), chance(v[0])))},
        (v, dv) -> new double[] {value(call(tangent, chance(v[0]), chance(dv[0])))},
        (v, w) -> {
          Object receiverBar = chance(0);
          Object r = call(adjoint, chance(v[0]), receiverBar, chance(w[0]));
          assertEquals(1 - v[0], value(r), 1e-15, "the adjoint returns the primal result");
          return new double[] {value(receiverBar)};
        },
        new double[][] {{-1}});
  }

  @Test
  void builtByACheckingChainedConstructorThenAdvanced() {
    Method primal = method(SPAN, "widened", D, D, D), tangent = method(SPAN, "widened$tangent", D, D, D, D, D, D);
    Method adjoint = method(SPAN, "widened$adjoint", D, D, D, SPAN.type, A);
    double lo = 0.4, hi = 1.3, k = 1.7, r = Math.sqrt(hi - lo);
    JacobianCheck.check("widened", new double[] {lo, hi, k}, v -> fields(call(primal, null, v[0], v[1], v[2])),
        (v, dv) -> fields(call(tangent, null, v[0], dv[0], v[1], dv[1], v[2], dv[2])),
        (v, w) -> {
          double[] g = new double[3];
          Object seed = spanOf(w[0], w[1]);
          Object out = call(adjoint, null, v[0], v[1], v[2], seed, g);
          assertEquals(Arrays.toString(fields(call(primal, null, v[0], v[1], v[2]))), Arrays.toString(fields(out)));
          return g;
        },
        // mid = (lo + hi) / 2 + k sqrt(hi - lo), width = k sqrt(hi - lo)
        new double[][] {{0.5 - k / (2 * r), 0.5 + k / (2 * r), r}, {-k / (2 * r), k / (2 * r), r}});
    assertThrows(IllegalArgumentException.class, () -> call(tangent, null, 1.0, 0.0, 0.5, 0.0, 1.0, 0.0));
  }

  Object spanOf(double mid, double width) {
    try {
      Object s = SPAN.type.getConstructor(D, D).newInstance(0.0, 1.0);
      SPAN.type.getField("mid").setDouble(s, mid);
      SPAN.type.getField("width").setDouble(s, width);
      return s;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static double[] fields(Object span) {
    try {
      return new double[] {span.getClass().getField("mid").getDouble(span), span.getClass().getField("width").getDouble(span)};
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aConstructorWithAnotherEffectRunsOncePerCall() throws ReflectiveOperationException {
    // the method's own class is the result's: it is given a layout constructor (core.objects.MadeLayouts), so the
    // counting constructor runs once, inside the companion, and the result is built from its fields
    assertTrue(TALLY.result.diagnostics().stream().noneMatch(x -> !x.warning()), TALLY.result.diagnostics().toString());
    Method tangent = method(TALLY, "counted$tangent", D, D), adjoint = method(TALLY, "counted$adjoint", D, TALLY.type, A);
    Field made = TALLY.type.getField("made"), v = TALLY.type.getDeclaredField("v");
    v.setAccessible(true);
    int before = made.getInt(null);
    Object shadow = call(tangent, null, 1.5, 1.0);
    assertEquals(3.0, v.getDouble(shadow), 0, "d(a a)/da at 1.5");
    assertEquals(before + 1, made.getInt(null), "the tangent counts once");
    Object seed = TALLY.type.getConstructor(D).newInstance(1.0);
    double[] g = new double[1];
    Object out = call(adjoint, null, 1.5, seed, g);
    assertEquals(2.25, v.getDouble(out), 0, "the adjoint returns the primal result");
    assertEquals(3.0, g[0], 0, "the adjoint's gradient");
    assertEquals(before + 3, made.getInt(null), "the adjoint counts once (the seed was made by the test)");
  }
}
