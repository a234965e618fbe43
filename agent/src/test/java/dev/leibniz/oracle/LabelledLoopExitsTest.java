package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.Result;
import dev.leibniz.fuzz.ByteClassLoader;
import dev.leibniz.fuzz.InMemoryCompiler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An inner loop left by {@code continue outer;} or {@code break outer;} on a data-dependent
 * condition (the shape of Apache SIS's {@code PolynomialRoots.removeDuplicated}): the jump leaves
 * the inner loop for the outer loop's header or exit, so the inner loop has two exits and its
 * invariant read {@code x[i]} (with {@code i} not an induction variable of a counted loop) cannot be
 * recorded once at a sole exit: the index its summed adjoint is flushed to when the inner loop's
 * reverse ends is taped by the inner header, which the forward sweep must push (it once did not:
 * the reverse popped one entry more per trip than the forward pushed, ArrayIndexOutOfBoundsException
 * -1). Both companions are checked against the exact gradient, central finite differences and each
 * other (dot-product test) on data taking each exit; {@code dedup} is removeDuplicated's shape.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LabelledLoopExitsTest {
  static final String NAME = "dev.leibniz.oracle.gen.Labelled";
  static final String SOURCE = "package dev.leibniz.oracle.gen;\n\npublic final class Labelled {\n"
      // an element equal to an earlier one adds b times it and skips the rest of the outer body
      + "  @dev.leibniz.Differentiable\n  public static double skip(double[] x, double b) {\n"
      + "    double s = 0;\n    int i = 0;\n"
      + "    next: while (i < x.length) {\n"
      + "      for (int j = i; --j >= 0;) {\n"
      + "        if (Math.abs(x[j] - x[i]) < 0.01) {\n          s = s + b * x[i];\n          i++;\n          continue next;\n        }\n"
      + "      }\n"
      + "      s = s + x[i] * x[i];\n      i++;\n"
      + "    }\n    return s;\n  }\n"
      // an element equal to an earlier one ends both loops
      + "  @dev.leibniz.Differentiable\n  public static double stop(double[] x, double b) {\n"
      + "    double s = 0;\n"
      + "    done: for (int i = 0; i < x.length; i++) {\n"
      + "      for (int j = i; --j >= 0;) {\n"
      + "        if (Math.abs(x[j] - x[i]) < 0.01) {\n          s = s * b;\n          break done;\n        }\n"
      + "      }\n"
      + "      s = s + x[i] * x[i];\n"
      + "    }\n    return s + b;\n  }\n"
      // the SIS repro: the result array read as s[0] + 2 * s[1] * b
      + "  @dev.leibniz.Differentiable\n  public static double dedup(double[] x, double b) {\n"
      + "    double[] r = x.clone();\n    int i = 1;\n"
      + "    next: while (i < r.length) {\n"
      + "      for (int j = i; --j >= 0;) {\n"
      + "        if (Math.abs(r[j] - r[i]) < 0.01) {\n"
      + "          double[] t = new double[r.length - 1];\n"
      + "          System.arraycopy(r, 0, t, 0, i);\n"
      + "          System.arraycopy(r, i + 1, t, i, r.length - i - 1);\n"
      + "          r = t;\n          continue next;\n        }\n"
      + "      }\n      i++;\n"
      + "    }\n    return r[0] + 2 * r[1] * b;\n  }\n"
      + "}\n";

  /** SIS's shape as a call: removeDuplicated (a same-class helper returning an array) reversed split. */
  static final String CALLER = "dev.leibniz.oracle.gen.LabelledCall";
  static final String CALLER_SOURCE = "package dev.leibniz.oracle.gen;\n\npublic final class LabelledCall {\n"
      + "  static double[] removeDuplicated(double[] roots) {\n"
      + "    int i = 1;\n"
      + "    next: while (i < roots.length) {\n"
      + "      for (int j = i; --j >= 0;) {\n"
      + "        if (Math.abs(roots[j] - roots[i]) < 0.01) {\n"
      + "          double[] t = new double[roots.length - 1];\n"
      + "          System.arraycopy(roots, 0, t, 0, i);\n"
      + "          System.arraycopy(roots, i + 1, t, i, roots.length - i - 1);\n"
      + "          roots = t;\n          continue next;\n        }\n"
      + "      }\n      i++;\n"
      + "    }\n    return roots;\n  }\n"
      + "  @dev.leibniz.Differentiable\n  public static double dedup(double[] x, double b) {\n"
      + "    double[] r = new double[x.length];\n"
      + "    for (int k = 0; k < x.length; k++) r[k] = x[k] * 1.5;\n"
      + "    double[] s = removeDuplicated(r);\n"
      + "    return s[0] + 2 * s[1] * b;\n  }\n"
      + "}\n";

  /** Data for each path: no repeat, a repeat near the start, one at the end, several. */
  static final double[][] DATA = {
    {0.3, -0.7, 1.1, 0.9},
    {0.3, 0.302, 1.1, 0.9},
    {0.5, -0.2, 0.8, -0.203},
    {0.4, 0.401, -0.6, 0.398, -0.604, 1.2},
    {0.7},
  };

  private Class<?> kernel;

  @BeforeAll
  void differentiate() throws Exception {
    Map<String, byte[]> classes = InMemoryCompiler.compile(NAME, SOURCE);
    Result result = new ClassDifferentiator(internal -> classes.get(internal.replace('/', '.'))).differentiate(classes.get(NAME));
    assertTrue(result.diagnostics().isEmpty(), () -> result.diagnostics().toString());
    Map<String, byte[]> transformed = new HashMap<>(classes);
    transformed.put(NAME, result.transformed());
    kernel = new ByteClassLoader(transformed).load(NAME);
  }

  /** The exact gradient of skip in (x, b). */
  private static double[] skipGradient(double[] x, double b) {
    double[] g = new double[x.length + 1];
    for (int i = 0; i < x.length; i++) {
      boolean repeat = false;
      for (int j = 0; j < i; j++) repeat |= Math.abs(x[j] - x[i]) < 0.01;
      g[i] = repeat ? b : 2 * x[i];
      g[x.length] += repeat ? x[i] : 0;
    }
    return g;
  }

  /** The exact gradient of stop in (x, b). */
  private static double[] stopGradient(double[] x, double b) {
    double[] g = new double[x.length + 1];
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      boolean repeat = false;
      for (int j = 0; j < i; j++) repeat |= Math.abs(x[j] - x[i]) < 0.01;
      if (repeat) {
        for (int k = 0; k < i; k++) g[k] *= b;
        g[x.length] = s;
        break;
      }
      s += x[i] * x[i];
      g[i] = 2 * x[i];
    }
    g[x.length] += 1;
    return g;
  }

  @Test
  void continueOuterFromTheInnerLoop() throws Exception {
    for (double[] x : DATA) check("skip", x, skipGradient(x, 1.3));
  }

  @Test
  void breakOuterFromTheInnerLoop() throws Exception {
    for (double[] x : DATA) check("stop", x, stopGradient(x, 1.3));
  }

  @Test
  void removeDuplicatedShape() throws Exception {
    for (double[] x : DATA) {
      if (x.length < 2) continue;
      check("dedup", x, null);
    }
  }

  @Test
  void removeDuplicatedCalledSplit() throws Exception {
    Map<String, byte[]> classes = InMemoryCompiler.compile(CALLER, CALLER_SOURCE);
    Result result = new ClassDifferentiator(internal -> classes.get(internal.replace('/', '.'))).differentiate(classes.get(CALLER));
    assertTrue(result.diagnostics().isEmpty(), () -> result.diagnostics().toString());
    Map<String, byte[]> transformed = new HashMap<>(classes);
    transformed.put(CALLER, result.transformed());
    Class<?> caller = new ByteClassLoader(transformed).load(CALLER);
    for (double[] x : DATA) {
      if (x.length >= 2) check(caller, "dedup", x, null);
    }
  }

  private void check(String name, double[] x, double[] exact) throws Exception {
    check(kernel, name, x, exact);
  }

  private static void check(Class<?> kernel, String name, double[] x, double[] exact) throws Exception {
    Method f = kernel.getMethod(name, double[].class, double.class);
    Method tangent = kernel.getMethod(name + "$tangent", double[].class, double[].class, double.class, double.class);
    Method adjoint = kernel.getMethod(name + "$adjoint", double[].class, double[].class, double.class, double.class, double[].class);
    int n = x.length;
    double[] point = java.util.Arrays.copyOf(x, n + 1);
    point[n] = 1.3;
    JacobianCheck.check(name + java.util.Arrays.toString(x), point,
        v -> new double[] {(double) call(f, head(v), v[n])},
        (v, vd) -> new double[] {(double) call(tangent, head(v), head(vd), v[n], vd[n])},
        (v, yb) -> {
          double[] xb = new double[n], bb = new double[1];
          call(adjoint, head(v), xb, v[n], yb[0], bb);
          double[] g = java.util.Arrays.copyOf(xb, n + 1);
          g[n] = bb[0];
          return g;
        },
        exact == null ? null : new double[][] {exact});
  }

  private static double[] head(double[] v) {
    return java.util.Arrays.copyOf(v, v.length - 1);
  }

  private static Object call(Method m, Object... args) {
    try {
      return m.invoke(null, args);
    } catch (InvocationTargetException e) {
      throw new AssertionError(m.getName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
