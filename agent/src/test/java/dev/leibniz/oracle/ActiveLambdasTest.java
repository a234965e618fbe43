package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.activelambdas.ActiveCaptures;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * Lambdas capturing values with derivatives, created inside the differentiated method
 * ({@code core.objects.LambdaCalls}): the lambda becomes its body, inlined where it is called (in
 * the method itself, or in a helper it is given to), so the captured value's derivative flows.
 * Each against Hipparchus's DerivativeStructure on the same formula, central finite differences,
 * in both modes, and the dot product between the modes.
 */
class ActiveLambdasTest {
  static final LinkedFixtures L = LinkedFixtures.of(ActiveCaptures.class);
  static final Class<?> C = L.get(ActiveCaptures.class);

  /** A function of n inputs, as the companions of one method see it. */
  interface Companions {
    double primal(double[] x);

    double tangent(double[] x, double[] xdot);

    /** The value, and the gradient into {@code grad} (seed 1). */
    double adjoint(double[] x, double[] grad);
  }

  /** Scalars in, scalar out: {@code m(x0, x1, ...)} on {@code receiver}. */
  static Companions scalars(Object receiver, String m) {
    return scalars(C, receiver, m);
  }

  /** Scalars in, scalar out: {@code m(x0, x1, ...)} of class {@code C} on {@code receiver}. */
  static Companions scalars(Class<?> C, Object receiver, String m) {
    return new Companions() {
      public double primal(double[] x) {
        return d(callOn(receiver, C, m, box(x)));
      }

      public double tangent(double[] x, double[] xdot) {
        Object[] args = new Object[2 * x.length];
        for (int k = 0; k < x.length; k++) {
          args[2 * k] = x[k];
          args[2 * k + 1] = xdot[k];
        }
        return d(callOn(receiver, C, m + "$tangent", args));
      }

      public double adjoint(double[] x, double[] grad) {
        Object[] args = Arrays.copyOf(box(x), x.length + 2);
        args[x.length] = 1.0;
        args[x.length + 1] = grad;
        return d(callOn(receiver, C, m + "$adjoint", args));
      }
    };
  }

  private static Object[] box(double[] x) {
    Object[] o = new Object[x.length];
    for (int k = 0; k < x.length; k++) o[k] = x[k];
    return o;
  }

  static DerivativeStructure simpson(UnaryOperator<DerivativeStructure> f, DerivativeStructure a, DerivativeStructure b, int n) {
    DerivativeStructure h = b.subtract(a).divide(n);
    DerivativeStructure s = f.apply(a).add(f.apply(b));
    for (int i = 1; i < n; i++) s = s.add(f.apply(a.add(h.multiply(i))).multiply(i % 2 == 1 ? 4 : 2));
    return s.multiply(h).divide(3);
  }

  /** Tangent along each unit direction and the adjoint against the oracle's gradient and FD; the dot product. */
  static void check(String what, Companions c, double[] x, Function<DerivativeStructure[], DerivativeStructure> oracle) {
    int n = x.length;
    DSFactory ds = new DSFactory(n, 1);
    DerivativeStructure[] vars = new DerivativeStructure[n];
    for (int k = 0; k < n; k++) vars[k] = ds.variable(k, x[k]);
    DerivativeStructure y = oracle.apply(vars);
    assertEquals(y.getValue(), c.primal(x.clone()), 1e-13 * (1 + Math.abs(y.getValue())), what + " primal vs oracle");
    double[] grad = new double[n];
    assertEquals(y.getValue(), c.adjoint(x.clone(), grad), 1e-13 * (1 + Math.abs(y.getValue())), what + " adjoint value");
    for (int k = 0; k < n; k++) {
      int[] orders = new int[n];
      orders[k] = 1;
      double exact = y.getPartialDerivative(orders);
      double[] dir = new double[n];
      dir[k] = 1;
      double tangent = c.tangent(x.clone(), dir);
      double tol = 1e-11 * (1 + Math.abs(exact));
      assertEquals(exact, tangent, tol, what + " tangent " + k + " vs Hipparchus");
      assertEquals(exact, grad[k], tol, what + " adjoint " + k + " vs Hipparchus");
      int dk = k;
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(v -> {
        double[] xv = x.clone();
        xv[dk] = v;
        return c.primal(xv);
      }, x[k]);
      assertEquals(fd.value(), tangent, fd.tolerance(1e-8), what + " tangent " + k + " vs finite differences");
    }
    DotProductCheck.check(what, x, 1, (p, pdot) -> new double[] {c.tangent(p.clone(), pdot)}, (p, ybar) -> {
      double[] g = new double[n];
      c.adjoint(p.clone(), g);
      for (int k = 0; k < n; k++) g[k] *= ybar[0];
      return g;
    }, 7, 3);
  }

