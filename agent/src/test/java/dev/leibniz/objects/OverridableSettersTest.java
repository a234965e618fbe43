package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.OverridableSetters;
import dev.leibniz.objects.fixtures.OverridableSetters.Doubling;
import dev.leibniz.objects.fixtures.OverridableSetters.Kahan;
import dev.leibniz.objects.fixtures.OverridableSetters.Tagged;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An overridable setter of a class nobody annotated, called with active values on an object with a shadow
 * (SystemDS' {@code KahanObject.set(s, c)} from {@code KahanPlus.execute2}, in OverridableSetters): the tangent
 * dispatches to the companion of the code the receiver runs, the adjoint reverses it in split mode after checking
 * the receiver's class. Both modes against the analytic derivative, central differences and the dot-product test,
 * for the class and a subclass that inherits the setter; a subclass overriding it fails in both modes, naming its
 * class, instead of getting Kahan's derivative.
 */
class OverridableSettersTest {
  static final Transformed T = Transformed.of(OverridableSetters.class);

  @BeforeAll
  static void agent() {
    dev.leibniz.agent.FirstDispatch.install(false); // as the agent does: an override would get companions if it wrote nothing
  }

  @AfterAll
  static void done() {
    dev.leibniz.agent.FirstDispatch.uninstall();
  }

  static Object call(String name, Object... args) {
    Method found = null;
    for (Method m : T.type.getDeclaredMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length) found = m;
    }
    if (found == null) throw new AssertionError("no " + name + " taking " + args.length + " arguments in " + T.type);
    try {
      found.setAccessible(true);
      return found.invoke(null, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new AssertionError(e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  /** An accumulator of {@code type} (Kahan, Tagged or Doubling) holding {@code sum} and {@code correction}. */
  static Kahan kahan(Class<? extends Kahan> type, double sum, double correction) {
    return type == Tagged.class ? new Tagged(sum, correction)
        : type == Doubling.class ? new Doubling(sum, correction) : new Kahan(sum, correction);
  }

  // ------------------------------------------------------------ add: x = (sum, correction, x) -> (sum, correction)

  static final double[] STEP = {1.5, 1e-3, 0.7};

  static double[] add(double[] v) {
    Kahan k = new Kahan(v[0], v[1]);
    call("add", k, v[2]);
    return new double[] {k.sum, k.correction};
  }

  static BiFunction<double[], double[], double[]> addTangent(Class<? extends Kahan> type) {
    return (v, dv) -> {
      Kahan k = kahan(type, v[0], v[1]), dk = Derivatives.zeroShadow(k);
      dk.sum = dv[0];
      dk.correction = dv[1];
      call("add$tangent", k, dk, v[2], dv[2]);
      return new double[] {dk.sum, dk.correction};
    };
  }

  static BiFunction<double[], double[], double[]> addAdjoint(Class<? extends Kahan> type) {
    return (v, w) -> {
      Kahan k = kahan(type, v[0], v[1]), kbar = Derivatives.zeroShadow(k);
      kbar.sum = w[0];
      kbar.correction = w[1];
      double[] grad = new double[1];
      call("add$adjoint", k, kbar, v[2], grad);
      assertEquals(add(v)[0], k.sum, 0, "the adjoint's forward sweep updates the accumulator as the method does");
      return new double[] {kbar.sum, kbar.correction, grad[0]};
    };
  }

  /** In exact arithmetic the sum becomes sum + correction + x and the correction 0: rows (1, 1, 1) and (0, 0, 0). */
  static final double[][] ADD_JACOBIAN = {{1, 1, 1}, {0, 0, 0}};

  @Test
  void aCompensatedStepThroughTheSetterInBothModes() {
    for (Class<? extends Kahan> type : java.util.List.of(Kahan.class, Tagged.class)) {
      checkAgainstOracles("add(" + type.getSimpleName() + ", double)", OverridableSettersTest::add, addTangent(type),
          addAdjoint(type), STEP, ADD_JACOBIAN);
    }
  }

  // ------------------------------------------------------------ sumOfSquares: x = (sum, correction, x0, x1, x2) -> (y, sum, correction)

  static final double[] SQUARES = {0.25, -2e-4, 0.5, -1.25, 2.0};

  static double[] squares(double[] v) {
    Kahan k = new Kahan(v[0], v[1]);
    double y = (double) call("sumOfSquares", k, new double[] {v[2], v[3], v[4]});
    return new double[] {y, k.sum, k.correction};
  }

  static double[] squaresTangent(double[] v, double[] dv) {
    Kahan k = new Kahan(v[0], v[1]), dk = Derivatives.zeroShadow(k);
    dk.sum = dv[0];
    dk.correction = dv[1];
    double dy = (double) call("sumOfSquares$tangent", k, dk, new double[] {v[2], v[3], v[4]}, new double[] {dv[2], dv[3], dv[4]});
    return new double[] {dy, dk.sum, dk.correction};
  }

  static double[] squaresAdjoint(double[] v, double[] w) {
    Kahan k = new Kahan(v[0], v[1]), kbar = Derivatives.zeroShadow(k);
    kbar.sum = w[1];
    kbar.correction = w[2];
    double[] xs = {v[2], v[3], v[4]}, xsbar = new double[3];
    double y = (double) call("sumOfSquares$adjoint", k, kbar, xs, xsbar, w[0]);
    assertEquals(squares(v)[0], y, 0, "the adjoint returns the primal value");
    return new double[] {kbar.sum, kbar.correction, xsbar[0], xsbar[1], xsbar[2]};
  }

  @Test
  void theSetterCalledInALoopInBothModes() {
    double[] v = SQUARES;
    // y = sum = sum0 + correction0 + x0^2 + x1^2 + x2^2 in exact arithmetic, and the correction 0
    double[] grad = {1, 1, 2 * v[2], 2 * v[3], 2 * v[4]};
    checkAgainstOracles("sumOfSquares(Kahan, double[])", OverridableSettersTest::squares, OverridableSettersTest::squaresTangent,
        OverridableSettersTest::squaresAdjoint, v, new double[][] {grad, grad, new double[5]});
  }

  /** The tangent and adjoint of {@code f} at {@code x}: each entry of {@code jacobian}, central differences, the dot-product test. */
  static void checkAgainstOracles(String what, java.util.function.Function<double[], double[]> f,
      BiFunction<double[], double[], double[]> tangent, BiFunction<double[], double[], double[]> adjoint, double[] x,
      double[][] jacobian) {
    int m = jacobian.length;
    for (int k = 0; k < x.length; k++) {
      double[] e = new double[x.length];
      e[k] = 1;
      double[] t = tangent.apply(x, e);
      FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(f, x, e);
      for (int o = 0; o < m; o++) {
        assertEquals(jacobian[o][k], t[o], 1e-14, what + ": tangent, output " + o + ", input " + k + " vs analytic");
        assertEquals(fd[o].value(), t[o], fd[o].tolerance(1e-9), what + ": tangent, output " + o + ", input " + k + " vs differences");
      }
    }
    for (int o = 0; o < m; o++) {
      double[] w = new double[m];
      w[o] = 1;
      double[] g = adjoint.apply(x, w);
      for (int k = 0; k < x.length; k++) {
        assertEquals(jacobian[o][k], g[k], 1e-14, what + ": adjoint, output " + o + ", input " + k + " vs analytic");
      }
    }
    DotProductCheck.check(what, x, m, tangent::apply, adjoint::apply, 17, 5);
  }

  // ------------------------------------------------------------ an override

  @Test
  void aReceiverOverridingTheSetterFailsInBothModesNamingItsClass() {
    IllegalStateException t = assertThrows(IllegalStateException.class, () -> addTangent(Doubling.class).apply(STEP, new double[] {1, 0, 0}));
    assertTrue(t.getMessage().contains(Doubling.class.getName()), t.getMessage());
    IllegalStateException a = assertThrows(IllegalStateException.class, () -> addAdjoint(Doubling.class).apply(STEP, new double[] {1, 0}));
    assertTrue(a.getMessage().contains(Doubling.class.getName() + " overrides") && a.getMessage().contains("set"), a.getMessage());
  }

  /**
   * One message per mode, each naming the override, the setter whose code the derivative was made from, and the
   * advice; the tangent's comes from the first dispatch (OnDemand), which declines to generate the override's
   * companions rather than reporting a generic write, and names the calling class.
   */
  @Test
  void theRefusalOfAnOverrideSaysWhatAndWhatToDoInBothModes() {
    for (int round = 0; round < 2; round++) { // the second on a linked call site
      String t = assertThrows(IllegalStateException.class, () -> addTangent(Doubling.class).apply(STEP, new double[] {1, 0, 0})).getMessage();
      assertTrue(t.startsWith("leibniz: " + Doubling.class.getName()) && t.contains("Doubling.set(double, double) overrides")
          && t.contains("Kahan.set(double, double)") && t.contains("make the method final") && t.contains("called from "
          + OverridableSetters.class.getName()), t);
      String a = assertThrows(IllegalStateException.class, () -> addAdjoint(Doubling.class).apply(STEP, new double[] {1, 0})).getMessage();
      assertTrue(a.startsWith("leibniz: " + Doubling.class.getName() + " overrides") && a.contains("Kahan.set")
          && a.contains("make the method final"), a);
    }
    // Kahan after the failures still gets its derivative (the failing class is not linked)
    assertEquals(1, addTangent(Kahan.class).apply(STEP, new double[] {0, 0, 1})[0], 1e-14);
  }

  @Test
  void noDiagnostic() {
    assertEquals(java.util.List.of(), T.result.diagnostics());
  }
}
