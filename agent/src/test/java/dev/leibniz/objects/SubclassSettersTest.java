package dev.leibniz.objects;

import static dev.leibniz.objects.SubclassNumbersTest.below;
import static dev.leibniz.objects.SubclassNumbersTest.concat;
import static dev.leibniz.objects.SubclassNumbersTest.field;
import static dev.leibniz.objects.SubclassNumbersTest.make;
import static dev.leibniz.objects.SubclassNumbersTest.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.agent.FirstDispatch;
import dev.leibniz.objects.fixtures.subclasssetters.Cells;
import dev.leibniz.objects.fixtures.subclasssetters.Grid;
import dev.leibniz.objects.fixtures.subclasssetters.Leaky;
import dev.leibniz.objects.fixtures.subclasssetters.Tally;
import dev.leibniz.testing.FirstDispatchInstalled;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * la4j's abstract setter: {@link Cells} holds no number; its marked methods write the numbers through the abstract {@code
 * set(i, value)} that a subclass known only at run time implements ({@link Grid}'s {@code double[]}, {@link Tally}'s
 * running total too). The call is dispatched as a strategy's is (core.CalleeOracle.isStrategyShape: the receiver has a
 * shadow and is given a {@code double}): the receiver's class gets its tangent and split adjoint at its first call, which
 * write the receiver's shadow. Both modes against the analytic gradient, central differences and the dot-product test,
 * for the receiver written in place and for a parameter written; a subclass whose setter keeps the value where no shadow
 * follows it (a static) fails loudly naming it, and so does any subclass without the agent, never a derivative of 0.
 */
@ExtendWith(FirstDispatchInstalled.class)
class SubclassSettersTest {
  static final Transformed T = Transformed.of(Cells.class);
  static final Class<?> GRID = below(T, Grid.class);
  static final Class<?> C = T.type;
  static final Class<?>[] ARRAY = {double[].class};

  /** A Grid over a copy of {@code v}. */
  static Object grid(double... v) {
    return make(GRID, ARRAY, (Object) v.clone());
  }

  static double[] data(Object g) {
    return (double[]) field(g, "data");
  }

