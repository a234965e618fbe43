package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.visitors.Dense;
import dev.leibniz.objects.fixtures.visitors.Dot;
import dev.leibniz.objects.fixtures.visitors.Pairing;
import dev.leibniz.objects.fixtures.visitors.Remembering;
import dev.leibniz.objects.fixtures.visitors.Strided;
import dev.leibniz.objects.fixtures.visitors.Vec;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.LinkedFixtures;
import dev.leibniz.testing.FirstDispatchInstalled;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * la4j's visitor, dispatched twice with a generic result: {@link Vec#dot} is {@code apply(DOT, that)} unboxed, the
 * receiver's class ({@link Dense} or {@link Strided}) picks {@code apply}, which returns {@code that.applyAfter(op,
 * this)}, whose class picks {@link Dot}'s method for the pair, a {@code Double}; every level returns the erased {@code
 * Object} of the next. Each level's implementation gets, at its first call, the companions of its unboxed view
 * (core.UnboxedViews: its code with the caller's unboxing moved into its returns), and the boxed {@code Double apply} of
 * the operation its companions (agent.Implementations.unboxed): checked for the four pairs of classes in both modes
 * against the analytic gradient, central differences and the dot-product test. An implementation that keeps state
 * ({@link Remembering}) fails at its first call naming its class, in both modes. Before: both methods refused ("Object
 * Vec.apply(Pairing, Vec) is an overridable instance method that is not @Differentiable").
 */
@ExtendWith(FirstDispatchInstalled.class)
class VisitorDispatchTest {
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(Vec.class, Pairing.class, Dot.class, Dense.class,
      Strided.class, Remembering.class);
  static final Class<?> V = L.get(Vec.class);
  static final double[] X = {0.7, -1.3, 2.1};
  static final double[] Y = {1.2, 0.4, -0.9};
  static final int N = X.length;

  static Function<double[], Object> of(Class<?> fixture) {
    Class<?> c = L.get(fixture);
    return v -> {
      try {
        return c.getConstructor(double[].class).newInstance((Object) v.clone());
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    };
  }

  /** The numbers an object of either class holds. */
  static double[] values(Object o) {
    try {
      Class<?> c = o.getClass();
      while (c.getSuperclass() != V) c = c.getSuperclass();
      Field f = c.getDeclaredField(c.getSimpleName().equals("Strided") ? "cells" : "data");
      f.setAccessible(true);
      double[] held = (double[]) f.get(o);
      if (!c.getSimpleName().equals("Strided")) return held.clone();
      double[] v = new double[held.length / 2];
      for (int i = 0; i < v.length; i++) v[i] = held[2 * i];
      return v;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Method named(String name) {
    return Arrays.stream(V.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " is missing; diagnostics: " + L.result(Vec.class).diagnostics()));
  }

  static Object on(Method m, Object receiver, Object... args) {
    try {
      m.setAccessible(true);
      return m.invoke(receiver, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new AssertionError(e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  static double[] x(double[] z) {
    return Arrays.copyOf(z, N);
  }

  static double[] y(double[] z) {
    return Arrays.copyOfRange(z, N, 2 * N);
  }

  /**
   * {@code method(that)} of receiver {@code a(x)}, argument {@code b(y)}, as a function of z = (x, y): its tangent in every
   * unit direction against {@code exact} and central differences, its adjoint gradient against both, and the dot-product
   * test on a direction mixing all inputs.
   */
  static void check(String method, Function<double[], Object> a, Function<double[], Object> b, double[] exact) {
    Method primal = named(method), tangent = named(method + "$tangent"), adjoint = named(method + "$adjoint");
    double[] z = new double[2 * N];
    System.arraycopy(X, 0, z, 0, N);
    System.arraycopy(Y, 0, z, N, N);
    Function<double[], Double> f = v -> (Double) on(primal, a.apply(x(v)), b.apply(y(v)));
    java.util.function.BiFunction<double[], double[], Double> t = (v, dv) -> (Double) on(tangent, a.apply(x(v)),
        a.apply(x(dv)), b.apply(y(v)), b.apply(y(dv)));
    Object p = a.apply(X), q = b.apply(Y), pBar = Derivatives.zeroShadow(p), qBar = Derivatives.zeroShadow(q);
    double seed = 0.8;
    double value = (Double) on(adjoint, p, pBar, q, qBar, seed);
    assertEquals(f.apply(z), value, 0, method + ": the adjoint returns the primal result");
    double[] gradient = new double[2 * N];
    System.arraycopy(values(pBar), 0, gradient, 0, N);
    System.arraycopy(values(qBar), 0, gradient, N, N);
    for (int k = 0; k < 2 * N; k++) {
      double[] e = new double[2 * N];
      e[k] = 1;
      double dk = t.apply(z, e);
      assertEquals(exact[k], dk, 1e-12, method + ": tangent " + k + " vs analytic");
      int kk = k;
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(h -> {
        double[] moved = z.clone();
        moved[kk] += h;
        return f.apply(moved);
      }, 0);
      assertEquals(fd.value(), dk, fd.tolerance(1e-9), method + ": tangent " + k + " vs differences");
      assertEquals(seed * exact[k], gradient[k], 1e-12, method + ": adjoint " + k + " vs analytic");
    }
    double[] dz = new double[2 * N];
    for (int k = 0; k < dz.length; k++) dz[k] = Math.sin(1.3 * k + 0.4);
    double dot = 0;
    for (int k = 0; k < dz.length; k++) dot += gradient[k] * dz[k];
    assertEquals(seed * t.apply(z, dz), dot, 1e-12, method + ": dot product");
  }

  static double[] dotGradient() {
    double[] g = new double[2 * N];
    System.arraycopy(Y, 0, g, 0, N);
    System.arraycopy(X, 0, g, N, N);
    return g;
  }

  static double[] squaredDotGradient() {
    double d = 0;
    for (int i = 0; i < N; i++) d += X[i] * Y[i];
    double[] g = new double[2 * N];
    for (int i = 0; i < N; i++) {
      g[i] = 2 * d * Y[i];
      g[N + i] = 2 * d * X[i];
    }
    g[0] += Math.cos(X[0]);
    return g;
  }

  @Test
  void bothMethodsAreDifferentiated() {
    assertTrue(L.result(Vec.class).diagnostics().stream().noneMatch(d -> !d.warning()), L.result(Vec.class).diagnostics().toString());
  }

  @Test
  void theDotProductThroughBothDispatchesForEachPairOfClasses() {
    Class<?>[] classes = {Dense.class, Strided.class};
    for (Class<?> a : classes) {
      for (Class<?> b : classes) {
        check("dot", of(a), of(b), dotGradient());
        check("squaredDot", of(a), of(b), squaredDotGradient());
      }
    }
  }

  @Test
  void anImplementationKeepingStateFailsAtItsFirstCallNamingIt() {
    Object p = of(Remembering.class).apply(X), q = of(Dense.class).apply(Y);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> on(named("dot$tangent"), p,
        of(Remembering.class).apply(new double[N]), q, of(Dense.class).apply(new double[N])));
    assertTrue(e.getMessage().startsWith("leibniz:") && e.getMessage().contains("Remembering"), e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> on(named("dot$adjoint"), p, Derivatives.zeroShadow(p), q,
        Derivatives.zeroShadow(q), 1.0));
    assertTrue(e.getMessage().startsWith("leibniz:") && e.getMessage().contains("Remembering"), e.getMessage());
  }
}
