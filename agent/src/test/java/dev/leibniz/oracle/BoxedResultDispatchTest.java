package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.boxeddispatch.BoxedDispatch;
import dev.leibniz.oracle.fixtures.boxeddispatch.Counted;
import dev.leibniz.oracle.fixtures.boxeddispatch.Dot;
import dev.leibniz.oracle.fixtures.boxeddispatch.Pairwise;
import dev.leibniz.oracle.fixtures.boxeddispatch.Plain;
import dev.leibniz.oracle.fixtures.boxeddispatch.SineDistance;
import org.junit.jupiter.api.Test;

/**
 * A call of a user interface's generic method whose erased {@code Object} result is a {@code Double} the caller unboxes
 * ({@code double r = op.apply(a, b)} on a {@code Pairwise<Double>}, core.BoxedResultCalls): dispatched to the
 * companion of the receiver's {@code Double apply}, in both modes, against the analytic derivative, central differences
 * and the dot-product test; a box the caller keeps is refused, located; a receiver whose result is not a {@code Double}
 * throws the caller's {@code ClassCastException}, as the method does; one without companions is named at its first call.
 */
class BoxedResultDispatchTest {
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(Pairwise.class, Dot.class, SineDistance.class,
      Counted.class, Plain.class, dev.leibniz.oracle.fixtures.boxeddispatch.Scaled.class, anonymous(), BoxedDispatch.class);

