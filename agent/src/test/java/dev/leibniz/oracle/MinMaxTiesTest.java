package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.FiniteDifferences.Estimate;
import dev.leibniz.oracle.fixtures.MinMaxTiesFixtures;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code Math.max} and {@code Math.min} of the same pair at a tie ({@link MinMaxTiesFixtures}): with both taking the
 * first argument's derivative there, {@code max(a, b) + min(a, b)} had gradient (2, 0) at {@code a = b} where it is
 * {@code a + b}, and MLX's {@code logaddexp = max + log1p(exp(min - max))} (corpus {@code peers15/mlx/test_grad_reference
 * logaddexp}, every grid point a tie) had (1, 0) where it is (1/2, 1/2), in both modes and without a warning. A tie is
 * now broken as if the first argument were the larger, for both: {@code max} takes the first argument's derivative and
 * {@code min} the second's, so any smooth function of the pair gets its derivative there. Checked at ties and beside
 * them: both modes against the analytic gradient and finite differences, and the dot-product test.
 */
class MinMaxTiesTest {
  static final Transformed T = Transformed.of(MinMaxTiesFixtures.class);

  static ScalarFunction fn(String name) {
    return new ScalarFunction(T.type, name, double.class, double.class);
  }

  static void check(ScalarFunction f, double[] expected, double... x) {
    String at = f.name() + Arrays.toString(x);
    assertArrayEquals(expected, f.tangentGradient(x), 1e-12, at + " tangent");
    assertArrayEquals(expected, f.gradient(x), 1e-12, at + " adjoint");
    for (int j = 0; j < x.length; j++) {
      double[] e = new double[x.length];
      e[j] = 1;
      Estimate est = FiniteDifferences.directional(v -> new double[] {f.value(v)}, x, e)[0];
      assertEquals(expected[j], est.value(), est.tolerance(1e-7), at + " finite differences along " + j);
    }
    DotProductCheck.check(at, x, 1, (p, pd) -> new double[] {f.tangent(p, pd)}, (p, yb) -> {
      double[] g = new double[p.length];
      f.adjoint(p, yb[0], g);
      return g;
    }, 7, 3);
  }

  static double sigmoid(double t) {
    return 1 / (1 + Math.exp(-t));
  }

  @Test
  void logAddExpAtTiesAndBeside() {
    ScalarFunction f = fn("logAddExp");
    for (double a : new double[] {-1.5, 0, 0.5, 2}) check(f, new double[] {0.5, 0.5}, a, a);
    check(f, new double[] {sigmoid(0.7), sigmoid(-0.7)}, 1.2, 0.5);
    check(f, new double[] {sigmoid(-0.7), sigmoid(0.7)}, 0.5, 1.2);
  }

  /**
   * bce_with_logits' and log-sigmoid's kinks at a logit of +0.0 and -0.0: the functions are smooth there (1/2 - p and
   * 1/2). At -0.0 max(-0.0, 0.0) returns +0.0 and min(-0.0, 0.0) -0.0, while abs' is -1: with a tie of signed zeros
   * broken as any tie (max to x, min to the constant), bce had 3/2 - p and log-sigmoid -1/2, without a warning.
   */
  @Test
  void smoothFunctionsOfKinksAtSignedZeros() {
    ScalarFunction bce = fn("bceWithLogits");
    for (double x : new double[] {0.0, -0.0}) check(bce, new double[] {0.25, -x}, x, 0.25);
    check(bce, new double[] {sigmoid(0.3) - 0.25, -0.3}, 0.3, 0.25);
    check(bce, new double[] {sigmoid(-0.3) - 0.25, 0.3}, -0.3, 0.25);
    ScalarFunction logSigmoid = new ScalarFunction(T.type, "logSigmoidByKinks", double.class);
    for (double x : new double[] {0.0, -0.0, 0.4, -0.4}) check(logSigmoid, new double[] {sigmoid(-x)}, x);
  }

  @Test
  void maxPlusMinIsTheSum() {
    ScalarFunction f = fn("maxPlusMin");
    check(f, new double[] {1, 1}, 0.75, 0.75);
    check(f, new double[] {1, 1}, 0, 0);
    check(f, new double[] {1, 1}, 2, -1);
  }

  @Test
  void maxTimesMinIsTheProduct() {
    ScalarFunction f = fn("maxTimesMin");
    check(f, new double[] {1.5, 1.5}, 1.5, 1.5);
    check(f, new double[] {-3, 2}, 2, -3);
  }

