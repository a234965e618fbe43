package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.untransformed.Boosted;
import dev.leibniz.oracle.fixtures.untransformed.Caller;
import dev.leibniz.oracle.fixtures.untransformed.Deeper;
import dev.leibniz.oracle.fixtures.untransformed.Flat;
import dev.leibniz.oracle.fixtures.untransformed.Inheriting;
import dev.leibniz.oracle.fixtures.untransformed.Profile;
import dev.leibniz.oracle.fixtures.untransformed.Shape;
import dev.leibniz.oracle.fixtures.untransformed.Square;
import dev.leibniz.oracle.fixtures.untransformed.Steep;
import dev.leibniz.oracle.fixtures.untransformed.Term;
import dev.leibniz.oracle.fixtures.untransformed.Cubic;
import dev.leibniz.testing.Transformed;
import dev.leibniz.tool.Transformer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A call of a marked overridable method dispatches at run time to an override whose class got no
 * companions (defined by a class loader the agent never saw, left out of a build-time
 * transformation): the inherited companion would give the overridden method's derivative. It must
 * fail naming the class instead, in both modes, while receivers that run the marked method itself
 * (inheriting it, or reaching it through {@code super}) still get the right derivative.
 */
class UntransformedOverrideTest {
  /** The marked classes transformed, the overrides defined untransformed by a child loader. */
  @Test
  void overrideInAnotherLoaderIsNamedInBothModes() throws Exception {
    LinkedFixtures transformed = LinkedFixtures.of(Shape.class, Profile.class, Caller.class, Boosted.class);
    Class<?> caller = transformed.get(Caller.class);
    ClassLoader plain = untransformed(caller.getClassLoader(), Square.class, Deeper.class, Inheriting.class, Steep.class, Flat.class);
    assertNamed(caller, "viaShape", newInstance(plain, Square.class), Square.class, "area(double)");
    assertNamed(caller, "viaShape", newInstance(plain, Deeper.class), Deeper.class, "area(double)");
    assertNamed(caller, "viaProfile", newInstance(plain, Steep.class), Steep.class, "height(double)");
    assertCorrect(caller, "viaShape", newInstance(plain, Inheriting.class), x -> 3 * x * x);
    assertCorrect(caller, "viaShape", transformed.get(Boosted.class).getConstructor().newInstance(), x -> 9 * x * x + 2 * x);
    assertCorrect(caller, "viaProfile", newInstance(plain, Flat.class), x -> Math.exp(x) + 2 * x);
    assertCorrect(caller, "viaShape", transformed.get(Shape.class).getConstructor().newInstance(), x -> 3 * x * x);
    // Once a class has been checked, the site remembers the verdict for that class only.
    assertNamed(caller, "viaShape", newInstance(plain, Square.class), Square.class, "area(double)");
    assertCorrect(caller, "viaShape", newInstance(plain, Inheriting.class), x -> 3 * x * x);
  }

  /**
   * With the agent's bridge installed (as premain does), the same overrides nobody transformed get
   * their companions generated at the first call that reaches the inherited companion (the receiver
   * check hands over to them): both modes right against the analytic derivative and finite
   * differences, for a subclass, a subclass of that, an implementation overriding a default method,
   * and an implementation of a marked callback without code.
   */
  @Test
  void overrideInAnotherLoaderGetsCompanionsAtItsFirstCall() throws Exception {
    dev.leibniz.agent.FirstDispatch.install(false);
    try {
      LinkedFixtures transformed = LinkedFixtures.of(Shape.class, Profile.class, Term.class, Caller.class);
      Class<?> caller = transformed.get(Caller.class);
      ClassLoader plain = untransformed(caller.getClassLoader(), Square.class, Deeper.class, Inheriting.class, Steep.class, Cubic.class);
      assertCorrect(caller, "viaShape", newInstance(plain, Square.class), x -> 20 * x);
      assertCorrect(caller, "viaShape", newInstance(plain, Deeper.class), x -> Math.cos(x) * x + Math.sin(x));
      assertCorrect(caller, "viaShape", newInstance(plain, Inheriting.class), x -> 3 * x * x);
      assertCorrect(caller, "viaProfile", newInstance(plain, Steep.class), x -> 7 + 2 * x);
      assertCorrect(caller, "viaTerm", newInstance(plain, Cubic.class), x -> 4 * x * x * x + 24 * x * x);
      assertCorrect(caller, "viaShape", transformed.get(Shape.class).getConstructor().newInstance(), x -> 3 * x * x);
      assertCorrect(caller, "viaShape", newInstance(plain, Square.class), x -> 20 * x); // the site remembers
    } finally {
      dev.leibniz.agent.FirstDispatch.uninstall();
    }
  }

