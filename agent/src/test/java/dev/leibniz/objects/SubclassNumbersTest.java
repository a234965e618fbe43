package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.agent.FirstDispatch;
import dev.leibniz.objects.fixtures.subclassnumbers.Counting;
import dev.leibniz.objects.fixtures.subclassnumbers.Dense;
import dev.leibniz.objects.fixtures.subclassnumbers.Norms;
import dev.leibniz.objects.fixtures.subclassnumbers.Numbers;
import dev.leibniz.objects.fixtures.subclassnumbers.Scaled;
import dev.leibniz.objects.fixtures.subclassnumbers.Sized;
import dev.leibniz.testing.FirstDispatchInstalled;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * la4j's shape: an abstract {@link Numbers} that holds no number, whose marked methods read the numbers through the
 * abstract {@code get(i)} that subclasses known only at run time answer ({@link Dense}'s {@code double[]}, {@link
 * Scaled}'s {@code factor * data[i]}). The abstract class gets shadows (core.objects.SubclassNumbers): a shadow is an
 * object of the primal's run-time class, and each {@code get(i)} is dispatched on the receiver's class to that class's
 * companion, made at its first call. Both modes against the analytic gradient, central differences and the dot-product
 * test, for the receiver, a parameter, both, two subclasses and a static method of another class; a run-time class whose
 * {@code get} writes its receiver fails loudly in both modes, naming it, and so does any subclass when no companion can
 * be made at run time (no agent), never a derivative of 0.
 */
@ExtendWith(FirstDispatchInstalled.class)
class SubclassNumbersTest {
  static final Transformed T = Transformed.of(Numbers.class);
  static final Transformed NORMS = Transformed.of(Norms.class);
  /** The subclasses as they are (never transformed), defined below the transformed Numbers. */
  static final Class<?> DENSE = below(T, Dense.class);
  static final Class<?> SCALED = below(T, Scaled.class);
  static final Class<?> COUNTING = below(T, Counting.class);
  static final Class<?> N = T.type;

  /** Subclass {@code c} as it is (never transformed), defined below the transformed class of {@code base}. */
  static Class<?> below(Transformed base, Class<?> c) {
    byte[] bytes = Transformed.bytesOf(c);
    return new ClassLoader(base.type.getClassLoader()) {
      Class<?> define() {
        return defineClass(c.getName(), bytes, 0, bytes.length);
      }
    }.define();
  }

  static Object dense(double... v) {
    return make(DENSE, new Class<?>[] {double[].class}, (Object) v.clone());
  }

  /** A Scaled of factor v[0] over v[1..]. */
  static Object scaled(double[] v) {
    return make(SCALED, new Class<?>[] {double.class, double[].class}, v[0], Arrays.copyOfRange(v, 1, v.length));
  }

