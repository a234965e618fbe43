package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.Result;
import dev.leibniz.testing.GeneratedProgram;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Random;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Branch arms no straight cut reaches: {@code branches} starts with an early {@code return} (no cut
 * may follow a return), then an {@code if}/{@code else} of {@value #ARM} statements an arm, a
 * {@code switch} of three such cases, an arm that returns, and a loop whose body starts with a
 * {@code return} and then has an {@code if}/{@code else} of two such arms (nested: the body is moved
 * out, then its arms). Each arm is over half the part budget, so each becomes a method
 * {@code m$armN} (in the body: {@code m$loop0$armN}). Both companions are checked on every path
 * against Hipparchus' {@code DerivativeStructure} run over the same statements, central finite
 * differences and each other (dot-product test); every generated method is under HotSpot's
 * 8,000-byte limit, and every companion that runs an arm's code reaches C2 ({@link BranchArmsProbe}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BranchArmsTest {
  static final String NAME = "dev.leibniz.oracle.gen.Arms";
  static final int ARM = 40;
  static final String[] VARS = {"s", "t", "u"};
  private Result result;
  private Class<?> kernel;
  /** {x, then a}; {n, c, r}: every arm (x's sign picks the if or the else), the returns, no trip. */
  static final double[][] POINTS = {{0.4, 0.5, -0.3, 0.8}, {-0.6, 0.2, 0.7, -0.4}};
  static final int[][] RUNS = {{3, 0, 99}, {2, 1, 99}, {4, 2, 99}, {3, 2, 2}, {4, 0, 1}, {0, 1, 99}, {1, 0, 0}};

  @BeforeAll
  void differentiate() throws Exception {
    GeneratedProgram program = GeneratedProgram.of(NAME, source());
    result = program.result();
    kernel = program.kernel();
  }

  private static int target(int k) {
    return (k * 7) % 3;
  }

  private static int first(int k) {
    return (k * 5 + 1) % 3;
  }

  /** The second factor: -1 an element of {@code a}, -2 {@code x}, else a variable. */
  private static int second(int k) {
    return k % 4 == 0 ? -1 : k % 4 == 1 ? -2 : (k * 11 + 2) % 3;
  }

  /** Statements {@code [from, from + ARM)}: {@code target = 0.97 * target + 0.01 * fn(p * q + k * 0.001)}. */
  private static void block(StringBuilder s, int from, String indent) {
    String[] fn = {"Math.sin", "Math.cos", "Math.tanh"};
    for (int k = from; k < from + ARM; k++) {
      String q = second(k) == -1 ? "a[(i + " + k + ") % a.length]" : second(k) == -2 ? "x" : VARS[second(k)];
      s.append(indent).append(VARS[target(k)]).append(" = 0.97 * ").append(VARS[target(k)]).append(" + 0.01 * ")
          .append(fn[k % 3]).append("(").append(VARS[first(k)]).append(" * ").append(q).append(" + ").append(k).append(" * 0.001);\n");
    }
  }

  static String source() {
    StringBuilder s = new StringBuilder("package dev.leibniz.oracle.gen;\n\npublic final class Arms {\n");
    s.append("  @dev.leibniz.Differentiable\n  public static double branches(double x, double[] a, int n, int c, int r) {\n");
    s.append("    if (a.length == 0) return 0;\n    double s = 0.1, t = 0.2, u = 0.3;\n    int i = 0;\n");
    s.append("    if (x > 0) {\n");
    block(s, 0, "      ");
    s.append("    } else {\n");
    block(s, ARM, "      ");
    s.append("    }\n    switch (c) {\n      case 0:\n");
    block(s, 2 * ARM, "        ");
    s.append("        break;\n      case 1:\n");
    block(s, 3 * ARM, "        ");
    s.append("        break;\n      default:\n");
    block(s, 4 * ARM, "        ");
    s.append("    }\n    if (c == r) {\n");
    block(s, 5 * ARM, "      ");
    s.append("      return s * t + u;\n    }\n");
    s.append("    for (i = 0; i < n; i++) {\n      if (i == r) return s * t - u;\n      if (i % 2 == 0) {\n");
    block(s, 6 * ARM, "        ");
    s.append("      } else {\n");
    block(s, 7 * ARM, "        ");
    s.append("      }\n    }\n    return s + t * u + x;\n  }\n}\n");
    return s.toString();
  }

  private static void block(DerivativeStructure[] v, DerivativeStructure x, DerivativeStructure[] a, int from, int i) {
    for (int k = from; k < from + ARM; k++) {
      DerivativeStructure q = second(k) == -1 ? a[(i + k) % a.length] : second(k) == -2 ? x : v[second(k)];
      DerivativeStructure arg = v[first(k)].multiply(q).add(k * 0.001);
      DerivativeStructure f = k % 3 == 0 ? arg.sin() : k % 3 == 1 ? arg.cos() : arg.tanh();
      v[target(k)] = v[target(k)].multiply(0.97).add(f.multiply(0.01));
    }
  }

  /** The same program over derivative structures: value, then the partials by x and each a[j]. */
  static double[] byDerivativeStructures(double[] p, int[] run) {
    int n = run[0], c = run[1], r = run[2];
    DSFactory factory = new DSFactory(p.length, 1);
    DerivativeStructure x = factory.variable(0, p[0]);
    DerivativeStructure[] a = new DerivativeStructure[p.length - 1];
    for (int j = 0; j < a.length; j++) a[j] = factory.variable(j + 1, p[j + 1]);
    DerivativeStructure[] v = {factory.constant(0.1), factory.constant(0.2), factory.constant(0.3)};
    block(v, x, a, p[0] > 0 ? 0 : ARM, 0);
    block(v, x, a, (2 + Math.min(c, 2)) * ARM, 0);
    DerivativeStructure out = null;
    if (c == r) {
      block(v, x, a, 5 * ARM, 0);
      out = v[0].multiply(v[1]).add(v[2]);
    }
    for (int i = 0; out == null && i < n; i++) {
      if (i == r) {
        out = v[0].multiply(v[1]).subtract(v[2]);
        break;
      }
      block(v, x, a, (i % 2 == 0 ? 6 : 7) * ARM, i);
    }
    if (out == null) out = v[0].add(v[1].multiply(v[2])).add(x);
    return out.getAllDerivatives();
  }

  @Test
  void theArmsAreOutlinedUnderTheCompileLimitWithNoDiagnostic() {
    assertTrue(result.diagnostics().isEmpty(), () -> result.diagnostics().toString());
    Transformed.verify(result.transformed(), getClass().getClassLoader());
    ClassNode cn = new ClassNode();
    new ClassReader(result.transformed()).accept(cn, 0);
    // an arm is seen by its methods' names (itself or its companions): one inlined into every
    // caller's companion leaves nothing called, and nothing of it is emitted (core.CallableMembers)
    java.util.Set<String> arms = new java.util.TreeSet<>();
    java.util.regex.Pattern arm = java.util.regex.Pattern.compile("^branches(\\$[a-z]+\\d+)*?\\$arm\\d+");
    for (MethodNode m : cn.methods) {
      java.util.regex.Matcher a = arm.matcher(m.name);
      if (a.find()) arms.add(a.group());
      if (m.name.contains("$")) {
        int size = OutliningTest.codeSize(m);
        assertTrue(size <= ClassDifferentiator.HUGE_METHOD_LIMIT, m.name + " has " + size + " bytes");
      }
    }
    assertTrue(arms.size() >= 5 && arms.stream().anyMatch(a -> a.contains("$loop")), "arms not outlined: " + arms);
    for (String m : new String[] {".branches$tangent(", ".branches$adjoint("}) {
      assertTrue(result.generated().stream().anyMatch(g -> g.contains(m)), m + " not generated");
    }
  }

  /** Companions of pieces inlined into their callers and variants nobody calls are not emitted (core.CallableMembers). */
  @Test
  void everyGeneratedMethodIsCalled() throws Exception {
    byte[] original = dev.leibniz.fuzz.InMemoryCompiler.compile(NAME, source()).get(NAME);
    assertEquals(java.util.List.of(), dev.leibniz.testing.CallGraph.unreached(result.transformed(), original));
  }

  @Test
  void bothModesMatchDerivativeStructuresOnEveryPath() throws Exception {
    for (double[] point : POINTS) {
      for (int[] run : RUNS) {
        double[] expected = byDerivativeStructures(point, run);
        String where = point[0] + " " + java.util.Arrays.toString(run);
        assertEquals(expected[0], primal(kernel, point, run), 1e-12 * Math.max(1, Math.abs(expected[0])), where + " value");
        double[] gradient = gradient(kernel, point, 1.0, run);
        for (int v = 0; v < point.length; v++) {
          double[] e = new double[point.length];
          e[v] = 1;
          double tolerance = 1e-11 * Math.max(1, Math.abs(expected[v + 1]));
          assertEquals(expected[v + 1], tangent(kernel, point, e, run), tolerance, where + " tangent, input " + v);
          assertEquals(expected[v + 1], gradient[v], tolerance, where + " adjoint, input " + v);
        }
      }
    }
  }

  @Test
  void bothModesMatchFiniteDifferencesOnEveryPath() throws Exception {
    for (double[] point : POINTS) {
      for (int[] run : RUNS) {
        double[] gradient = gradient(kernel, point, 1.0, run);
        Random random = new Random(5 + run[0] + 7L * run[1] + 13L * run[2]);
        for (int trial = 0; trial < 2; trial++) {
          double[] d = new double[point.length];
          for (int i = 0; i < d.length; i++) d[i] = random.nextGaussian();
          double h = 1e-6;
          double[] plus = point.clone(), minus = point.clone();
          for (int i = 0; i < d.length; i++) {
            plus[i] += h * d[i];
            minus[i] -= h * d[i];
          }
          double fd = (primal(kernel, plus, run) - primal(kernel, minus, run)) / (2 * h);
          double tolerance = 1e-7 * Math.max(1, Math.abs(fd));
          String where = point[0] + " " + java.util.Arrays.toString(run) + " direction " + trial;
          assertEquals(fd, tangent(kernel, point, d, run), tolerance, where + ", tangent");
          double along = 0;
          for (int i = 0; i < d.length; i++) along += gradient[i] * d[i];
          assertEquals(fd, along, tolerance, where + ", adjoint");
        }
      }
    }
  }

  @Test
  void modesAgreeByTheDotProductTest() {
    for (double[] point : POINTS) {
      for (int[] run : new int[][] {RUNS[0], RUNS[3], RUNS[4]}) {
        DotProductCheck.check("branch arms " + java.util.Arrays.toString(run), point, 1,
            (p, d) -> new double[] {call(() -> tangent(kernel, p, d, run))},
            (p, w) -> call(() -> gradient(kernel, p, w[0], run)), 19 + run[1], 3);
      }
    }
  }

  /**
   * Every companion that runs an arm's code (the arm's own, or that of a piece it was inlined into)
   * reaches C2 on its own (inlining forbidden) in a child JVM running the tangent and adjoint over
   * every path, and none is skipped as too large. What runs is what the entries reach by calls
   * ({@link dev.leibniz.testing.CallGraph}): an arm's companion no caller uses is not expected.
   */
  @Test
  void armsAreCompiledByC2() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("arms");
    java.nio.file.Path file = dir.resolve(NAME.replace('.', '/') + ".class");
    java.nio.file.Files.createDirectories(file.getParent());
    java.nio.file.Files.write(file, result.transformed());
    // Only what the entries reach can run: an arm small enough is inlined into its caller's companion
    // (Inliner), where its code runs, and its own companions are never called (nor emitted). So:
    // every companion of a piece that runs, the arms' own and those of the pieces their code was
    // inlined into (which piece held an arm no longer shows in the class).
    dev.leibniz.testing.CallGraph graph = dev.leibniz.testing.CallGraph.of(result.transformed());
    java.util.List<String> expected = graph.companionsRun(result.generated(), NAME,
        java.util.List.of("branches$tangent", "branches$adjoint"), source -> source.startsWith("branches$"));
    assertTrue(expected.size() >= 10, "arm companions: " + expected);
    String command = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(command, "-XX:+PrintCompilation", "-XX:CompileCommand=quiet",
        "-XX:CompileCommand=dontinline," + NAME + "::*",
        "-cp", dir + java.io.File.pathSeparator + System.getProperty("java.class.path"),
        BranchArmsProbe.class.getName(), NAME).redirectErrorStream(true).start();
    java.util.List<String> missing = new java.util.ArrayList<>(expected);
    StringBuilder out = new StringBuilder();
    long deadline = System.nanoTime() + 240_000_000_000L; // generous: a loaded machine takes many times longer
    // lines read on a thread of their own: a child that has stopped printing (everything hot compiled
    // but one method) must fail the test at the deadline, not block it on readLine
    java.util.concurrent.BlockingQueue<String> queue = new java.util.concurrent.LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (java.io.BufferedReader lines = new java.io.BufferedReader(
          new java.io.InputStreamReader(p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
        for (String line; (line = lines.readLine()) != null; ) queue.add(line);
      } catch (java.io.IOException e) {
        // the child was destroyed: nothing more to read
      }
    });
    reader.setDaemon(true);
    reader.start();
    try {
      while (!missing.isEmpty() && System.nanoTime() < deadline) {
        String line = queue.poll(1, java.util.concurrent.TimeUnit.SECONDS);
        if (line == null) continue;
        out.append(line).append('\n');
        if (line.contains("Arms::branches$") && !line.trim().startsWith("@")) {
          String l = line;
          assertTrue(!l.contains("COMPILE SKIPPED") && !l.contains("too large") && !l.contains("huge"), l);
        }
        String compiled = line;
        missing.removeIf(m -> java.util.regex.Pattern.compile("(^|\\s)\\d+\\s+\\d+\\s+[%sbn! ]*4\\s+"
            + java.util.regex.Pattern.quote(NAME + "::") + m + "\\s").matcher(compiled).find());
      }
    } finally {
      p.destroyForcibly();
    }
    String tail = out.length() > 4000 ? out.substring(out.length() - 4000) : out.toString();
    assertTrue(missing.isEmpty(), missing + " of " + expected + " not compiled by C2 within the deadline:\n" + tail);
  }

  /**
   * A whole-number test inside a small helper inlined into an arm (review R6-F5): {@code k = 1} when
   * {@code a[0]} is a whole number, read after the arm. The unsplit method carries the test's NaN to
   * its result; an arm hands {@code k} over in the passive {@code long[]} frame, which drops it, so
   * the arm is refused on its lifted graph (the helper is not in the method's own bytecode) and the
   * method keeps its original code with a diagnostic saying why: never a finite derivative in
   * {@code a[0]} at a whole {@code a[0]}.
   */
  @Test
  void aWholeNumberTestInAHelperInlinedIntoAnArmIsNotLost() throws Exception {
    StringBuilder s = new StringBuilder("package dev.leibniz.oracle.gen;\n\npublic final class WholeInArm {\n");
    s.append("  private static boolean whole(double v) {\n    return Math.floor(v) == v;\n  }\n\n");
    s.append("  @dev.leibniz.Differentiable\n  public static double f(double x, double[] a) {\n");
    s.append("    if (a.length == 0) return 0;\n    double s = 0.1, t = 0.2, u = 0.3;\n    int i = 0, k = 0;\n");
    s.append("    if (x > 0) {\n");
    block(s, 0, "      ");
    s.append("      if (whole(a[0])) k = 1;\n");
    block(s, ARM, "      ");
    s.append("    } else {\n");
    block(s, 2 * ARM, "      ");
    s.append("    }\n    if (k == 1) s = s * 2 + a[0] * a[0];\n");
    s.append("    if (x > 1) {\n");
    block(s, 3 * ARM, "      ");
    s.append("    } else {\n");
    block(s, 4 * ARM, "      ");
    s.append("    }\n    return s + t * u + x;\n  }\n}\n");
    GeneratedProgram program = GeneratedProgram.of("dev.leibniz.oracle.gen.WholeInArm", s.toString());
    Result r = program.result();
    assertTrue(r.diagnostics().stream().anyMatch(d -> d.method().startsWith("f(") && !d.warning()
        && d.reason().contains("whole-number test")), () -> r.diagnostics().toString());
    assertTrue(java.util.Arrays.stream(program.kernel().getDeclaredMethods())
        .noneMatch(m -> m.getName().equals("f$tangent") || m.getName().equals("f$adjoint")),
        "companions generated for a method whose arm drops a whole-number test's NaN");
    double[] a = {2.0, 0.5};
    assertEquals(2.0, a[0]);
    double value = (double) program.kernel().getMethod("f", double.class, double[].class).invoke(null, 0.4, a);
    assertTrue(Double.isFinite(value), "the original code runs");
  }

  static double primal(Class<?> kernel, double[] p, int[] run) throws Exception {
    return (double) kernel.getMethod("branches", double.class, double[].class, int.class, int.class, int.class)
        .invoke(null, p[0], tail(p), run[0], run[1], run[2]);
  }

  static double tangent(Class<?> kernel, double[] p, double[] d, int[] run) throws Exception {
    Method t = kernel.getMethod("branches$tangent", double.class, double.class, double[].class, double[].class, int.class, int.class,
        int.class);
    return (double) t.invoke(null, p[0], d[0], tail(p), tail(d), run[0], run[1], run[2]);
  }

  static double[] gradient(Class<?> kernel, double[] p, double seed, int[] run) throws Exception {
    Method m = kernel.getMethod("branches$adjoint", double.class, double[].class, double[].class, int.class, int.class, int.class,
        double.class, double[].class);
    double[] abar = new double[p.length - 1], xbar = new double[1];
    m.invoke(null, p[0], tail(p), abar, run[0], run[1], run[2], seed, xbar);
    double[] g = new double[p.length];
    g[0] = xbar[0];
    System.arraycopy(abar, 0, g, 1, abar.length);
    return g;
  }

  private static double[] tail(double[] p) {
    return java.util.Arrays.copyOfRange(p, 1, p.length);
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
}
