package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.NaNSelectionFixtures;
import dev.leibniz.testing.Transformed;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Selections at a NaN argument ({@link NaNSelectionFixtures}), in both modes, which must agree partial by partial.
 * {@code Math.max}, {@code Math.min} and {@code Math.abs} return NaN there (not an argument), and their derivative is
 * NaN, as every rule's is at a NaN argument (MathRules.nanWhereNaN): the tangent of {@code max(x, 0) * y} along x was
 * NaN (the product rule's NaN value times y's zero tangent) and its adjoint 0, and {@code max(NaN, 2)} sent its
 * derivative to the 2 it did not return. A ternary follows the branch the primal takes ({@code x > 0} is false at NaN):
 * {@code x > 0 ? x : 0} has derivative 0 there, {@code x <= 0 ? 0 : x} derivative 1.
 */
class NaNSelectionTest {
  static final Class<?> T = Transformed.of(NaNSelectionFixtures.class).type;
  static final Class<?> D = double.class, F = float.class;
  static final double NAN = Double.NaN;

  /** Both modes' gradients of {@code f} at {@code x} are {@code expected}, partial by partial (NaN as NaN). */
  static void assertBothModes(ScalarFunction f, double[] expected, double... x) {
    String at = f.name() + Arrays.toString(x);
    assertEquals(Arrays.toString(expected), Arrays.toString(f.gradient(x)), at + " adjoint");
    assertEquals(Arrays.toString(expected), Arrays.toString(f.tangentGradient(x)), at + " tangent");
  }

  static ScalarFunction fn(String name, Class<?>... params) {
    return new ScalarFunction(T, name, params);
  }

  @Test
  void maxMinAndAbsOfNaNHaveNaNDerivativesInBothModes() {
    for (String name : new String[] {"reluMax", "reluMaxFirstZero", "minZero", "abs"}) {
      assertBothModes(fn(name, D), new double[] {NAN}, NAN);
    }
    assertBothModes(fn("reluMaxFloat", F), new double[] {NAN}, NAN);
    for (String name : new String[] {"maxOfTwo", "minOfTwo"}) {
      assertBothModes(fn(name, D, D), new double[] {NAN, NAN}, NAN, 2);
      assertBothModes(fn(name, D, D), new double[] {NAN, NAN}, 2, NAN);
    }
  }

  /** The tangent of max(x, 0) * y along x was NaN and its adjoint 0: both NaN now, as the result is. */
  @Test
  void aProductOfReluAtNaNAgreesBetweenModes() {
    assertBothModes(fn("reluTimesY", D, D), new double[] {NAN, NAN}, NAN, 2);
  }

  @Test
  void aTernaryFollowsTheBranchThePrimalTakesAtNaN() {
    assertBothModes(fn("reluTernary", D), new double[] {0}, NAN);
    assertBothModes(fn("minTernary", D), new double[] {0}, NAN);
    assertBothModes(fn("reluTernaryFlipped", D), new double[] {1}, NAN);
    assertBothModes(fn("absTernary", D), new double[] {1}, NAN);
    assertBothModes(fn("reluTernaryTimesY", D, D), new double[] {0, 0}, NAN, 2);
  }

  /** Away from NaN the rules are unchanged: the derivative of the argument returned. */
  @Test
  void atNumbersTheArgumentReturnedGetsTheDerivative() {
    assertBothModes(fn("reluMax", D), new double[] {1}, 1.5);
    assertBothModes(fn("reluMax", D), new double[] {0}, -1.5);
    assertBothModes(fn("abs", D), new double[] {-1}, -1.5);
    assertBothModes(fn("maxOfTwo", D, D), new double[] {0, 1}, 1, 2);
    assertBothModes(fn("reluTimesY", D, D), new double[] {2, 1.5}, 1.5, 2);
    ScalarFunction f = fn("reluTimesY", D, D);
    assertEquals(2, FiniteDifferences.derivative(x -> f.value(x, 2), 1.5).value(), 1e-6);
    assertEquals(1.5, FiniteDifferences.derivative(y -> f.value(1.5, y), 2).value(), 1e-6);
  }

  /** A max and an abs of NaN computed on a side not chosen: a zero adjoint or tangent meets their NaN with a strong zero. */
  @Test
  void aNaNComputedAndNotUsedLeavesTheDerivativeAlone() {
    assertBothModes(fn("unusedNaNMax", D), new double[] {-2}, -1);
  }
}
