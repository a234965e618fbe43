package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.leibniz.Derivatives;
import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.Result;
import dev.leibniz.fuzz.ByteClassLoader;
import dev.leibniz.fuzz.InMemoryCompiler;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One class under test: its source, its compiled class files, what the core made of it, and the
 * class loaded untransformed and transformed in two fresh loaders. Every subject also declares the
 * standard well-behaved method {@link #GOOD}, whose companions must work whatever else the class
 * contains.
 */
final class Subject {
  static final String PACKAGE = "dev.leibniz.badinput.gen";

  /** The well-behaved method: {@code good(x) = x sin x}, {@code good'(x) = sin x + x cos x}. */
  static final String GOOD =
      """
        @dev.leibniz.Differentiable
        static double good(double x) {
          return x * Math.sin(x);
        }
      """;

  final String className;
  final String source;
  final Map<String, byte[]> classes;
  final Result result;

  private Subject(String className, String source, Map<String, byte[]> classes, Result result) {
    this.className = className;
    this.source = source;
    this.classes = classes;
    this.result = result;
  }

  /** Compiles {@code source} (a whole compilation unit in {@link #PACKAGE}) and differentiates {@code simpleName}. */
  static Subject compile(String simpleName, String source) {
    String name = PACKAGE + "." + simpleName;
    Map<String, byte[]> classes = InMemoryCompiler.compile(name, source);
    return differentiate(name, source, classes);
  }

  /** Differentiates class {@code name} of {@code classes}, with a finder that sees all of them. */
  static Subject differentiate(String name, String source, Map<String, byte[]> classes) {
    Result result =
        new ClassDifferentiator(internal -> classes.get(internal.replace('/', '.'))).differentiate(classes.get(name));
    return new Subject(name, source, classes, result);
  }

  /** A class {@code simpleName} with {@code members} and {@link #GOOD}, then {@code trailer} (other top-level types). */
  static Subject ofMembers(String simpleName, String members, String trailer) {
    return compile(simpleName, "package " + PACKAGE + ";\n\nclass " + simpleName + " {\n" + members + "\n" + GOOD
        + "}\n" + trailer);
  }

  /** The 1-based lines of the source that carry the comment {@code marker}. */
  TreeSet<Integer> linesMarked(String marker) {
    TreeSet<Integer> lines = new TreeSet<>();
    String[] all = source.split("\n", -1);
    for (int i = 0; i < all.length; i++) {
      if (all[i].contains(marker)) {
        lines.add(i + 1);
      }
    }
    assertTrue(!lines.isEmpty(), "no line marked " + marker);
    return lines;
  }

  Class<?> loadOriginal() throws ClassNotFoundException {
    return new ByteClassLoader(classes).load(className);
  }

  /** The class as the agent would define it: transformed when the core changed it, else as compiled. */
  Class<?> loadTransformed() throws ClassNotFoundException {
    return new ByteClassLoader(transformedClasses()).load(className);
  }

  Map<String, byte[]> transformedClasses() {
    Map<String, byte[]> all = new HashMap<>(classes);
    if (result.transformed() != null) {
      all.put(className, result.transformed());
    }
    return all;
  }

  /** The names of the methods {@code owner} declares (JVM descriptors omitted). */
  static List<String> methodNames(Class<?> owner) {
    List<String> names = new ArrayList<>();
    for (var m : owner.getDeclaredMethods()) {
      names.add(m.getName());
    }
    return names;
  }

  /** Asserts that {@code good$tangent} and {@code good$adjoint} exist in {@code c} and are right at a few points. */
  static void assertGoodCompanionsWork(Class<?> c) throws Throwable {
    MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(c, MethodHandles.lookup());
    MethodHandle tangent = Derivatives.tangent(lookup, c, "good", double.class);
    MethodHandle adjoint = Derivatives.adjoint(lookup, c, "good", double.class);
    for (double x : new double[] {-1.25, 0.0, 0.5, 2.0}) {
      double expected = Math.sin(x) + x * Math.cos(x);
      double dy = (double) tangent.invokeExact(x, 2.0);
      assertEquals(2 * expected, dy, 1e-12 * (1 + Math.abs(expected)), "good$tangent at " + x);
      double[] grad = {0.25};
      double y = (double) adjoint.invokeExact(x, 3.0, grad);
      assertEquals(x * Math.sin(x), y, 0.0, "good$adjoint returns the primal at " + x);
      assertEquals(0.25 + 3 * expected, grad[0], 1e-12 * (1 + Math.abs(expected)), "good$adjoint at " + x);
    }
  }

  void assertTransformedVerifies() {
    if (result.transformed() != null) {
      String failure = dev.leibniz.fuzz.Verification.verify(result.transformed(), classes);
      if (failure != null) {
        fail(failure);
      }
    }
  }
}
