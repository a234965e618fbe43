package dev.leibniz.compilers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.oracle.ScalarFunction;
import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.Result;
import dev.leibniz.fuzz.ByteClassLoader;
import java.io.File;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scala 3 source ({@code compilers/Fix.scala}) compiled by the Scala 3 compiler (from Maven, test
 * scope) and differentiated: {@code math.cos}, {@code math.sqrt}, {@code math.pow} (calls of
 * {@code scala.math.package$}), a {@code while} loop over an array, and {@code for} over ranges
 * ({@code until}, {@code to}, {@code by 2}, {@code by -1}, nested, a {@code Range} in a {@code val};
 * compiled to {@code Range.foreach} with a closure over {@code DoubleRef}/{@code IntRef}s, rewritten
 * into loops by {@code ScalaRanges}) work in both modes, in the object's class and through the
 * static forwarders Java callers use; a {@code map} over a range is refused with one diagnostic
 * naming {@code Fix.scala} and its line, and advice to write the loop.
 */
class Scala3CompiledTest {
  static Result moduleResult, forwardersResult;
  static Class<?> module, forwarders;

  @BeforeAll
  static void compileAndDifferentiate(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("Fix.scala");
    try (InputStream in = Scala3CompiledTest.class.getResourceAsStream("/compilers/Fix.scala")) {
      Files.write(src, in.readAllBytes());
    }
    Path out = dir.resolve("classes");
    Files.createDirectories(out);
    String classpath = String.join(File.pathSeparator, KotlinCompiledTest.location(dev.leibniz.Differentiable.class),
        KotlinCompiledTest.location(scala.Predef.class), KotlinCompiledTest.location(scala.deriving.Mirror.class));
    dotty.tools.dotc.reporting.Reporter reporter =
        dotty.tools.dotc.Main.process(new String[] {"-d", out.toString(), "-classpath", classpath, src.toString()});
    assertFalse(reporter.hasErrors(), "scalac failed");
    ClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, Scala3CompiledTest.class.getClassLoader());
    ClassDifferentiator core = new ClassDifferentiator(ClassFinder.of(loader));
    moduleResult = core.differentiate(Files.readAllBytes(out.resolve("sfix/Fix$.class")));
    forwardersResult = core.differentiate(Files.readAllBytes(out.resolve("sfix/Fix.class")));
    // both transformed, in one loader, as the agent would define them
    ByteClassLoader transformed = new ByteClassLoader(Map.of("sfix.Fix$", moduleResult.transformed(), "sfix.Fix",
        forwardersResult.transformed()));
    module = transformed.load("sfix.Fix$");
    forwarders = transformed.load("sfix.Fix");
  }

  @Test
  void scalaMathInBothModes() throws Throwable {
    Object instance = module.getField("MODULE$").get(null);
    ScalarFunction trig = new ScalarFunction(module, instance, "trig", double.class, double.class);
    ScalarFunction forwarded = new ScalarFunction(forwarders, "trig", double.class, double.class);
    double x = 0.8, y = 2.5;
    double[] exact = {-Math.sin(x) * Math.sqrt(y) + 3 * x * x, Math.cos(x) / (2 * Math.sqrt(y))};
    for (ScalarFunction f : List.of(trig, forwarded)) {
      assertArrayEquals(exact, f.gradient(x, y), 1e-13);
      assertArrayEquals(exact, f.tangentGradient(x, y), 1e-13);
      JacobianCheck.checkScalar(f, x, y);
    }
  }

  @Test
  void whileLoopOverAnArrayInBothModes() throws Throwable {
    double[] v = {0.3, -1.1, 2.0};
    MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(forwarders, MethodHandles.lookup());
    Derivatives.check(lookup, forwarders, "whileLoop", (Object) v);
    double[] g = new double[3];
    forwarders.getMethod("whileLoop$adjoint", double[].class, double[].class, double.class).invoke(null, v, g, 1.0);
    assertArrayEquals(new double[] {Math.cos(0.3), Math.cos(-1.1), Math.cos(2.0)}, g, 1e-15);
  }

  /** {@code name$adjoint} of the forwarders at {@code x} (and {@code y}), seeded 1: the gradient(s). */
  private static double[][] adjoint(String name, double[] x, double[] y, int n) throws Exception {
    double[] gx = new double[x.length], gy = y == null ? null : new double[y.length];
    if (y == null) forwarders.getMethod(name + "$adjoint", double[].class, double[].class, int.class, double.class).invoke(null, x, gx, n, 1.0);
    else forwarders.getMethod(name + "$adjoint", double[].class, double[].class, double[].class, double[].class, int.class, double.class)
        .invoke(null, x, gx, y, gy, n, 1.0);
    return new double[][] {gx, gy};
  }

  /** {@code name$tangent} of the forwarders along each unit direction of {@code x}: the gradient. */
  private static double[] tangentGradient(String name, double[] x, int n) throws Exception {
    double[] g = new double[x.length];
    for (int k = 0; k < x.length; k++) {
      double[] dx = new double[x.length];
      dx[k] = 1;
      g[k] = (double) forwarders.getMethod(name + "$tangent", double[].class, double[].class, int.class).invoke(null, x, dx, n);
    }
    return g;
  }

  private static void againstDifferences(String name, Object... args) throws Exception {
    Derivatives.check(MethodHandles.privateLookupIn(forwarders, MethodHandles.lookup()), forwarders, name, args);
  }

  @Test
  void forOverUntilInBothModes() throws Exception {
    double[] x = {0.3, -1.1, 2.0, 0.7}, y = {1.5, 0.25, -0.5, 3.0};
    againstDifferences("sumSq", x, 3);
    assertArrayEquals(new double[] {0.6, -2.2, 4.0, 0}, adjoint("sumSq", x, null, 3)[0], 1e-15);
    assertArrayEquals(new double[] {0.6, -2.2, 4.0, 0}, tangentGradient("sumSq", x, 3), 1e-15);
    againstDifferences("dot", x, y, 4);
    double[][] g = adjoint("dot", x, y, 2);
    assertArrayEquals(new double[] {1.5, 0.25, 0, 0}, g[0], 0);
    assertArrayEquals(new double[] {0.3, -1.1, 0, 0}, g[1], 0);
    assertEquals(0.0, adjoint("sumSq", x, null, 0)[0][0], 0, "an empty range");
  }

  @Test
  void forOverToByTwoInBothModes() throws Exception {
    double[] x = {0.3, -1.1, 2.0, 0.7, 1.2};
    double[] exact = new double[5];
    for (int i = 0; i <= 3; i += 2) exact[i] = Math.cos(x[i]) * x[i] + Math.sin(x[i]);
    againstDifferences("everyOther", x, 3);
    againstDifferences("everyOther", x, 4);
    assertArrayEquals(exact, adjoint("everyOther", x, null, 3)[0], 1e-15);
    assertArrayEquals(exact, tangentGradient("everyOther", x, 3), 1e-15);
  }

  @Test
  void nestedRangesInBothModes() throws Exception {
    double[] x = {0.3, -1.1, 2.0, 0.7};
    int n = 4;
    double[] exact = new double[4];
    for (int k = 0; k < n; k++) {
      for (int j = k; j < n; j++) exact[k] += x[j] * (j - k + 1);
      for (int i = 0; i <= k; i++) exact[k] += x[i] * (k - i + 1);
    }
    againstDifferences("pairs", x, n);
    assertArrayEquals(exact, adjoint("pairs", x, null, n)[0], 1e-14);
    assertArrayEquals(exact, tangentGradient("pairs", x, n), 1e-14);
  }

  @Test
  void downwardRangeWithAnIntRefCounterInBothModes() throws Exception {
    double[] x = {0.3, -1.1, 2.0, 0.7, 1.2};
    int n = 5;
    double[] exact = new double[5];
    for (int i = 0; i < n; i++) exact[i] = (n - 1 - i) * Math.pow(0.5, i);
    againstDifferences("downward", x, n);
    assertArrayEquals(exact, adjoint("downward", x, null, n)[0], 1e-15);
    assertArrayEquals(exact, tangentGradient("downward", x, n), 1e-15);
  }

  @Test
  void forOverIndicesWritingTheArrayInBothModes() throws Exception {
    double[] x = {0.3, -1.1, 2.0};
    againstDifferences("scaled", x, 1.7);
    double[] xb = {1, 2, 3}, cb = new double[1];
    forwarders.getMethod("scaled$adjoint", double[].class, double[].class, double.class, double[].class).invoke(null, x, xb, 1.7, cb);
    assertArrayEquals(new double[] {2 * 1.7 * 0.3, 2 * 2 * 1.7 * -1.1, 3 * 2 * 1.7 * 2.0}, xb, 1e-15);
    assertEquals(0.09 + 2 * 1.21 + 3 * 4.0, cb[0], 1e-14);
  }

  /**
   * {@code for (i <- x.indices)} ({@code ArrayOps$.indices$extension} of {@code doubleArrayOps(x)},
   * whose library code reads the length by {@code Array.getLength}) is the loop {@code 0 until
   * x.length}; also {@code x.indices by 2}. Before, refused at {@code Array.getLength}.
   */
  @Test
  void forOverArrayIndicesInBothModes() throws Exception {
    double[] x = {0.3, -1.1, 2.0, 0.7, -0.4};
    againstDifferences("weightedIndices", (Object) x);
    double[] exact = new double[x.length], got = new double[x.length];
    for (int i = 0; i < x.length; i++) exact[i] = 2 * x[i] * (i + 1);
    forwarders.getMethod("weightedIndices$adjoint", double[].class, double[].class, double.class).invoke(null, x, got, 1.0);
    assertArrayEquals(exact, got, 1e-15);
    for (int k = 0; k < x.length; k++) {
      double[] dx = new double[x.length];
      dx[k] = 1;
      assertEquals(exact[k], (double) forwarders.getMethod("weightedIndices$tangent", double[].class, double[].class).invoke(null, x, dx), 1e-15);
    }
    assertEquals(0.0, (double) forwarders.getMethod("weightedIndices$adjoint", double[].class, double[].class, double.class)
        .invoke(null, new double[0], new double[0], 1.0), 0, "no indices");
    againstDifferences("everyOtherIndex", (Object) x);
    double[] g = new double[x.length];
    forwarders.getMethod("everyOtherIndex$adjoint", double[].class, double[].class, double.class).invoke(null, x, g, 1.0);
    assertArrayEquals(new double[] {Math.cos(0.3), 0, Math.cos(2.0), 0, Math.cos(-0.4)}, g, 1e-15);
  }

  /**
   * A range built where it is looped over becomes a counted loop over locals, and the closure's
   * {@code DoubleRef}/{@code IntRef} locals: the companions touch nothing of Scala's but the
   * {@code math} they call (no {@code Range}, no box, no closure, no allocation).
   */
  @Test
  void companionsOfRangesUseNoScalaObjects() {
    org.objectweb.asm.tree.ClassNode cn = new org.objectweb.asm.tree.ClassNode();
    new org.objectweb.asm.ClassReader(moduleResult.transformed()).accept(cn, 0);
    int checked = 0;
    for (org.objectweb.asm.tree.MethodNode m : cn.methods) {
      String primal = m.name.replaceAll("\\$(tangent|adjoint)$", "");
      if (primal.equals(m.name) || !List.of("sumSq", "dot", "everyOther", "pairs", "downward", "scaled", "weightedIndices", "everyOtherIndex").contains(primal)) continue;
      checked++;
      for (org.objectweb.asm.tree.AbstractInsnNode n : m.instructions) {
        String owner = n instanceof org.objectweb.asm.tree.MethodInsnNode ? ((org.objectweb.asm.tree.MethodInsnNode) n).owner
            : n instanceof org.objectweb.asm.tree.FieldInsnNode ? ((org.objectweb.asm.tree.FieldInsnNode) n).owner
            : n instanceof org.objectweb.asm.tree.TypeInsnNode ? ((org.objectweb.asm.tree.TypeInsnNode) n).desc : "";
        assertFalse(owner.startsWith("scala/") && !owner.equals("scala/math/package$") || n.getOpcode() == org.objectweb.asm.Opcodes.INVOKEDYNAMIC,
            () -> m.name + " uses " + owner);
      }
    }
    assertEquals(16, checked);
  }

  /** A range made elsewhere (here in a val): the loop calls it for its first and last elements and its step. */
  @Test
  void rangeInAValInBothModes() throws Exception {
    double[] x = {0.3, -1.1, 2.0, 0.7, 1.2};
    int n = 4;
    double[] exact = new double[5];
    for (int k = 0; k < 5; k++) exact[k] = (k >= 1 && k < n ? x[k - 1] : 0) + (k + 1 < n ? x[k + 1] : 0);
    againstDifferences("viaVal", x, n);
    assertArrayEquals(exact, adjoint("viaVal", x, null, n)[0], 0);
    assertArrayEquals(exact, tangentGradient("viaVal", x, n), 0);
  }

  /** The rewrite is the loop {@code Range.foreach} runs: the original class is unchanged, and the primal still runs. */
  @Test
  void theClassKeepsItsOwnCodeForTheRange() throws Exception {
    assertEquals(0.3 * 0.3 + 1.21, (double) forwarders.getMethod("sumSq", double[].class, int.class).invoke(null, new double[] {0.3, -1.1, 2}, 2), 1e-15);
  }

  @Test
  void mapOverARangeIsRefusedWithItsScalaLineAndAdvice() {
    assertEquals(1, forwardersResult.diagnostics().size(), forwardersResult.diagnostics()::toString);
    List<Diagnostic> d = moduleResult.diagnostics();
    assertEquals(1, d.size(), d::toString);
    String m = d.get(0).message();
    assertTrue(m.startsWith("leibniz: cannot differentiate double sfix.Fix$.mapped(double[], int) at Fix.scala:64: a lambda (JFunction1.mcDI.sp, its body Fix$.mapped$$anonfun$1)"), m);
    assertTrue(m.contains("write the loop as one, or with while: var i = a; while i < b do"), m);
    assertTrue(m.contains("closure capturing double[] with derivatives, given to a library method (map, sum"), m);
    assertEquals(1, m.lines().count(), m);
    // the forwarder that calls it names the callee and why, with the Scala file
    List<Diagnostic> f = forwardersResult.diagnostics();
    assertEquals(1, f.size(), f::toString);
    assertTrue(f.get(0).message().contains("the callee double Fix$.mapped(double[], int) cannot be differentiated (Fix.scala:"),
        f.get(0).message());
  }
}
