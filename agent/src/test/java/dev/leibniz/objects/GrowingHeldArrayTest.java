package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.grown.CopiedBuffer;
import dev.leibniz.objects.fixtures.grown.GrowingBuffer;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An instance method that replaces an array held in a field of its receiver by a longer copy ({@code values = grown}
 * in {@link GrowingBuffer#add}, Uncommons Maths' {@code DataSet.addValue} on a full set: corpus, seventeenth round).
 * A full buffer of capacity 1 holding {@code a}: after {@code add(v)}, {@code values = [a, v]}, {@code total = t + v}.
 * The tangent is right: the shadow's field gets the new array's shadow, filled by the copy's tangent. The adjoint was
 * not: its forward sweep replaced the receiver shadow's array too, and nothing undid it, so the shadow, which held the
 * seeds of the fields after the call, ended holding the new array's zero shadow (two elements) instead of the adjoint
 * of the input array (one element), without a diagnostic; it was then refused there; now the shadow the caller gave is
 * put back and takes the input array's adjoints, and seeds given in the old shape stop the adjoint with its own error
 * ({@code reverse.ReplacedHeldArrays}; same-length replacements: {@link ReplacedHeldArraysTest}).
 */
class GrowingHeldArrayTest {
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(GrowingBuffer.class, CopiedBuffer.class);
  static final Class<?> T = L.get(GrowingBuffer.class);
  static final double A = 2.0, V = 3.0;

  /** A full buffer of capacity 1 holding {@code a}, {@code total} t. */
  static Object full(double a, double t) throws ReflectiveOperationException {
    Object b = T.getConstructor(int.class).newInstance(1);
    ((double[]) T.getField("values").get(b))[0] = a;
    T.getField("size").setInt(b, 1);
    T.getField("total").setDouble(b, t);
    return b;
  }

  static double[] state(Object b) throws ReflectiveOperationException {
    double[] values = (double[]) T.getField("values").get(b);
    double[] out = java.util.Arrays.copyOf(values, values.length + 1);
    out[values.length] = T.getField("total").getDouble(b);
    return out;
  }

  /** The state after add(v) on full(a, t): values then total. */
  static double[] after(double a, double t, double v) {
    try {
      Object b = full(a, t);
      T.getMethod("add", double.class).invoke(b, v);
      return state(b);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void tangentAgreesWithTheFormulaAndDifferences() throws Exception {
    Method tangent = T.getMethod("add$tangent", T, double.class, double.class);
    // along a, along t, along v: d(values[0], values[1], total)
    double[][] formula = {{1, 0, 0}, {0, 0, 1}, {0, 1, 1}};
    for (int d = 0; d < 3; d++) {
      Object shadow = Derivatives.zeroShadow(full(A, 5.0));
      ((double[]) T.getField("values").get(shadow))[0] = d == 0 ? 1 : 0;
      T.getField("total").setDouble(shadow, d == 1 ? 1 : 0);
      tangent.invoke(full(A, 5.0), shadow, V, d == 2 ? 1.0 : 0.0);
      final int dir = d;
      double[] fd = new double[3];
      for (int k = 0; k < 3; k++) {
        final int out = k;
        fd[k] = FiniteDifferences.derivative(h -> after(A + (dir == 0 ? h : 0), 5.0 + (dir == 1 ? h : 0),
            V + (dir == 2 ? h : 0))[out], 0.0).value();
      }
      assertArrayEquals(formula[d], fd, 1e-7, "differences along " + d);
      assertArrayEquals(formula[d], state(shadow), 1e-14, "tangent along " + d);
    }
  }

  /**
   * The adjoint of a growth (issue 10; refused until the session of 5 December, afternoon): a shadow made before the call
   * has the array's old length, so it cannot hold seeds for the longer array; given zeros there (the fields' other
   * seeds, total here, still work), the shadow's array comes back holding the adjoint of the array passed in (it did,
   * silently, hold the new array's zero shadow before the refusal): d total' / d values[0] = 0, d / d total = 1,
   * d / d v = 1, against the formula and the tangent's columns.
   */
  @Test
  void adjointWithZeroSeedsInTheGrownArrayGivesTheInputArraysAdjoint() throws Exception {
    for (Class<?> c : List.of(T, L.get(CopiedBuffer.class))) {
      Method adjoint = c.getMethod("add$adjoint", c, double.class, double[].class);
      Object b = fullOf(c, A, 5.0), shadow = Derivatives.zeroShadow(fullOf(c, A, 5.0));
      double[] given = (double[]) c.getField("values").get(shadow);
      c.getField("total").setDouble(shadow, 1.0);
      double[] grad = new double[1];
      adjoint.invoke(b, shadow, V, grad);
      assertTrue(given == c.getField("values").get(shadow), "the shadow keeps the array the caller gave");
      assertArrayEquals(new double[] {0.0}, given, 0.0, c.getSimpleName());
      assertEquals(1.0, c.getField("total").getDouble(shadow), 0.0, c.getSimpleName());
      assertEquals(1.0, grad[0], 0.0, c.getSimpleName());
    }
  }

  /**
   * Seeds in the old array's shape cannot be given to the new array, which did not exist: the adjoint stops with its
   * own error naming the problem instead of placing them somewhere.
   */
  @Test
  void seedsInTheOldShapeAreRefusedAtRunTime() throws Exception {
    Method adjoint = T.getMethod("add$adjoint", T, double.class, double[].class);
    Object shadow = Derivatives.zeroShadow(full(A, 5.0));
    ((double[]) T.getField("values").get(shadow))[0] = 1.0;
    java.lang.reflect.InvocationTargetException e = assertThrows(java.lang.reflect.InvocationTargetException.class,
        () -> adjoint.invoke(full(A, 5.0), shadow, V, new double[1]));
    assertTrue(e.getCause() instanceof IllegalArgumentException && e.getCause().getMessage().startsWith("leibniz: the method replaced"),
        String.valueOf(e.getCause()));
  }

  /** A full buffer of class {@code c} (GrowingBuffer or CopiedBuffer) of capacity 1 holding {@code a}, {@code total} t. */
  static Object fullOf(Class<?> c, double a, double t) throws ReflectiveOperationException {
    Object b = c.getConstructor(int.class).newInstance(1);
    ((double[]) c.getField("values").get(b))[0] = a;
    c.getField("size").setInt(b, 1);
    c.getField("total").setDouble(b, t);
    return b;
  }

  /** No refusal: both companions of both classes. */
  @Test
  void noDiagnostic() {
    for (Class<?> c : List.of(GrowingBuffer.class, CopiedBuffer.class)) {
      List<String> d = L.result(c).diagnostics().stream().map(Diagnostic::message).toList();
      assertTrue(d.isEmpty(), () -> "" + d);
    }
  }
}
