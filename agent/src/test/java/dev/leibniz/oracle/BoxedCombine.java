package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * {@code BoxedDispatch.combine(op, a, b)} in one set of linked fixtures ({@link BoxedResultDispatchTest}, {@link
 * BoxedResultFirstDispatchTest}): its companions called by name, and one receiver's derivative in both modes checked
 * against the analytic tangent, central differences, the adjoint's primal result and the dot product.
 */
final class BoxedCombine {
  static final Class<?> A = double[].class;
  private final Class<?> b;
  private final Class<?> p;

  /** {@code dispatch}: the linked {@code BoxedDispatch}; {@code pairwise}: the linked {@code Pairwise}. */
  BoxedCombine(Class<?> dispatch, Class<?> pairwise) {
    this.b = dispatch;
    this.p = pairwise;
  }

  double call(String name, Class<?>[] types, Object... args) throws Throwable {
    Method m = b.getMethod(name, types);
    try {
      return (Double) m.invoke(null, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  double primal(Object op, double[] a, double[] bs) throws Throwable {
    return call("combine", new Class<?>[] {p, A, A}, op, a, bs);
  }

  /**
   * {@code combine$tangent} along (da, db) against {@code exact} and central differences; {@code combine$adjoint} with
   * {@code seed}: its result the primal's, its gradient along (da, db) the seed times the tangent. {@code what} begins
   * each message.
   */
  void check(String what, Object op, double[] a, double[] da, double[] bs, double[] db, double exact, double seed) throws Throwable {
    double tangent = call("combine$tangent", new Class<?>[] {p, A, A, A, A}, op, a, da, bs, db);
    assertEquals(exact, tangent, 1e-12, what + "analytic");
    FiniteDifferences.Estimate fd = FiniteDifferences.derivative(t -> {
      double[] at = a.clone(), bt = bs.clone();
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
    assertEquals(fd.value(), tangent, fd.tolerance(1e-9), what + "central differences");
    double[] aBar = new double[a.length], bBar = new double[bs.length];
    double value = call("combine$adjoint", new Class<?>[] {p, A, A, A, A, double.class}, op, a, aBar, bs, bBar, seed);
    assertEquals(primal(op, a, bs), value, 0, "the adjoint returns the primal result");
    double dot = 0;
    for (int i = 0; i < a.length; i++) dot += aBar[i] * da[i] + bBar[i] * db[i];
    assertEquals(seed * tangent, dot, 1e-12, what + "dot product");
  }
}
