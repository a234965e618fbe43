package dev.leibniz.testing;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.Result;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.function.Function;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;
import org.objectweb.asm.util.TraceClassVisitor;

/**
 * A test fixture class run through the core in a fresh class loader, no agent involved: the
 * transformed bytes pass ASM's verifier check and are defined in a child loader.
 */
public final class Transformed {
  public final Class<?> type;
  public final Result result;

  private Transformed(Class<?> type, Result result) {
    this.type = type;
    this.result = result;
  }

  /** A fixture transformed and loaded elsewhere (with the classes it calls: {@code oracle.LinkedFixtures}), and what the core made of it. */
  public static Transformed loaded(Class<?> type, Result result) {
    return new Transformed(type, result);
  }

  public static byte[] bytesOf(Class<?> c) {
    String res = c.getName().replace('.', '/') + ".class";
    try (InputStream in = c.getClassLoader().getResourceAsStream(res)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Differentiates {@code fixture}; fails on any diagnostic but a warning unless {@code allowDiagnostics}. */
  public static Transformed of(Class<?> fixture) {
    return of(fixture, false);
  }

  public static Transformed of(Class<?> fixture, boolean allowDiagnostics) {
    byte[] bytes = bytesOf(fixture);
    Result r = new ClassDifferentiator(ClassFinder.of(fixture.getClassLoader())).differentiate(bytes);
    if (!allowDiagnostics && r.diagnostics().stream().anyMatch(d -> !d.warning())) {
      throw new AssertionError("diagnostics: " + r.diagnostics());
    }
    byte[] out = r.transformed() == null ? bytes : r.transformed();
    verify(out, fixture.getClassLoader());
    return new Transformed(load(fixture, out), r);
  }

  /** Fails with the verifier's message and the textified class when {@code bytes} do not verify. */
  public static void verify(byte[] bytes, ClassLoader loader) {
    StringWriter sw = new StringWriter();
    CheckClassAdapter.verify(new ClassReader(bytes), loader, false, new PrintWriter(sw));
    if (!sw.toString().isEmpty()) {
      throw new AssertionError("verification failed:\n" + sw + "\n" + text(bytes));
    }
  }

  public static String text(byte[] bytes) {
    StringWriter sw = new StringWriter();
    new ClassReader(bytes).accept(new TraceClassVisitor(new PrintWriter(sw)), 0);
    return sw.toString();
  }

  private static Class<?> load(Class<?> fixture, byte[] bytes) {
    String name = fixture.getName();
    ClassLoader child =
        new ClassLoader(fixture.getClassLoader()) {
          @Override
          protected Class<?> loadClass(String n, boolean resolve) throws ClassNotFoundException {
            if (n.equals(name)) {
              synchronized (getClassLoadingLock(n)) {
                Class<?> c = findLoadedClass(n);
                if (c == null) c = defineClass(n, bytes, 0, bytes.length);
                return c;
              }
            }
            return super.loadClass(n, resolve);
          }
        };
    try {
      return child.loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** The transformed class's method {@code name(types)}, made accessible; when missing, the diagnostics say why. */
  public Method method(String name, Class<?>... types) {
    try {
      Method m = type.getDeclaredMethod(name, types);
      m.setAccessible(true);
      return m;
    } catch (NoSuchMethodException e) {
      throw new AssertionError(name + " is missing; diagnostics: " + result.diagnostics(), e);
    }
  }

  /**
   * Invokes the static method {@code m}; a {@link RuntimeException} it throws comes out as itself, so that a test can
   * assert on the core's run-time errors.
   */
  public static Object invoke(Method m, Object... args) {
    try {
      return m.invoke(null, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new AssertionError(e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  /** Calls the static (or, with a receiver first, instance) method {@code name} by parameter types. */
  public Object call(String name, Object... args) {
    for (Method m : type.getDeclaredMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length) {
        try {
          m.setAccessible(true);
          return m.invoke(null, args);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(name + Arrays.toString(args), e.getCause() == null ? e : e.getCause());
        }
      }
    }
    throw new AssertionError("no method " + name + " with " + args.length + " parameters in " + type + ": " + result.generated());
  }

  /**
   * The gradient of the scalar function {@code f} at {@code x}, given by the tangent (one unit direction per input)
   * and by the adjoint (seed 1): each entry against {@code exact} (to 1e-13) and central differences, then the
   * dot-product test between the modes. Fails first when the transformation left a diagnostic on {@code method}.
   */
  public void checkGradient(String method, double[] x, double[] exact, Function<double[], double[]> f, DotProductCheck.Tangent tangent,
      DotProductCheck.Adjoint adjoint) {
    if (result.diagnostics().stream().anyMatch(d -> d.method().startsWith(method + "("))) {
      throw new AssertionError(method + " has diagnostics: " + result.diagnostics());
    }
    double[] g = adjoint.apply(x, new double[] {1});
    for (int k = 0; k < x.length; k++) {
      double[] e = new double[x.length];
      e[k] = 1;
      double t = tangent.apply(x, e)[0];
      FiniteDifferences.Estimate fd = FiniteDifferences.directional(f, x, e)[0];
      near(exact[k], t, 1e-13, method + ": tangent " + k + " vs analytic");
      near(fd.value(), t, fd.tolerance(1e-9), method + ": tangent " + k + " vs differences");
      near(exact[k], g[k], 1e-13, method + ": adjoint " + k + " vs analytic");
      near(fd.value(), g[k], fd.tolerance(1e-9), method + ": adjoint " + k + " vs differences");
    }
    DotProductCheck.check(method, x, 1, tangent, adjoint, 17, 5);
  }

  private static void near(double expected, double actual, double tolerance, String what) {
    if (!(Math.abs(expected - actual) <= tolerance)) {
      throw new AssertionError(what + ": expected " + expected + " but was " + actual + " (tolerance " + tolerance + ")");
    }
  }
}
