package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static dev.leibniz.oracle.ArraysAndCallsTest.one;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.agent.FirstDispatch;
import dev.leibniz.oracle.fixtures.firstdispatch.Cubic;
import dev.leibniz.oracle.fixtures.firstdispatch.Field;
import dev.leibniz.oracle.fixtures.firstdispatch.Integrals;
import dev.leibniz.oracle.fixtures.firstdispatch.Lambdas;
import dev.leibniz.oracle.fixtures.firstdispatch.LongPendulum;
import dev.leibniz.oracle.fixtures.firstdispatch.MethodRefs;
import dev.leibniz.oracle.fixtures.firstdispatch.Model;
import dev.leibniz.oracle.fixtures.firstdispatch.Pendulum;
import dev.leibniz.oracle.fixtures.firstdispatch.Quartic;
import dev.leibniz.oracle.fixtures.firstdispatch.QuarticPlus;
import dev.leibniz.oracle.fixtures.firstdispatch.Recording;
import dev.leibniz.oracle.fixtures.firstdispatch.Remote;
import dev.leibniz.oracle.fixtures.firstdispatch.SameShape;
import dev.leibniz.testing.Transformed;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Companions generated at the first dispatched call (docs/architecture.md, "Companions at first
 * dispatch"): a marked method calls back into implementations and lambdas nobody marked, whose
 * classes the core never saw. The agent's bridge is installed in process, as premain does; each
 * callback is checked in both modes against central differences, an analytic formula (or
 * Hipparchus) and the dot-product test.
 */
class FirstDispatchTest {
  /** An implementation loaded before the marked caller's class. */
  private static final DoubleUnaryOperator LOADED_FIRST = new Cubic(0.5);

  /** As premain does, with Instrumentation (which lets the agent tell lambdas of one shape apart). */
  @BeforeAll
  static void agent() {
    FirstDispatch.install(false, net.bytebuddy.agent.ByteBuddyAgent.install());
  }

  @AfterAll
  static void noAgent() {
    FirstDispatch.uninstall();
  }

  private static final Class<?> I = LinkedFixtures.of(Integrals.class).get(Integrals.class);

  @Test
  void implementationsNobodyMarked() {
    trapezoid(LOADED_FIRST, x -> 1.5 * x * x + 1);
    trapezoid(new Quartic(), x -> Math.cos(Math.pow(x, 4)) * 4 * x * x * x); // loaded after the caller
  }

  /** An override nobody marked that calls the method it overrides (super.applyAsDouble). */
  @Test
  void aDefaultMethodNotAPrivateLookalikeOfTheSuperclass() {
    trapezoid(new dev.leibniz.oracle.fixtures.firstdispatch.PrivateLookalike(), x -> 2 * x);
  }

  @Test
  void overrideCallingSuper() {
    trapezoid(new QuarticPlus(), x -> Math.cos(Math.pow(x, 4)) * 4 * x * x * x + 2 * x);
  }

  @Test
  void lambdasAndAMethodReferenceCreatedInClassesNobodyMarked() {
    trapezoid(Lambdas.plain(), x -> 2 * x * Math.sin(x) + x * x * Math.cos(x));
    trapezoid(Lambdas.scaled(1.7), x -> 0.85 * Math.exp(x / 2));
    double[] w = {0.4, -1.3};
    trapezoid(Lambdas.weighted(w), x -> w[0] + 2 * w[1] * x);
    trapezoid(MethodRefs.bump(), x -> -2 * x * Math.exp(-x * x));
    Model model = new Model(1.3);
    trapezoid(model.asFunction(), x -> 1.3 * Math.cos(x) + x * x); // capturing this
    trapezoid(model.bound(), x -> 2.6 * x); // a bound reference to an overridable method
  }

  @Test
  void implementationInAClassLoaderOfItsOwn() throws Exception {
    ClassLoader isolated = new ClassLoader(FirstDispatchTest.class.getClassLoader()) {
      @Override
      protected Class<?> loadClass(String n, boolean resolve) throws ClassNotFoundException {
        if (!n.equals(Remote.class.getName())) return super.loadClass(n, resolve);
        synchronized (getClassLoadingLock(n)) {
          Class<?> c = findLoadedClass(n);
          byte[] b = Transformed.bytesOf(Remote.class);
          return c != null ? c : defineClass(n, b, 0, b.length);
        }
      }
    };
    Object remote = isolated.loadClass(Remote.class.getName()).getConstructor().newInstance();
    assertTrue(remote.getClass() != Remote.class && remote.getClass().getModule() != FirstDispatch.class.getModule());
    trapezoid((DoubleUnaryOperator) remote, x -> Math.exp(x) * (1 - x) * (1 - x) / ((1 + x * x) * (1 + x * x)));
  }

  /** A void callback writing its output array: an implementation, one inheriting it, a lambda. */
  @Test
  void rightHandSidesWritingTheirOutput() {
    euler(new Pendulum(2.0), 2.0);
    euler(new LongPendulum(), 0.5);
    euler(Lambdas.pendulum(), 2.0);
    euler(Lambdas.pendulum(new double[] {1.5}), 1.5); // capturing an array it only reads
  }

  @Test
  void receiverThatCannotBeDifferentiatedIsNamed() {
    Recording r = new Recording();
    for (String mode : new String[] {"tangent", "adjoint"}) {
      AssertionError e = assertThrows(AssertionError.class, () -> {
        if (mode.equals("tangent")) callOn(null, I, "trapezoid$tangent", r, 0.1, 1.0, 0.9, 0.0, 3);
        else callOn(null, I, "trapezoid$adjoint", r, 0.1, 0.9, 3, 1.0, new double[2]);
      });
      String m = e.getCause().getMessage();
      assertTrue(e.getCause() instanceof IllegalStateException && m.contains(Recording.class.getName() + " has no companion applyAsDouble$" + mode)
          && m.contains("double " + Recording.class.getName() + ".applyAsDouble(double)") && m.contains("field"), m);
    }
    DoubleUnaryOperator summing = Lambdas.summing(new double[1]);
    AssertionError e = assertThrows(AssertionError.class, () -> callOn(null, I, "trapezoid$tangent", summing, 0.1, 1.0, 0.9, 0.0, 3));
    String m = e.getCause().getMessage();
    assertTrue(m.contains(summing.getClass().getName() + " has no companion") && m.contains("captures an array that its body may write"), m);
  }

  /**
   * Two lambdas of one shape created in one class: by shape alone their bodies cannot be told apart
   * (the error says so); with the agent's Instrumentation, the constant pool of each lambda's class
   * names its body.
   */
  @Test
  void lambdasOfOneShapeAreToldApartByTheBodyTheyCall() {
    DoubleUnaryOperator square = SameShape.square(), sine = SameShape.sine();
    try {
      FirstDispatch.install(false); // no Instrumentation: by shape only
      AssertionError e = assertThrows(AssertionError.class, () -> callOn(null, I, "trapezoid$tangent", square, 0.1, 1.0, 0.9, 0.0, 3));
      String m = e.getCause().getMessage();
      assertTrue(m.contains(square.getClass().getName() + " has no companion") && m.contains("cannot be told"), m);
    } finally {
      agent();
    }
    trapezoid(square, x -> 2 * x);
    trapezoid(sine, Math::cos);
  }

  /** Threads meeting a receiver class at once all get its one companion. */
  @Test
  void threadsRelinkingAtOnce() throws Exception {
    int threads = 8;
    java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      java.util.List<java.util.concurrent.Future<double[]>> results = new java.util.ArrayList<>();
      DoubleUnaryOperator f = Lambdas.scaled(-0.3); // a class no call site has met yet
      for (int k = 0; k < threads; k++) {
        boolean tangent = k % 2 == 0;
        results.add(pool.submit(() -> {
          start.await();
          if (tangent) return one(d(callOn(null, I, "trapezoid$tangent", f, 0.2, 0.0, 1.1, 1.0, 4)));
          double[] g = new double[2];
          callOn(null, I, "trapezoid$adjoint", f, 0.2, 1.1, 4, 1.0, g);
          return new double[] {g[1]};
        }));
      }
      double exact = trapezoidGradient(f, x -> -0.15 * Math.exp(x / 2), 0.2, 1.1, 4)[1];
      for (java.util.concurrent.Future<double[]> r : results) {
        org.junit.jupiter.api.Assertions.assertEquals(exact, r.get()[0], 1e-13);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** trapezoid(f, a, b, n) for n = 1 and 4 at two intervals, against its exact gradient given f'. */
  private static void trapezoid(DoubleUnaryOperator f, DoubleUnaryOperator df) {
    for (int round = 0; round < 2; round++) { // the second round runs on linked call sites
      for (int n : new int[] {1, 4}) {
        for (double[] ab : new double[][] {{0.2, 1.1}, {-0.7, 0.4}}) {
          JacobianCheck.check("trapezoid " + f.getClass().getName() + " n=" + n, ab,
              x -> one(d(callOn(null, I, "trapezoid", f, x[0], x[1], n))),
              (x, xd) -> one(d(callOn(null, I, "trapezoid$tangent", f, x[0], xd[0], x[1], xd[1], n))),
              (x, yb) -> {
                double[] g = new double[2];
                callOn(null, I, "trapezoid$adjoint", f, x[0], x[1], n, yb[0], g);
                return g;
              },
              new double[][] {trapezoidGradient(f, df, ab[0], ab[1], n)});
        }
      }
    }
  }

  /** d/da and d/db of h (f(x0)/2 + f(x1) + ... + f(xn)/2), with h = (b - a)/n and x_i = a + i h. */
  static double[] trapezoidGradient(DoubleUnaryOperator f, DoubleUnaryOperator df, double a, double b, int n) {
    double h = (b - a) / n, s = 0, da = 0, db = 0;
    for (int i = 0; i <= n; i++) {
      double w = i == 0 || i == n ? 0.5 : 1, x = i == n ? b : a + i * h;
      s += w * f.applyAsDouble(x);
      da += w * df.applyAsDouble(x) * (1 - (double) i / n);
      db += w * df.applyAsDouble(x) * i / n;
    }
    return new double[] {-s / n + h * da, s / n + h * db};
  }

  /** eulerEnergy(f, t, h, y0) with respect to (t, h, y0, y1), against Hipparchus for the pendulum with g/l = k. */
  private static void euler(Field f, double k) {
    for (double[] x0 : new double[][] {{0.3, 0.2, 0.8, -0.4}, {-1.0, 0.05, -0.3, 1.2}}) {
      JacobianCheck.check("eulerEnergy " + f.getClass().getName(), x0,
          x -> one(d(callOn(null, I, "eulerEnergy", f, x[0], x[1], new double[] {x[2], x[3]}))),
          (x, xd) -> one(d(callOn(null, I, "eulerEnergy$tangent", f, x[0], xd[0], x[1], xd[1],
              new double[] {x[2], x[3]}, new double[] {xd[2], xd[3]}))),
          (x, yb) -> {
            double[] ybar = new double[2], s = new double[2];
            callOn(null, I, "eulerEnergy$adjoint", f, x[0], x[1], new double[] {x[2], x[3]}, ybar, yb[0], s);
            return new double[] {s[0], s[1], ybar[0], ybar[1]};
          },
          new double[][] {eulerGradient(k, x0)});
    }
  }

  private static double[] eulerGradient(double k, double[] x) {
    DSFactory ds = new DSFactory(4, 1);
    DerivativeStructure t = ds.variable(0, x[0]), h = ds.variable(1, x[1]);
    DerivativeStructure[] y = {ds.variable(2, x[2]), ds.variable(3, x[3])};
    for (int s = 0; s < 2; s++) {
      DerivativeStructure ts = t.add(h.multiply(s));
      DerivativeStructure d0 = y[1], d1 = y[0].sin().multiply(-k).add(ts.divide(10));
      y = new DerivativeStructure[] {y[0].add(h.multiply(d0)), y[1].add(h.multiply(d1))};
    }
    DerivativeStructure e = y[0].multiply(y[0]).add(y[1].multiply(y[1]));
    double[] g = new double[4];
    for (int v = 0; v < 4; v++) {
      int[] order = new int[4];
      order[v] = 1;
      g[v] = e.getPartialDerivative(order);
    }
    return g;
  }
}
