package dev.leibniz.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.FiniteDifferences.Estimate;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The second-order companions ({@code m$adjoint$tangent}, H·v by forward over reverse) of the peer round's entries
 * marked {@code order = 2} — the functions whose Hessians Clad's test/Hessian, Enzyme's mycos.c and ForwardDiff's
 * Hessian tests compute — run on the core's output as the corpus harness loads it: at each point and along three
 * random directions v, H·v against central differences of the gradient ({@code m$adjoint}) along v and against the
 * analytic Hessian (Hipparchus DerivativeStructure at order 2 for Ackley's function), the gradient it returns
 * against {@code m$adjoint}'s, its result against ∇f·v, and the symmetry u·Hv = v·Hu.
 */
class PeerHessianTest {
  /** A peer entry seen as a function of one vector x: its gradient and its H·v, from the transformed class. */
  interface Second {
    double[] gradient(double[] x);

    /** Fills grad (the gradient) and hv (H·v); returns the result's tangent (∇f·v). */
    double hv(double[] x, double[] v, double[] grad, double[] hv);
  }

  record Case(String id, Function<double[], double[][]> hessian, double[]... points) {}

  static Stream<Case> cases() {
    return Stream.of(
        new Case("peers/clad/Hessians.f_cubed_add1", x -> new double[][] {{6 * x[0], 0}, {0, 6 * x[1]}},
            new double[] {1.3, 0.7}, new double[] {-0.4, 2.1}),
        new Case("peers/clad/Hessians.f_suvat1", x -> new double[][] {{0, 1}, {1, 9.81}}, new double[] {1.3, 0.7}),
        new Case("peers/clad/Hessians.f_cond3", x -> new double[][] {{6 * x[0], 0}, {0, (x[1] > 0 ? 6 : -6) * x[1]}},
            new double[] {1.3, 0.7}, new double[] {1.3, -0.7}),
        new Case("peers/clad/Hessians.f_power10", x -> new double[][] {{90 * Math.pow(x[0], 8)}}, new double[] {1.1}),
        new Case("peers/clad/Hessians.Experiment.someMethod",
            x -> new double[][] {{2 * x[1], 2 * x[0] + 2 * x[1]}, {2 * x[0] + 2 * x[1], 2 * x[0]}},
            new double[] {1.3, 0.7}),
        // memFn_2 = 4 x y^2 i^2 j with the receiver's x = 3, y = 5
        new Case("peers/clad/Hessians.Widget.memFn_2",
            x -> new double[][] {{8 * 3 * 25 * x[1], 8 * 3 * 25 * x[0]}, {8 * 3 * 25 * x[0], 0}},
            new double[] {1.3, 0.7}),
        // the series' second derivative: -(x - x^3/3! + ... + x^9/9!), the terms up to x^11 differentiated twice
        new Case("peers/enzyme/mycos.my_sin", x -> new double[][] {{-sinSeries(x[0], 9)}}, new double[] {1.23},
            new double[] {-0.4}),
        new Case("peers/jax/testCondGrad", x -> new double[][] {{x[0] < 2 ? 0 : -Math.sin(x[0])}},
            new double[] {2.14}, new double[] {1.72}),
        // |-x^2| = x^2: at 0 the inner value is -0.0 and the second derivative is 2 only if |u|'(-0.0) = -1
        new Case("peers/enzyme/fabs_signed_zero", x -> new double[][] {{2}}, new double[] {0.0}, new double[] {1.5},
            new double[] {-1.5}),
        new Case("peers/clad/Hessians.NestedFunctionCalls.f2", x -> new double[][] {{2, 0}, {0, 2}}, new double[] {3, 4}),
        new Case("peers/clad/Hessians.BuiltinDerivatives.f1 (float)",
            x -> new double[][] {{-Math.sin(x[0]) - Math.cos(x[0])}}, new double[] {0.7}),
        new Case("peers/clad/Hessians.BuiltinDerivatives.f3 (float)", x -> new double[][] {{-1 / (x[0] * x[0])}},
            new double[] {1.7}),
        new Case("peers/clad/Hessians.BuiltinDerivatives.f4 (float)", x -> new double[][] {{12 * x[0] * x[0]}},
            new double[] {1.3}),
        new Case("peers/clad/Hessians.BuiltinDerivatives.f5 (float)",
            x -> new double[][] {{Math.pow(2, x[0]) * Math.log(2) * Math.log(2)}}, new double[] {1.3}),
        new Case("peers/clad/Hessians.BuiltinDerivatives.f6 (float)", PeerHessianTest::powHessian, new double[] {1.3, 2.2}),
        new Case("peers/clad/Hessians.BuiltinDerivatives.f8 (float)", x -> new double[][] {{1, 1}, {1, 1}},
            new double[] {1.3, 0.7}),
        new Case("peers/clad/Hessians.EarlyReturns.earlyBeforeLoop",
            x -> new double[][] {{0, 1, 0, 0}, {1, 0, 1, 0}, {0, 1, 0, 0}, {0, 0, 0, 0}}, new double[] {0.3, 0.7, 0.2, 0.5}),
        new Case("peers/clad/Hessians.EarlyReturns.loopAfterEarly",
            x -> new double[][] {{0, 0, 1, 0}, {0, 0, 0, 0}, {1, 0, 0, 0}, {0, 0, 0, 0}}, new double[] {0.3, 0.7, 0.2, 0.5}),
        new Case("peers/difftests/rosenbrock_1", PeerHessianTest::rosenbrockHessian,
            new double[] {-1.2, 1.0, 0.3, 0.8, 1.5}),
        new Case("peers/difftests/self_weighted_logit", PeerHessianTest::logitHessian,
            new double[] {0.3, -0.2, 0.5, 0.1, -0.4}),
        new Case("peers/difftests/ackley", PeerHessianTest::ackleyHessian, new double[] {-1.2, 1.0, 0.3, 0.8, 1.5}));
  }

  @TestFactory
  Stream<DynamicTest> hessianVectorProducts() {
    return cases().map(c -> DynamicTest.dynamicTest(c.id(), () -> check(c)));
  }

  private static void check(Case c) {
    Entry entry = PeerRound.entries().stream().filter(e -> e.id().equals(c.id())).findFirst().orElseThrow();
    Classifier.Subject subject = Classifier.differentiate(entry);
    Object receiver = entry.receiver() == null ? null : entry.receiver().apply(subject.type());
    Second s;
    try {
      s = adapter(subject.type(), entry.method(), receiver, c.points()[0].length);
    } catch (AssertionError missing) {
      throw new AssertionError(missing.getMessage() + "; the core said: " + subject.diagnostics(), missing);
    }
    Random random = new Random(7);
    boolean floats = find(subject.type(), entry.method() + "$adjoint").getParameterTypes()[0] == float.class;
    double exactTol = floats ? 1e-5 : 1e-10, fdTol = floats ? 2e-3 : 1e-6, gradTol = floats ? 1e-6 : 1e-12;
    for (double[] x : c.points()) {
      double[][] h = c.hessian().apply(x);
      double[] g = s.gradient(x);
      for (int k = 0; k < 3; k++) {
        double[] v = random.doubles(x.length, -1, 1).toArray();
        double[] grad = new double[x.length], hv = new double[x.length];
        double gv = s.hv(x, v, grad, hv);
        Estimate[] fd = FiniteDifferences.directional(s::gradient, x, v);
        double[] exact = times(h, v);
        double scale = 1e-300;
        for (int i = 0; i < x.length; i++) scale = Math.max(scale, Math.abs(exact[i]));
        for (int i = 0; i < x.length; i++) {
          assertEquals(exact[i], hv[i], exactTol * scale + 1e-12, c.id() + ": H·v[" + i + "] against the analytic Hessian");
          assertEquals(fd[i].value(), hv[i], fdTol * scale + 10 * fd[i].error(), c.id() + ": H·v[" + i + "] against differences");
          assertEquals(g[i], grad[i], gradTol * Math.abs(g[i]) + 1e-14, c.id() + ": the gradient of m$adjoint$tangent");
        }
        double gvScale = 0; // float rounding scales with the terms, not with their (cancelling) sum
        for (int i = 0; i < x.length; i++) gvScale += Math.abs(g[i] * v[i]);
        assertEquals(dot(g, v), gv, gradTol * gvScale + 1e-14, c.id() + ": the result's tangent is ∇f·v");
        double[] u = random.doubles(x.length, -1, 1).toArray();
        double[] hu = new double[x.length];
        s.hv(x, u, new double[x.length], hu);
        double left = dot(u, hv), right = dot(v, hu);
        assertTrue(Math.abs(left - right) <= exactTol * (Math.abs(left) + Math.abs(right) + 1e-300),
            c.id() + ": u·Hv = " + left + " but v·Hu = " + right);
      }
    }
  }

  /**
   * JAX checks testSwitchGrad to order 2; here its branches are lambdas picked from an array at run time, which the
   * first-order companions reach through their first-call dispatch and the second-order ones do not (README, "Not at
   * a first call"): refused with a located diagnostic, the first-order companions kept (the corpus round checks them).
   */
  @org.junit.jupiter.api.Test
  void switchOverLambdasInAnArrayIsRefusedAtOrderTwoWithADiagnostic() {
    Entry entry = PeerRound.entries().stream().filter(e -> e.id().equals("peers/jax/testSwitchGrad")).findFirst().orElseThrow();
    Classifier.Subject subject = Classifier.differentiate(entry);
    assertTrue(Stream.of(subject.type().getDeclaredMethods()).noneMatch(m -> m.getName().equals("testSwitchGrad$adjoint$tangent")));
    assertTrue(Stream.of(subject.type().getDeclaredMethods()).anyMatch(m -> m.getName().equals("testSwitchGrad$adjoint")));
    assertTrue(subject.diagnostics().stream().anyMatch(d -> d.contains("testSwitchGrad(double) (second-order mode)")
        && d.contains("invokedynamic")), subject.diagnostics().toString());
  }

  /** Scalar parameters (x0, ..., x(n-1)), or one double[] when n is the array's length and the entry takes an array. */
  static Second adapter(Class<?> type, String name, Object receiver, int n) {
    Method adjoint = find(type, name + "$adjoint"), second = find(type, name + "$adjoint$tangent");
    boolean array = adjoint.getParameterTypes()[0] == double[].class;
    boolean floats = adjoint.getParameterTypes()[0] == float.class;
    java.util.function.DoubleFunction<Object> box = d -> floats ? (Object) (float) d : (Object) d;
    return new Second() {
      public double[] gradient(double[] x) {
        double[] g = new double[n];
        if (array) call(adjoint, receiver, x.clone(), g, 1.0);
        else {
          Object[] args = new Object[n + 2];
          for (int i = 0; i < n; i++) args[i] = box.apply(x[i]);
          args[n] = box.apply(1.0);
          args[n + 1] = g;
          call(adjoint, receiver, args);
        }
        return g;
      }

      public double hv(double[] x, double[] v, double[] grad, double[] hv) {
        if (array) return (double) call(second, receiver, x.clone(), v.clone(), grad, hv, 1.0, 0.0);
        Object[] args = new Object[2 * n + 4];
        for (int i = 0; i < n; i++) {
          args[2 * i] = box.apply(x[i]);
          args[2 * i + 1] = box.apply(v[i]);
        }
        args[2 * n] = box.apply(1.0);
        args[2 * n + 1] = box.apply(0.0);
        args[2 * n + 2] = grad;
        args[2 * n + 3] = hv;
        return ((Number) call(second, receiver, args)).doubleValue();
      }
    };
  }

  private static Method find(Class<?> type, String name) {
    for (Method m : type.getDeclaredMethods()) {
      if (m.getName().equals(name)) {
        m.setAccessible(true);
        return m;
      }
    }
    throw new AssertionError("no " + name + " in " + type.getName() + " (order = 2 companions missing)");
  }

  private static Object call(Method m, Object receiver, Object... args) {
    try {
      return m.invoke(receiver, args);
    } catch (InvocationTargetException e) {
      throw new AssertionError(m.getName() + " threw", e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private static double[] times(double[][] h, double[] v) {
    double[] r = new double[v.length];
    for (int i = 0; i < v.length; i++) for (int j = 0; j < v.length; j++) r[i] += h[i][j] * v[j];
    return r;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  /** sum over odd k <= last of ±x^k / k!, the signs of sin's series. */
  private static double sinSeries(double x, int last) {
    double s = 0, term = x;
    for (int k = 1; k <= last; k += 2) {
      s += term;
      term *= -x * x / ((k + 1) * (k + 2));
    }
    return s;
  }

  /** x^y: d2/dx2 = y (y - 1) x^(y-2), d2/dxdy = x^(y-1) (1 + y log x), d2/dy2 = x^y log^2 x. */
  private static double[][] powHessian(double[] p) {
    double x = p[0], y = p[1], l = Math.log(x);
    double xy = Math.pow(x, y - 1) * (1 + y * l);
    return new double[][] {{y * (y - 1) * Math.pow(x, y - 2), xy}, {xy, Math.pow(x, y) * l * l}};
  }

  private static double[][] rosenbrockHessian(double[] x) {
    int n = x.length;
    double[][] h = new double[n][n];
    for (int i = 0; i < n - 1; i++) {
      // (1 - x_i)^2 + 100 (x_{i+1} - x_i^2)^2
      h[i][i] += 2 - 400 * (x[i + 1] - x[i] * x[i]) + 800 * x[i] * x[i];
      h[i][i + 1] += -400 * x[i];
      h[i + 1][i] += -400 * x[i];
      h[i + 1][i + 1] += 200;
    }
    return h;
  }

  private static double[][] logitHessian(double[] x) {
    double d = dot(x, x), s = 1 / (1 + Math.exp(-d)), s1 = s * (1 - s), s2 = s1 * (1 - 2 * s);
    int n = x.length;
    double[][] h = new double[n][n];
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) h[i][j] = 4 * s2 * x[i] * x[j] + (i == j ? 2 * s1 : 0);
    return h;
  }

  private static double[][] ackleyHessian(double[] x) {
    int n = x.length;
    DSFactory factory = new DSFactory(n, 2);
    DerivativeStructure sumSqrs = factory.constant(0), sumCos = factory.constant(0);
    for (int i = 0; i < n; i++) {
      DerivativeStructure xi = factory.variable(i, x[i]);
      sumCos = sumCos.add(xi.multiply(2 * Math.PI).cos());
      sumSqrs = sumSqrs.add(xi.multiply(xi));
    }
    DerivativeStructure f = sumSqrs.divide(n).sqrt().multiply(-0.2).exp().multiply(-20)
        .subtract(sumCos.divide(n).exp()).add(20 + Math.E);
    double[][] h = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        int[] orders = new int[n];
        orders[i]++;
        orders[j]++;
        h[i][j] = f.getPartialDerivative(orders);
      }
    }
    return h;
  }
}
