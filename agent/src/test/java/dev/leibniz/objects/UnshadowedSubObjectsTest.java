package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.unshadowed.CheckedHolders;
import dev.leibniz.objects.fixtures.unshadowed.FilledInConstructor;
import dev.leibniz.objects.fixtures.unshadowed.Holder;
import dev.leibniz.objects.fixtures.unshadowed.HolderReader;
import dev.leibniz.objects.fixtures.unshadowed.ReturnedHolderUser;
import dev.leibniz.objects.fixtures.unshadowed.ReturnedHolders;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sub-objects of classes nobody annotated (no shadows of their own to begin with), made by blank no-argument
 * constructors as field initialisers ({@code new Slot()}, an inner {@code new Cell(this)}), in holders with shadows,
 * an active number written into them and read back: in the same method, through the holder's helpers, across two
 * marked calls (the state kept in the holder), in a holder built from a value here or by a validating constructor (a
 * split construction, the holder returned with its shadow). Each in both modes against central differences, the
 * analytic derivative and the dot-product test ({@link JacobianCheck}). All are correct: marked code writing an active
 * number into a class gives that class shadows ({@code core.objects.ShadowClasses}), so the layout's copy of such a
 * field is a copy of an object with a shadow, never a passive one. A sub-object filled only by the holder's
 * constructor (which marks no class) is correct where the holder is taken apart, and refused at its line where the
 * holder is returned as an object: never a derivative lost without a word.
 */
class UnshadowedSubObjectsTest {
  static final Transformed T = Transformed.of(Holder.class, true);
  /** The transformed holder, with its nested classes defined beside it (an inner class's constructor takes it). */
  static final Class<?> H = withNested(Holder.class, T.result.transformed());
  static final Class<?> D = double.class;

  /** Loads {@code bytes} as {@code fixture} in a loader of its own that also defines its nested classes, as compiled. */
  static Class<?> withNested(Class<?> fixture, byte[] bytes) {
    return withNested(fixture, bytes, java.util.Map.of());
  }