  static double primal(String name, Object receiver, Object... args) {
    for (Method m : C.getDeclaredMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length) return (double) on(m, receiver, args);
    }
    throw new AssertionError(name);
  }

  static final double[] X = {0.7, -1.3, 2.1};
  static final int N = X.length;

  /** d/dx_i and d/dw of sum_i x_i^2 w^i. */
  static double[] squareThenWeighGradient(double[] x, double w) {
    double[] g = new double[x.length + 1];
    for (int i = 0; i < x.length; i++) {
      g[i] = 2 * x[i] * Math.pow(w, i);
      g[x.length] += i * x[i] * x[i] * Math.pow(w, i - 1);
    }
    return g;
  }

  /** squareThenWeigh on receivers made by {@code make} from the numbers, the last input w. */
  static void checkSquareThenWeigh(java.util.function.Function<double[], Object> make) {
    double[] x = Arrays.copyOf(X, N + 1);
    x[N] = 0.9;
    Method t = T.method("squareThenWeigh$tangent", C, double.class, double.class);
    Method a = T.method("squareThenWeigh$adjoint", C, double.class, double.class, double[].class);
    T.checkGradient("squareThenWeigh", x, squareThenWeighGradient(X, x[N]),
        v -> new double[] {primal("squareThenWeigh", make.apply(Arrays.copyOf(v, N)), v[N])},
        (v, dv) -> new double[] {(double) on(t, make.apply(Arrays.copyOf(v, N)), make.apply(Arrays.copyOf(dv, N)), v[N], dv[N])},
        (v, ybar) -> {
          Object p = make.apply(Arrays.copyOf(v, N)), bar = Derivatives.zeroShadow(p);
          double[] wbar = new double[1];
          double f = (double) on(a, p, bar, v[N], ybar[0], wbar);
          assertEquals(primal("squareThenWeigh", make.apply(Arrays.copyOf(v, N)), v[N]), f, 0, "the adjoint returns the primal value");
          assertTrue(bar.getClass() == p.getClass(), "the shadow is of the primal's run-time class");
          return concat(data(bar), wbar);
        });
  }

  @Test
  void theReceiverWrittenThroughTheAbstractSetter() {
    checkSquareThenWeigh(SubclassSettersTest::grid);
  }

  /** Tally's set also adds to a double field of its own: its companions write that field's shadow too. */
  @Test
  void aSubclassWhoseSetterWritesMore() {
    Class<?> tally = below(T, Tally.class);
    checkSquareThenWeigh(v -> make(tally, ARRAY, (Object) v.clone()));
  }

  /** scaleInto(into, k) = sum_i k sin(x_i) x_i after into[i] = k sin(x_i): the parameter written; its old numbers have no influence. */
  @Test
  void aParameterWrittenThroughTheAbstractSetter() {
    double[] into = {5.0, -4.0, 3.0};
    double k = 1.7;
    double[] x = concat(concat(X, into), new double[] {k});
    double[] exact = new double[x.length];
    for (int i = 0; i < N; i++) {
      exact[i] = k * (Math.cos(X[i]) * X[i] + Math.sin(X[i]));
      exact[2 * N] += Math.sin(X[i]) * X[i];
    }
    Method t = T.method("scaleInto$tangent", C, C, C, double.class, double.class);
    Method a = T.method("scaleInto$adjoint", C, C, C, double.class, double.class, double[].class);
    T.checkGradient("scaleInto", x, exact,
        v -> new double[] {primal("scaleInto", grid(Arrays.copyOf(v, N)), grid(Arrays.copyOfRange(v, N, 2 * N)), v[2 * N])},
        (v, dv) -> new double[] {(double) on(t, grid(Arrays.copyOf(v, N)), grid(Arrays.copyOf(dv, N)),
            grid(Arrays.copyOfRange(v, N, 2 * N)), grid(Arrays.copyOfRange(dv, N, 2 * N)), v[2 * N], dv[2 * N])},
        (v, ybar) -> {
          Object p = grid(Arrays.copyOf(v, N)), q = grid(Arrays.copyOfRange(v, N, 2 * N));
          Object pbar = Derivatives.zeroShadow(p), qbar = Derivatives.zeroShadow(q);
          double[] kbar = new double[1];
          on(a, p, pbar, q, qbar, v[2 * N], ybar[0], kbar);
          return concat(concat(data(pbar), data(qbar)), kbar);
        });
  }

  /** Leaky's set keeps the value in a static, which no shadow follows: both modes name it, never a derivative of 0. */
  @Test
  void aSubclassWhoseSetterKeepsTheValueInAStaticFailsLoudly() {
    Class<?> leaky = below(T, Leaky.class);
    Method t = T.method("squareThenWeigh$tangent", C, double.class, double.class);
    Method a = T.method("squareThenWeigh$adjoint", C, double.class, double.class, double[].class);
    for (int round = 0; round < 2; round++) {
      Object p = make(leaky, ARRAY, (Object) X.clone()), dp = make(leaky, ARRAY, (Object) new double[] {1, 0, 0});
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> on(t, p, dp, 0.9, 0.0));
      assertTrue(e.getMessage().startsWith("leibniz:") && e.getMessage().contains("Leaky"), e.getMessage());
      Object q = make(leaky, ARRAY, (Object) X.clone()), bar = make(leaky, ARRAY, (Object) new double[N]);
      e = assertThrows(IllegalStateException.class, () -> on(a, q, bar, 0.9, 1.0, new double[1]));
      assertTrue(e.getMessage().startsWith("leibniz:") && e.getMessage().contains("Leaky"), e.getMessage());
    }
  }

  /** Without the agent (no first dispatch) no class gets the setter's companions: the call fails naming the class. */
  @Test
  void withoutTheAgentTheCallFailsLoudly() {
    Transformed fresh = Transformed.of(Cells.class); // call sites not yet linked for any class
    Class<?> c = fresh.type, grid = below(fresh, Grid.class);
    Method t = fresh.method("squareThenWeigh$tangent", c, double.class, double.class);
    Method a = fresh.method("squareThenWeigh$adjoint", c, double.class, double.class, double[].class);
    FirstDispatch.uninstall();
    try {
      Object p = make(grid, ARRAY, (Object) X.clone());
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> on(t, p, make(grid, ARRAY, (Object) new double[] {1, 0, 0}), 0.9, 0.0));
      assertTrue(e.getMessage().startsWith("leibniz:") && e.getMessage().contains("Grid"), e.getMessage());
      e = assertThrows(IllegalStateException.class, () -> on(a, make(grid, ARRAY, (Object) X.clone()),
          make(grid, ARRAY, (Object) new double[N]), 0.9, 1.0, new double[1]));
      assertTrue(e.getMessage().startsWith("leibniz:") && e.getMessage().contains("Grid"), e.getMessage());
    } finally {
      FirstDispatch.install(false);
    }
  }
}
