package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.agent.FirstDispatch;
import dev.leibniz.oracle.fixtures.ownhelpers.Inheriting;
import dev.leibniz.oracle.fixtures.ownhelpers.Scaled;
import dev.leibniz.oracle.fixtures.ownhelpers.Steeper;
import dev.leibniz.oracle.fixtures.ownhelpers.other.Lookalike;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * A marked method calling a package-private helper of its own non-final class ({@link Scaled#f}
 * calls {@code weight}): the helper gets companions with the primal's access, behind the receiver
 * check of OverrideGuards. Each receiver gets the derivative of the code it runs — Scaled's own,
 * a subclass inheriting it, a subclass in another package whose lookalike does not override it —
 * or, for an override nobody transformed, companions generated at its first call (the agent's
 * bridge installed) or an error naming it (no agent); never Scaled's derivative for Steeper's code.
 * Double and float, both modes against Hipparchus and finite differences, and the dot product.
 */
class OwnOverridableHelperDispatchTest {
  private static final DSFactory DS = new DSFactory(1, 1);

  private static LinkedFixtures fixtures() {
    return LinkedFixtures.of(Scaled.class, Steeper.class, Inheriting.class, Lookalike.class);
  }

  @Test
  void helperCompanionsAreNotPrivateAndTheHelperIsGuarded() {
    LinkedFixtures l = fixtures();
    assertTrue(l.result(Steeper.class).transformed() == null, "nothing marked in Steeper");
    List<String> made = l.result(Scaled.class).generated();
    assertTrue(made.stream().anyMatch(m -> m.contains(".weight$tangent(DD)D")), made::toString);
    assertTrue(made.stream().anyMatch(m -> m.contains(".weight$adjoint(DD")), made::toString);
  }

  @Test
  void receiversThatRunScaledsHelper() throws Exception {
    LinkedFixtures l = fixtures();
    for (Class<?> c : List.of(Scaled.class, Inheriting.class, Lookalike.class)) {
      Object o = l.get(c).getConstructor().newInstance();
      check(o, x -> x.multiply(x).multiply(3).add(x.sin()));
    }
  }

  @Test
  void anOverrideNobodyTransformedIsNamedInBothModes() throws Exception {
    Object steeper = fixtures().get(Steeper.class).getConstructor().newInstance();
    assertEquals(5 * 0.16 + Math.exp(0.16) + Math.sin(0.4), (double) call(steeper, "f", 0.4), 1e-15); // the override runs
    for (String name : List.of("f$tangent", "f$adjoint", "g$tangent", "g$adjoint")) {
      Method m = method(steeper.getClass(), name);
      Object[] args = arguments(m, 0.4, 1.0);
      InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> m.invoke(steeper, args));
      String message = String.valueOf(e.getCause().getMessage());
      String signature = name.startsWith("f") ? "weight(double)" : "weight(float)";
      assertTrue(e.getCause() instanceof IllegalStateException && message.contains(Steeper.class.getName() + "." + signature)
          && message.contains("was not transformed") && !message.contains("overrides @Differentiable"), message);
    }
  }

  @Test
  void anOverrideNobodyTransformedGetsCompanionsAtItsFirstCall() throws Exception {
    FirstDispatch.install(false);
    try {
      Object steeper = fixtures().get(Steeper.class).getConstructor().newInstance();
      check(steeper, x -> x.multiply(x).multiply(5).add(x.multiply(x).exp()).add(x.sin()));
    } finally {
      FirstDispatch.uninstall();
    }
  }

  /**
   * f (double) and g (float) on {@code o}: tangent and adjoint against Hipparchus and central
   * differences, and against each other (dot product with random seeds, to float or double rounding).
   */
  private static void check(Object o, java.util.function.UnaryOperator<DerivativeStructure> exact) {
    java.util.Random rnd = new java.util.Random(3);
    for (double x : new double[] {-0.8, 0.4, 1.3}) {
      double want = exact.apply(DS.variable(0, x)).getPartialDerivative(1);
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(v -> (double) call(o, "f", v), x);
      String what = o.getClass().getSimpleName() + " at " + x;
      for (boolean floats : new boolean[] {false, true}) {
        double at = floats ? (float) x : x, tol = floats ? 1e-6 * (1 + Math.abs(want)) : 1e-13 * (1 + Math.abs(want));
        double wantHere = exact.apply(DS.variable(0, at)).getPartialDerivative(1);
        double seed = floats ? (float) rnd.nextGaussian() : rnd.nextGaussian(), ybar = floats ? (float) rnd.nextGaussian() : rnd.nextGaussian();
        String name = floats ? "g" : "f";
        double tangent = call(o, name + "$tangent", at, seed);
        double gradient = adjoint(o, name, at, ybar);
        assertEquals(wantHere * seed, tangent, tol * Math.abs(seed), what + " " + name + " tangent vs Hipparchus");
        assertEquals(wantHere * ybar, gradient, tol * Math.abs(ybar), what + " " + name + " adjoint vs Hipparchus");
        assertEquals(ybar * tangent, gradient * seed, tol * Math.abs(ybar * seed), what + " " + name + " dot product");
        if (!floats) assertEquals(fd.value(), tangent / seed, fd.tolerance(1e-8), what + " finite differences");
      }
    }
  }

  private static double adjoint(Object o, String name, double x, double ybar) {
    Method m = method(o.getClass(), name + "$adjoint");
    Object[] args = arguments(m, x, ybar);
    invoke(m, o, args);
    Object g = args[2];
    return g instanceof float[] ? ((float[]) g)[0] : ((double[]) g)[0];
  }

  /** (x, seed) for a tangent; (x, ybar, a fresh gradient array) for an adjoint, in the method's own types. */
  private static Object[] arguments(Method m, double x, double seed) {
    Class<?>[] t = m.getParameterTypes();
    Object[] args = new Object[t.length];
    for (int k = 0; k < t.length; k++) {
      double v = k == 0 ? x : seed;
      args[k] = t[k] == float.class ? (Object) (float) v : t[k] == double.class ? (Object) v
          : t[k] == float[].class ? (Object) new float[1] : (Object) new double[1];
    }
    return args;
  }

  private static double call(Object o, String name, double... values) {
    Method m = method(o.getClass(), name);
    Object[] args = new Object[values.length];
    for (int k = 0; k < values.length; k++) {
      args[k] = m.getParameterTypes()[k] == float.class ? (Object) (float) values[k] : (Object) values[k];
    }
    return ((Number) invoke(m, o, args)).doubleValue();
  }

  private static Method method(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().equals(name)) {
          m.setAccessible(true);
          return m;
        }
      }
    }
    throw new AssertionError("no " + name + " in " + type);
  }

  private static Object invoke(Method m, Object o, Object[] args) {
    try {
      return m.invoke(o, args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(m + " threw", e.getCause() == null ? e : e.getCause());
    }
  }
}
