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
 * A straight-line method over the part budget with an {@code int} {@code k} and a {@code long}
 * {@code m} written again every {@value #EVERY} statements, so by several parts, and read by the
 * parts after (a table lookup {@code COEF[k]}, and {@code m} in the value). Both travel in the
 * passive {@code long[]} frame, one cell per part that writes them: the lookup is not taken for one
 * at an index rounded from an active value (no warning; an {@code int} carried in the
 * {@code double[]} frame read back through {@code (int)} would be), and the {@code long} is carried
 * (before: the method was not cut, and kept its size diagnostic). Both companions against Hipparchus'
 * {@code DerivativeStructure} over the same statements, central finite differences and the
 * dot-product test, every generated method under 8,000 bytes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutlinedCountersTest {
  static final String NAME = "dev.leibniz.oracle.gen.PartCounters";
  static final int STATEMENTS = 400;
  static final int EVERY = 40;
  static final double[] COEF = {0.3, 0.2, 0.1};
  static final String[] VARS = {"s", "t", "u"};
  private Result result;
  private Class<?> kernel;
  private final double[] point = {0.4, 0.5, -0.3, 0.8}; // x, then a

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

  static String source() {
    StringBuilder s = new StringBuilder("package dev.leibniz.oracle.gen;\n\npublic final class PartCounters {\n");
    s.append("  static final double[] COEF = {0.3, 0.2, 0.1};\n");
    s.append("  @dev.leibniz.Differentiable\n  public static double f(double x, double[] a) {\n");
    s.append("    double s = 0.1, t = 0.2, u = 0.3;\n    int k = 0;\n    long m = 1;\n");
    String[] fn = {"Math.sin", "Math.cos", "Math.tanh"};
    for (int j = 0; j < STATEMENTS; j++) {
      String q = second(j) == -1 ? "a[" + j + " % a.length]" : second(j) == -2 ? "x" : VARS[second(j)];
      s.append("    ").append(VARS[target(j)]).append(" = 0.97 * ").append(VARS[target(j)]).append(" + 0.01 * ")
          .append(fn[j % 3]).append("(").append(VARS[first(j)]).append(" * ").append(q).append(" + ").append(j).append(" * 0.001);\n");
      if (j % EVERY == EVERY - 1) {
        s.append("    k = (k + 1) % 3;\n    m = m * 3 + k;\n");
        s.append("    s = s + COEF[k] * u * 0.01 + 1e-9 * m;\n");
      }
    }
    s.append("    return s + t * u + x + 1e-6 * m + k;\n  }\n}\n");
    return s.toString();
  }

  /** The same statements over derivative structures: value, then the partials by x and each a[j]. */
  private static double[] byDerivativeStructures(double[] p) {
    DSFactory factory = new DSFactory(p.length, 1);
    DerivativeStructure x = factory.variable(0, p[0]);
    DerivativeStructure[] a = new DerivativeStructure[p.length - 1];
    for (int j = 0; j < a.length; j++) a[j] = factory.variable(j + 1, p[j + 1]);
    DerivativeStructure[] v = {factory.constant(0.1), factory.constant(0.2), factory.constant(0.3)};
    int k = 0;
    long m = 1;
    for (int j = 0; j < STATEMENTS; j++) {
      DerivativeStructure q = second(j) == -1 ? a[j % a.length] : second(j) == -2 ? x : v[second(j)];
      DerivativeStructure arg = v[first(j)].multiply(q).add(j * 0.001);
      DerivativeStructure f = j % 3 == 0 ? arg.sin() : j % 3 == 1 ? arg.cos() : arg.tanh();
      v[target(j)] = v[target(j)].multiply(0.97).add(f.multiply(0.01));
      if (j % EVERY == EVERY - 1) {
        k = (k + 1) % 3;
        m = m * 3 + k;
        v[0] = v[0].add(v[2].multiply(COEF[k] * 0.01)).add(1e-9 * m);
      }
    }
    return v[0].add(v[1].multiply(v[2])).add(x).add(1e-6 * m + k).getAllDerivatives();
  }

  @Test
  void cutWithTheCountersInThePassiveFrameAndNoWarning() {
    assertTrue(result.diagnostics().isEmpty(), () -> result.diagnostics().toString());
    Transformed.verify(result.transformed(), getClass().getClassLoader());
    ClassNode cn = new ClassNode();
    new ClassReader(result.transformed()).accept(cn, 0);
    int parts = 0;
    for (MethodNode m : cn.methods) {
      // the parts' tangents (their primals, which nothing calls, are not emitted): the frame, its shadow, the counters
      if (m.name.matches("f\\$part\\d+\\$tangent")) {
        parts++;
        assertTrue(m.desc.startsWith("([D[D[J"), m.name + m.desc); // the counters' frame
      }
      if (m.name.contains("$")) {
        int size = OutliningTest.codeSize(m);
        assertTrue(size <= ClassDifferentiator.HUGE_METHOD_LIMIT, m.name + " has " + size + " bytes");
      }
    }
    assertTrue(parts >= 3, () -> "parts: " + cn.methods.stream().map(m -> m.name + m.desc).toList());
  }

  @Test
  void bothModesMatchDerivativeStructures() throws Exception {
    double[] expected = byDerivativeStructures(point);
    assertEquals(expected[0], primal(point), 1e-12 * Math.max(1, Math.abs(expected[0])));
    double[] gradient = gradient(point, 1.0);
    for (int v = 0; v < point.length; v++) {
      double[] e = new double[point.length];
      e[v] = 1;
      double tolerance = 1e-11 * Math.max(1, Math.abs(expected[v + 1]));
      assertEquals(expected[v + 1], tangent(point, e), tolerance, "tangent, input " + v);
      assertEquals(expected[v + 1], gradient[v], tolerance, "adjoint, input " + v);
    }
  }

  @Test
  void bothModesMatchFiniteDifferences() throws Exception {
    double[] gradient = gradient(point, 1.0);
    Random random = new Random(3);
    for (int trial = 0; trial < 3; trial++) {
      double[] d = new double[point.length];
      for (int i = 0; i < d.length; i++) d[i] = random.nextGaussian();
      double h = 1e-6;
      double[] plus = point.clone(), minus = point.clone();
      for (int i = 0; i < d.length; i++) {
        plus[i] += h * d[i];
        minus[i] -= h * d[i];
      }
      double fd = (primal(plus) - primal(minus)) / (2 * h);
      double tolerance = 1e-7 * Math.max(1, Math.abs(fd));
      assertEquals(fd, tangent(point, d), tolerance, "tangent along direction " + trial);
      double along = 0;
      for (int i = 0; i < d.length; i++) along += gradient[i] * d[i];
      assertEquals(fd, along, tolerance, "adjoint along direction " + trial);
    }
  }

  @Test
  void modesAgreeByTheDotProductTest() {
    DotProductCheck.check("outlined method with counters", point, 1,
        (p, d) -> new double[] {call(() -> tangent(p, d))},
        (p, w) -> call(() -> gradient(p, w[0])), 23, 4);
  }

  private static double[] tail(double[] p) {
    return java.util.Arrays.copyOfRange(p, 1, p.length);
  }

  private double primal(double[] p) throws Exception {
    return (double) kernel.getMethod("f", double.class, double[].class).invoke(null, p[0], tail(p));
  }

  private double tangent(double[] p, double[] d) throws Exception {
    Method t = kernel.getMethod("f$tangent", double.class, double.class, double[].class, double[].class);
    return (double) t.invoke(null, p[0], d[0], tail(p), tail(d));
  }

  private double[] gradient(double[] p, double seed) throws Exception {
    Method a = kernel.getMethod("f$adjoint", double.class, double[].class, double[].class, double.class, double[].class);
    double[] abar = new double[p.length - 1], xbar = new double[1];
    a.invoke(null, p[0], tail(p), abar, seed, xbar);
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
