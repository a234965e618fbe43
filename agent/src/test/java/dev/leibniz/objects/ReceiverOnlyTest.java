package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.ReceiverOnly;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * A marked instance method whose only input is its receiver, of a class nobody annotated whose
 * numbers a superclass declares and reads ({@link ReceiverOnly}): the chain gets shadows from the
 * highest class declaring a floating field, so the superclass's getter carries the derivative too.
 * Both modes against the analytic gradient (2 re, 2 im), differences and each other; the typed
 * facade takes the receiver's shadow as the agent's companion does.
 */
class ReceiverOnlyTest {
  static final Transformed T = Transformed.of(ReceiverOnly.class, true);
  static final Class<?> BASE = dev.leibniz.objects.fixtures.ReceiverOnlyBase.class;

  @Test
  void theReceiverIsTheInputThroughTheSuperclassGetterInBothModes() throws Exception {
    assertTrue(T.result.diagnostics().stream().allMatch(d -> d.warning()), T.result.diagnostics().toString());
    Method tangent = find("abs2$tangent"), adjoint = find("abs2$adjoint");
    assertEquals(BASE, tangent.getParameterTypes()[0], "the receiver's shadow is typed as the highest class given shadows");
    for (double[] z : new double[][] {{3, 4}, {-1.5, 0.25}}) {
      Object o = T.type.getConstructor(double.class, double.class).newInstance(z[0], z[1]);
      double[] exact = {2 * z[0], 2 * z[1]};
      for (int i = 0; i < 2; i++) {
        int k = i;
        ReceiverOnly dir = new ReceiverOnly(i == 0 ? 1 : 0, i == 1 ? 1 : 0);
        double t = (double) tangent.invoke(o, shadow(dir));
        double fd = FiniteDifferences.derivative(h -> (z[0] + (k == 0 ? h : 0)) * (z[0] + (k == 0 ? h : 0))
            + (z[1] + (k == 1 ? h : 0)) * (z[1] + (k == 1 ? h : 0)), 0).value();
        assertEquals(exact[i], t, 1e-14, "tangent along " + i);
        assertEquals(fd, t, 1e-7, "differences along " + i);
      }
      Object bar = shadow(new ReceiverOnly(0, 0));
      assertEquals(z[0] * z[0] + z[1] * z[1], (double) adjoint.invoke(o, bar, 1.5), 1e-14);
      assertEquals(1.5 * exact[0], get(bar, "re"), 1e-14);
      assertEquals(1.5 * exact[1], get(bar, "im"), 1e-14);
      double jv = (double) tangent.invoke(o, shadow(new ReceiverOnly(0.3, -0.8)));
      assertEquals(1.5 * jv, 0.3 * get(bar, "re") - 0.8 * get(bar, "im"), 1e-13, "dot product");
    }
  }

  @Test
  void theFacadeTakesTheReceiversShadow() throws Exception {
    Class<?> facade = Class.forName(ReceiverOnly.class.getName() + "Derivatives");
    facade.getMethod("abs2Tangent", ReceiverOnly.class, BASE);
    facade.getMethod("abs2Adjoint", ReceiverOnly.class, BASE, double.class);
  }

  /** A shadow of the transformed class holding {@code v}'s numbers. */
  private static Object shadow(ReceiverOnly v) throws Exception {
    Object s = T.type.getConstructor(double.class, double.class).newInstance(0.0, 0.0);
    java.lang.reflect.Field re = BASE.getDeclaredField("re"), im = BASE.getDeclaredField("im");
    re.setAccessible(true);
    im.setAccessible(true);
    re.setDouble(s, re.getDouble(v));
    im.setDouble(s, im.getDouble(v));
    return s;
  }

  private static double get(Object o, String name) throws Exception {
    java.lang.reflect.Field f = BASE.getDeclaredField(name);
    f.setAccessible(true);
    return f.getDouble(o);
  }

  private static Method find(String name) {
    for (Method m : T.type.getDeclaredMethods()) {
      if (m.getName().equals(name)) {
        m.setAccessible(true);
        return m;
      }
    }
    throw new AssertionError("no " + name);
  }

  static {
    Derivatives.class.getName(); // the annotations module on the class path (the facade calls it)
  }
}
