package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.shadowdispatch.ArgBase;
import dev.leibniz.oracle.fixtures.shadowdispatch.ArgCaller;
import dev.leibniz.oracle.fixtures.shadowdispatch.ArgStep;
import dev.leibniz.oracle.fixtures.shadowdispatch.Offdiag;
import dev.leibniz.oracle.fixtures.shadowdispatch.StateBase;
import dev.leibniz.oracle.fixtures.shadowdispatch.StateMat;
import dev.leibniz.testing.FirstDispatchInstalled;
import java.lang.reflect.Constructor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Review R10-F6: a marked override that advances its receiver's state ({@code acc = acc * 0.5 +
 * data[i]}), reached through an abstract method from a differentiated caller, runs twice in the
 * caller's tangent (once for the value, once in its companion), so its derivative is wrong. That
 * must never be silent: the override's class gets a located warning at load, and a mode that
 * still gives a number other than the true derivative (analytic, and central differences) is only
 * acceptable with that warning; a run-time {@code leibniz:} error is acceptable too.
 */
@ExtendWith(FirstDispatchInstalled.class)
class DispatchedStateWritesTest {
  @Test
  void overrideWritingItsReceiverReachedThroughDispatchIsNeverSilent() throws Exception {
    LinkedFixtures fixtures = LinkedFixtures.allowingDiagnostics(StateBase.class, StateMat.class, Offdiag.class);
    Diagnostic warning = fixtures.result(StateMat.class).diagnostics().stream()
        .filter(x -> x.warning() && x.reason().contains("reached through dispatch")).findFirst().orElse(null);
    assertTrue(warning != null, "no warning: " + fixtures.result(StateMat.class).diagnostics());
    String m = warning.message();
    assertTrue(m.startsWith("leibniz: warning: double " + StateMat.class.getName() + ".get(int, int) at StateMat.java:")
        && m.contains("overrides double StateBase.get(int, int)") && m.contains("writes double StateMat.acc")
        && m.contains("run twice"), m);

    Class<?> f = fixtures.get(Offdiag.class);
    Constructor<?> mat = fixtures.get(StateMat.class).getConstructor(int.class, int.class, double[].class);
    double[] point = {1, 2, 3, 4};
    double analytic = 3 * point[1] + 2.25; // f = 1.5 d1^2 + 2.25 d1 + 3 d2 (acc starts at 0)
    FiniteDifferences.Estimate fd = FiniteDifferences.derivative(
        t -> d(callOn(null, f, "offdiag", newMat(mat, point[0], t, point[2], point[3]))), point[1]);
    assertEquals(analytic, fd.value(), fd.tolerance(1e-8), "the oracles disagree");
    assertEquals(19.5, d(callOn(null, f, "offdiag", newMat(mat, point))), 1e-12);

    for (String mode : new String[] {"tangent", "adjoint"}) {
      double got;
      try {
        if (mode.equals("tangent")) {
          got = d(callOn(null, f, "offdiag$tangent", newMat(mat, point), newMat(mat, 0, 1, 0, 0)));
        } else {
          Object bar = newMat(mat, 0, 0, 0, 0);
          callOn(null, f, "offdiag$adjoint", newMat(mat, point), bar, 1.0);
          got = ((double[]) bar.getClass().getField("data").get(bar))[1];
        }
      } catch (AssertionError e) { // a located run-time refusal is not silent either
        String msg = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        assertTrue(msg.startsWith("leibniz:"), mode + ": " + msg);
        continue;
      }
      if (Math.abs(got - analytic) > fd.tolerance(1e-8)) {
        assertTrue(warning != null, mode + ": " + got + " instead of " + analytic + " with no warning");
      }
    }
  }

  /**
   * Issue 13: the same with a marked implementation that writes the array it is given (a cursor, {@code cursor[0]++}),
   * which {@code DispatchedWrites} does not warn of: a dispatched call of an abstract method is taken to write its
   * array arguments (its summary is every bit), so both modes give 4x, the analytic derivative and central differences'
   * (checked here), or a mode without it would need the warning.
   */
  @Test
  void overrideWritingAParameterReachedThroughDispatchIsNeverSilent() throws Exception {
    LinkedFixtures fixtures = LinkedFixtures.allowingDiagnostics(ArgBase.class, ArgStep.class, ArgCaller.class);
    Diagnostic warning = fixtures.result(ArgStep.class).diagnostics().stream()
        .filter(x -> x.warning() && x.reason().contains("reached through dispatch")).findFirst().orElse(null);
    Class<?> f = fixtures.get(ArgCaller.class);
    Object rule = fixtures.get(ArgStep.class).getConstructor().newInstance();
    double x = 1.3, analytic = 4 * x;
    FiniteDifferences.Estimate fd = FiniteDifferences.derivative(t -> d(callOn(null, f, "twice", rule, t)), x);
    assertEquals(analytic, fd.value(), fd.tolerance(1e-8), "the oracles disagree");
    for (String mode : new String[] {"tangent", "adjoint"}) {
      double got;
      try {
        if (mode.equals("tangent")) {
          got = d(callOn(null, f, "twice$tangent", rule, x, 1.0));
        } else {
          double[] g = new double[1];
          callOn(null, f, "twice$adjoint", rule, x, 1.0, g);
          got = g[0];
        }
      } catch (AssertionError e) { // a located run-time refusal is not silent either
        String msg = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        assertTrue(msg.startsWith("leibniz:"), mode + ": " + msg);
        continue;
      }
      if (Math.abs(got - analytic) > fd.tolerance(1e-8)) {
        assertTrue(warning != null, mode + ": " + got + " instead of " + analytic + " with no warning: "
            + fixtures.result(ArgStep.class).diagnostics());
      }
    }
    if (warning != null) {
      String m = warning.message();
      assertTrue(m.startsWith("leibniz: warning: double " + ArgStep.class.getName() + ".step(int[], double) at ArgStep.java:")
          && m.contains("overrides double ArgBase.step(int[], double)") && m.contains("writes its parameter cursor")
          && m.contains("run twice"), m);
    }
  }

  private static Object newMat(Constructor<?> mat, double... data) {
    try {
      return mat.newInstance(2, 2, data);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
