package dev.leibniz.compilers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.oracle.ScalarFunction;
import dev.leibniz.testing.Transformed;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jetbrains.kotlin.cli.common.ExitCode;
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kotlin source compiled by the real Kotlin compiler (from Maven, test scope), then differentiated
 * in both modes: every function taking a {@code DoubleArray} starts with the compiler's {@code
 * Intrinsics.checkNotNullParameter}, which is passive, and {@code kotlin.math}'s non-inline
 * functions ({@code asinh}, {@code log(x, base)}, {@code log2}, {@code truncate}) have rules.
 */
class KotlinCompiledTest {
  static final String SOURCE = String.join("\n",
      "package kfix",
      "",
      "import dev.leibniz.Differentiable",
      "import kotlin.math.*",
      "",
      "@Differentiable",
      "fun sumOfSquares(x: DoubleArray): Double {",
      "    var s = 0.0",
      "    for (i in x.indices) s += x[i] * x[i]",
      "    return s",
      "}",
      "",
      "@Differentiable",
      "fun scaledSines(x: DoubleArray, y: DoubleArray, a: Double) {",
      "    require(x.size == y.size) { \"sizes differ: ${x.size} and ${y.size}\" }",
      "    for (i in 0 until x.size) y[i] = a * sin(x[i]) + asinh(x[i])",
      "}",
      "",
      "@Differentiable",
      "fun logs(x: Double, b: Double): Double = log(x, b) * log2(x) + x.pow(3) + truncate(x) * x",
      "");

  static Class<?> compiled;
  static Class<?> type;

  @BeforeAll
  static void compileAndDifferentiate(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("Fixture.kt");
    Files.writeString(src, SOURCE);
    Path out = dir.resolve("classes");
    String classpath = String.join(File.pathSeparator, location(dev.leibniz.Differentiable.class), location(kotlin.Unit.class));
    ByteArrayOutputStream messages = new ByteArrayOutputStream();
    ExitCode code = new K2JVMCompiler().exec(new PrintStream(messages, true, StandardCharsets.UTF_8),
        "-d", out.toString(), "-classpath", classpath, "-no-stdlib", "-no-reflect", "-jvm-target", "17", src.toString());
    assertEquals(ExitCode.OK, code, messages.toString(StandardCharsets.UTF_8));
    ClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, KotlinCompiledTest.class.getClassLoader());
    compiled = loader.loadClass("kfix.FixtureKt");
    type = Transformed.of(compiled).type; // fails on any diagnostic
  }

  static String location(Class<?> c) throws Exception {
    return new File(c.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
  }

  static Object call(String name, Object... args) {
    for (Method m : type.getDeclaredMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length) {
        try {
          return m.invoke(null, args);
        } catch (InvocationTargetException e) {
          throw new AssertionError(name + " threw", e.getCause());
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("no " + name + " in " + Arrays.toString(type.getDeclaredMethods()));
  }

  @Test
  void theCompilerInsertedItsNullChecks() {
    String text = Transformed.text(Transformed.bytesOf(compiled));
    assertTrue(text.contains("kotlin/jvm/internal/Intrinsics.checkNotNullParameter"), text);
    assertTrue(text.contains("kotlin/math/MathKt.asinh"), text);
  }

  @Test
  void arrayReductionInBothModes() {
    double[] x = {1.5, -2, 0.25};
    JacobianCheck.check("sumOfSquares", x,
        v -> new double[] {(double) call("sumOfSquares", (Object) v)},
        (v, vd) -> new double[] {(double) call("sumOfSquares$tangent", v, vd)},
        (v, yb) -> {
          double[] g = new double[v.length];
          call("sumOfSquares$adjoint", v, g, yb[0]);
          return g;
        },
        new double[][] {{3, -4, 0.5}});
  }

  @Test
  void outputArrayWithKotlinMathInBothModes() {
    int n = 3;
    double[] x = {0.3, -1.2, 2}, a0 = {1.7};
    double[] in = {0.3, -1.2, 2, 1.7};
    double[][] exact = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      exact[i][i] = a0[0] * Math.cos(x[i]) + 1 / Math.sqrt(x[i] * x[i] + 1);
      exact[i][n] = Math.sin(x[i]);
    }
    JacobianCheck.check("scaledSines", in,
        v -> {
          double[] y = new double[n];
          call("scaledSines", Arrays.copyOf(v, n), y, v[n]);
          return y;
        },
        (v, vd) -> {
          double[] y = new double[n], dy = new double[n];
          call("scaledSines$tangent", Arrays.copyOf(v, n), Arrays.copyOf(vd, n), y, dy, v[n], vd[n]);
          return dy;
        },
        (v, yb) -> {
          double[] xb = new double[n], ab = new double[1];
          call("scaledSines$adjoint", Arrays.copyOf(v, n), xb, new double[n], yb.clone(), v[n], ab);
          double[] g = Arrays.copyOf(xb, n + 1);
          g[n] = ab[0];
          return g;
        },
        exact);
  }

  @Test
  void kotlinMathScalarsInBothModes() {
    ScalarFunction f = new ScalarFunction(type, "logs", double.class, double.class);
    double x = 2.7, b = 3;
    JacobianCheck.checkScalar(f, x, b);
    double logxb = Math.log(x) / Math.log(b), log2x = Math.log(x) / Math.log(2);
    double dx = log2x / (x * Math.log(b)) + logxb / (x * Math.log(2)) + 3 * x * x + 2;
    double db = -logxb / (b * Math.log(b)) * log2x;
    double[] g = f.gradient(x, b), tg = f.tangentGradient(x, b);
    assertEquals(dx, g[0], 1e-13 * Math.abs(dx));
    assertEquals(db, g[1], 1e-13 * Math.abs(db));
    assertEquals(dx, tg[0], 1e-13 * Math.abs(dx));
    assertEquals(db, tg[1], 1e-13 * Math.abs(db));
  }
}
