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
  static final BoxedCombine COMBINE = new BoxedCombine(B, P);

  static double call(String name, Class<?>[] types, Object... args) throws Throwable {
    return COMBINE.call(name, types, args);
  }

  static double primal(Object op, double[] a, double[] b) throws Throwable {
    return COMBINE.primal(op, a, b);
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
      COMBINE.check("", op, a, da, b, db, exact(a, da, b, db), -0.8);
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
