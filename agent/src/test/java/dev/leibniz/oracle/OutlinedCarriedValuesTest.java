package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.Result;
import dev.leibniz.fuzz.ByteClassLoader;
import dev.leibniz.fuzz.InMemoryCompiler;
import dev.leibniz.testing.Transformed;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Locals that an outlined part may write (conditionally, or inside a loop it holds), that have a
 * value when the part starts and are read after it (review R6-F1, R6-F3): the part must load them
 * from the frame at its start, or it stores an unassigned slot at its end (the class failed
 * verification and kept its original code, with an internal-error diagnostic). Programs:
 * {@code loop}: a 25-trip loop of 120 statements writing {@code int last = i} in the middle,
 * {@code last} read after the loop; {@code early}: an early return, then 280 straight statements
 * with {@code if (z > 0) t = z * 2;} in the middle, {@code t} read at the end. Each must get its
 * companions with no diagnostic, an unchanged primal value, both modes equal to central finite
 * differences, and the dot-product test between modes.
 */
class OutlinedCarriedValuesTest {
  private static final double[] POINT = {0.3, 1.2, -0.7, 2.1, 0.9};

  static String source(String kind) {
    String name = kind.equals("loop") ? "LastTrip" : "EarlyReturn";
    StringBuilder s = new StringBuilder("package dev.leibniz.oracle.gen;\n\npublic final class " + name + " {\n");
    s.append("  @dev.leibniz.Differentiable\n  public static double f(double[] x) {\n");
    if (kind.equals("loop")) {
      s.append("    double u = x[0], v = x[1], w = 0.1, z = 0.2;\n    int last = -1;\n");
      s.append("    for (int i = 0; i < 25; i++) {\n");
      statements(s, 120, "i+", 59, "      last = i;\n");
      s.append("    }\n    return u * last + v + w * z;\n  }\n}\n");
    } else {
      s.append("    if (x.length < 3) return 0;\n");
      s.append("    double u = x[0], v = x[1], w = 0.1, z = 0.2;\n    double t = 1;\n");
      statements(s, 280, "", 139, "    if (z > 0) t = z * 2;\n");
      s.append("    return u + v * w + z * t;\n  }\n}\n");
    }
    return s.toString();
  }

  /** {@code n} statements {@code a = a op 0.02*fn(b + x[(index k) % x.length]);}, {@code extra} after statement {@code at}. */
  private static void statements(StringBuilder s, int n, String index, int at, String extra) {
    String[] v = {"u", "v", "w", "z"};
    String[] op = {"+", "-", "*"};
    String[] fn = {"Math.sin", "Math.cos", "Math.tanh", ""};
    for (int k = 0; k < n; k++) {
      String a = v[(k * 7) % 4], b = v[(k * 5 + 1) % 4];
      if (a.equals(b)) b = v[((k * 7) % 4 + 1) % 4];
      s.append("      ").append(a).append(" = ").append(a).append(' ').append(op[k % 3]).append(" 0.02*")
          .append(fn[(k / 3) % 4]).append("(").append(b).append(" + x[(").append(index).append(k).append(") % x.length]);\n");
      if (k == at) s.append(extra);
    }
  }

  private static Class<?>[] load(String kind, Result[] result) throws Exception {
    String name = "dev.leibniz.oracle.gen." + (kind.equals("loop") ? "LastTrip" : "EarlyReturn");
    Map<String, byte[]> classes = InMemoryCompiler.compile(name, source(kind));
    result[0] = new ClassDifferentiator(internal -> classes.get(internal.replace('/', '.'))).differentiate(classes.get(name));
    Map<String, byte[]> transformed = new HashMap<>(classes);
    if (result[0].transformed() != null) transformed.put(name, result[0].transformed());
    return new Class<?>[] {new ByteClassLoader(transformed).load(name), new ByteClassLoader(classes).load(name)};
  }

  @ParameterizedTest
  @ValueSource(strings = {"loop"})
  void companionsAreGeneratedAndMatchFiniteDifferences(String kind) throws Exception {
    check(kind, true);
  }

