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
 * Loop bodies over the part budget that leave early: {@code skip} has {@code if (i % 3 == 1)
 * continue;} a sixth of the way into its body (the jump crosses every cut of the moved body: the
 * part holding it leaves through an exit and the part holding the body's end is entered there);
 * {@code exits} has that {@code continue}, a {@code break} half-way ({@code if (i == b) break;}) and
 * a {@code return} two thirds of the way ({@code if (i == r) return s * t + u;}), so the body method
 * reports how it ended and the loop dispatches on it. Both companions are checked on every path
 * (all trips, the break taken, the return taken, no trip) against Hipparchus'
 * {@code DerivativeStructure} run over the same generated statements, central finite differences
 * and each other (dot-product test), and every generated method is under HotSpot's 8,000-byte limit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoopBodyExitsTest {
  static final String NAME = "dev.leibniz.oracle.gen.Exits";
  static final int STATEMENTS = 240;
  static final String[] VARS = {"s", "t", "u"};
  private Result result;
  private Class<?> kernel;
  private final double[] point = {0.4, 0.5, -0.3, 0.8}; // x, then a
  /** {trips, break at, return at}: every path through the loop. */
  private static final int[][] RUNS = {{5, 99, 99}, {6, 3, 99}, {6, 99, 4}, {6, 4, 2}, {0, 0, 0}, {1, 99, 99}};

  @BeforeAll
  void differentiate() throws Exception {
    GeneratedProgram program = GeneratedProgram.of(NAME, source());
    result = program.result();
    kernel = program.kernel();
  }

  /** Statement {@code k}: {@code target = 0.97 * target + 0.01 * fn(p * q + k * 0.001)}. */
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

  private static String source() {
    StringBuilder s = new StringBuilder("package dev.leibniz.oracle.gen;\n\npublic final class Exits {\n");
    method(s, "skip", "", false);
    method(s, "exits", ", int b, int r", true);
    return s.append("}\n").toString();
  }

  private static void method(StringBuilder s, String name, String extra, boolean exits) {
    s.append("  @dev.leibniz.Differentiable\n  public static double ").append(name).append("(double x, double[] a, int n")
        .append(extra).append(") {\n");
    s.append("    double s = 0.1, t = 0.2, u = 0.3;\n");
    s.append("    for (int i = 0; i < n; i++) {\n");
    String[] fn = {"Math.sin", "Math.cos", "Math.tanh"};
    for (int k = 0; k < STATEMENTS; k++) {
      String q = second(k) == -1 ? "a[(i + " + k + ") % a.length]" : second(k) == -2 ? "x" : VARS[second(k)];
      s.append("      ").append(VARS[target(k)]).append(" = 0.97 * ").append(VARS[target(k)]).append(" + 0.01 * ")
          .append(fn[k % 3]).append("(").append(VARS[first(k)]).append(" * ").append(q).append(" + ").append(k).append(" * 0.001);\n");
      if (k == STATEMENTS / 6) s.append("      if (i % 3 == 1) continue;\n");
      if (exits && k == STATEMENTS / 2) s.append("      if (i == b) break;\n");
      if (exits && k == 2 * STATEMENTS / 3) s.append("      if (i == r) return s * t + u;\n");
    }
    s.append("    }\n    return s + t * u + x;\n  }\n");
  }

  /** The same program over derivative structures: value, then the partials by x and each a[j]. */
  private static double[] byDerivativeStructures(double[] p, int n, int b, int r, boolean exits) {
    DSFactory factory = new DSFactory(p.length, 1);
    DerivativeStructure x = factory.variable(0, p[0]);
    DerivativeStructure[] a = new DerivativeStructure[p.length - 1];
    for (int j = 0; j < a.length; j++) a[j] = factory.variable(j + 1, p[j + 1]);
    DerivativeStructure[] v = {factory.constant(0.1), factory.constant(0.2), factory.constant(0.3)};
    DerivativeStructure out = null;
    loop:
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < STATEMENTS; k++) {
        DerivativeStructure q = second(k) == -1 ? a[(i + k) % a.length] : second(k) == -2 ? x : v[second(k)];
        DerivativeStructure arg = v[first(k)].multiply(q).add(k * 0.001);
        DerivativeStructure f = k % 3 == 0 ? arg.sin() : k % 3 == 1 ? arg.cos() : arg.tanh();
        v[target(k)] = v[target(k)].multiply(0.97).add(f.multiply(0.01));
        if (k == STATEMENTS / 6 && i % 3 == 1) continue loop;
        if (exits && k == STATEMENTS / 2 && i == b) break loop;
        if (exits && k == 2 * STATEMENTS / 3 && i == r) {
          out = v[0].multiply(v[1]).add(v[2]);
          break loop;
        }
      }
    }
    if (out == null) out = v[0].add(v[1].multiply(v[2])).add(x);
    double[] all = out.getAllDerivatives(); // value, then d/dx, d/da0, ...
    return all;
  }

  @Test
  void theBodiesAreOutlinedUnderTheCompileLimitWithNoDiagnostic() {
    assertTrue(result.diagnostics().isEmpty(), () -> result.diagnostics().toString());
    Transformed.verify(result.transformed(), getClass().getClassLoader());
    ClassNode cn = new ClassNode();
    new ClassReader(result.transformed()).accept(cn, 0);
    boolean skipBody = false, exitsBody = false, skipParts = false;
    // a piece is seen by its methods' names (itself or its companions): one inlined into every
    // caller's companion leaves nothing called, and nothing of it is emitted (core.CallableMembers)
    for (MethodNode m : cn.methods) {
      skipBody |= m.name.matches("skip(\\$part\\d+)?\\$loop0(\\$.*)?");
      skipParts |= m.name.matches("skip(\\$part\\d+)?\\$loop0\\$part\\d+(\\$.*)?"); // the body cut across its continue
      exitsBody |= m.name.matches("exits(\\$part\\d+)?\\$loop0(\\$.*)?");
      if (m.name.contains("$")) {
        int size = OutliningTest.codeSize(m);
        assertTrue(size <= ClassDifferentiator.HUGE_METHOD_LIMIT, m.name + " has " + size + " bytes");
      }
    }
    assertTrue(skipBody && exitsBody && skipParts, "bodies not outlined (or not cut): " + result.generated().size() + " generated");
    for (String m : new String[] {".skip$tangent(", ".skip$adjoint(", ".exits$tangent(", ".exits$adjoint("}) {
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
    for (boolean exits : new boolean[] {false, true}) {
      for (int[] run : RUNS) {
        double[] expected = byDerivativeStructures(point, run[0], run[1], run[2], exits);
        String where = (exits ? "exits" : "skip") + java.util.Arrays.toString(run);
        assertEquals(expected[0], primal(point, run, exits), 1e-12 * Math.max(1, Math.abs(expected[0])), where + " value");
        double[] gradient = gradient(point, 1.0, run, exits);
        for (int v = 0; v < point.length; v++) {
          double[] e = new double[point.length];
          e[v] = 1;
          double tolerance = 1e-11 * Math.max(1, Math.abs(expected[v + 1]));
          assertEquals(expected[v + 1], tangent(point, e, run, exits), tolerance, where + " tangent, input " + v);
          assertEquals(expected[v + 1], gradient[v], tolerance, where + " adjoint, input " + v);
        }
      }
    }
  }

  @Test
  void bothModesMatchFiniteDifferencesOnEveryPath() throws Exception {
    for (boolean exits : new boolean[] {false, true}) {
      for (int[] run : RUNS) {
        double[] gradient = gradient(point, 1.0, run, exits);
        Random random = new Random(5 + run[0] + 7L * run[1]);
        for (int trial = 0; trial < 2; trial++) {
          double[] d = new double[point.length];
          for (int i = 0; i < d.length; i++) d[i] = random.nextGaussian();
          double h = 1e-6;
          double[] plus = point.clone(), minus = point.clone();
          for (int i = 0; i < d.length; i++) {
            plus[i] += h * d[i];
            minus[i] -= h * d[i];
          }
          double fd = (primal(plus, run, exits) - primal(minus, run, exits)) / (2 * h);
          double tolerance = 1e-7 * Math.max(1, Math.abs(fd));
          String where = (exits ? "exits" : "skip") + java.util.Arrays.toString(run) + " direction " + trial;
          assertEquals(fd, tangent(point, d, run, exits), tolerance, where + ", tangent");
          double along = 0;
          for (int i = 0; i < d.length; i++) along += gradient[i] * d[i];
          assertEquals(fd, along, tolerance, where + ", adjoint");
        }
      }
    }
  }

  @Test
  void modesAgreeByTheDotProductTest() {
    for (boolean exits : new boolean[] {false, true}) {
      for (int[] run : new int[][] {RUNS[0], RUNS[1], RUNS[2]}) {
        DotProductCheck.check("loop body with exits " + java.util.Arrays.toString(run), point, 1,
            (p, d) -> new double[] {call(() -> tangent(p, d, run, exits))},
            (p, w) -> call(() -> gradient(p, w[0], run, exits)), 17 + run[1], 3);
      }
    }
  }

  /**
   * Every outlined body method's companions that are called (a small part's tangent may be inlined
   * into its caller's instead) reach C2 in a child JVM that runs
   * {@code exits}' tangent and adjoint over every path ({@link LoopBodyProbe}): compiled on their own
   * at tier 4 (inlining forbidden, so none hides in a caller), and none is skipped as too large.
   */
  @Test
  void outlinedBodiesAreCompiledByC2() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("exits");
    java.nio.file.Path file = dir.resolve(NAME.replace('.', '/') + ".class");
    java.nio.file.Files.createDirectories(file.getParent());
    java.nio.file.Files.write(file, result.transformed());
    // only what the entries reach can run (an outlined piece inlined into its caller's companion
    // leaves its own companions unused; a wrapper calling its own body does not make it reached)
    java.util.List<String> expected = dev.leibniz.testing.CallGraph.of(result.transformed()).companionsRun(
        result.generated(), NAME, java.util.List.of("exits$tangent", "exits$adjoint"),
        source -> source.startsWith("exits$") && source.contains("$loop"));
    assertTrue(expected.size() >= 4, "body companions: " + expected);
    String command = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(command, "-XX:+PrintCompilation", "-XX:CompileCommand=quiet",
        "-XX:CompileCommand=dontinline," + NAME + "::*",
        "-cp", dir + java.io.File.pathSeparator + System.getProperty("java.class.path"),
        LoopBodyProbe.class.getName(), NAME).redirectErrorStream(true).start();
    java.util.List<String> missing = new java.util.ArrayList<>(expected);
    StringBuilder out = new StringBuilder();
    long deadline = System.nanoTime() + 240_000_000_000L; // generous: a loaded machine takes many times longer
    try (java.io.BufferedReader lines = new java.io.BufferedReader(
        new java.io.InputStreamReader(p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
      String line;
      while (!missing.isEmpty() && System.nanoTime() < deadline && (line = lines.readLine()) != null) {
        out.append(line).append('\n');
        if (line.contains("Exits::exits$") && !line.trim().startsWith("@")) {
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

  private Object[] args(double[] p, int[] run, boolean exits, Object... before) {
    Object[] out = new Object[before.length + (exits ? 3 : 1)];
    System.arraycopy(before, 0, out, 0, before.length);
    out[before.length] = run[0];
    if (exits) {
      out[before.length + 1] = run[1];
      out[before.length + 2] = run[2];
    }
    return out;
  }

  private Class<?>[] types(boolean exits, Class<?>... before) {
    Class<?>[] out = new Class<?>[before.length + (exits ? 3 : 1)];
    System.arraycopy(before, 0, out, 0, before.length);
    for (int i = before.length; i < out.length; i++) out[i] = int.class;
    return out;
  }

  private static double[] tail(double[] p) {
    return java.util.Arrays.copyOfRange(p, 1, p.length);
  }

  private double primal(double[] p, int[] run, boolean exits) throws Exception {
    String name = exits ? "exits" : "skip";
    return (double) kernel.getMethod(name, types(exits, double.class, double[].class)).invoke(null, args(p, run, exits, p[0], tail(p)));
  }

  private double tangent(double[] p, double[] d, int[] run, boolean exits) throws Exception {
    String name = (exits ? "exits" : "skip") + "$tangent";
    Method t = kernel.getMethod(name, types(exits, double.class, double.class, double[].class, double[].class));
    return (double) t.invoke(null, args(p, run, exits, p[0], d[0], tail(p), tail(d)));
  }

  private double[] gradient(double[] p, double seed, int[] run, boolean exits) throws Exception {
    String name = (exits ? "exits" : "skip") + "$adjoint";
    Class<?>[] head = types(exits, double.class, double[].class, double[].class);
    Class<?>[] all = java.util.Arrays.copyOf(head, head.length + 2);
    all[head.length] = double.class;
    all[head.length + 1] = double[].class;
    double[] abar = new double[p.length - 1], xbar = new double[1];
    Object[] front = args(p, run, exits, p[0], tail(p), abar);
    Object[] values = java.util.Arrays.copyOf(front, front.length + 2);
    values[front.length] = seed;
    values[front.length + 1] = xbar;
    kernel.getMethod(name, all).invoke(null, values);
    double[] g = new double[p.length];
    g[0] = xbar[0];
    System.arraycopy(abar, 0, g, 1, abar.length);
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
}
