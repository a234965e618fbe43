package dev.leibniz.oracle;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.Result;
import dev.leibniz.testing.Transformed;
import java.util.HashMap;
import java.util.Map;

/**
 * Several fixture classes that call each other, each run through the core and all defined in one
 * child loader, so that a call from one into another's companions links to the transformed class.
 * Fails on any diagnostic, like {@link Transformed}.
 */
public final class LinkedFixtures {
  private final ClassLoader loader;
  private final Map<String, Result> results;

  private LinkedFixtures(ClassLoader loader, Map<String, Result> results) {
    this.loader = loader;
    this.results = results;
  }

  public static LinkedFixtures of(Class<?>... fixtures) {
    return of(false, fixtures);
  }

  /** Like {@link #of}, keeping the diagnostics for {@link #result}. */
  public static LinkedFixtures allowingDiagnostics(Class<?>... fixtures) {
    return of(true, fixtures);
  }

  /** What the core made of {@code fixture}. */
  public Result result(Class<?> fixture) {
    return results.get(fixture.getName());
  }

  private static LinkedFixtures of(boolean allowDiagnostics, Class<?>... fixtures) {
    Map<String, byte[]> bytes = new HashMap<>();
    Map<String, Result> results = new HashMap<>();
    ClassLoader parent = fixtures[0].getClassLoader();
    for (Class<?> c : fixtures) {
      Result r = new ClassDifferentiator(ClassFinder.of(parent)).differentiate(Transformed.bytesOf(c));
      results.put(c.getName(), r);
      if (!allowDiagnostics && !r.diagnostics().isEmpty()) throw new AssertionError(c + " diagnostics: " + r.diagnostics());
      byte[] out = r.transformed() == null ? Transformed.bytesOf(c) : r.transformed();
      Transformed.verify(out, parent);
      bytes.put(c.getName(), out);
    }
    ClassLoader child =
        new ClassLoader(parent) {
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
    return new LinkedFixtures(child, results);
  }

  /** The transformed version of {@code fixture}. */
  public Class<?> get(Class<?> fixture) {
    try {
      return Class.forName(fixture.getName(), true, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
