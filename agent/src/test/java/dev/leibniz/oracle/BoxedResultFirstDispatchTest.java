package dev.leibniz.oracle;

import static dev.leibniz.oracle.BoxedResultDispatchTest.A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.boxeddispatch.Locked;
import dev.leibniz.oracle.fixtures.boxeddispatch.BoxedDispatch;
import dev.leibniz.oracle.fixtures.boxeddispatch.Pairwise;
import dev.leibniz.oracle.fixtures.boxeddispatch.Unmarked;
import dev.leibniz.testing.FirstDispatchInstalled;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * core.BoxedResultCalls' dispatch to an implementation nobody annotated ({@code Double apply} of a class without
 * companions) with the agent running: its companions of the boxed result are generated at its first call and fitted to
 * the caller's {@code double} site (agent.Implementations.unboxed), checked in both modes against the analytic derivative,
 * central differences and the dot-product test; one that cannot be differentiated (it computes under a lock) fails at its
 * first call naming its class. Before, both were named at their first call ("no method apply ... fits").
 */
@ExtendWith(FirstDispatchInstalled.class)
class BoxedResultFirstDispatchTest {
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(Pairwise.class, Unmarked.class, Locked.class,
      BoxedDispatch.class);
  static final Class<?> B = L.get(BoxedDispatch.class);
  static final Class<?> P = L.get(Pairwise.class);

  static double call(String name, Class<?>[] types, Object... args) throws Throwable {
    Method m = B.getMethod(name, types);
    try {
      return (Double) m.invoke(null, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  static double primal(Object op, double[] a, double[] b) throws Throwable {
    return call("combine", new Class<?>[] {P, A, A}, op, a, b);
  }

  /** r = sin(a0) b1 + a1 b0^2; f = r^2 + e^a0 r; df = (2r + e^a0) dr + e^a0 r da0. */
  static double exact(double[] a, double[] da, double[] b, double[] db) {
    double r = Math.sin(a[0]) * b[1] + a[1] * b[0] * b[0];
    double dr = Math.cos(a[0]) * da[0] * b[1] + Math.sin(a[0]) * db[1] + da[1] * b[0] * b[0] + 2 * a[1] * b[0] * db[0];
    double e = Math.exp(a[0]);
    return (2 * r + e) * dr + e * r * da[0];
  }

  @Test
  void anUnannotatedImplementationGetsBoxedCompanionsAtItsFirstCall() throws Throwable {
    Object op = L.get(Unmarked.class).getConstructor().newInstance();
    double[] a = {0.3, -1.2}, b = {1.1, 0.4}, da = {0.5, -0.3}, db = {-0.2, 0.7};
    for (int round = 0; round < 2; round++) { // the second round through the linked site
      double tangent = call("combine$tangent", new Class<?>[] {P, A, A, A, A}, op, a, da, b, db);
      assertEquals(exact(a, da, b, db), tangent, 1e-12, "analytic");
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(t -> {
        double[] at = a.clone(), bt = b.clone();
        for (int i = 0; i < a.length; i++) {
          at[i] += t * da[i];
          bt[i] += t * db[i];
        }
        try {
          return primal(op, at, bt);
        } catch (Throwable e) {
          throw new AssertionError(e);
        }
      }, 0);
      assertEquals(fd.value(), tangent, fd.tolerance(1e-9), "central differences");
      double[] aBar = new double[2], bBar = new double[2];
      double seed = -0.8;
      double value = call("combine$adjoint", new Class<?>[] {P, A, A, A, A, double.class}, op, a, aBar, b, bBar, seed);
      assertEquals(primal(op, a, b), value, 0, "the adjoint returns the primal result");
      double dot = 0;
      for (int i = 0; i < 2; i++) dot += aBar[i] * da[i] + bBar[i] * db[i];
      assertEquals(seed * tangent, dot, 1e-12, "dot product");
    }
  }

  @Test
  void anImplementationWithoutADerivativeIsNamedAtItsFirstCall() throws Exception {
    Object op = L.get(Locked.class).getConstructor().newInstance();
    double[] a = {1, 2}, b = {3, 4};
    Throwable t = assertThrows(IllegalStateException.class, () -> call("combine$tangent", new Class<?>[] {P, A, A, A, A}, op, a, a, b, b));
    assertTrue(t.getMessage().startsWith("leibniz:") && t.getMessage().contains("Locked"), t.getMessage());
    Throwable r = assertThrows(IllegalStateException.class, () -> call("combine$adjoint", new Class<?>[] {P, A, A, A, A, double.class},
        op, a, new double[2], b, new double[2], 1.0));
    assertTrue(r.getMessage().startsWith("leibniz:") && r.getMessage().contains("Locked"), r.getMessage());
  }
}
