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
 * of the input array (one element), without a diagnostic; it is now refused there ({@code reverse.ReplacedHeldArrays}),
 * the tangent kept.
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
   * The adjoint is refused with a located diagnostic: the caller's shadow holds the seeds of the fields after the call,
   * and the forward sweep would replace its array by the new array's zero shadow, which nothing restores (it did,
   * silently: the shadow ended as [0, 0] with total 1 instead of the input array's adjoint [1] with total 1).
   */
  @Test
  void adjointIsRefusedAtTheAssignment() {
    assertThrows(NoSuchMethodException.class, () -> T.getMethod("add$adjoint", T, double.class, double[].class));
    List<String> d = L.result(GrowingBuffer.class).diagnostics().stream().map(Diagnostic::message).toList();
    assertEquals(1, d.size(), () -> "" + d);
    assertTrue(d.get(0).contains("GrowingBuffer.java:") && d.get(0).contains("a new array is assigned to field values"),
        d.get(0));
  }

  /** The same growth by {@code Arrays.copyOf}: the adjoint refused at the assignment, the tangent generated. */
  @Test
  void copyOfIsRefusedToo() throws Exception {
    Class<?> c = L.get(CopiedBuffer.class);
    assertThrows(NoSuchMethodException.class, () -> c.getMethod("add$adjoint", c, double.class, double[].class));
    c.getMethod("add$tangent", c, double.class, double.class);
    List<String> d = L.result(CopiedBuffer.class).diagnostics().stream().map(Diagnostic::message).toList();
    assertEquals(1, d.size(), () -> "" + d);
    assertTrue(d.get(0).contains("CopiedBuffer.java:") && d.get(0).contains("a new array is assigned to field values"),
        d.get(0));
  }
}
