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
 * A time-stepping loop over the part budget with the classic double buffer swapped in the middle of
 * its body ({@code double[] tmp = cur; cur = nxt; nxt = tmp;}): a stencil step and {@value #HALF}
 * statements reading {@code cur}, the swap, {@value #HALF} more reading the new {@code cur}. The swap
 * writes references the loop reads after it, so it stays in the loop; the stretches before and after
 * it become two bodies {@code f$loop0} and {@code f$loop1}, each given the arrays as arguments on
 * every trip (before: one body was moved, the other half stayed, and the method kept its size
 * diagnostic). Both companions against Hipparchus' {@code DerivativeStructure} over the same program,
 * central finite differences and the dot-product test, every generated method under 8,000 bytes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoopBodySwapTest {
  static final String NAME = "dev.leibniz.oracle.gen.Swap";
  static final int HALF = 120;
  static final int STEPS = 4;
  static final String[] VARS = {"s", "t", "u"};
  private Result result;
  private Class<?> kernel;
  private final double[] point = {0.2, 0.4, 0.5, -0.3, 0.8, 0.1}; // c, then u0

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

  /** The second factor: -1 an element of {@code cur}, -2 {@code c}, else a variable. */
  private static int second(int k) {
    return k % 4 == 0 ? -1 : k % 4 == 1 ? -2 : (k * 11 + 2) % 3;
  }

  static String source() {
    StringBuilder s = new StringBuilder("package dev.leibniz.oracle.gen;\n\npublic final class Swap {\n");
    s.append("  @dev.leibniz.Differentiable\n  public static double f(double[] u0, double c, int steps) {\n");
    s.append("    double[] cur = u0.clone();\n    double[] nxt = new double[cur.length];\n");
    s.append("    double s = 0.1, t = 0.2, u = 0.3;\n");
    s.append("    for (int step = 0; step < steps; step++) {\n");
    s.append("      for (int i = 1; i < cur.length - 1; i++) nxt[i] = cur[i] + c * (cur[i - 1] - 2 * cur[i] + cur[i + 1]);\n");
    s.append("      nxt[0] = cur[0] * 0.99;\n      nxt[cur.length - 1] = cur[cur.length - 1] * 0.99;\n");
    String[] fn = {"Math.sin", "Math.cos", "Math.tanh"};
    for (int k = 0; k < 2 * HALF; k++) {
      if (k == HALF) s.append("      double[] tmp = cur;\n      cur = nxt;\n      nxt = tmp;\n");
      String q = second(k) == -1 ? "cur[" + k + " % cur.length]" : second(k) == -2 ? "c" : VARS[second(k)];
      s.append("      ").append(VARS[target(k)]).append(" = 0.97 * ").append(VARS[target(k)]).append(" + 0.01 * ")
          .append(fn[k % 3]).append("(").append(VARS[first(k)]).append(" * ").append(q).append(" + ").append(k).append(" * 0.001);\n");
    }
    s.append("    }\n    return s + t * u + cur[1] + 0.5 * nxt[2];\n  }\n}\n");
    return s.toString();
  }

  /** The same program over derivative structures: value, then the partials by c and each u0[j]. */
  private static double[] byDerivativeStructures(double[] p, int steps) {
    DSFactory factory = new DSFactory(p.length, 1);
    DerivativeStructure c = factory.variable(0, p[0]);
    DerivativeStructure[] cur = new DerivativeStructure[p.length - 1], nxt = new DerivativeStructure[p.length - 1];
    for (int j = 0; j < cur.length; j++) {
      cur[j] = factory.variable(j + 1, p[j + 1]);
      nxt[j] = factory.constant(0);
    }
    DerivativeStructure[] v = {factory.constant(0.1), factory.constant(0.2), factory.constant(0.3)};
    int n = cur.length;
    for (int step = 0; step < steps; step++) {
      for (int i = 1; i < n - 1; i++) nxt[i] = cur[i].add(c.multiply(cur[i - 1].subtract(cur[i].multiply(2)).add(cur[i + 1])));
      nxt[0] = cur[0].multiply(0.99);
      nxt[n - 1] = cur[n - 1].multiply(0.99);
      for (int k = 0; k < 2 * HALF; k++) {
        if (k == HALF) {
          DerivativeStructure[] tmp = cur;
          cur = nxt;
          nxt = tmp;
        }
        DerivativeStructure q = second(k) == -1 ? cur[k % n] : second(k) == -2 ? c : v[second(k)];
        DerivativeStructure arg = v[first(k)].multiply(q).add(k * 0.001);
        DerivativeStructure f = k % 3 == 0 ? arg.sin() : k % 3 == 1 ? arg.cos() : arg.tanh();
        v[target(k)] = v[target(k)].multiply(0.97).add(f.multiply(0.01));
      }
    }
    return v[0].add(v[1].multiply(v[2])).add(cur[1]).add(nxt[2].multiply(0.5)).getAllDerivatives();
  }

  @Test
  void bothStretchesAroundTheSwapAreOutlined() {
    assertTrue(result.diagnostics().isEmpty(), () -> result.diagnostics().toString());
    Transformed.verify(result.transformed(), getClass().getClassLoader());
    ClassNode cn = new ClassNode();
    new ClassReader(result.transformed()).accept(cn, 0);
    boolean before = false, after = false;
    for (MethodNode m : cn.methods) {
      // the body or its companions (a primal body nothing calls is not emitted)
      before |= m.name.matches("f(\\$part\\d+)?\\$loop0(\\$\\w+)*");
      after |= m.name.matches("f(\\$part\\d+)?\\$loop1(\\$\\w+)*");
      if (m.name.contains("$")) {
        int size = OutliningTest.codeSize(m);
        assertTrue(size <= ClassDifferentiator.HUGE_METHOD_LIMIT, m.name + " has " + size + " bytes");
      }
    }
    assertTrue(before && after, "two bodies expected: " + result.generated().size() + " generated");
  }

  @Test
  void bothModesMatchDerivativeStructures() throws Exception {
    for (int steps : new int[] {0, 1, STEPS}) {
      double[] expected = byDerivativeStructures(point, steps);
      assertEquals(expected[0], primal(point, steps), 1e-12 * Math.max(1, Math.abs(expected[0])), steps + " steps: value");
      double[] gradient = gradient(point, 1.0, steps);
      for (int v = 0; v < point.length; v++) {
        double[] e = new double[point.length];
        e[v] = 1;
        double tolerance = 1e-11 * Math.max(1, Math.abs(expected[v + 1]));
        assertEquals(expected[v + 1], tangent(point, e, steps), tolerance, steps + " steps: tangent, input " + v);
        assertEquals(expected[v + 1], gradient[v], tolerance, steps + " steps: adjoint, input " + v);
      }
    }
  }

  @Test
  void bothModesMatchFiniteDifferences() throws Exception {
    double[] gradient = gradient(point, 1.0, STEPS);
    Random random = new Random(9);
    for (int trial = 0; trial < 3; trial++) {
      double[] d = new double[point.length];
      for (int i = 0; i < d.length; i++) d[i] = random.nextGaussian();
      double h = 1e-6;
      double[] plus = point.clone(), minus = point.clone();
      for (int i = 0; i < d.length; i++) {
        plus[i] += h * d[i];
        minus[i] -= h * d[i];
      }
      double fd = (primal(plus, STEPS) - primal(minus, STEPS)) / (2 * h);
      double tolerance = 1e-7 * Math.max(1, Math.abs(fd));
      assertEquals(fd, tangent(point, d, STEPS), tolerance, "tangent along direction " + trial);
      double along = 0;
      for (int i = 0; i < d.length; i++) along += gradient[i] * d[i];
      assertEquals(fd, along, tolerance, "adjoint along direction " + trial);
    }
  }

  @Test
  void modesAgreeByTheDotProductTest() {
    DotProductCheck.check("loop body around a swap", point, 1,
        (p, d) -> new double[] {call(() -> tangent(p, d, STEPS))},
        (p, w) -> call(() -> gradient(p, w[0], STEPS)), 29, 4);
  }

  private static double[] tail(double[] p) {
    return java.util.Arrays.copyOfRange(p, 1, p.length);
  }

  private double primal(double[] p, int steps) throws Exception {
    return (double) kernel.getMethod("f", double[].class, double.class, int.class).invoke(null, tail(p), p[0], steps);
  }

  private double tangent(double[] p, double[] d, int steps) throws Exception {
    Method t = kernel.getMethod("f$tangent", double[].class, double[].class, double.class, double.class, int.class);
    return (double) t.invoke(null, tail(p), tail(d), p[0], d[0], steps);
  }

  private double[] gradient(double[] p, double seed, int steps) throws Exception {
    Method a = kernel.getMethod("f$adjoint", double[].class, double[].class, double.class, int.class, double.class, double[].class);
    double[] ubar = new double[p.length - 1], cbar = new double[1];
    a.invoke(null, tail(p), ubar, p[0], steps, seed, cbar);
    double[] g = new double[p.length];
    g[0] = cbar[0];
    System.arraycopy(ubar, 0, g, 1, ubar.length);
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
