package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.Result;
import dev.leibniz.fuzz.ByteClassLoader;
import dev.leibniz.fuzz.InMemoryCompiler;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The checkpointing estimate of a loop's record per trip counts a nested loop's body once per inner
 * trip (a constant inner bound: its trips; else a guess of 16), not once: an outer loop over an
 * inner loop of 200 trips records about 200 times its inner body per trip. The rewritten method's
 * companions stay correct (finite differences, tangent against adjoint, dot-product test).
 */
class NestedLoopTripsTest {
  static final String NAME = "dev.leibniz.oracle.gen.Nested";
  static final String SOURCE = "package dev.leibniz.oracle.gen;\n\npublic final class Nested {\n"
      + "  @dev.leibniz.Differentiable\n  public static double f(double[] x, int n) {\n"
      + "    double s = 0.1;\n"
      + "    for (int i = 0; i < n; i++) {\n"
      + "      for (int j = 0; j < 200; j++) {\n"
      + "        s = Math.sin(s * 0.5 + x[j % x.length]) * 0.9;\n"
      + "      }\n"
      + "      s = s + x[i % x.length] * 0.01;\n"
      + "    }\n    return s;\n  }\n}\n";

  @Test
  void nestedTripsCountInTheRecordPerTrip() throws Exception {
    Map<String, byte[]> classes = InMemoryCompiler.compile(NAME, SOURCE);
    Result result = new ClassDifferentiator(internal -> classes.get(internal.replace('/', '.'))).differentiate(classes.get(NAME));
    assertTrue(result.diagnostics().isEmpty(), () -> result.diagnostics().toString());
    String plans = String.join("\n", result.plans());
    Matcher m = Pattern.compile("about (\\d+) bytes of tape per trip").matcher(plans);
    assertTrue(m.find(), plans);
    int perTrip = Integer.parseInt(m.group(1));
    // the inner body records a few values (sin, a product, a sum, an element) per inner trip
    assertTrue(perTrip >= 200 * 16, "the outer loop's estimate counts the inner body once: " + plans);

    Map<String, byte[]> transformed = new HashMap<>(classes);
    transformed.put(NAME, result.transformed());
    Class<?> nested = new ByteClassLoader(transformed).load(NAME);
    Method f = nested.getMethod("f", double[].class, int.class);
    Method tangent = nested.getMethod("f$tangent", double[].class, double[].class, int.class);
    Method adjoint = nested.getMethod("f$adjoint", double[].class, double[].class, int.class, double.class);
    int n = 7;
    JacobianCheck.check("nested loops", new double[] {0.3, -0.2, 0.5},
        x -> new double[] {(double) call(f, x, n)},
        (x, xd) -> new double[] {(double) call(tangent, x, xd, n)},
        (x, yb) -> {
          double[] g = new double[x.length];
          call(adjoint, x, g, n, yb[0]);
          return g;
        },
        null);
  }

  private static Object call(Method m, Object... args) {
    try {
      return m.invoke(null, args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
