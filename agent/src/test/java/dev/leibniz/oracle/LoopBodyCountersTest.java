package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.Result;
import dev.leibniz.testing.GeneratedProgram;
import dev.leibniz.fuzz.InMemoryCompiler;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * An outlined loop body that indexes a table with the loop's {@code int} counter
 * ({@code coef[i % 2]}) and uses a {@code long} written before the loop and inside its body. The
 * counters travel to the body method in its passive {@code long[]} frame, not in the active
 * {@code double[]} one, so the table lookup is not taken for a lookup at an index rounded from an
 * active value (no warning), and the {@code long} is carried instead of refused. Both companions
 * are checked against central finite differences and each other (dot-product test).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoopBodyCountersTest {
  static final String NAME = "dev.leibniz.oracle.gen.Counters";
  static final int STATEMENTS = 240;
  static final int TRIPS = 5;
  private Result result;
  private Class<?> kernel;
  private final double[] point = {0.4, 0.5, -0.3, 0.8}; // x, then a

  @BeforeAll
  void differentiate() throws Exception {
    GeneratedProgram program = GeneratedProgram.of(NAME, source(false));
    result = program.result();
    kernel = program.kernel();
  }

  private static String source(boolean withContinue) {
    StringBuilder s = new StringBuilder("package dev.leibniz.oracle.gen;\n\npublic final class Counters {\n");
    s.append("  static final double[] COEF = {0.3, 0.2};\n");
    s.append("  @dev.leibniz.Differentiable\n  public static double f(double x, double[] a, int n) {\n");
    s.append("    double s = 0.1, t = 0.2, u = 0.3;\n    long m = a.length;\n");
    s.append("    for (int i = 0; i < n; i++) {\n");
    String[] v = {"s", "t", "u"};
    String[] fn = {"Math.sin", "Math.cos", "Math.tanh"};
    for (int k = 0; k < STATEMENTS; k++) {
      String target = v[(k * 7) % 3], p = v[(k * 5 + 1) % 3];
      String q = k % 4 == 0 ? "a[(i + " + k + ") % a.length]" : k % 4 == 1 ? "x" : v[(k * 11 + 2) % 3];
      s.append("      ").append(target).append(" = 0.97 * ").append(target).append(" + 0.01 * ")
          .append(fn[k % 3]).append("(").append(p).append(" * ").append(q).append(" + ").append(k).append(" * 0.001);\n");
      if (withContinue && k == STATEMENTS / 6) s.append("      if (i == 2) continue;\n");
      if (k == STATEMENTS / 2) {
        s.append("      x = x * 0.999 + COEF[i % 2] * u;\n");

      }
    }
    s.append("    }\n    return s + t * u + x + 1e-3 * m;\n  }\n}\n");
    return s.toString();
  }

  @Test
  void theBodyIsOutlinedWithNoWarning() {
    assertTrue(result.diagnostics().isEmpty(), () -> result.diagnostics().toString());
    Transformed.verify(result.transformed(), getClass().getClassLoader());
    ClassNode cn = new ClassNode();
    new ClassReader(result.transformed()).accept(cn, 0);
    boolean body = false;
    for (MethodNode m : cn.methods) {
      body |= m.name.contains("$loop0") && m.desc.contains("[D[J"); // the body (or its parts) get both frames
      if (m.name.contains("$")) {
        int size = OutliningTest.codeSize(m);
        assertTrue(size <= ClassDifferentiator.HUGE_METHOD_LIMIT, m.name + " has " + size + " bytes");
      }
    }
    assertTrue(body, "no outlined body f$loop0(double[], long[], ...)");
  }

  /**
   * A {@code continue} early in a body over the limit: the body is moved out (the jump goes to its
   * end) and cut into parts across the jump (the part holding it leaves through an exit, the part
   * holding the body's end is entered there), so no diagnostic; {@code LoopBodyExitsTest} checks
   * such bodies' derivatives.
   */
  @Test
  void aContinueEarlyInTheBodyIsCutAcross() throws Exception {
    Map<String, byte[]> classes = InMemoryCompiler.compile(NAME, source(true));
    Result r = new ClassDifferentiator(internal -> classes.get(internal.replace('/', '.'))).differentiate(classes.get(NAME));
    assertTrue(r.diagnostics().isEmpty(), () -> r.diagnostics().toString());
    Transformed.verify(r.transformed(), getClass().getClassLoader());
  }

  @Test
  void bothModesMatchFiniteDifferences() throws Exception {
    for (int trips : new int[] {0, 2, TRIPS}) {
      double[] gradient = gradient(point, 1.0, trips);
      Random random = new Random(5 + trips);
      for (int trial = 0; trial < 3; trial++) {
        double[] d = new double[point.length];
        for (int i = 0; i < d.length; i++) d[i] = random.nextGaussian();
        double h = 1e-6;
        double[] plus = point.clone(), minus = point.clone();
        for (int i = 0; i < d.length; i++) {
          plus[i] += h * d[i];
          minus[i] -= h * d[i];
        }
        double fd = (primal(plus, trips) - primal(minus, trips)) / (2 * h);
        double tolerance = 1e-7 * Math.max(1, Math.abs(fd));
        assertEquals(fd, tangent(point, d, trips), tolerance, trips + " trips, tangent along direction " + trial);
        double along = 0;
        for (int i = 0; i < d.length; i++) along += gradient[i] * d[i];
        assertEquals(fd, along, tolerance, trips + " trips, adjoint along direction " + trial);
      }
    }
  }

  @Test
  void modesAgreeByTheDotProductTest() {
    DotProductCheck.check("outlined body with counters", point, 1,
        (p, d) -> new double[] {call(() -> tangent(p, d, TRIPS))},
        (p, w) -> call(() -> gradient(p, w[0], TRIPS)), 17, 4);
  }

  private double primal(double[] p, int trips) throws Exception {
    return (double) kernel.getMethod("f", double.class, double[].class, int.class)
        .invoke(null, p[0], java.util.Arrays.copyOfRange(p, 1, p.length), trips);
  }

  private double tangent(double[] p, double[] d, int trips) throws Exception {
    Method t = kernel.getMethod("f$tangent", double.class, double.class, double[].class, double[].class, int.class);
    return (double) t.invoke(null, p[0], d[0], java.util.Arrays.copyOfRange(p, 1, p.length),
        java.util.Arrays.copyOfRange(d, 1, d.length), trips);
  }

  private double[] gradient(double[] p, double seed, int trips) throws Exception {
    Method a = kernel.getMethod("f$adjoint", double.class, double[].class, double[].class, int.class, double.class, double[].class);
    double[] abar = new double[p.length - 1], xbar = new double[1];
    a.invoke(null, p[0], java.util.Arrays.copyOfRange(p, 1, p.length), abar, trips, seed, xbar);
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
