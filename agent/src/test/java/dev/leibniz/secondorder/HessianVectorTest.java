package dev.leibniz.secondorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.FiniteDifferences.Estimate;
import dev.leibniz.Hessian;
import dev.leibniz.Hessians;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.invoke.MethodHandles;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Function;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * {@code m$adjoint$tangent} (forward over reverse) of every {@link SecondOrderFunctions} method:
 * H·v against central finite differences of the gradient ({@code m$adjoint}) and the whole
 * Hessian against Hipparchus {@code DerivativeStructure} at order 2; the Hessian's symmetry (the
 * dot-product test of the gradient map, whose Jacobian is H); the contract's other outputs (the
 * gradient in the adjoint array, ∇f·v as the result, the seed's tangent, accumulation); and the
 * first-order companions of the same methods, which order 2 must leave intact.
 */
class HessianVectorTest {
  static final Transformed T = Transformed.of(SecondOrderFunctions.class);
  static final Object RECEIVER = newReceiver();

  static Object newReceiver() {
    try {
      return T.type.getConstructor(double.class).newInstance(0.7);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** A method of the fixture seen as a function of one array {@code x}, the other arguments fixed. */
  interface Second {
    /** The gradient from {@code m$adjoint} with seed 1. */
    double[] gradient(double[] x);

    /** {@code m$adjoint$tangent}: fills {@code grad} and {@code hv}; returns the result's tangent. */
    double hv(double[] x, double[] v, double[] grad, double[] hv, double seed, double seedDot);

    /** {@code m$tangent} along {@code v}. */
    double tangent(double[] x, double[] v);
  }

  static Object invoke(Object receiver, String name, Object... args) {
    for (Method m : T.type.getDeclaredMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length) {
        try {
          m.setAccessible(true);
          return m.invoke(receiver, args);
        } catch (InvocationTargetException e) {
          throw new AssertionError(name + " threw", e.getCause());
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("no " + name + "/" + args.length + " in " + T.result.generated());
  }

  static double d(Object o) {
    return ((Number) o).doubleValue();
  }

  /** {@code double m(double[] x)} (static, or an instance method of {@link #RECEIVER}). */
  static Second arrayFunction(String name, Object receiver) {
    return new Second() {
      public double[] gradient(double[] x) {
        double[] g = new double[x.length];
        invoke(receiver, name + "$adjoint", x.clone(), g, 1.0);
        return g;
      }

      public double hv(double[] x, double[] v, double[] grad, double[] hv, double seed, double seedDot) {
        return d(invoke(receiver, name + "$adjoint$tangent", x.clone(), v.clone(), grad, hv, seed, seedDot));
      }

      public double tangent(double[] x, double[] v) {
        return d(invoke(receiver, name + "$tangent", x.clone(), v.clone()));
      }
    };
  }

  /** {@code scalar(double x, double y)}: the adjoint's gradient is its trailing {@code double[]}. */
  static final Second SCALAR = new Second() {
    public double[] gradient(double[] x) {
      double[] g = new double[2];
      invoke(null, "scalar$adjoint", x[0], x[1], 1.0, g);
      return g;
    }

    public double hv(double[] x, double[] v, double[] grad, double[] hv, double seed, double seedDot) {
      return d(invoke(null, "scalar$adjoint$tangent", x[0], v[0], x[1], v[1], seed, seedDot, grad, hv));
    }

    public double tangent(double[] x, double[] v) {
      return d(invoke(null, "scalar$tangent", x[0], v[0], x[1], v[1]));
    }
  };

  static final double[] DATA = {0.3, -1.2, 2.0, 0.7};
  static final int N = 4;

  /** {@code copies(double[] x, double[] data, int n)} with {@code data} passive (null adjoints and tangents). */
  static final Second COPIES = new Second() {
    public double[] gradient(double[] x) {
      double[] g = new double[x.length];
      invoke(null, "copies$adjoint", x.clone(), g, DATA.clone(), null, N, 1.0);
      return g;
    }

    public double hv(double[] x, double[] v, double[] grad, double[] hv, double seed, double seedDot) {
      return d(invoke(null, "copies$adjoint$tangent", x.clone(), v.clone(), grad, hv, DATA.clone(), null, null, null, N, seed, seedDot));
    }

    public double tangent(double[] x, double[] v) {
      return d(invoke(null, "copies$tangent", x.clone(), v.clone(), DATA.clone(), null, N));
    }
  };

  // ------------------------------------------------------------ Hipparchus versions (order 2)

  static DerivativeStructure scalarDs(DerivativeStructure[] x) {
    DerivativeStructure a = x[0], b = x[1];
    return a.multiply(a).multiply(b.sin()).add(a.multiply(b).exp().divide(b.multiply(b).add(1)));
  }

  static DerivativeStructure rosenbrockDs(DerivativeStructure[] x) {
    DerivativeStructure f = x[0].getField().getZero();
    for (int i = 0; i < x.length; i += 2) {
      DerivativeStructure a = x[i + 1].subtract(x[i].multiply(x[i])).multiply(10);
      DerivativeStructure b = x[i].negate().add(1);
      f = f.add(a.multiply(a)).add(b.multiply(b));
    }
    return f;
  }

  static DerivativeStructure recurrenceDs(DerivativeStructure[] x) {
    DerivativeStructure s = x[0].getField().getZero().add(0.5);
    for (DerivativeStructure xi : x) {
      if (xi.getValue() > 0) {
        s = s.multiply(xi).sin().add(s.multiply(0.5));
      } else {
        s = xi.multiply(0.3).exp().multiply(s).subtract(xi);
      }
      s = s.multiply(s.cos());
    }
    return s.multiply(s);
  }

  static DerivativeStructure callsDs(DerivativeStructure[] x) {
    DerivativeStructure zero = x[0].getField().getZero(), d = zero, xx = zero;
    DerivativeStructure[] y = new DerivativeStructure[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i].multiply(x[i]).add(x[i].sin());
      d = d.add(y[i].multiply(x[i]));
      xx = xx.add(x[i].multiply(x[i]));
    }
    return d.multiply(xx.add(1).log()).add(y[0].tanh());
  }

  static DerivativeStructure copiesDs(DerivativeStructure[] x) {
    DerivativeStructure zero = x[0].getField().getZero();
    DerivativeStructure[] c = new DerivativeStructure[N + 2];
    for (int i = 0; i < c.length; i++) c[i] = i < x.length ? x[i] : zero;
    c[N] = x[0].multiply(x[1]);
    c[N + 1] = c[N];
    DerivativeStructure[] dd = new DerivativeStructure[N];
    for (int i = 0; i < N; i++) dd[i] = i < N - 1 ? c[i + 1] : zero;
    DerivativeStructure s = zero;
    for (int i = 0; i < N; i++) s = s.add(c[i].multiply(dd[i]).multiply(DATA[i])).add(c[N].multiply(c[i]));
    return s;
  }

  static DerivativeStructure energyDs(DerivativeStructure[] x) {
    DerivativeStructure e = x[0].getField().getZero();
    for (int i = 0; i + 1 < x.length; i++) {
      DerivativeStructure d = x[i + 1].subtract(x[i]);
      e = e.add(d.multiply(d).multiply(d).multiply(d).multiply(0.7)).add(x[i].cos());
    }
    return e;
  }

  static double[][] hessianDs(Function<DerivativeStructure[], DerivativeStructure> f, double[] x) {
    int n = x.length;
    DSFactory factory = new DSFactory(n, 2);
    DerivativeStructure[] vars = new DerivativeStructure[n];
    for (int i = 0; i < n; i++) vars[i] = factory.variable(i, x[i]);
    DerivativeStructure r = f.apply(vars);
    double[][] h = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        int[] orders = new int[n];
        orders[i]++;
        orders[j]++;
        h[i][j] = r.getPartialDerivative(orders);
      }
    }
    return h;
  }

  // ------------------------------------------------------------ checks

  /** Both oracles, symmetry, and the rest of the contract, at {@code x}. */
  static void check(String what, Second f, double[] x, double[][] exact) {
    int n = x.length;
    // The Hessian is the Jacobian of the gradient map; it is symmetric, so its "adjoint" is itself.
    JacobianCheck.check(what, x, f::gradient,
        (p, v) -> { double[] hv = new double[n]; f.hv(p, v, new double[n], hv, 1.0, 0.0); return hv; },
        (p, w) -> { double[] hw = new double[n]; f.hv(p, w, new double[n], hw, 1.0, 0.0); return hw; },
        exact);
    Random rnd = new Random(what.hashCode());
    for (int trial = 0; trial < 3; trial++) {
      double[] v = new double[n];
      for (int i = 0; i < n; i++) v[i] = rnd.nextGaussian();
      double[] grad = new double[n], hv = new double[n];
      double slope = f.hv(x, v, grad, hv, 1.0, 0.0);
      Estimate[] fd = FiniteDifferences.directional(f::gradient, x, v);
      double[] g = f.gradient(x);
      for (int i = 0; i < n; i++) {
        int ii = i;
        assertEquals(fd[i].value(), hv[i], fd[i].tolerance(1e-7), () -> what + " H v vs finite differences of the gradient [" + ii + "] " + fd[ii]);
        assertEquals(g[i], grad[i], 1e-14 * Math.max(1, Math.abs(g[i])), () -> what + " gradient from the second-order companion [" + ii + "]");
      }
      double t = f.tangent(x, v);
      assertEquals(t, slope, 1e-12 * Math.max(1, Math.abs(t)), what + ": the result's tangent is the directional derivative");
      // Seed 2 with tangent 0.5: grad gets 2 ∇f and hv gets 2 H v + 0.5 ∇f, added onto what is there.
      double[] grad2 = new double[n], hv2 = new double[n];
      Arrays.fill(grad2, 1);
      Arrays.fill(hv2, -1);
      f.hv(x, v, grad2, hv2, 2.0, 0.5);
      for (int i = 0; i < n; i++) {
        int ii = i;
        assertEquals(1 + 2 * g[i], grad2[i], 1e-12 * Math.max(1, Math.abs(g[i])), () -> what + " seeded gradient accumulates [" + ii + "]");
        double expected = -1 + 2 * hv[i] + 0.5 * g[i];
        assertEquals(expected, hv2[i], 1e-12 * Math.max(1, Math.abs(expected)), () -> what + " seed tangent and accumulation [" + ii + "]");
      }
    }
  }

  @Test
  void scalarParameters() {
    double[] x = {0.7, -1.3};
    check("scalar", SCALAR, x, hessianDs(HessianVectorTest::scalarDs, x));
  }

  @Test
  void rosenbrockWithoutTape() {
    double[] x = {1.2, 0.8, -0.5, 1.1, 0.3, -0.9};
    check("rosenbrock", arrayFunction("rosenbrock", null), x, hessianDs(HessianVectorTest::rosenbrockDs, x));
  }

  @Test
  void recurrenceWithDoubleAndBranchTapes() {
    // Mixed signs take both branches; 40 entries grow the tapes past their first 32.
    double[] x = new double[40];
    Random rnd = new Random(3);
    for (int i = 0; i < x.length; i++) x[i] = rnd.nextDouble() * 2 - 0.8;
    double[][] exact = hessianDs(HessianVectorTest::recurrenceDs, x);
    Second f = arrayFunction("recurrence", null);
    double[] v = new double[x.length];
    for (int i = 0; i < v.length; i++) v[i] = Math.cos(i);
    double[] hv = new double[x.length];
    f.hv(x, v, new double[x.length], hv, 1.0, 0.0);
    for (int i = 0; i < x.length; i++) {
      double e = 0;
      for (int j = 0; j < x.length; j++) e += exact[i][j] * v[j];
      assertEquals(e, hv[i], 1e-11 * Math.max(1, Math.abs(e)), "recurrence H v vs Hipparchus [" + i + "]");
    }
    double[] small = Arrays.copyOf(x, 7);
    check("recurrence", f, small, hessianDs(HessianVectorTest::recurrenceDs, small));
  }

  @Test
  void callsReversedInJointMode() {
    double[] x = {0.4, -0.7, 1.1, 0.2, -0.3};
    check("calls", arrayFunction("calls", null), x, hessianDs(HessianVectorTest::callsDs, x));
  }

  @Test
  void copiesFillsAndPassiveData() {
    double[] x = {0.4, -0.7, 1.1, 0.2, -0.3};
    check("copies", COPIES, x, hessianDs(HessianVectorTest::copiesDs, x));
  }

  static DerivativeStructure hostedDs(DerivativeStructure[] x) {
    DerivativeStructure s = x[0].getField().getZero();
    for (DerivativeStructure xi : x) s = s.add(xi.multiply(xi).multiply(xi).multiply(xi));
    return s.add(1).log().multiply(x[0]).add(x[1].sin());
  }

  @Test
  void unmarkedCalleeOfAnotherClass() {
    double[] x = {0.4, -0.7, 1.1};
    check("hosted", arrayFunction("hosted", null), x, hessianDs(HessianVectorTest::hostedDs, x));
  }

  @Test
  void instanceMethod() {
    double[] x = {0.4, -0.7, 1.1, 0.2, -0.3};
    check("energy", arrayFunction("energy", RECEIVER), x, hessianDs(HessianVectorTest::energyDs, x));
  }

  @Test
  void floatMethod() {
    float[] x = {0.5f, -1.25f, 2f};
    float[] v = {1f, 0.5f, -2f};
    float[] grad = new float[3], hv = new float[3];
    invoke(null, "single$adjoint$tangent", x, v, grad, hv, 1f, 0f);
    for (int i = 0; i < 3; i++) {
      double expected = (6 * x[i] - Math.sin(x[i])) * v[i]; // diagonal Hessian
      assertEquals(expected, hv[i], 1e-5 * Math.max(1, Math.abs(expected)), "float H v [" + i + "]");
      assertEquals(3 * x[i] * x[i] + Math.cos(x[i]), grad[i], 1e-5, "float gradient [" + i + "]");
    }
  }

  static DerivativeStructure crossDs(DerivativeStructure[] x) {
    DerivativeStructure s = x[0].getField().getZero(), p = s.add(1);
    for (DerivativeStructure xi : x) {
      s = s.add(xi.multiply(xi));
      p = p.multiply(xi.cos().add(2));
    }
    return s.add(1).sqrt().multiply(p);
  }

  @Test
  void calleeInAnotherClassMarkedOrderTwo() {
    Class<?> caller = LinkedFixtures.of(CrossClassCaller.class, CrossClassCallee.class).get(CrossClassCaller.class);
    Second f = new Second() {
      public double[] gradient(double[] x) {
        double[] g = new double[x.length];
        invokeOn(caller, "outer$adjoint", x.clone(), g, 1.0);
        return g;
      }

      public double hv(double[] x, double[] v, double[] grad, double[] hv, double seed, double seedDot) {
        return d(invokeOn(caller, "outer$adjoint$tangent", x.clone(), v.clone(), grad, hv, seed, seedDot));
      }

      public double tangent(double[] x, double[] v) {
        return d(invokeOn(caller, "outer$tangent", x.clone(), v.clone()));
      }
    };
    double[] x = {0.3, -1.1, 0.8};
    check("cross-class", f, x, hessianDs(HessianVectorTest::crossDs, x));
  }

  static Object invokeOn(Class<?> type, String name, Object... args) {
    try {
      for (Method m : type.getDeclaredMethods()) {
        if (m.getName().equals(name) && m.getParameterCount() == args.length) return m.invoke(null, args);
      }
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(name, e);
    }
    throw new AssertionError("no " + name);
  }

  @Test
  void hessianHelperGivesTheDenseHessianAndProducts() {
    double[] x = {1.2, 0.8, -0.5, 1.1, 0.3, -0.9};
    double[][] exact = hessianDs(HessianVectorTest::rosenbrockDs, x);
    Hessian h = Hessian.of(MethodHandles.publicLookup(), T.type, "rosenbrock", 0, double[].class);
    double[][] dense = h.dense((Object) x.clone());
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x.length; j++) {
        assertEquals(exact[i][j], dense[i][j], 1e-12 * Math.max(1, Math.abs(exact[i][j])), "H[" + i + "][" + j + "]");
      }
    }
    // With passive data and an int: the Hessian with respect to parameter 0 only.
    double[] y = {0.4, -0.7, 1.1, 0.2, -0.3};
    Hessian hc = Hessian.of(MethodHandles.publicLookup(), T.type, "copies", 0, double[].class, double[].class, int.class);
    double[][] ec = hessianDs(HessianVectorTest::copiesDs, y);
    double[] v = {1, -2, 0.5, 0, 3};
    double[] hv = hc.times(v, y, DATA.clone(), N);
    for (int i = 0; i < y.length; i++) {
      double e = 0;
      for (int j = 0; j < y.length; j++) e += ec[i][j] * v[j];
      assertEquals(e, hv[i], 1e-12 * Math.max(1, Math.abs(e)), "copies H v [" + i + "]");
    }
    // An instance method: the receiver comes first among the arguments.
    double[] z = {0.4, -0.7, 1.1, 0.2, -0.3};
    double[][] ee = hessianDs(HessianVectorTest::energyDs, z);
    double[][] he = Hessian.of(MethodHandles.publicLookup(), T.type, "energy", 0, double[].class).dense(RECEIVER, z);
    for (int i = 0; i < z.length; i++) {
      for (int k = 0; k < z.length; k++) assertEquals(ee[i][k], he[i][k], 1e-12 * Math.max(1, Math.abs(ee[i][k])), "energy H[" + i + "][" + k + "]");
    }
    // Scalar parameters: the 2 x 2 Hessian of scalar(x, y).
    double[] p = {0.7, -1.3};
    double[][] hs = Hessian.ofScalars(MethodHandles.publicLookup(), T.type, "scalar", double.class, double.class).dense(p[0], p[1]);
    double[][] es = hessianDs(HessianVectorTest::scalarDs, p);
    for (int i = 0; i < 2; i++) {
      for (int k = 0; k < 2; k++) assertEquals(es[i][k], hs[i][k], 1e-12 * Math.max(1, Math.abs(es[i][k])), "scalar H[" + i + "][" + k + "]");
    }
    IllegalStateException missing = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> Hessians.adjointTangent(MethodHandles.publicLookup(), CrossClassCallee.class, "inner", double[].class));
    assertTrue(missing.getMessage().contains("-javaagent"), missing.getMessage());
  }

  @Test
  void secondOrderCompanionsAreReentrantAndThreadSafe() throws Exception {
    Second f = arrayFunction("recurrence", null);
    int threads = 8;
    double[][] xs = new double[threads][], expected = new double[threads][];
    for (int t = 0; t < threads; t++) {
      xs[t] = new Random(t).doubles(50, -0.8, 1.2).toArray();
      expected[t] = new double[50];
      f.hv(xs[t], xs[t], new double[50], expected[t], 1.0, 0.0);
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int k = t;
        results.add(pool.submit(() -> {
          for (int round = 0; round < 200; round++) {
            double[] hv = new double[50];
            f.hv(xs[k], xs[k], new double[50], hv, 1.0, 0.0);
            if (!Arrays.equals(hv, expected[k])) return false;
          }
          return true;
        }));
      }
      for (java.util.concurrent.Future<Boolean> r : results) assertTrue(r.get(), "a concurrent H·v differs from the serial one");
    } finally {
      pool.shutdownNow();
    }
  }

  static DerivativeStructure vanishingDs(DerivativeStructure[] x) {
    DerivativeStructure u = x[0].subtract(1);
    return u.multiply(x[1].sin().divide(x[1]).add(x[2].log()).add(x[2].multiply(x[1]).sqrt()));
  }

  /**
   * At {@code x[0] = 1} the adjoints of the division, {@code log} and {@code sqrt} are exactly 0
   * but their derivatives along {@code x[0]} are not: H's first row and column are not zero there
   * (before 2 Dec the strong zero {@code d == 0 ? 0 : d·partial}, a branch on the adjoint, made
   * their tangents 0: H·e0 was 0 instead of the row below, without a warning).
   */
  @Test
  void adjointsThatVanishStillPassTheirTangentsOn() {
    for (double[] x : new double[][] {{1.0, 0.7, 1.3}, {1.0, 0.4, 0.6}, {1.2, 0.7, 1.3}}) {
      double[][] exact = hessianDs(HessianVectorTest::vanishingDs, x);
      assertTrue(Math.abs(exact[0][1]) > 0.1 && Math.abs(exact[0][2]) > 0.1, "the oracle's mixed partials are not zero");
      check("vanishing at " + Arrays.toString(x), arrayFunction("vanishing", null), x, exact);
      double[] he0 = new double[3];
      arrayFunction("vanishing", null).hv(x, new double[] {1, 0, 0}, new double[3], he0, 1.0, 0.0);
      for (int j = 0; j < 3; j++) {
        assertEquals(exact[j][0], he0[j], 1e-12 * Math.max(1, Math.abs(exact[j][0])), "H e0 [" + j + "] at " + Arrays.toString(x));
      }
    }
  }

  /**
   * {@code rows$adjoint$tangent} with the inputs' tangents 0, the seed row 0 and the seed's tangent
   * w: the adjoint array holds row 0 and its tangent Jᵀw — two rows of a Jacobian from one forward.
   * Row 0's adjoint of {@code log x2} and {@code √x1 / x0} is exactly 0, so the tangent passes
   * through strong zeros on a zero adjoint (before 2 Dec it lost those terms: ∂r1/∂x2 came out 0).
   * Checked against the tangent's columns, central differences, the analytic Jacobian and the
   * dot-product test ({@code JacobianCheck}), and the value lane against {@code rows$adjoint}.
   */
  @Test
  void aSeedTangentGivesAnotherJacobianRowInTheSameCall() {
    double[] x = {0.8, 1.7, 2.5};
    double[][] exact = {
      {x[1], x[0], 0},
      {-Math.sqrt(x[1]) / (x[0] * x[0]), 0.5 / (Math.sqrt(x[1]) * x[0]), 1 / x[2]}
    };
    JacobianCheck.check("rows", x,
        p -> { double[] r = new double[2]; invoke(null, "rows", p, r); return r; },
        (p, v) -> { double[] dr = new double[2]; invoke(null, "rows$tangent", p, v, new double[2], dr); return dr; },
        (p, w) -> {
          double[] xBar = new double[3], dxBar = new double[3];
          invoke(null, "rows$adjoint$tangent", p, new double[3], xBar, dxBar, new double[2], new double[2], new double[] {1, 0}, w.clone());
          double[] row0 = new double[3];
          invoke(null, "rows$adjoint", p.clone(), row0, new double[2], new double[] {1, 0});
          assertTrue(Arrays.equals(row0, xBar), "the value lane is row 0: " + Arrays.toString(xBar));
          return dxBar;
        },
        exact);
  }

  @Test
  void firstOrderCompanionsOfOrderTwoMethodsStayCorrect() {
    double[] x = {1.2, 0.8, -0.5, 1.1};
    Second f = arrayFunction("rosenbrock", null);
    double[] g = f.gradient(x);
    assertEquals(2 * (x[0] - 1) - 400 * x[0] * (x[1] - x[0] * x[0]), g[0], 1e-12);
    assertEquals(200 * (x[1] - x[0] * x[0]), g[1], 1e-12);
    assertEquals(g[0] * 0.5 - g[3], f.tangent(x, new double[] {0.5, 0, 0, -1}), 1e-12);
  }

  @Test
  void everyOrderTwoMethodAndItsCalleesGetSecondOrderCompanions() {
    for (String name : new String[] {"scalar", "rosenbrock", "recurrence", "calls", "copies", "energy", "single", "hosted", "vanishing", "rows"}) {
      assertTrue(T.result.generated().stream().anyMatch(g -> g.contains("." + name + "$adjoint$tangent(")), name);
    }
    // The helpers' adjoints are differentiated too (private second-order companions).
    assertTrue(T.result.generated().stream().anyMatch(g -> g.contains(".dot$adjoint$tangent(")));
  }
}