  static Class<?> anonymous() {
    try {
      return Class.forName(BoxedDispatch.class.getName() + "$1");
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
  static final Class<?> B = L.get(BoxedDispatch.class);
  static final Class<?> P = L.get(Pairwise.class);
  static final BoxedCombine COMBINE = new BoxedCombine(B, P);
  static final Class<?> A = double[].class;

  static Object instance(Class<?> fixture) throws Exception {
    return L.get(fixture).getConstructor().newInstance();
  }

  static double call(String name, Class<?>[] types, Object... args) throws Throwable {
    return COMBINE.call(name, types, args);
  }

  static double primal(Object op, double[] a, double[] b) throws Throwable {
    return COMBINE.primal(op, a, b);
  }

  /** r = op(a, b); f = r^2 + e^a0 r; df = (2r + e^a0) dr + e^a0 r da0, dr from each operation's formula. */
  static double exact(boolean dot, double[] a, double[] da, double[] b, double[] db) {
    double r = 0, dr = 0;
    for (int i = 0; i < a.length; i++) {
      if (dot) {
        r += a[i] * b[i];
        dr += da[i] * b[i] + a[i] * db[i];
      } else {
        double s = Math.sin(a[i] - b[i]);
        r += s * s;
        dr += 2 * s * Math.cos(a[i] - b[i]) * (da[i] - db[i]);
      }
    }
    double e = Math.exp(a[0]);
    return (2 * r + e) * dr + e * r * da[0];
  }

  @Test
  void eachImplementationsDerivativeInBothModes() throws Throwable {
    double[] a = {0.3, -1.2, 0.8}, b = {1.1, 0.4, -0.6}, da = {0.5, -0.3, 0.9}, db = {-0.2, 0.7, 0.4};
    for (Class<?> impl : new Class<?>[] {Dot.class, SineDistance.class}) {
      Object op = instance(impl);
      COMBINE.check(impl.getSimpleName() + ": ", op, a, da, b, db, exact(impl == Dot.class, a, da, b, db), 0.7);
    }
  }

  @Test
  void aBoxTheCallerKeepsIsRefusedWhereItIsCalled() {
    assertTrue(L.result(BoxedDispatch.class).diagnostics().stream().anyMatch(d -> d.method().startsWith("kept(")
        && d.line() == 21 && !d.warning()), // where the kept box is unboxed
        L.result(BoxedDispatch.class).diagnostics().toString());
    assertTrue(L.result(BoxedDispatch.class).generated().stream().noneMatch(g -> g.startsWith("kept$")),
        L.result(BoxedDispatch.class).generated().toString());
    assertTrue(L.result(BoxedDispatch.class).diagnostics().stream().noneMatch(d -> d.method().startsWith("combine(")),
        L.result(BoxedDispatch.class).diagnostics().toString());
  }

  @Test
  void aReceiverWhoseResultIsNoDoubleThrowsAsTheMethodDoes() throws Exception {
    Object op = instance(Counted.class);
    double[] a = {1, 2}, b = {3, 4};
    assertThrows(ClassCastException.class, () -> primal(op, a, b));
    assertThrows(ClassCastException.class, () -> call("combine$tangent", new Class<?>[] {P, A, A, A, A}, op, a, a, b, b));
    assertThrows(ClassCastException.class, () -> call("combine$adjoint", new Class<?>[] {P, A, A, A, A, double.class},
        op, a, new double[2], b, new double[2], 1.0));
  }

  @Test
  void aReceiverWithoutCompanionsIsNamed() throws Exception {
    Object op = instance(Plain.class);
    double[] a = {1, 2}, b = {3, 4};
    Throwable t = assertThrows(IllegalStateException.class, () -> call("combine$tangent", new Class<?>[] {P, A, A, A, A}, op, a, a, b, b));
    assertTrue(t.getMessage().contains("Plain"), t.getMessage());
    Throwable r = assertThrows(IllegalStateException.class, () -> call("combine$adjoint", new Class<?>[] {P, A, A, A, A, double.class},
        op, a, new double[2], b, new double[2], 1.0));
    assertTrue(r.getMessage().contains("Plain"), r.getMessage());
  }

  /** f(xs...) of array parameters only: the tangent against central differences, the adjoint by the dot-product test. */
  static void checkArrays(String name, double[]... xs) throws Throwable {
    int n = xs.length;
    Class<?>[] primalTypes = new Class<?>[n], tangentTypes = new Class<?>[2 * n], adjointTypes = new Class<?>[2 * n + 1];
    java.util.Arrays.fill(primalTypes, A);
    java.util.Arrays.fill(tangentTypes, A);
    java.util.Arrays.fill(adjointTypes, A);
    adjointTypes[2 * n] = double.class;
    double[][] dirs = new double[n][];
    Object[] tArgs = new Object[2 * n], aArgs = new Object[2 * n + 1];
    double[][] bars = new double[n][];
    for (int k = 0; k < n; k++) {
      dirs[k] = new double[xs[k].length];
      for (int i = 0; i < dirs[k].length; i++) dirs[k][i] = Math.sin(3.1 * k + 1.7 * i + 0.4);
      bars[k] = new double[xs[k].length];
      tArgs[2 * k] = xs[k];
      tArgs[2 * k + 1] = dirs[k];
      aArgs[2 * k] = xs[k];
      aArgs[2 * k + 1] = bars[k];
    }
    double tangent = call(name + "$tangent", tangentTypes, tArgs);
    FiniteDifferences.Estimate fd = FiniteDifferences.derivative(t -> {
      Object[] moved = new Object[n];
      for (int k = 0; k < n; k++) {
        double[] x = xs[k].clone();
        for (int i = 0; i < x.length; i++) x[i] += t * dirs[k][i];
        moved[k] = x;
      }
      try {
        return call(name, primalTypes, moved);
      } catch (Throwable e) {
        throw new AssertionError(e);
      }
    }, 0);
    assertEquals(fd.value(), tangent, fd.tolerance(1e-9), name + ": central differences");
    double seed = -0.6;
    aArgs[2 * n] = seed;
    call(name + "$adjoint", adjointTypes, aArgs);
    double dot = 0;
    for (int k = 0; k < n; k++) for (int i = 0; i < dirs[k].length; i++) dot += bars[k][i] * dirs[k][i];
    assertEquals(seed * tangent, dot, 1e-12, name + ": dot product");
  }

  @Test
  void implementationsMadeInTheMethod() throws Throwable {
    double[] a = {0.3, -1.2, 0.8}, b = {1.1, 0.4, -0.6};
    String refused = L.result(BoxedDispatch.class).diagnostics().toString();
    for (String name : new String[] {"local", "anonymous"}) {
      assertTrue(!refused.contains(name + "("), refused);
      checkArrays(name, a, b);
    }
    if (!refused.contains("scaled(")) checkArrays("scaled", new double[] {1.3}, a, b); // or refused: never k's derivative dropped
  }
}
