package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.replaced.Acc;
import dev.leibniz.objects.fixtures.replaced.Summer;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A new object replacing one held in a field of the receiver (issue 10; Flink's {@code sum = sum.add(value)}, WPILib's
 * {@code m_profile = ...}): the tangent mirrors the primal (the receiver's shadow takes the new object's shadow, made
 * per call by the callee's tangent), checked against the analytic derivative and central differences; the adjoint stays
 * refused with one located diagnostic saying why: the caller seeds the fields after the call through the objects its
 * shadow held before it and takes back the replaced object's adjoints from that same shadow, one shadow for two objects.
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

  @Test
  void theAdjointIsRefusedAtTheStoreWithWhy() {
    Diagnostic d = SUMMER.result.diagnostics().stream().filter(x -> !x.warning()).findFirst().orElse(null);
    assertNotNull(d, "refused: " + SUMMER.result.diagnostics());
    assertEquals(15, d.line(), d.message());
    assertTrue(d.message().contains("replacing the object held there") && d.message().contains("field sum of Summer"), d.message());
    assertTrue(d.message().contains("the tangent is generated"), d.message());
    assertTrue(Arrays.stream(SUMMER.type.getDeclaredMethods()).noneMatch(m -> m.getName().startsWith("aggregate$adjoint")),
        "no adjoint");
  }
}