  /** As above, with other classes {@code others} (by name) defined in the same loader. */
  static Class<?> withNested(Class<?> fixture, byte[] bytes, java.util.Map<String, byte[]> others) {
    String name = fixture.getName();
    ClassLoader child = new ClassLoader(fixture.getClassLoader()) {
      @Override
      protected Class<?> loadClass(String n, boolean resolve) throws ClassNotFoundException {
        if (!n.equals(name) && !n.startsWith(name + "$") && !others.containsKey(n)) return super.loadClass(n, resolve);
        synchronized (getClassLoadingLock(n)) {
          Class<?> c = findLoadedClass(n);
          if (c != null) return c;
          byte[] b = n.equals(name) ? bytes : others.containsKey(n) ? others.get(n) : original(fixture, n);
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
    return named(H, name);
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
    checkScalar(H, name, x -> Math.sin(x) + x * Math.cos(x) + 2 * x);
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
    checkScalar(FC, name, x -> 2 * x + 1);
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

  static final Transformed R = Transformed.of(ReturnedHolders.class, true);
  static final Transformed U = Transformed.of(ReturnedHolderUser.class, true);

  static void checkStatic(Transformed t, String name) {
    checkScalar(t.type, name, x -> 2 * x + 1);
  }

  @Test
  void returnedFilledUsedInItsClass() {
    checkStatic(R, "useFilled");
  }

  @Test
  void returnedGivenUsedInItsClass() {
    checkStatic(R, "useGiven");
  }

  @Test
  void returnedFilledUsedInAnotherClass() {
    checkStatic(U, "useFilled");
  }

  @Test
  void returnedGivenUsedInAnotherClass() {
    checkStatic(U, "useGiven");
  }

  @Test
  void returnedSetFilledUsedInAnotherClass() {
    checkStatic(U, "useSetFilled");
  }

  /**
   * A holder whose constructor fills its sub-object (of a class without shadows) from the argument, returned where it
   * stays an object: refused at the construction, no companions (the callers above take it apart instead).
   */
  @Test
  void holdersFilledByTheirConstructorAndReturnedAreRefusedAtTheirLines() {
    for (String name : new String[] {"makeFilled", "makeGiven", "makeSetFilled"}) {
      Diagnostic d = R.result.diagnostics().stream().filter(x -> !x.warning() && x.method().startsWith(name + "("))
          .findFirst().orElse(null);
      assertNotNull(d, name + " refused: " + R.result.diagnostics());
      assertTrue(d.line() > 0, d.message());
      assertTrue(Arrays.stream(R.type.getDeclaredMethods()).noneMatch(m -> m.getName().startsWith(name + "$")),
          "no companions of " + name);
    }
    assertEquals(3, R.result.diagnostics().size(), R.result.diagnostics().toString());
  }

  static final Transformed K = Transformed.of(CheckedHolders.class, true);

  static double[] wv(Object h) {
    try {
      Object cell = h.getClass().getField("cell").get(h);
      return new double[] {h.getClass().getField("w").getDouble(h), cell.getClass().getField("v").getDouble(cell)};
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aSplitConstructionsSubObjectWrittenAndReturned() {
    Method primal = named(K, "written"), tangent = named(K, "written$tangent"), adjoint = named(K, "written$adjoint");
    double[] x = {0.7};
    JacobianCheck.check("written", x,
        v -> wv(invoke(primal, null, v[0])),
        (v, dv) -> wv(invoke(tangent, null, v[0], dv[0])),
        (v, w) -> {
          double[] g = new double[1];
          Object seed = holderOf(K, w);
          invoke(adjoint, null, v[0], seed, g);
          return g;
        },
        new double[][] {{1}, {Math.cos(x[0])}});
  }

  @Test
  void aSplitConstructionsSubObjectWrittenAndReadBack() {
    checkScalar(K.type, "readBack", x -> 1 + Math.sin(x) + x * Math.cos(x));
  }

  static Method named(Transformed t, String name) {
    return named(t.type, name);
  }

  static Method named(Class<?> c, String name) {
    return Arrays.stream(c.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in " + c.getName()));
  }

  static Object holderOf(Transformed t, double[] w) {
    try {
      Class<?> c = Class.forName(CheckedHolders.Checked.class.getName(), true, t.type.getClassLoader());
      Object h = c.getConstructor().newInstance();
      c.getField("w").setDouble(h, w[0]);
      Object cell = c.getField("cell").get(h);
      cell.getClass().getField("v").setDouble(cell, w[1]);
      return h;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** A marked static method f(x) of class {@code c} in both modes, against {@code derivative}. */
  static void checkScalar(Class<?> c, String name, java.util.function.DoubleUnaryOperator derivative) {
    Method primal = named(c, name), tangent = named(c, name + "$tangent"), adjoint = named(c, name + "$adjoint");
    double[] x = {0.7};
    JacobianCheck.check(name, x,
        v -> new double[] {(double) invoke(primal, null, v[0])},
        (v, dv) -> new double[] {(double) invoke(tangent, null, v[0], dv[0])},
        (v, w) -> {
          double[] g = new double[1];
          assertEquals((double) invoke(primal, null, v[0]), (double) invoke(adjoint, null, v[0], w[0], g), 0.0);
          return g;
        },
        new double[][] {{derivative.applyAsDouble(x[0])}});
  }

  static final Transformed READER = Transformed.of(HolderReader.class, true);

  /**
   * Another class's marked method given the holder (a class nobody annotated, with shadows only in its own
   * transformation: it has marked methods writing it) reads what {@code Holder.store} kept: there the holder is a
   * parameter of a class without shadows, data by the contract, and the companions' signatures say so (no shadow after
   * it), so no derivative through it is claimed; the one through y is sin x + 0.
   */
  @Test
  void aReaderInAnotherClassTakesTheHolderAsData() {
    Class<?> reader = withNested(Holder.class, T.result.transformed(),
        java.util.Map.of(HolderReader.class.getName(), READER.result.transformed()));
    Class<?> holder = reader;
    reader = loaded(reader, HolderReader.class.getName());
    Method readT = named(reader, "readSlot$tangent"), readA = named(reader, "readSlot$adjoint");
    assertEquals(List.of(holder, D, D, double[].class), List.of(readA.getParameterTypes()), readA.toString());
    assertEquals(List.of(holder, D, D), List.of(readT.getParameterTypes()), readT.toString());
    Object h = newHolder(holder, false);
    invoke(named(holder, "store"), h, 0.7);
    assertEquals(Math.sin(0.7), (double) invoke(readT, null, h, -1.3, 1.0), 1e-15);
  }

  static Class<?> loaded(Class<?> near, String name) {
    try {
      return Class.forName(name, true, near.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  static Object newHolder(Class<?> c, boolean zero) {
    try {
      Object h = c.getConstructor().newInstance();
      if (zero) c.getField("w").setDouble(h, 0.0);
      return h;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Why the shapes written in marked code are correct: the sub-objects' classes, nobody annotated, get shadows because
   * marked code writes active numbers into them (core.objects.ShadowClasses), and nothing is refused or warned.
   */
  @Test
  void theWrittenSubObjectClassesGetShadowsWithoutAWord() {
    String shadows = (String) invoke(named("leibniz$shadowClasses"), null);
    assertTrue(shadows.contains(Holder.Slot.class.getName()) && shadows.contains(Holder.Cell.class.getName()), shadows);
    assertEquals(List.of(), T.result.diagnostics());
    assertEquals(List.of(), K.result.diagnostics());
    assertEquals(List.of(), C.result.diagnostics());
    assertEquals(List.of(), U.result.diagnostics());
    assertEquals(List.of(), READER.result.diagnostics());
  }
}
