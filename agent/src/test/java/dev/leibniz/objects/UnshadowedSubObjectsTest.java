package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.objects.fixtures.unshadowed.FilledInConstructor;
import dev.leibniz.objects.fixtures.unshadowed.Holder;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A holder whose receiver has a shadow ({@link Holder}: marked methods, a floating field) holding sub-objects of classes
 * nobody annotated, made by blank no-argument constructors as field initialisers (a static nested {@code Slot}, an inner
 * {@code Cell} given its outer object), into which the marked methods write an active number and read it back: in the
 * same method, through the holder's own helpers, across two marked calls (the state kept in the holder between them),
 * and in a holder built from a value inside a static method. Each in both modes against central differences, the
 * analytic derivative and the dot-product test ({@link JacobianCheck}): the number must keep its derivative (or the
 * method be refused at its line), never lose it silently.
 */
class UnshadowedSubObjectsTest {
  static final Transformed T = Transformed.of(Holder.class, true);
  /** The transformed holder, with its nested classes defined beside it (an inner class's constructor takes it). */
  static final Class<?> H = withNested(Holder.class, T.result.transformed());
  static final Class<?> D = double.class;

  /** Loads {@code bytes} as {@code fixture} in a loader of its own that also defines its nested classes, as compiled. */
  static Class<?> withNested(Class<?> fixture, byte[] bytes) {
    String name = fixture.getName();
    ClassLoader child = new ClassLoader(fixture.getClassLoader()) {
      @Override
      protected Class<?> loadClass(String n, boolean resolve) throws ClassNotFoundException {
        if (!n.equals(name) && !n.startsWith(name + "$")) return super.loadClass(n, resolve);
        synchronized (getClassLoadingLock(n)) {
          Class<?> c = findLoadedClass(n);
          if (c != null) return c;
          byte[] b = n.equals(name) ? bytes : original(fixture, n);
          return defineClass(n, b, 0, b.length);
        }
      }
    };
    try {
      return child.loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  static byte[] original(Class<?> fixture, String n) {
    try (var in = fixture.getClassLoader().getResourceAsStream(n.replace('.', '/') + ".class")) {
      return in.readAllBytes();
    } catch (java.io.IOException | NullPointerException e) {
      throw new AssertionError(n, e);
    }
  }

  static Method named(String name) {
    return Arrays.stream(H.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + ": " + T.result.diagnostics()));
  }

  static Object invoke(Method m, Object receiver, Object... args) {
    try {
      m.setAccessible(true);
      return m.invoke(receiver, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** A holder made by its own constructor; a shadow when {@code zero} (its number w set to 0). */
  static Object holder(boolean zero) {
    try {
      Object h = H.getConstructor().newInstance();
      if (zero) H.getField("w").setDouble(h, 0.0);
      return h;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The number a sub-object of {@code h} holds. */
  static double held(Object h, String sub) {
    try {
      Object s = H.getField(sub).get(h);
      Field v = s.getClass().getField("v");
      return v.getDouble(s);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** A marked instance method f(x) = x sin x (+ w), checked in both modes on fresh holders. */
  static void checkInstance(String name) {
    Method primal = named(name), tangent = named(name + "$tangent"), adjoint = named(name + "$adjoint");
    double[] x = {0.7};
    JacobianCheck.check(name, x,
        v -> new double[] {(double) invoke(primal, holder(false), v[0])},
        (v, dv) -> new double[] {(double) invoke(tangent, holder(false), holder(true), v[0], dv[0])},
        (v, w) -> {
          double[] g = new double[1];
          invoke(adjoint, holder(false), holder(true), v[0], w[0], g);
          return g;
        },
        new double[][] {{Math.sin(x[0]) + x[0] * Math.cos(x[0])}});
  }

  @Test
  void writtenAndReadBackInTheSameMethod() {
    checkInstance("sameMethod");
  }

  @Test
  void writtenAndReadBackInTheSameMethodThroughAnInnerClass() {
    checkInstance("innerSameMethod");
  }

  @Test
  void writtenAndReadBackThroughTheHoldersHelpers() {
    checkInstance("throughHelpers");
  }

  @Test
  void writtenAndReadBackThroughTheHoldersHelpersThroughAnInnerClass() {
    checkInstance("innerThroughHelpers");
  }

  /** F(x, y) = y sin x: {@code store(x)} keeps sin x in the holder's sub-object, {@code read(y)} multiplies it. */
  static void checkAcrossCalls(String store, String read, String sub) {
    Method storeP = named(store), storeT = named(store + "$tangent"), storeA = named(store + "$adjoint");
    Method readP = named(read), readT = named(read + "$tangent"), readA = named(read + "$adjoint");
    double[] x = {0.7, -1.3};
    JacobianCheck.check(store + "+" + read, x,
        v -> {
          Object h = holder(false);
          invoke(storeP, h, v[0]);
          return new double[] {(double) invoke(readP, h, v[1])};
        },
        (v, dv) -> {
          Object h = holder(false), dh = holder(true);
          invoke(storeT, h, dh, v[0], dv[0]);
          assertTrue(held(dh, sub) == Math.cos(v[0]) * dv[0], store + "$tangent keeps the derivative in the shadow's " + sub);
          return new double[] {(double) invoke(readT, h, dh, v[1], dv[1])};
        },
        (v, w) -> {
          Object h = holder(false), hb = holder(true);
          double[] xb = new double[1], yb = new double[1];
          invoke(storeP, h, v[0]);
          invoke(readA, h, hb, v[1], w[0], yb);
          invoke(storeA, h, hb, v[0], xb);
          return new double[] {xb[0], yb[0]};
        },
        new double[][] {{x[1] * Math.cos(x[0]), Math.sin(x[0])}});
  }

  @Test
  void keptAcrossTwoMarkedCalls() {
    checkAcrossCalls("store", "read", "slot");
  }

  @Test
  void keptAcrossTwoMarkedCallsInAnInnerClass() {
    checkAcrossCalls("storeInCell", "readCell", "cell");
  }

  /** A holder built from x in a static method: x sin x + x². */
  static void checkBuiltHere(String name) {
    Method primal = named(name), tangent = named(name + "$tangent"), adjoint = named(name + "$adjoint");
    double[] x = {0.7};
    JacobianCheck.check(name, x,
        v -> new double[] {(double) invoke(primal, null, v[0])},
        (v, dv) -> new double[] {(double) invoke(tangent, null, v[0], dv[0])},
        (v, w) -> {
          double[] g = new double[1];
          invoke(adjoint, null, v[0], w[0], g);
          return g;
        },
        new double[][] {{Math.sin(x[0]) + x[0] * Math.cos(x[0]) + 2 * x[0]}});
  }

  @Test
  void aHolderBuiltHereFromAValue() {
    checkBuiltHere("builtHere");
  }

  @Test
  void aHolderBuiltHereFromAValueThroughAnInnerClass() {
    checkBuiltHere("builtHereInner");
  }

  static final Transformed C = Transformed.of(FilledInConstructor.class, true);
  static final Class<?> FC = withNested(FilledInConstructor.class, C.result.transformed() == null
      ? original(FilledInConstructor.class, FilledInConstructor.class.getName()) : C.result.transformed());

  /** A holder whose constructor fills its sub-object from x: x² + x. */
  static void checkFilled(String name) {
    Method primal = Arrays.stream(FC.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    Method tangent = Arrays.stream(FC.getDeclaredMethods()).filter(m -> m.getName().equals(name + "$tangent")).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + "$tangent: " + C.result.diagnostics()));
    Method adjoint = Arrays.stream(FC.getDeclaredMethods()).filter(m -> m.getName().equals(name + "$adjoint")).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + "$adjoint: " + C.result.diagnostics()));
    double[] x = {0.7};
    JacobianCheck.check(name, x,
        v -> new double[] {(double) invoke(primal, null, v[0])},
        (v, dv) -> new double[] {(double) invoke(tangent, null, v[0], dv[0])},
        (v, w) -> {
          double[] g = new double[1];
          invoke(adjoint, null, v[0], w[0], g);
          return g;
        },
        new double[][] {{2 * x[0] + 1}});
  }

  @Test
  void filledByTheConstructor() {
    checkFilled("filled");
  }

  @Test
  void madeFromTheArgumentByTheConstructor() {
    checkFilled("given");
  }

  @Test
  void innerFilledByTheConstructor() {
    checkFilled("innerFilled");
  }

  @Test
  void shadowClasses() {
    System.out.println("CDIAG " + C.result.diagnostics());
    System.out.println("DIAG " + T.result.diagnostics() + " SHADOWS " + invoke(named("leibniz$shadowClasses"), null));
  }
}