  /**
   * A marked callback without code that returns a value: implementations are assumed not to write
   * fields (as for dispatched calls), so tangent mode may call it for its value; an implementation
   * the agent never transformed is named by the callback's own companion.
   */
  @Test
  void callbackReturningAValue() throws Exception {
    LinkedFixtures transformed = LinkedFixtures.of(Term.class, Caller.class, Cubic.class);
    Class<?> caller = transformed.get(Caller.class);
    assertCorrect(caller, "viaTerm", transformed.get(Cubic.class).getConstructor().newInstance(), x -> 4 * x * x * x + 24 * x * x);
    ClassLoader plain = untransformed(caller.getClassLoader(), Cubic.class);
    Object cubic = newInstance(plain, Cubic.class);
    AssertionError e = assertThrows(AssertionError.class, () -> callOn(null, caller, "viaTerm$tangent", cubic, 0.4, 1.0));
    assertTrue(e.getCause() instanceof IllegalStateException && e.getCause().getMessage().contains(Cubic.class.getName()),
        e.getCause()::getMessage);
  }

  /**
   * The same in a differentiable class (README, "Objects"), whose companions take shadows: the
   * companion of the overridden method, called on an untransformed override, names it.
   */
  @Test
  void overrideOfAMethodOfADifferentiableClass() throws Exception {
    LinkedFixtures transformed = LinkedFixtures.of(dev.leibniz.oracle.fixtures.untransformed.Spring.class);
    Class<?> spring = transformed.get(dev.leibniz.oracle.fixtures.untransformed.Spring.class);
    ClassLoader plain = untransformed(spring.getClassLoader(), dev.leibniz.oracle.fixtures.untransformed.StiffSpring.class);
    Object stiff = newInstance(plain, dev.leibniz.oracle.fixtures.untransformed.StiffSpring.class);
    int companions = 0;
    for (java.lang.reflect.Method m : spring.getDeclaredMethods()) {
      if (!m.getName().equals("energy$tangent") && !m.getName().equals("energy$adjoint")) continue;
      companions++;
      Object[] args = new Object[m.getParameterCount()];
      for (int k = 0; k < args.length; k++) {
        Class<?> t = m.getParameterTypes()[k];
        args[k] = t == double.class ? (Object) 0.5 : t == double[].class ? new double[1] : null;
      }
      java.lang.reflect.InvocationTargetException e = assertThrows(java.lang.reflect.InvocationTargetException.class, () -> m.invoke(stiff, args));
      assertTrue(e.getCause() instanceof IllegalStateException
          && e.getCause().getMessage().contains(dev.leibniz.oracle.fixtures.untransformed.StiffSpring.class.getName() + ".energy(double)"),
          () -> m + ": " + e.getCause());
    }
    assertEquals(2, companions);
  }

  /** An untransformed subclass of a transformed override: the override's companion names it. */
  @Test
  void overrideOfATransformedOverrideIsNamed() throws Exception {
    LinkedFixtures transformed = LinkedFixtures.of(Shape.class, Caller.class, Square.class);
    Class<?> caller = transformed.get(Caller.class);
    assertCorrect(caller, "viaShape", transformed.get(Square.class).getConstructor().newInstance(), x -> 20 * x);
    ClassLoader plain = untransformed(caller.getClassLoader(), Deeper.class);
    assertNamed(caller, "viaShape", newInstance(plain, Deeper.class), Deeper.class, "area(double)");
  }

