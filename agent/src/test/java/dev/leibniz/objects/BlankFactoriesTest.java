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
import dev.leibniz.objects.fixtures.blankfactories.Cells;
import dev.leibniz.objects.fixtures.blankfactories.Dense;
import dev.leibniz.objects.fixtures.blankfactories.Pooled;
import dev.leibniz.objects.fixtures.blankfactories.Strided;
import dev.leibniz.testing.FirstDispatchInstalled;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * la4j's abstract factory: {@link Cells} holds no number, and its marked methods make their results by the abstract
 * {@code blankOfLength(n)}, which two subclasses known only at run time implement ({@link Dense}'s {@code double[]},
 * {@link Strided}'s every other cell), each returning a new object of its own class. The tangent dispatches the call to
 * the companion each class gets at its first call: checked here against the analytic gradient and central differences on
 * both classes through the same call sites. The adjoint is still refused, located (the call is reversed jointly, which
 * cannot give the caller the adjoint shadow of the object returned, and there is no one implementation whose split
 * adjoint could be hosted: core.CalleeOracle.splitDeclaration); a factory implementation keeping its result in a static
 * ({@link Pooled}) fails loudly in the tangent naming its class. What stops the adjoint is in the report of this branch:
 * a split adjoint dispatched on the receiver's class gets through, but the implementation's split pushes no adjoint
 * shadow for the blank object it returns (made from passive values), so the caller has no shadow to write into.
 */
@ExtendWith(FirstDispatchInstalled.class)
class BlankFactoriesTest {
  static final Transformed T = Transformed.of(Cells.class);
  static final Class<?> C = T.type;
  static final Class<?> DENSE = below(T, Dense.class);
  static final Class<?> STRIDED = below(T, Strided.class);
  static final Class<?>[] ARRAY = {double[].class};

  static final double[] X = {0.7, -1.3, 2.1};
  static final double[] WEIGHTS = {1.5, -0.8, 0.6};
  static final int N = X.length;

  static Function<double[], Object> of(Class<?> c) {
    return v -> make(c, ARRAY, (Object) v.clone());
  }

  /** The numbers an object of either class holds. */
  static double[] values(Object o) {
    if (o.getClass().getSimpleName().equals("Strided")) {
      double[] cells = (double[]) field(o, "cells"), v = new double[cells.length / 2];
      for (int i = 0; i < v.length; i++) v[i] = cells[2 * i];
      return v;
    }
    return (double[]) field(o, "data");
  }

  static Method named(String name) {
    return Arrays.stream(C.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " is missing; diagnostics: " + T.result.diagnostics()));
  }

  static double weighed(Object r) {
    double[] v = values(r);
    double s = 0;
    for (int i = 0; i < N; i++) s += WEIGHTS[i] * v[i];
    return s;
  }

  /** scaledSquares(k) read as sum_i c_i r_i: r_i = k x_i^2 in a new object of the receiver's class. */
  static void checkScaledSquares(Function<double[], Object> make) {
    double[] x = Arrays.copyOf(X, N + 1);
    x[N] = 1.7;
    double[] exact = new double[N + 1];
    for (int i = 0; i < N; i++) {
      exact[i] = 2 * WEIGHTS[i] * x[N] * X[i];
      exact[N] += WEIGHTS[i] * X[i] * X[i];
    }
    Method t = named("scaledSquares$tangent"), a = named("scaledSquares$adjoint");
    Function<double[], Object> receiver = v -> make.apply(Arrays.copyOf(v, N));
    T.checkGradient("scaledSquares", x, exact,
        v -> new double[] {weighed(on(named("scaledSquares"), receiver.apply(v), v[N]))},
        (v, dv) -> {
          Object shadow = on(t, receiver.apply(v), receiver.apply(dv), v[N], dv[N]);
          assertTrue(shadow.getClass() == make.apply(X).getClass(), "the result's shadow is of the receiver's class");
          return new double[] {weighed(shadow)};
        },
        (v, ybar) -> {
          Object p = receiver.apply(v), bar = Derivatives.zeroShadow(p);
          double[] seedValues = new double[N], kbar = new double[1];
          for (int i = 0; i < N; i++) seedValues[i] = WEIGHTS[i] * ybar[0];
          Object r = on(a, p, bar, v[N], make.apply(seedValues), kbar);
          assertEquals(weighed(on(named("scaledSquares"), receiver.apply(v), v[N])), weighed(r), 0, "the adjoint returns the primal result");
          return concat(values(bar), kbar);
        });
  }

  /** weighedSines(w) = sum_i sin(x_i) w^i, the sines kept in an object the factory made. */
  static void checkWeighedSines(Function<double[], Object> make) {
    double[] x = Arrays.copyOf(X, N + 1);
    x[N] = 0.9;
    double[] exact = new double[N + 1];
    for (int i = 0; i < N; i++) {
      exact[i] = Math.cos(X[i]) * Math.pow(x[N], i);
      exact[N] += i * Math.sin(X[i]) * Math.pow(x[N], i - 1);
    }
    Method t = named("weighedSines$tangent"), a = named("weighedSines$adjoint");
    Function<double[], Object> receiver = v -> make.apply(Arrays.copyOf(v, N));
    T.checkGradient("weighedSines", x, exact,
        v -> new double[] {(double) on(named("weighedSines"), receiver.apply(v), v[N])},
        (v, dv) -> new double[] {(double) on(t, receiver.apply(v), receiver.apply(dv), v[N], dv[N])},
        (v, ybar) -> {
          Object p = receiver.apply(v), bar = Derivatives.zeroShadow(p);
          double[] wbar = new double[1];
          on(a, p, bar, v[N], ybar[0], wbar);
          return concat(values(bar), wbar);
        });
  }

  @Test
  void theResultMadeByTheFactoryOfEitherClass() {
    checkScaledSquares(of(STRIDED));
    checkScaledSquares(of(DENSE));
    checkScaledSquares(of(STRIDED)); // the sites linked for both classes
  }

  @Test
  void anObjectMadeByTheFactoryKeptInside() {
    checkWeighedSines(of(STRIDED));
    checkWeighedSines(of(DENSE));
  }

  /** Pooled's factory keeps its result in a static, which no shadow follows: both modes name it, never a wrong number. */
  @Test
  void aFactoryKeepingItsResultFailsLoudly() {
    Class<?> pooled = below(T, Pooled.class);
    Method t = named("weighedSines$tangent");
    for (int round = 0; round < 2; round++) {
      Object p = make(pooled, ARRAY, (Object) X.clone()), dp = make(pooled, ARRAY, (Object) new double[] {1, 0, 0});
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> on(t, p, dp, 0.9, 0.0));
      assertTrue(e.getMessage().startsWith("leibniz:") && e.getMessage().contains("Pooled"), e.getMessage());
      Object q = make(pooled, ARRAY, (Object) X.clone()), bar = make(pooled, ARRAY, (Object) new double[N]);
      e = assertThrows(IllegalStateException.class, () -> on(named("weighedSines$adjoint"), q, bar, 0.9, 1.0, new double[1]));
      assertTrue(e.getMessage().startsWith("leibniz:") && e.getMessage().contains("Pooled"), e.getMessage());
    }
  }

  /** Without the agent (no first dispatch) no class gets the factory's tangent: the call fails naming the class. */
  @Test
  void withoutTheAgentTheCallFailsLoudly() {
    Transformed fresh = Transformed.of(Cells.class); // call sites not yet linked for any class
    Class<?> c = fresh.type, dense = below(fresh, Dense.class);
    Method t = Arrays.stream(c.getDeclaredMethods()).filter(m -> m.getName().equals("weighedSines$tangent")).findFirst().orElseThrow();
    FirstDispatch.uninstall();
    try {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> on(t, make(dense, ARRAY, (Object) X.clone()),
          make(dense, ARRAY, (Object) new double[] {1, 0, 0}), 0.9, 0.0));
      assertTrue(e.getMessage().startsWith("leibniz:") && e.getMessage().contains("Dense"), e.getMessage());
      Method a = Arrays.stream(c.getDeclaredMethods()).filter(m -> m.getName().equals("weighedSines$adjoint")).findFirst().orElseThrow();
      e = assertThrows(IllegalStateException.class, () -> on(a, make(dense, ARRAY, (Object) X.clone()),
          make(dense, ARRAY, (Object) new double[N]), 0.9, 1.0, new double[1]));
      assertTrue(e.getMessage().startsWith("leibniz:") && e.getMessage().contains("Dense"), e.getMessage());
    } finally {
      FirstDispatch.install(false);
    }
  }
}
