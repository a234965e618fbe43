package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.Result;
import dev.leibniz.testing.GeneratedProgram;
import dev.leibniz.testing.Transformed;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A generated straight-line method of {@value #STATEMENTS} statements (about 20 KB of bytecode, the
 * kind symbolic code generators emit) whose companions would be several times HotSpot's 8,000-byte
 * compile limit: it is outlined into parts, and both companions are checked against central finite
 * differences and against each other (dot-product test). Along the way it writes a parameter, keeps
 * an {@code int} count and a {@code float}, and runs a loop, so values of every kind cross the cuts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutliningTest {
  static final int STATEMENTS = 1200;
  static final int INPUTS = 8;
  static final String NAME = "dev.leibniz.oracle.gen.Kernel";
  private Result result;
  private Class<?> kernel;
  private final double[] x = new double[INPUTS];
  private final double y = 0.37;
  private final int n = 5;

  @BeforeAll
  void differentiate() throws Exception {
    GeneratedProgram program = GeneratedProgram.of(NAME, source(STATEMENTS));
    result = program.result();
    kernel = program.kernel();
    for (int i = 0; i < INPUTS; i++) x[i] = 0.3 + 0.1 * i * Math.pow(-1, i);
  }

  static String source(int statements) {
    SplittableRandom random = new SplittableRandom(statements);
    StringBuilder s = new StringBuilder("package dev.leibniz.oracle.gen;\n\npublic final class Kernel {\n");
    s.append("  @dev.leibniz.Differentiable\n  public static double f(double[] x, double y, int n) {\n");
    s.append("    int count = 0;\n    float g = (float) x[1];\n    double acc = 0;\n");
    for (int k = 0; k < statements; k++) {
      String a = operand(random, k), b = operand(random, k);
      String c = String.format(Locale.ROOT, "%.3f", 0.1 + 0.8 * random.nextDouble());
      String e;
      switch (random.nextInt(5)) {
        case 0: e = a + " * " + c + " + Math.sin(" + b + ")"; break;
        case 1: e = a + " * " + b + " * " + c; break;
        case 2: e = "Math.cos(" + a + ") - " + b + " * " + c; break;
        case 3: e = a + " / (1.0 + " + b + " * " + b + ")"; break;
        default: e = "Math.tanh(" + a + " + " + c + " * " + b + ")"; break;
      }
      s.append("    double t").append(k).append(" = ").append(e).append(";\n");
      if (k % 97 == 50) s.append("    y = y * 0.9 + t").append(k).append(" * 0.1;\n");
      if (k % 113 == 60) s.append("    if (n > ").append(k % 7).append(") count++;\n");
      if (k % 131 == 70) s.append("    g = g * 0.5f + (float) t").append(k).append(";\n");
      if (k % 89 == 30) s.append("    acc += t").append(k).append(" * 0.01 + g * 1e-5 + y * count * 0.001;\n");
      if (k == statements / 2) {
        s.append("    for (int i = 0; i < n; i++) {\n      acc = Math.sin(acc + t").append(k).append(") * 0.5 + x[i % ").append(INPUTS)
            .append("] * 0.1;\n    }\n");
      }
    }
    s.append("    return t").append(statements - 1).append(" + t").append(statements - 2).append(" + acc + y + g * 1e-4 + count * 0.01;\n  }\n}\n");
    return s.toString();
  }

  private static String operand(SplittableRandom random, int k) {
    if (k == 0 || random.nextInt(4) == 0) return "x[" + random.nextInt(INPUTS) + "]";
    return "t" + (k - 1 - (random.nextInt(3) == 0 ? random.nextInt(k) : random.nextInt(Math.min(k, 12))));
  }

  @Test
  void bothCompanionsAreGeneratedInPartsUnderTheCompileLimit() {
    assertTrue(result.diagnostics().isEmpty(), () -> result.diagnostics().toString());
    Transformed.verify(result.transformed(), getClass().getClassLoader());
    ClassNode cn = new ClassNode();
    new ClassReader(result.transformed()).accept(cn, 0);
    int parts = 0;
    for (MethodNode m : cn.methods) {
      if (m.name.contains("$")) {
        int size = codeSize(m);
        assertTrue(size <= ClassDifferentiator.HUGE_METHOD_LIMIT, m.name + " has " + size + " bytes");
      }
      if (m.name.matches("f\\$part\\d+\\$adjoint(\\$\\w+)*")) parts++; // the form its caller calls (entry, split...)
    }
    assertTrue(parts >= 3, "expected the adjoint in several parts, got " + parts + ": " + result.generated());
    assertTrue(result.generated().stream().anyMatch(g -> g.contains(".f$tangent(")), () -> result.generated().toString());
    assertTrue(result.generated().stream().anyMatch(g -> g.contains(".f$adjoint(")), () -> result.generated().toString());
  }

  /**
   * Plain central differences (step 1e-5): the kernel's {@code float} local rounds at a relative
   * 6e-8, which defeats the step-controlled estimator's error estimate at small steps.
   */
  @Test
  void tangentAndAdjointMatchFiniteDifferences() throws Exception {
    double[] point = point();
    double[] gradient = gradient(point, 1.0);
    Random random = new Random(7);
    for (int trial = 0; trial < 3; trial++) {
      double[] v = new double[INPUTS + 1];
      for (int i = 0; i < v.length; i++) v[i] = random.nextGaussian();
      double h = 1e-5;
      double[] plus = point.clone(), minus = point.clone();
      for (int i = 0; i < v.length; i++) {
        plus[i] += h * v[i];
        minus[i] -= h * v[i];
      }
      double fd = (primal(plus) - primal(minus)) / (2 * h);
      double tolerance = 1e-5 * Math.max(1, Math.abs(fd));
      assertEquals(fd, tangent(point, v), tolerance, "tangent along direction " + trial);
      double along = 0;
      for (int i = 0; i < v.length; i++) along += gradient[i] * v[i];
      assertEquals(fd, along, tolerance, "adjoint along direction " + trial);
    }
  }

  @Test
  void modesAgreeByTheDotProductTest() {
    DotProductCheck.check("outlined kernel", point(), 1,
        (p, v) -> new double[] {call(() -> tangent(p, v))},
        (p, w) -> call(() -> gradient(p, w[0])), 11, 4, true); // float precision: the kernel keeps a float local
  }

  @Test
  void adjointReturnsThePrimalResult() throws Exception {
    double[] p = point();
    Method adjoint = kernel.getMethod("f$adjoint", double[].class, double[].class, double.class, int.class, double.class, double[].class);
    assertEquals(primal(p), (double) adjoint.invoke(null, p.clone(), new double[INPUTS], y, n, 1.0, new double[1]), 0.0);
  }

  /**
   * Every part of both companions reaches C2 in a child JVM that calls them in a loop: compiled on
   * its own at tier 4, or inlined as hot into a caller (C1 inlines only trivial methods, "inline
   * (hot)" is C2's wording), as a part small enough is.
   */
  @Test
  void partsAreCompiledByC2() throws Exception {
    Path dir = Files.createTempDirectory("outlined");
    Path file = dir.resolve(NAME.replace('.', '/') + ".class");
    Files.createDirectories(file.getParent());
    Files.write(file, result.transformed());
    // Each part's adjoint runs as one of its variants (split reversal, distinct arguments, the body
    // behind the entry), whichever the driver's adjoint calls: any of them at C2 counts.
    List<String> expected = new ArrayList<>();
    for (String g : result.generated()) {
      String name = g.substring(NAME.length() + 1, g.indexOf('('));
      // a part returning the result is called through its pair tangent (primal and tangent in one call)
      if (name.endsWith("$tangent")) expected.add(Pattern.quote(name) + "(\\$pair)?");
      if (name.endsWith("$adjoint")) expected.add(Pattern.quote(name) + "(\\$\\w+)*"); // $split$stable3 too
    }
    String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(javaCommand, "-XX:+PrintCompilation",
        // each part compiled on its own: inlining decisions printed by other compiler threads interleave with lines and hide them
        "-XX:CompileCommand=quiet", "-XX:CompileCommand=dontinline,dev.leibniz.oracle.gen.Kernel::*", "-cp", dir + java.io.File.pathSeparator + System.getProperty("java.class.path"),
        OutlinedProbe.class.getName(), NAME).redirectErrorStream(true).start();
    List<String> missing = new ArrayList<>(expected);
    StringBuilder out = new StringBuilder();
    long deadline = System.nanoTime() + 240_000_000_000L; // generous: a loaded machine takes many times longer
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (!missing.isEmpty() && System.nanoTime() < deadline && (line = lines.readLine()) != null) {
        out.append(line).append('\n');
        if (line.contains("Kernel::f$") && !line.trim().startsWith("@")) { // not an inlining decision
          assertFalse(line.contains("COMPILE SKIPPED") || line.contains("too large") || line.contains("huge"), line);
        }
        String compiled = line;
        // compiled by C2 (tier 4) on its own
        missing.removeIf(m -> Pattern.compile("(^|\\s)\\d+\\s+\\d+\\s+[%sbn! ]*4\\s+" + Pattern.quote("dev.leibniz.oracle.gen.Kernel::") + m + "\\s").matcher(compiled).find());
      }
    } finally {
      p.destroyForcibly();
    }
    String tail = out.length() > 4000 ? out.substring(out.length() - 4000) : out.toString();
    assertTrue(missing.isEmpty(), missing + " of " + expected + " not compiled by C2 within the deadline:\n" + tail);
  }

  private double[] point() {
    double[] p = new double[INPUTS + 1];
    System.arraycopy(x, 0, p, 0, INPUTS);
    p[INPUTS] = y;
    return p;
  }

  private double primal(double[] p) {
    return call(() -> (double) kernel.getMethod("f", double[].class, double.class, int.class)
        .invoke(null, java.util.Arrays.copyOf(p, INPUTS), p[INPUTS], n));
  }

  private double tangent(double[] p, double[] v) throws Exception {
    Method t = kernel.getMethod("f$tangent", double[].class, double[].class, double.class, double.class, int.class);
    return (double) t.invoke(null, java.util.Arrays.copyOf(p, INPUTS), java.util.Arrays.copyOf(v, INPUTS), p[INPUTS], v[INPUTS], n);
  }

  private double[] gradient(double[] p, double seed) throws Exception {
    Method a = kernel.getMethod("f$adjoint", double[].class, double[].class, double.class, int.class, double.class, double[].class);
    double[] xbar = new double[INPUTS], ybar = new double[1];
    a.invoke(null, java.util.Arrays.copyOf(p, INPUTS), xbar, p[INPUTS], n, seed, ybar);
    double[] g = java.util.Arrays.copyOf(xbar, INPUTS + 1);
    g[INPUTS] = ybar[0];
    return g;
  }

  private interface Call<T> {
    T run() throws Exception;
  }

  private static <T> T call(Call<T> c) {
    try {
      return c.run();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static int codeSize(MethodNode m) {
    org.objectweb.asm.ClassWriter cw = new org.objectweb.asm.ClassWriter(0);
    cw.visit(org.objectweb.asm.Opcodes.V17, org.objectweb.asm.Opcodes.ACC_PUBLIC, "Size", null, "java/lang/Object", null);
    org.objectweb.asm.tree.LabelNode end = new org.objectweb.asm.tree.LabelNode();
    MethodNode copy = new MethodNode(org.objectweb.asm.Opcodes.ASM9, m.access, m.name, m.desc, null, null);
    m.accept(copy);
    copy.instructions.add(end);
    copy.accept(cw);
    return end.getLabel().getOffset();
  }
}