  static Object make(Class<?> c, Class<?>[] types, Object... args) {
    try {
      return c.getConstructor(types).newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object field(Object o, String name) {
    try {
      Field f = o.getClass().getDeclaredField(name);
      f.setAccessible(true);
      return f.get(o);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The numbers an adjoint shadow collected: a Dense's data, a Scaled's factor then data. */
  static double[] collected(Object shadow) {
    double[] data = (double[]) field(shadow, "data");
    if (!shadow.getClass().getSimpleName().equals("Scaled")) return data;
    double[] out = new double[data.length + 1];
    out[0] = (double) field(shadow, "factor");
    System.arraycopy(data, 0, out, 1, data.length);
    return out;
  }

  static double primal(String name, Object receiver, Object... args) {
    for (Method m : N.getDeclaredMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length) {
        try {
          return (double) m.invoke(receiver, args);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError(name);
  }

  /** Calls instance companion {@code m} on {@code receiver}; a run-time error comes out as itself. */
  static Object on(Method m, Object receiver, Object... args) {
    try {
      return m.invoke(receiver, args);
    } catch (java.lang.reflect.InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new AssertionError(e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  static double[] concat(double[] a, double[] b) {
    double[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  // ------------------------------------------------------------ sumOfSquares(): the receiver is the only input

  static final double[] X = {0.7, -1.3, 2.1};

  @Test
  void receiverOfOneSubclass() {
    Method t = T.method("sumOfSquares$tangent", N), a = T.method("sumOfSquares$adjoint", N, double.class);
    double[] exact = new double[X.length];
    for (int i = 0; i < X.length; i++) exact[i] = 2 * X[i];
    T.checkGradient("sumOfSquares", X, exact, v -> new double[] {primal("sumOfSquares", dense(v))},
        (v, dv) -> new double[] {(double) on(t, dense(v), dense(dv))},
        (v, ybar) -> {
          Object p = dense(v), bar = Derivatives.zeroShadow(p);
          double f = (double) on(a, p, bar, ybar[0]);
          assertEquals(primal("sumOfSquares", dense(v)), f, 0, "the adjoint returns the primal value");
          assertTrue(bar.getClass() == DENSE, "the shadow is of the primal's run-time class");
          return collected(bar);
        });
  }

  /** Scaled's get is factor * data[i]: its own companion's derivative, along the factor too. */
  @Test
  void receiverOfAnotherSubclass() {
    double[] x = {1.5, 0.7, -1.3, 2.1};
    double c = x[0], sum = 0;
    for (int i = 1; i < x.length; i++) sum += x[i] * x[i];
    double[] exact = new double[x.length];
    exact[0] = 2 * c * sum;
    for (int i = 1; i < x.length; i++) exact[i] = 2 * c * c * x[i];
    Method t = T.method("sumOfSquares$tangent", N), a = T.method("sumOfSquares$adjoint", N, double.class);
    T.checkGradient("sumOfSquares", x, exact, v -> new double[] {primal("sumOfSquares", scaled(v))},
        (v, dv) -> new double[] {(double) on(t, scaled(v), scaled(dv))},
        (v, ybar) -> {
          Object p = scaled(v), bar = Derivatives.zeroShadow(p);
          on(a, p, bar, ybar[0]);
          return collected(bar);
        });
  }

  // ------------------------------------------------------------ sineProduct(that) = sum sin(x_i) c y_i, this a Dense, that a Scaled

  @Test
  void receiverAndParameterOfDifferentSubclasses() {
    double[] y = {1.5, 0.4, -0.9, 0.3};
    double[] all = concat(X, y);
    double c = y[0];
    double[] exact = new double[all.length];
    for (int i = 0; i < X.length; i++) {
      exact[i] = Math.cos(X[i]) * c * y[i + 1];
      exact[X.length] += Math.sin(X[i]) * y[i + 1];
      exact[X.length + 1 + i] = Math.sin(X[i]) * c;
    }
    int n = X.length;
    Method t = T.method("sineProduct$tangent", N, N, N), a = T.method("sineProduct$adjoint", N, N, N, double.class);
    T.checkGradient("sineProduct", all, exact,
        v -> new double[] {primal("sineProduct", dense(Arrays.copyOf(v, n)), scaled(Arrays.copyOfRange(v, n, v.length)))},
        (v, dv) -> new double[] {(double) on(t, dense(Arrays.copyOf(v, n)), dense(Arrays.copyOf(dv, n)),
            scaled(Arrays.copyOfRange(v, n, v.length)), scaled(Arrays.copyOfRange(dv, n, dv.length)))},
        (v, ybar) -> {
          Object p = dense(Arrays.copyOf(v, n)), q = scaled(Arrays.copyOfRange(v, n, v.length));
          Object pbar = Derivatives.zeroShadow(p), qbar = Derivatives.zeroShadow(q);
          on(a, p, pbar, q, qbar, ybar[0]);
          return concat(collected(pbar), collected(qbar));
        });
  }

  // ------------------------------------------------------------ cosine(that) = x.y / sqrt(|x|^2 |y|^2), through own marked methods

  @Test
  void ownMarkedMethodsOnBothObjects() {
    double[] y = {0.4, -0.9, 0.3};
    double[] all = concat(X, y);
    int n = X.length;
    double xy = 0, xx = 0, yy = 0;
    for (int i = 0; i < n; i++) {
      xy += X[i] * y[i];
      xx += X[i] * X[i];
      yy += y[i] * y[i];
    }
    double r = Math.sqrt(xx * yy);
    double[] exact = new double[2 * n];
    for (int i = 0; i < n; i++) {
      exact[i] = y[i] / r - xy * X[i] / (xx * r);
      exact[n + i] = X[i] / r - xy * y[i] / (yy * r);
    }
    Method t = T.method("cosine$tangent", N, N, N), a = T.method("cosine$adjoint", N, N, N, double.class);
    T.checkGradient("cosine", all, exact,
        v -> new double[] {primal("cosine", dense(Arrays.copyOf(v, n)), dense(Arrays.copyOfRange(v, n, v.length)))},
        (v, dv) -> new double[] {(double) on(t, dense(Arrays.copyOf(v, n)), dense(Arrays.copyOf(dv, n)),
            dense(Arrays.copyOfRange(v, n, v.length)), dense(Arrays.copyOfRange(dv, n, dv.length)))},
        (v, ybar) -> {
          Object p = dense(Arrays.copyOf(v, n)), q = dense(Arrays.copyOfRange(v, n, v.length));
          Object pbar = Derivatives.zeroShadow(p), qbar = Derivatives.zeroShadow(q);
          on(a, p, pbar, q, qbar, ybar[0]);
          return concat(collected(pbar), collected(qbar));
        });
  }

  // ------------------------------------------------------------ Norms.norm(v): a static method of another class

  @Test
  void parameterOfAStaticMethodOfAnotherClass() {
    double norm = Math.sqrt(X[0] * X[0] + X[1] * X[1] + X[2] * X[2]);
    double[] exact = {X[0] / norm, X[1] / norm, X[2] / norm};
    Class<Numbers> P = Numbers.class;
    Method t = NORMS.method("norm$tangent", P, P), a = NORMS.method("norm$adjoint", P, P, double.class);
    NORMS.checkGradient("norm", X, exact, v -> new double[] {Norms.norm(new Dense(v.clone()))},
        (v, dv) -> new double[] {(double) Transformed.invoke(t, new Dense(v.clone()), new Dense(dv.clone()))},
        (v, ybar) -> {
          Dense p = new Dense(v.clone()), bar = Derivatives.zeroShadow(p);
          Transformed.invoke(a, p, bar, ybar[0]);
          return bar.data().clone();
        });
  }

  /** The typed facade (annotation processor) decides the same: it passes the objects' shadows. */
  @Test
  void theFacadeTakesTheShadowsToo() throws Exception {
    Class<Numbers> P = Numbers.class;
    Class<?> numbers = Class.forName(Numbers.class.getName() + "Derivatives");
    numbers.getMethod("sumOfSquaresTangent", P, P);
    numbers.getMethod("sineProductTangent", P, P, P, P);
    numbers.getMethod("cosineAdjoint", P, P, P, P, double.class);
    Class.forName(Norms.class.getName() + "Derivatives").getMethod("normTangent", P, P);
  }

  // ------------------------------------------------------------ loud failures

  /** An abstract int size() on the receiver with a shadow is not dispatched: refused with the line, naming it. */
  @Test
  void anAbstractIntegerQueryIsRefusedWithTheLine() {
    Transformed sized = Transformed.of(Sized.class, true);
    assertTrue(sized.result.diagnostics().stream().anyMatch(d -> !d.warning() && d.method().startsWith("sum(") && d.line() > 0
        && d.reason().contains("Sized.size()")), sized.result.diagnostics().toString());
    assertTrue(Arrays.stream(sized.type.getDeclaredMethods()).noneMatch(m -> m.getName().startsWith("sum$")), "no companion");
  }

  /** Counting's get writes its read counter: no companion is made for it, both modes name it, never a zero. */
  @Test
  void aSubclassWhoseGetWritesFailsLoudly() {
    Method t = T.method("sumOfSquares$tangent", N), a = T.method("sumOfSquares$adjoint", N, double.class);
    Class<?>[] types = {double[].class};
    for (int round = 0; round < 2; round++) {
      Object p = make(COUNTING, types, (Object) X.clone()), dp = make(COUNTING, types, (Object) new double[] {1, 0, 0});
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> on(t, p, dp));
      assertTrue(e.getMessage().startsWith("leibniz:") && e.getMessage().contains("Counting"), e.getMessage());
      Object bar = make(COUNTING, types, (Object) new double[3]);
      e = assertThrows(IllegalStateException.class, () -> on(a, p, bar, 1.0));
      assertTrue(e.getMessage().startsWith("leibniz:") && e.getMessage().contains("Counting"), e.getMessage());
    }
    assertEquals(2 * X[0], (double) on(t, dense(X), dense(1, 0, 0)), 1e-15, "a Dense still gets its derivative");
  }

  /**
   * Without the agent (build-time companions, no first dispatch), a run-time class whose code nobody differentiated has no
   * companion: the call fails naming it, in both modes.
   */
  @Test
  void aSubclassWithoutCompanionsFailsLoudlyWithoutTheAgent() {
    Transformed fresh = Transformed.of(Numbers.class); // call sites not yet linked for any class
    Class<?> n = fresh.type;
    Class<?> dense = below(fresh, Dense.class);
    Method t = fresh.method("sumOfSquares$tangent", n), a = fresh.method("sumOfSquares$adjoint", n, double.class);
    Class<?>[] types = {double[].class};
    FirstDispatch.uninstall();
    try {
      Object p = make(dense, types, (Object) X.clone());
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> on(t, p, make(dense, types, (Object) new double[] {1, 0, 0})));
      assertTrue(e.getMessage().startsWith("leibniz:") && e.getMessage().contains("Dense"), e.getMessage());
      e = assertThrows(IllegalStateException.class, () -> on(a, p, make(dense, types, (Object) new double[3]), 1.0));
      assertTrue(e.getMessage().startsWith("leibniz:") && e.getMessage().contains("Dense"), e.getMessage());
    } finally {
      FirstDispatch.install(false);
    }
  }
}
