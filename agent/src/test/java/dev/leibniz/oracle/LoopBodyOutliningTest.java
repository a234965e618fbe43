package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.Result;
import dev.leibniz.testing.GeneratedProgram;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A generated loop whose body alone ({@value #STATEMENTS} statements, about 6 KB of bytecode) gives
 * companions several times HotSpot's 8,000-byte compile limit: the body is moved into a method of
 * its own called per trip ({@code f$loop0}), itself cut into parts, and every generated method
 * stays under the limit. The loop carries a {@code double} state, a {@code float}, an {@code int}
 * count and a parameter written in the body. Both companions are checked against Hipparchus'
 * {@code DerivativeStructure} run over the same generated program, central finite differences and
 * each other (dot-product test).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoopBodyOutliningTest {
  static final int STATEMENTS = 300;
  static final int INPUTS = 8;
  static final int TRIPS = 3;
  static final String NAME = "dev.leibniz.oracle.gen.LoopKernel";
  private final List<Statement> program = program(statements());
  private Result result;
  private Class<?> kernel;
  private final double[] point = new double[INPUTS + 1]; // x, then y

  /** Statements in the generated body. */
  int statements() {
    return STATEMENTS;
  }

  /** {@code t<k> = kind(a, b, c)}; an operand is {@code x[(i + j) % 8]} (j >= 0), the state {@code s} (-1) or {@code t<k + j>} (j < -1). */
  private record Statement(int kind, int a, int b, double c) {}

  @BeforeAll
  void differentiate() throws Exception {
    GeneratedProgram program = GeneratedProgram.of(NAME, source());
    result = program.result();
    kernel = program.kernel();
    for (int i = 0; i < INPUTS; i++) point[i] = 0.3 + 0.1 * i * Math.pow(-1, i);
    point[INPUTS] = 0.37;
  }

  private static List<Statement> program(int statements) {
    SplittableRandom random = new SplittableRandom(statements);
    List<Statement> out = new ArrayList<>();
    for (int k = 0; k < statements; k++) {
      double c = Math.round((0.1 + 0.8 * random.nextDouble()) * 1000) / 1000.0;
      out.add(new Statement(random.nextInt(5), operand(random, k), operand(random, k), c));
    }
    return out;
  }

  private static int operand(SplittableRandom random, int k) {
    int pick = random.nextInt(6);
    if (k == 0 || pick == 0) return random.nextInt(INPUTS);
    if (pick == 1) return -1;
    return -2 - random.nextInt(Math.min(k, 12)); // t<k - 1 - r>
  }

  private String source() {
    StringBuilder s = new StringBuilder("package dev.leibniz.oracle.gen;\n\npublic final class LoopKernel {\n");
    s.append("  @dev.leibniz.Differentiable\n  public static double f(double[] x, double y, int n) {\n");
    s.append("    double s = y;\n    double acc = 0;\n    float g = 0.5f;\n    int count = 0;\n");
    s.append("    for (int i = 0; i < n; i++) {\n");
    for (int k = 0; k < program.size(); k++) {
      Statement st = program.get(k);
      String a = name(st.a, k), b = name(st.b, k), c = String.format(Locale.ROOT, "%.3f", st.c);
      String e;
      switch (st.kind) {
        case 0: e = a + " * " + c + " + Math.sin(" + b + ")"; break;
        case 1: e = a + " * " + b + " * " + c; break;
        case 2: e = "Math.cos(" + a + ") - " + b + " * " + c; break;
        case 3: e = a + " / (1.0 + " + b + " * " + b + ")"; break;
        default: e = "Math.tanh(" + a + " + " + c + " * " + b + ")"; break;
      }
      s.append("      double t").append(k).append(" = ").append(e).append(";\n");
    }
    int last = program.size() - 1;
    s.append("      if (t").append(last).append(" > -10) count++;\n");
    s.append("      g = g * 0.5f + (float) t").append(last - 1).append(" * 0.25f;\n");
    s.append("      y = y * 0.9 + t").append(last - 2).append(" * 0.1;\n");
    s.append("      s = Math.tanh(s * 0.5 + t").append(last).append(" * 0.3 + y * 0.2);\n");
    s.append("      acc += t").append(last / 2).append(" * 0.01 + g * 1e-3;\n");
    s.append("    }\n    return s + acc + y + count * 0.01;\n  }\n}\n");
    return s.toString();
  }

  private static String name(int operand, int k) {
    if (operand >= 0) return "x[(i + " + operand + ") % " + INPUTS + "]";
    if (operand == -1) return "s";
    return "t" + (k + operand + 1);
  }

  /** The generated program run on derivative structures: value and gradient with respect to x and y. */
  private double[] byDerivativeStructures(double[] p) {
    DSFactory f = new DSFactory(INPUTS + 1, 1);
    DerivativeStructure[] x = new DerivativeStructure[INPUTS];
    for (int i = 0; i < INPUTS; i++) x[i] = f.variable(i, p[i]);
    DerivativeStructure y = f.variable(INPUTS, p[INPUTS]);
    DerivativeStructure s = y, acc = f.constant(0);
    DerivativeStructure g = f.constant(0.5); // a float in the program: agrees to float precision
    int count = 0;
    for (int i = 0; i < TRIPS; i++) {
      DerivativeStructure[] t = new DerivativeStructure[program.size()];
      for (int k = 0; k < program.size(); k++) {
        Statement st = program.get(k);
        DerivativeStructure a = value(st.a, k, i, x, s, t), b = value(st.b, k, i, x, s, t);
        switch (st.kind) {
          case 0: t[k] = a.multiply(st.c).add(b.sin()); break;
          case 1: t[k] = a.multiply(b).multiply(st.c); break;
          case 2: t[k] = a.cos().subtract(b.multiply(st.c)); break;
          case 3: t[k] = a.divide(b.multiply(b).add(1.0)); break;
          default: t[k] = a.add(b.multiply(st.c)).tanh(); break;
        }
      }
      int last = program.size() - 1;
      if (t[last].getValue() > -10) count++;
      g = g.multiply(0.5).add(t[last - 1].multiply(0.25));
      y = y.multiply(0.9).add(t[last - 2].multiply(0.1));
      s = s.multiply(0.5).add(t[last].multiply(0.3)).add(y.multiply(0.2)).tanh();
      acc = acc.add(t[last / 2].multiply(0.01)).add(g.multiply(1e-3));
    }
    DerivativeStructure r = s.add(acc).add(y).add(count * 0.01);
    double[] out = new double[INPUTS + 2];
    out[0] = r.getValue();
    int[] orders = new int[INPUTS + 1];
    for (int v = 0; v <= INPUTS; v++) {
      orders[v] = 1;
      out[v + 1] = r.getPartialDerivative(orders);
      orders[v] = 0;
    }
    return out;
  }

  private static DerivativeStructure value(int operand, int k, int i, DerivativeStructure[] x, DerivativeStructure s,
      DerivativeStructure[] t) {
    if (operand >= 0) return x[(i + operand) % INPUTS];
    if (operand == -1) return s;
    return t[k + operand + 1];
  }

  @Test
  void theLoopBodyIsOutlinedAndEveryPartIsUnderTheCompileLimit() {
    assertTrue(result.diagnostics().isEmpty(), () -> result.diagnostics().toString());
    Transformed.verify(result.transformed(), getClass().getClassLoader());
    ClassNode cn = new ClassNode();
    new ClassReader(result.transformed()).accept(cn, 0);
    int largest = 0;
    boolean bodyAdjoint = false, bodyTangent = false;
    for (MethodNode m : cn.methods) {
      if (m.name.contains("$")) {
        int size = OutliningTest.codeSize(m);
        largest = Math.max(largest, size);
        assertTrue(size <= ClassDifferentiator.HUGE_METHOD_LIMIT, m.name + " has " + size + " bytes");
      }
      // the forms its callers use (split, distinct...): the others are not emitted
      bodyAdjoint |= m.name.matches("f(\\$part\\d+)?\\$loop0(\\$part\\d+)?\\$adjoint(\\$\\w+)*");
      bodyTangent |= m.name.matches("f(\\$part\\d+)?\\$loop0(\\$part\\d+)?\\$tangent(\\$\\w+)*");
    }
    assertTrue(bodyAdjoint && bodyTangent, () -> "no companions of the loop body: " + result.generated().size() + " generated");
    assertTrue(largest > 1000, "largest part " + largest); // the parts are real work, not stubs
    assertTrue(result.generated().stream().anyMatch(g -> g.contains(".f$tangent(")), () -> result.generated().toString());
    assertTrue(result.generated().stream().anyMatch(g -> g.contains(".f$adjoint(")), () -> result.generated().toString());
  }

  @Test
  void primalIsTheProgramsValue() throws Exception {
    assertEquals(byDerivativeStructures(point)[0], primal(point), 1e-9); // the float state rounds at 6e-8, weighted 1e-3
  }

  @Test
  void bothModesMatchDerivativeStructures() throws Exception {
    double[] expected = byDerivativeStructures(point);
    double[] gradient = gradient(point, 1.0);
    for (int v = 0; v <= INPUTS; v++) {
      double[] e = new double[INPUTS + 1];
      e[v] = 1;
      double tolerance = 1e-8 * Math.max(1, Math.abs(expected[v + 1])); // the float state, as above
      assertEquals(expected[v + 1], tangent(point, e), tolerance, "tangent along input " + v);
      assertEquals(expected[v + 1], gradient[v], tolerance, "adjoint, input " + v);
    }
  }

  @Test
  void bothModesMatchFiniteDifferences() throws Exception {
    double[] gradient = gradient(point, 1.0);
    Random random = new Random(11);
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
    DotProductCheck.check("outlined loop body", point, 1,
        (p, v) -> new double[] {call(() -> tangent(p, v))},
        (p, w) -> call(() -> gradient(p, w[0])), 13, 4, true); // float precision: the loop carries a float
  }

  private double primal(double[] p) throws Exception {
    return (double) kernel.getMethod("f", double[].class, double.class, int.class)
        .invoke(null, java.util.Arrays.copyOf(p, INPUTS), p[INPUTS], TRIPS);
  }

  private double tangent(double[] p, double[] v) throws Exception {
    Method t = kernel.getMethod("f$tangent", double[].class, double[].class, double.class, double.class, int.class);
    return (double) t.invoke(null, java.util.Arrays.copyOf(p, INPUTS), java.util.Arrays.copyOf(v, INPUTS), p[INPUTS], v[INPUTS], TRIPS);
  }

  private double[] gradient(double[] p, double seed) throws Exception {
    Method a = kernel.getMethod("f$adjoint", double[].class, double[].class, double.class, int.class, double.class, double[].class);
    double[] xbar = new double[INPUTS], ybar = new double[1];
    a.invoke(null, java.util.Arrays.copyOf(p, INPUTS), xbar, p[INPUTS], TRIPS, seed, ybar);
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
}
