package dev.leibniz.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.corpus.peers8.SwiftControlFlow;
import dev.leibniz.corpus.peers8.TinygradOps;
import dev.leibniz.oracle.ScalarFunction;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The eighth peer round's special points, where central differences cannot serve (a jump, a tie, a kink, a function
 * defined at whole numbers only, pow's singular points), against what each peer tool's test asserts, in both modes;
 * where Leibniz differs (README "Math functions and conventions at non-smooth points", "Special cases at a constant"),
 * the test pins Leibniz's value and says whose it is. Away from these points the corpus round checks the same methods
 * against differences.
 */
class EighthPeerEdgeCasesTest {
  private static final Class<?> F = float.class;
  private static final Class<?> D = double.class;
  private static final double INF = Double.POSITIVE_INFINITY;
  private static final Transformed SWIFT = Transformed.of(SwiftControlFlow.class, true);
  private static final Transformed TINYGRAD = Transformed.of(TinygradOps.class, true);

  private static ScalarFunction swift(String name, Class<?>... params) {
    return new ScalarFunction(SWIFT.type, name, params);
  }

  private static void gradient(ScalarFunction f, double[] expected, double... x) {
    assertArrayEquals(expected, f.tangentGradient(x), 0, f.name() + " tangent at " + Arrays.toString(x));
    assertArrayEquals(expected, f.gradient(x), 0, f.name() + " adjoint at " + Arrays.toString(x));
  }

  /** Swift's cond2 asserts gradient 0 at its special case x == -1337 (0 there, 2x beside); the core warns at the test. */
  @Test
  void swiftSpecialCaseAtAConstantGivesSwiftsValue() {
    gradient(swift("cond2", F), new double[] {0}, -1337);
    gradient(swift("guard2", F, F), new double[] {-2674, 0}, -1337, -5);
    gradient(swift("guard2Var", F, F), new double[] {-2674, 0}, -1337, -5);
    gradient(swift("nested3", F, F), new double[] {40, 8}, 4, 20);
    boolean warned = SWIFT.result.diagnostics().stream()
        .anyMatch(d -> d.warning() && d.method().startsWith("cond2(") && d.reason().contains("equals a constant"));
    assertTrue(warned, () -> SWIFT.result.diagnostics().toString());
  }

  /** factorial and factorial_var2 recurse until x == 1 (whole numbers only): Swift asserts 0, 1, 5, 26, 154 at 1 to 5. */
  @Test
  void swiftFactorialAtWholeNumbers() {
    double[] expected = {0, 1, 5, 26, 154};
    for (String name : new String[] {"factorial", "factorialVar2"}) {
      for (int x = 1; x <= 5; x++) gradient(swift(name, F), new double[] {expected[x - 1]}, x);
    }
  }

  /** nested_loop2 at x = 2, where (int) (inner % 7) meets whole numbers: Swift's (value, gradient) for counts 1 to 4. */
  @Test
  void swiftNestedLoop2AtTheTestsPoint() {
    ScalarFunction f = swift("nestedLoop2", F, int.class);
    double[][] expected = {{6, 5}, {20, 22}, {52, 80}, {24, 28}};
    for (int count = 1; count <= 4; count++) {
      assertEquals(expected[count - 1][0], f.value(2, count), 0, "value, count " + count);
      gradient(f, new double[] {expected[count - 1][1]}, 2, count);
    }
    gradient(swift("loopInMethod", F), new double[] {0}, 0);
  }

  // ---- tinygrad: elementwise ops, the diagonal of the Jacobian by both companions ----

  /** The diagonal of an elementwise op {@code name(x, scalars..., out)}: the tangent along ones and the adjoint of ones. */
  private static double[][] diagonal(String name, double[] x, double... scalars) throws Exception {
    Method tangent = null;
    Method adjoint = null;
    for (Method m : TINYGRAD.type.getDeclaredMethods()) {
      if (m.getName().equals(name + "$tangent")) tangent = m;
      if (m.getName().equals(name + "$adjoint")) adjoint = m;
    }
    int n = x.length;
    Object[] targs = new Object[2 + 2 * scalars.length + 2];
    targs[0] = x.clone();
    double[] ones = new double[n];
    Arrays.fill(ones, 1);
    targs[1] = ones;
    for (int k = 0; k < scalars.length; k++) {
      targs[2 + 2 * k] = scalars[k];
      targs[3 + 2 * k] = 0.0;
    }
    double[] outDot = new double[n];
    targs[targs.length - 2] = new double[n];
    targs[targs.length - 1] = outDot;
    tangent.invoke(null, targs);
    Object[] aargs = new Object[2 + scalars.length + 2 + (scalars.length > 0 ? 1 : 0)];
    double[] xBar = new double[n];
    aargs[0] = x.clone();
    aargs[1] = xBar;
    for (int k = 0; k < scalars.length; k++) aargs[2 + k] = scalars[k];
    aargs[2 + scalars.length] = new double[n];
    double[] seed = ones.clone();
    aargs[3 + scalars.length] = seed;
    double[] scalarBars = new double[scalars.length];
    if (scalars.length > 0) aargs[4 + scalars.length] = scalarBars;
    adjoint.invoke(null, aargs);
    return new double[][] {outDot, xBar, scalarBars};
  }

