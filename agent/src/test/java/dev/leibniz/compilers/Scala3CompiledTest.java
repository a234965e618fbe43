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
 * {@code scala.math.package$}) and a {@code while} loop over an array work in both modes, in the
 * object's class and through the static forwarders Java callers use; a {@code for (i <- 0 until n)}
 * (compiled to {@code Range.foreach} with a closure over a {@code DoubleRef}) is refused with one
 * diagnostic naming {@code Fix.scala} and its line, and advice to write a {@code while} loop.
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

  @Test
  void forOverARangeIsRefusedWithItsScalaLineAndAdvice() {
    List<Diagnostic> d = moduleResult.diagnostics();
    assertEquals(1, d.size(), d::toString);
    String m = d.get(0).message();
    assertTrue(m.startsWith("leibniz: cannot differentiate double sfix.Fix$.sumSq(double[], int) at Fix.scala:11: INVOKEDYNAMIC"), m);
    assertTrue(m.contains("(sfix.Fix$.sumSq$$anonfun$1)") && m.contains("write the loop with while: var i = a; while i < b do"), m);
    // why, exactly: the closure captures the active array, the sum is boxed in a DoubleRef
    assertTrue(m.contains("this closure captures double[] with derivatives") && m.contains("scala.runtime.DoubleRef"), m);
    assertEquals(1, m.lines().count(), m);
    // the forwarder that calls it names the callee and why, with the Scala file
    List<Diagnostic> f = forwardersResult.diagnostics();
    assertEquals(1, f.size(), f::toString);
    assertTrue(f.get(0).message().contains("the callee double Fix$.sumSq(double[], int) cannot be differentiated (Fix.scala:"),
        f.get(0).message());
  }
}