  /**
   * MLX's logaddexp spelt with ternaries, as its C++ does ({@code x > y ? x : y} and {@code x < y ? x : y}): at a tie
   * both comparisons fail and both take y, so the companions give (0, 1) where the function has (1/2, 1/2): the
   * program's own branches at the point, not a rule's convention. Not fixed, but no longer silent: the core warns at
   * the second test ({@code core.analysis.StrictPairs}, tests of the same two values grouping the tie with different
   * sides), also with the operands swapped ({@code y > x}) and for {@code >=} with {@code <=}. Away from the tie both
   * modes match the analytic gradient, differences and each other.
   */
  @Test
  void logAddExpByTernariesIsWarnedAtATie() {
    Map<String, Integer> secondTest = Map.of("logAddExpByTernaries", 37, "logAddExpSwapped", 57, "logAddExpNonStrict", 65);
    for (Map.Entry<String, Integer> e : secondTest.entrySet()) {
      List<Diagnostic> ws = warningsOf(e.getKey() + "(");
      assertEquals(1, ws.size(), e.getKey() + ": " + T.result.diagnostics());
      Diagnostic d = ws.get(0);
      assertEquals(e.getValue(), d.line(), d.toString());
      assertTrue(d.reason().startsWith("two order tests comparing the same two active values (here and at line "
          + (e.getValue() - 1) + ",") && d.reason().contains("group a tie x == y with different sides")
          && d.reason().contains("differentiate at points where x != y"), d.reason());
      ScalarFunction f = fn(e.getKey());
      JacobianCheck.checkScalarExact(f, new double[] {sigmoid(0.7), sigmoid(-0.7)}, 1.2, 0.5);
      JacobianCheck.checkScalarExact(f, new double[] {sigmoid(-0.7), sigmoid(0.7)}, 0.5, 1.2);
    }
    // what the warning is about: both take y at the tie
    assertArrayEquals(new double[] {0, 1}, fn("logAddExpByTernaries").gradient(0.5, 0.5), 1e-15);
    assertArrayEquals(new double[] {0, 1}, fn("logAddExpByTernaries").tangentGradient(0.5, 0.5), 1e-15);
  }

  /**
   * Both selections by one test ({@code a < b} twice): a tie takes one side's formula, right at the tie; no warning. Nor
   * for the two selections written to two outputs ({@code out[0]}, {@code out[1]}): each is one-sided, no value mixes them.
   */
  @Test
  void oneTestForBothSelectionsStaysUnwarned() {
    for (String m : new String[] {"logAddExpOneSide(", "twoOutputs(", "logAddExp(", "maxPlusMin(", "maxTimesMin("}) {
      assertEquals(List.of(), warningsOf(m), m);
    }
    ScalarFunction f = fn("logAddExpOneSide");
    check(f, new double[] {0.5, 0.5}, 0.5, 0.5);
    check(f, new double[] {sigmoid(0.7), sigmoid(-0.7)}, 1.2, 0.5);
  }

  private static List<Diagnostic> warningsOf(String methodPrefix) {
    return T.result.diagnostics().stream().filter(d -> d.warning() && d.method().startsWith(methodPrefix)).toList();
  }

  /** The float logaddexp at a tie, both modes: (1/2, 1/2). */
  @Test
  void floatLogAddExpAtATie() throws Exception {
    Method tangent = method("logAddExpFloat$tangent");
    assertEquals(0.5f, ((Number) tangent.invoke(null, 0.5f, 1f, 0.5f, 0f)).floatValue(), 1e-7f, "tangent along a");
    assertEquals(0.5f, ((Number) tangent.invoke(null, 0.5f, 0f, 0.5f, 1f)).floatValue(), 1e-7f, "tangent along b");
    Method adjoint = method("logAddExpFloat$adjoint");
    Class<?> holder = adjoint.getParameterTypes()[adjoint.getParameterCount() - 1];
    Object grad = holder == float[].class ? new float[2] : new double[2];
    adjoint.invoke(null, 0.5f, 0.5f, 1f, grad);
    double[] g = grad instanceof float[] fl ? new double[] {fl[0], fl[1]} : (double[]) grad;
    assertArrayEquals(new double[] {0.5, 0.5}, g, 1e-7, "adjoint");
  }

  private static Method method(String name) {
    return Arrays.stream(T.type.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
  }
}