  private static void diagonalIs(double[] expected, String name, double[] x, double... scalars) throws Exception {
    double[][] d = diagonal(name, x, scalars);
    assertArrayEquals(expected, d[0], 0, name + " tangent at " + Arrays.toString(x));
    assertArrayEquals(expected, d[1], 0, name + " adjoint at " + Arrays.toString(x));
  }

  /** test_relu_exact: tinygrad's relu `(x > 0).where(x, 0)` has gradient 0 at 0, as torch's relu: so here. */
  @Test
  void reluAtZeroIsZeroAsTinygradAndTorch() throws Exception {
    diagonalIs(new double[] {0, 0, 1}, "relu", new double[] {-1, 0, 1});
  }

  /**
   * test_relu_maximum_exact: torch's maximum(x, 0) at x = 0 splits the gradient (1/2), tinygrad's comment calls a
   * maximum-based relu's half "wrong"; Leibniz's Math.max takes the first argument's on a tie (README): 1 at 0.
   */
  @Test
  void maximumAtATieIsTheFirstArgumentsNotTorchsHalf() throws Exception {
    diagonalIs(new double[] {0, 1, 1}, "reluByMaximum", new double[] {-1, 0, 1});
    double[][] d = diagonal("maximumScalar", new double[] {1, 0, 3, -4}, 3);
    assertArrayEquals(new double[] {0, 0, 1, 0}, d[0], 0); // torch: [0, 0, 0.5, 0]
    assertArrayEquals(new double[] {0, 0, 1, 0}, d[1], 0);
    assertArrayEquals(new double[] {3}, d[2], 0); // torch: 2.5 (1 from each of 1, 0, -4, and 0.5 from the tie)
  }

  /** test_max at [1, 1, 0, 1]: torch and tinygrad share max's gradient among the ties (1/6 each after * 0.5). */
  @Test
  void maxOverTiesGoesToTheFirstNotShared() throws Exception {
    double[][] x = {{1, 1, 0, 1}};
    double[] expected = {0.5, 0, 0, 0}; // torch and tinygrad: [1/6, 1/6, 0, 1/6]
    Method tangent = method("maxHalf$tangent");
    for (int j = 0; j < 4; j++) {
      double[][] xd = new double[1][4];
      xd[0][j] = 1;
      assertEquals(expected[j], (double) tangent.invoke(null, x, xd), 0, "tangent along " + j);
    }
    double[][] xb = new double[1][4];
    method("maxHalf$adjoint").invoke(null, x, xb, 1.0);
    assertArrayEquals(expected, xb[0], 0);
  }

  private static Method method(String name) {
    return Arrays.stream(TINYGRAD.type.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
  }

  /** test_clip at the bounds: tinygrad's where passes x through at x == lo and x == hi (gradient 1), as torch's clamp. */
  @Test
  void clipAtItsBoundsPassesTheGradientAsTinygrad() throws Exception {
    double[][] d = diagonal("clip", new double[] {-3, -2.5, 0, 1.5, 2}, -2.5, 1.5);
    assertArrayEquals(new double[] {0, 1, 1, 1, 0}, d[0], 0);
    assertArrayEquals(new double[] {0, 1, 1, 1, 0}, d[1], 0);
    assertArrayEquals(new double[] {1, 1}, d[2], 0); // -3 takes lo, 2 takes hi
  }

  /** test_sign at [-1, 0, 1]: 0 everywhere (sign jumps at 0), in all three tools. */
  @Test
  void signHasGradientZeroEvenAtZero() throws Exception {
    diagonalIs(new double[] {0, 0, 0}, "sign", new double[] {-1, 0, 1});
  }

  /**
   * test_pow_zero_tensor and test_pow_zero_const: torch's gradients of x ** y at a zero base are (0, 0) at y = 0,
   * (inf, 0) at y = 0.3 and (-inf, -inf) at y = -0.3; of x ** c at 0: inf (c = 0.3), 0 (c = 0), -inf (c = -0.3, and
   * c = -1 at [-1, 0, 1]: [-1, -inf, -1]); sqrt at 0: inf. Leibniz agrees in x; in y it takes pow's partial as 0 at a
   * base of at most 0 (README), so d/dy at (0, -0.3) is 0, not torch's -inf.
   */
  @Test
  void powAtAZeroBase() throws Exception {
    ScalarFunction pow = new ScalarFunction(TINYGRAD.type, "pow", D, D);
    gradient(pow, new double[] {0, 0}, 0, 0);
    gradient(pow, new double[] {INF, 0}, 0, 0.3);
    gradient(pow, new double[] {-INF, 0}, 0, -0.3);
    assertArrayEquals(new double[] {INF}, diagonal("powConst", new double[] {0}, 0.3)[1], 0);
    assertArrayEquals(new double[] {0}, diagonal("powConst", new double[] {0}, 0.0)[1], 0);
    assertArrayEquals(new double[] {-INF}, diagonal("powConst", new double[] {0}, -0.3)[1], 0);
    diagonalIs(new double[] {-1, -INF, -1}, "powConst", new double[] {-1, 0, 1}, -1.0);
    diagonalIs(new double[] {INF}, "sqrt", new double[] {0});
  }
}