  /** The example: {@code k = x*x} captured by {@code t -> sin(k t)}, integrated by a helper with a loop. */
  @Test
  void capturedValueIntegratedByAHelper() {
    for (double x : new double[] {0.4, 1.3, -0.9}) {
      check("integral", scalars(null, "integral"), new double[] {x},
          v -> simpson(t -> v[0].multiply(v[0]).multiply(t).sin(), v[0].getField().getZero(), v[0], 8));
    }
  }

  /** Fixed nodes: the derivative reaches the result only through what the lambda captured. */
  @Test
  void onlyTheCapturesCarryTheDerivative() {
    check("fixedNodes", scalars(null, "fixedNodes"), new double[] {0.7, -0.3}, v -> {
      DerivativeStructure r = v[0].multiply(v[1]).add(1);
      DerivativeStructure zero = v[0].getField().getZero();
      return simpson(t -> r.negate().multiply(t).exp().multiply(v[0].multiply(t).cos()), zero, zero.add(2), 6);
    });
  }

  /** A DoubleFunction<Double> whose box is only unboxed (Hipparchus' Legendre integrals). */
  @Test
  void boxedResult() {
    check("boxed", scalars(null, "boxed"), new double[] {0.6, 1.7}, v -> {
      DerivativeStructure s = v[0].multiply(v[1]);
      UnaryOperator<DerivativeStructure> g = t -> s.multiply(t).multiply(t).add(1).log();
      return g.apply(v[0]).multiply(2).add(g.apply(v[1]));
    });
  }

  /** A captured array with derivatives and a captured double, in both modes (the array's adjoint in place). */
  @Test
  void capturedArray() {
    double[] c0 = {0.5, -1.2, 2.0, 0.3};
    double x0 = 0.8;
    Companions c = new Companions() {
      public double primal(double[] v) {
        return d(callOn(null, C, "polynomial", Arrays.copyOf(v, 4), v[4]));
      }

      public double tangent(double[] v, double[] vdot) {
        return d(callOn(null, C, "polynomial$tangent", Arrays.copyOf(v, 4), Arrays.copyOf(vdot, 4), v[4], vdot[4]));
      }

      public double adjoint(double[] v, double[] grad) {
        double[] cbar = new double[4];
        double[] g = new double[1];
        double y = d(callOn(null, C, "polynomial$adjoint", Arrays.copyOf(v, 4), cbar, v[4], 1.0, g));
        System.arraycopy(cbar, 0, grad, 0, 4);
        grad[4] = g[0];
        return y;
      }
    };
    double[] x = Arrays.copyOf(c0, 5);
    x[4] = x0;
    check("polynomial", c, x, v -> {
      DerivativeStructure s = v[0].getField().getZero();
      for (int i = 0; i < 4; i++) s = s.add(v[i].multiply(v[4].pow(i)));
      return s;
    });
  }

  /** An instance method: the body reads a field through the captured {@code this} and is also called directly. */
  @Test
  void capturingThisAndAnActiveValue() throws Exception {
    Object o = C.getConstructor(double.class).newInstance(1.5);
    check("withThis", scalars(o, "withThis"), new double[] {0.9}, v -> {
      DerivativeStructure w = v[0].sqrt();
      UnaryOperator<DerivativeStructure> f = t -> w.multiply(t).multiply(t).multiply(1.5);
      DerivativeStructure zero = v[0].getField().getZero();
      return simpson(f, zero, zero.add(1), 4).add(f.apply(v[0]));
    });
  }
}