  /** Build-time transformation (the transform command) of the marked classes; the overrides ship in another jar. */
  @Test
  void buildTimeTransformedCallerWithAnOverrideInAnotherJar(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in"), out = dir.resolve("out"), other = dir.resolve("other");
    copy(in, Shape.class, Profile.class, Term.class, Caller.class);
    copy(other, Square.class, Flat.class, Steep.class);
    assertTrue(new Transformer(List.of()).transform(in, out, true).diagnostics().isEmpty());
    try (URLClassLoader built = new URLClassLoader(new URL[] {out.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        URLClassLoader jar = new URLClassLoader(new URL[] {other.toUri().toURL()}, built)) {
      Class<?> caller = built.loadClass(Caller.class.getName());
      assertNamed(caller, "viaShape", jar.loadClass(Square.class.getName()).getConstructor().newInstance(), Square.class, "area(double)");
      assertNamed(caller, "viaProfile", jar.loadClass(Steep.class.getName()).getConstructor().newInstance(), Steep.class, "height(double)");
      assertCorrect(caller, "viaProfile", jar.loadClass(Flat.class.getName()).getConstructor().newInstance(), x -> Math.exp(x) + 2 * x);
    }
  }

  private static void copy(Path dir, Class<?>... classes) throws Exception {
    for (Class<?> c : classes) {
      Path file = dir.resolve(c.getName().replace('.', '/') + ".class");
      Files.createDirectories(file.getParent());
      Files.write(file, Transformed.bytesOf(c));
    }
  }

  /** A loader defining the class files of {@code classes} as the compiler wrote them, over {@code parent}. */
  private static ClassLoader untransformed(ClassLoader parent, Class<?>... classes) {
    Map<String, byte[]> bytes = new HashMap<>();
    for (Class<?> c : classes) bytes.put(c.getName(), Transformed.bytesOf(c));
    return new ClassLoader(parent) {
      @Override
      protected Class<?> loadClass(String n, boolean resolve) throws ClassNotFoundException {
        byte[] b = bytes.get(n);
        if (b == null) return super.loadClass(n, resolve);
        synchronized (getClassLoadingLock(n)) {
          Class<?> c = findLoadedClass(n);
          return c != null ? c : defineClass(n, b, 0, b.length);
        }
      }
    };
  }

  private static Object newInstance(ClassLoader loader, Class<?> fixture) throws Exception {
    return Class.forName(fixture.getName(), true, loader).getConstructor().newInstance();
  }

  /** Both companions throw an IllegalStateException naming the override; the primal still runs. */
  private static void assertNamed(Class<?> caller, String method, Object receiver, Class<?> override, String signature) {
    d(callOn(null, caller, method, receiver, 0.4));
    AssertionError t = assertThrows(AssertionError.class, () -> callOn(null, caller, method + "$tangent", receiver, 0.4, 1.0));
    AssertionError a = assertThrows(AssertionError.class, () -> callOn(null, caller, method + "$adjoint", receiver, 0.4, 1.0, new double[1]));
    for (AssertionError e : List.of(t, a)) {
      String m = e.getCause().getMessage();
      assertTrue(e.getCause() instanceof IllegalStateException && m.contains(override.getName() + "." + signature)
          && m.contains("was not transformed"), m);
    }
  }

  /** Tangent and adjoint against the analytic derivative and central finite differences. */
  private static void assertCorrect(Class<?> caller, String method, Object receiver, DoubleUnaryOperator exact) {
    for (double x : new double[] {-0.8, 0.4, 1.3}) {
      String what = receiver.getClass().getSimpleName() + " at " + x;
      double tangent = d(callOn(null, caller, method + "$tangent", receiver, x, 1.0));
      double[] g = new double[1];
      callOn(null, caller, method + "$adjoint", receiver, x, 1.0, g);
      assertEquals(exact.applyAsDouble(x), tangent, 1e-13 * (1 + Math.abs(tangent)), what + " tangent");
      assertEquals(tangent, g[0], 1e-13 * (1 + Math.abs(tangent)), what + " adjoint");
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(v -> d(callOn(null, caller, method, receiver, v)), x);
      assertEquals(fd.value(), tangent, fd.tolerance(1e-8), what + " finite differences");
    }
  }
}
