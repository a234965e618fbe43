package dev.leibniz.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.util.Textifier;
import org.objectweb.asm.util.TraceMethodVisitor;

/**
 * Variants built on demand (ModeUnit.buildNamed: a split, distinct-arguments or pair variant only
 * when a method built in the same round names it) give the same classes as building every variant
 * and dropping at assembly those nothing calls ({@link ClassDifferentiator#withEagerVariants}): on
 * every class of the test fixtures with a {@code @Differentiable} method, and on the examples'
 * classes (ADBench's among them) when the examples module was built, the same generated methods,
 * each with the same code, and the same diagnostics.
 */
class OnDemandVariantsTest {
  private static final byte[] MARK = "Ldev/leibniz/Differentiable;".getBytes(StandardCharsets.ISO_8859_1);

  /**
   * The classes of PrunedCompanionsTest, TapePlanTest and others whose callers use variants: the
   * same classes, and fewer derivative graphs built (a variant nothing names is not built).
   */
  @Test
  void namedFixturesGetTheSameMethodsFromFewerBuilds() throws Exception {
    Path testClasses = Path.of(OnDemandVariantsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Path> files = new ArrayList<>();
    for (Class<?> c : List.of(dev.leibniz.oracle.fixtures.prune.Library.class, dev.leibniz.oracle.fixtures.prune.Wave.class,
        dev.leibniz.oracle.fixtures.prune.Caller.class, dev.leibniz.core.fixtures.TapePlans.class,
        dev.leibniz.oracle.fixtures.TripsFromBounds.class, dev.leibniz.core.fixtures.Typical.class,
        dev.leibniz.core.fixtures.InstanceHelpers.class, dev.leibniz.core.fixtures.TapeCosts.class)) {
      files.add(testClasses.resolve(c.getName().replace('.', '/') + ".class"));
    }
    int[] counts = compare(testClasses, files, ClassFinder.of(OnDemandVariantsTest.class.getClassLoader()));
    assertTrue(counts[2] > 0 && counts[3] > 0 && counts[4] > 0, "split, distinct, pair variants emitted: " + counts[2] + ", " + counts[3] + ", " + counts[4]);
    assertTrue(counts[5] < counts[6], "graphs built on demand " + counts[5] + ", eagerly " + counts[6]);
  }

  /** Every fixture class with a marked method (about 400; minutes on a loaded machine). */
  @Test
  @org.junit.jupiter.api.Tag("slow")
  void everyFixtureGetsTheSameMethodsWithTheSameCode() throws Exception {
    Path testClasses = Path.of(OnDemandVariantsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    int[] counts = compare(testClasses, classFiles(testClasses), ClassFinder.of(OnDemandVariantsTest.class.getClassLoader()));
    // a range wide enough to mean something: hundreds of classes, variants of every kind among their methods
    assertTrue(counts[0] > 300, "classes compared: " + counts[0]);
    assertTrue(counts[2] > 0 && counts[3] > 0 && counts[4] > 0, "split, distinct, pair variants emitted: " + counts[2] + ", " + counts[3] + ", " + counts[4]);
    assertTrue(counts[5] < counts[6], "graphs built on demand " + counts[5] + ", eagerly " + counts[6]);
  }

  /** The examples' classes (ADBench's, the library examples, N-body...), when the examples module was built. */
  @Test
  void theExamplesGetTheSameMethodsWithTheSameCode() throws Exception {
    Path examples = Path.of("..", "examples", "target", "classes");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(examples.resolve("dev/leibniz/examples/adbench")),
        "the examples module is not built (mvn -pl examples -am package)");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {examples.toUri().toURL()}, OnDemandVariantsTest.class.getClassLoader())) {
      int[] counts = compare(examples, classFiles(examples), ClassFinder.of(loader));
      assertTrue(counts[0] >= 10, "classes compared: " + counts[0]);
      assertTrue(counts[5] < counts[6], "graphs built on demand " + counts[5] + ", eagerly " + counts[6]);
    }
  }

  private static List<Path> classFiles(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
    }
  }

  /**
   * Compares both paths on every marked class of {@code files}: classes compared, generated methods,
   * split, distinct, pair ones, derivative graphs built on demand and eagerly.
   */
  private static int[] compare(Path root, List<Path> files, ClassFinder finder) throws IOException {
    int[] counts = new int[8];
    List<String> differences = new ArrayList<>();
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      if (!contains(bytes, MARK)) continue;
      int[] built = new int[2];
      Result lazy = new ClassDifferentiator(finder, (src, g, d) -> built[0]++).differentiate(bytes);
      Result eager = new ClassDifferentiator(finder, (src, g, d) -> built[1]++).withEagerVariants().differentiate(bytes);
      counts[5] += built[0];
      counts[6] += built[1];
      if (built[0] > built[1]) counts[7]++; // redone with every variant (second order or vector tangents named one not built)
      String name = root.relativize(file).toString();
      counts[0]++;
      Map<String, String> lazyCode = code(lazy.transformed());
      Map<String, String> eagerCode = code(eager.transformed());
      if (!lazyCode.keySet().equals(eagerCode.keySet())) {
        differences.add(name + ": methods on demand " + lazyCode.keySet() + " eager " + eagerCode.keySet());
      } else {
        for (String m : lazyCode.keySet()) {
          if (!lazyCode.get(m).equals(eagerCode.get(m))) differences.add(name + ": the code of " + m + " differs");
        }
      }
      if (!diagnostics(lazy).equals(diagnostics(eager))) {
        differences.add(name + ": diagnostics on demand " + diagnostics(lazy) + " eager " + diagnostics(eager));
      }
      for (String g : lazy.generated()) {
        counts[1]++;
        if (g.contains("$adjoint$split")) counts[2]++;
        if (g.contains("$adjoint$distinct")) counts[3]++;
        if (g.contains("$tangent$pair")) counts[4]++;
      }
    }
    System.out.printf("OnDemandVariantsTest %s: %d classes, %d generated methods (%d split, %d distinct, %d pair);"
        + " derivative graphs built on demand %d, eagerly %d; classes that built more on demand %d%n", root, counts[0], counts[1], counts[2], counts[3],
        counts[4], counts[5], counts[6], counts[7]);
    assertEquals(List.of(), differences);
    return counts;
  }

  /** Each method of the class (none when it was not transformed) by name and descriptor, with its code as text. */
  private static Map<String, String> code(byte[] classFile) {
    Map<String, String> out = new TreeMap<>();
    if (classFile == null) return out;
    ClassNode cn = new ClassNode();
    new ClassReader(classFile).accept(cn, ClassReader.SKIP_FRAMES);
    for (MethodNode m : cn.methods) {
      Textifier text = new Textifier();
      m.accept(new TraceMethodVisitor(text));
      StringWriter w = new StringWriter();
      text.print(new PrintWriter(w));
      out.put(m.access + " " + m.name + m.desc, w.toString());
    }
    return out;
  }

  private static List<String> diagnostics(Result r) {
    List<String> out = new ArrayList<>();
    for (Diagnostic d : r.diagnostics()) out.add(d.toString());
    return out;
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) continue outer;
      }
      return true;
    }
    return false;
  }
}