  /**
   * The early-return program's adjoint calls the split reverse of a part nested two deep
   * ({@code f$part1$loop0$part6$adjoint$split$distinct}), asked for only while its caller's own
   * distinct split adjoint was built: it used to be left ungenerated ({@code GeneratedCodeCheck}
   * kept the original code with an internal-error diagnostic). Now it is generated, the class is
   * transformed, and the early exit itself ({@code x.length < 3}) has a zero gradient.
   */
  @org.junit.jupiter.api.Test
  void earlyReturnAdjointLinksItsNestedSplitParts() throws Exception {
    Result[] result = new Result[1];
    Class<?>[] types = load("early", result);
    assertTrue(result[0].diagnostics().isEmpty(), () -> result[0].diagnostics().toString());
    assertTrue(java.util.Arrays.stream(types[0].getDeclaredMethods())
        .anyMatch(m -> m.getName().matches("f\\$part\\d+\\$loop\\d+\\$part\\d+\\$adjoint\\$split\\$distinct.*")),
        "no nested part's distinct split adjoint: the test no longer exercises the nested request");
    double[] shortX = {0.4, -1.1};
    assertEquals(0.0, primal(types[0], shortX));
    assertEquals(0.0, tangent(types[0], shortX, new double[] {1, 1}));
    assertEquals(0.0, gradient(types[0], shortX, 1.0)[0]);
  }

  @org.junit.jupiter.api.Test
  void earlyReturnCompanionsMatchFiniteDifferences() throws Exception {
    check("early", true);
  }

  private void check(String kind, boolean adjoint) throws Exception {
    Result[] result = new Result[1];
    Class<?>[] types = load(kind, result);
    assertTrue(result[0].diagnostics().isEmpty(), () -> result[0].diagnostics().toString());
    Transformed.verify(result[0].transformed(), getClass().getClassLoader());
    Class<?> type = types[0];
    assertEquals(primal(types[1], POINT), primal(type, POINT), "primal value changed");
    assertTrue(java.util.Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.getName().contains("$part")),
        "the method was not outlined: the test no longer exercises carried values");
    double[] gradient = adjoint ? gradient(type, POINT, 1.0) : null;
    Random random = new Random(11);
    for (int trial = 0; trial < 4; trial++) {
      double[] d = new double[POINT.length];
      for (int i = 0; i < d.length; i++) d[i] = random.nextGaussian();
      double h = 1e-6;
      double[] plus = POINT.clone(), minus = POINT.clone();
      for (int i = 0; i < d.length; i++) {
        plus[i] += h * d[i];
        minus[i] -= h * d[i];
      }
      double fd = (primal(type, plus) - primal(type, minus)) / (2 * h);
      double tolerance = 1e-6 * Math.max(1, Math.abs(fd));
      assertEquals(fd, tangent(type, POINT, d), tolerance, kind + ": tangent along direction " + trial);
      if (!adjoint) continue;
      double along = 0;
      for (int i = 0; i < d.length; i++) along += gradient[i] * d[i];
      assertEquals(fd, along, tolerance, kind + ": adjoint along direction " + trial);
    }
    if (!adjoint) return;
    DotProductCheck.check(kind + " carried values", POINT, 1,
        (p, d) -> new double[] {call(() -> tangent(type, p, d))},
        (p, w) -> call(() -> gradient(type, p, w[0])), 23, 4);
  }

  private static double primal(Class<?> type, double[] x) throws Exception {
    return (double) type.getMethod("f", double[].class).invoke(null, (Object) x.clone());
  }

  private static double tangent(Class<?> type, double[] x, double[] dx) throws Exception {
    return (double) type.getMethod("f$tangent", double[].class, double[].class).invoke(null, x.clone(), dx.clone());
  }

  private static double[] gradient(Class<?> type, double[] x, double seed) throws Exception {
    double[] xbar = new double[x.length];
    type.getMethod("f$adjoint", double[].class, double[].class, double.class).invoke(null, x.clone(), xbar, seed);
    return xbar;
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
