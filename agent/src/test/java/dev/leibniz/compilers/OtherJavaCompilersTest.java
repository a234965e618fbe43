package dev.leibniz.compilers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.ScalarFunction;
import dev.leibniz.testing.Transformed;
import java.io.File;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.invoke.MethodHandles;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.eclipse.jdt.core.compiler.batch.BatchCompiler;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The same Java source ({@code compilers/Numerics.java}) compiled by Eclipse's compiler (ECJ, at
 * Java 8 and 17), by {@code javac --release 8} (StringBuilder concatenation, class-file version
 * 52) and by {@code javac -g:none} (no line numbers, no local variable names, no source file),
 * then differentiated: every method in both modes against central finite differences and the
 * dot-product test ({@link Derivatives#check}), two of them against their analytic gradients; the
 * one refused method gets one diagnostic naming its class, method and instruction in every
 * compilation, with its line wherever the class file has line numbers.
 */
class OtherJavaCompilersTest {
  static final String CLASS = "cfix.Numerics";

  static Stream<Arguments> compilers() {
    return Stream.of(
        Arguments.of("ecj -8 -g", 52, true),
        Arguments.of("ecj -17 -g", 61, true),
        Arguments.of("ecj -17 -g:none", 61, false),
        Arguments.of("javac --release 8 -g", 52, true),
        Arguments.of("javac -g:none", Runtime.version().feature() + 44, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("compilers")
  void differentiatedInBothModesWithLocatedDiagnostics(String compiler, int version, boolean lines, @TempDir Path dir)
      throws Throwable {
    Path out = compile(compiler, dir);
    ClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader());
    Class<?> compiled = loader.loadClass(CLASS);
    ClassNode cn = read(Transformed.bytesOf(compiled));
    assertEquals(version, cn.version & 0xFFFF, compiler);
    assertEquals(lines, hasLineNumbers(cn), compiler);

    Transformed t = Transformed.of(compiled, true);
    List<Diagnostic> diagnostics = t.result.diagnostics();
    assertEquals(1, diagnostics.size(), () -> compiler + ": " + diagnostics);
    String message = diagnostics.get(0).message();
    assertTrue(message.startsWith("leibniz: cannot differentiate double cfix.Numerics.viaText(double) at Numerics.java"), message);
    assertTrue(message.contains("double Double.parseDouble(String)") && message.contains("its derivative would be lost"), message);
    assertEquals(lines, diagnostics.get(0).line() > 0, message);
    assertTrue(message.contains(lines ? "at Numerics.java:" : "at Numerics.java: double Double.parseDouble(String)"), message);

    Class<?> c = t.type;
    MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(c, MethodHandles.lookup());
    Derivatives.check(lookup, c, "poly", 0.7, -1.3);
    Derivatives.check(lookup, c, "poly", -0.4, 2.1);
    Derivatives.check(lookup, c, "norm", (Object) new double[] {0.5, -1.5, 2});
    Derivatives.check(lookup, c, "softmax", new double[] {0.3, -0.7, 1.1}, new double[3]);
    Derivatives.check(lookup, c, "single", 0.8f);
    Object receiver = c.getConstructor(double.class).newInstance(1.75);
    Derivatives.check(lookup, c.getMethod("energy", double[].class, int.class), receiver, new double[] {0.4, -1.2, 0.9, 2.0}, 4);

    // the analytic gradients, a second oracle
    ScalarFunction poly = new ScalarFunction(c, "poly", double.class, double.class);
    double x = 0.7, y = -1.3;
    double[] exact = {1 + 4 * x * y + 9 * x * x, 2 * x * x + Math.sin(y) + y * Math.cos(y)};
    assertArrayEquals(exact, poly.gradient(x, y), 1e-12, compiler);
    assertArrayEquals(exact, poly.tangentGradient(x, y), 1e-12, compiler);
    double[] v = {0.5, -1.5, 2}, g = new double[3];
    c.getMethod("norm$adjoint", double[].class, double[].class, double.class).invoke(null, v, g, 1.0);
    double n = Math.sqrt(0.25 + 2.25 + 4);
    assertArrayEquals(new double[] {0.5 / n, -1.5 / n, 2 / n}, g, 1e-15, compiler);
  }

  /** Compiles {@code Numerics.java} as {@code compiler} says into {@code dir/classes}. */
  static Path compile(String compiler, Path dir) throws Exception {
    Path src = dir.resolve("cfix/Numerics.java");
    Files.createDirectories(src.getParent());
    try (InputStream in = OtherJavaCompilersTest.class.getResourceAsStream("/compilers/Numerics.java")) {
      Files.write(src, in.readAllBytes());
    }
    Path out = dir.resolve("classes");
    List<String> args = new ArrayList<>(List.of(compiler.split(" ")).subList(1, compiler.split(" ").length));
    args.addAll(List.of("-proc:none", "-nowarn", "-classpath", KotlinCompiledTest.location(dev.leibniz.Differentiable.class),
        "-d", out.toString(), src.toString()));
    StringWriter messages = new StringWriter();
    boolean ok;
    if (compiler.startsWith("ecj")) {
      ok = BatchCompiler.compile(args.toArray(String[]::new), new PrintWriter(messages), new PrintWriter(messages), null);
    } else {
      ok = ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)) == 0;
    }
    assertTrue(ok, compiler + " failed: " + messages);
    assertTrue(new File(out.toFile(), "cfix/Numerics.class").isFile(), compiler + ": no class file " + messages);
    return out;
  }

  private static ClassNode read(byte[] bytes) {
    ClassNode cn = new ClassNode();
    new ClassReader(bytes).accept(cn, 0);
    return cn;
  }

  private static boolean hasLineNumbers(ClassNode cn) {
    for (MethodNode m : cn.methods) {
      for (var n : m.instructions) {
        if (n instanceof LineNumberNode) return true;
      }
    }
    assertFalse(cn.methods.stream().anyMatch(m -> m.localVariables != null && !m.localVariables.isEmpty()));
    return false;
  }
}
