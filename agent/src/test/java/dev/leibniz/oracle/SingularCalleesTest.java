package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.FiniteDifferences.Estimate;
import dev.leibniz.oracle.fixtures.SingularCalleeFixtures;
import dev.leibniz.testing.Transformed;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The strong zero across a call that is not copied into its caller, in both modes: an infinite
 * adjoint seeding a callee ({@code cbrt(f(x, y))}, {@code f = x·y} a helper or a library method)
 * and an infinite adjoint coming back from one ({@code g(x·y)}, {@code g = cbrt} in a callee) meet
 * {@code x = 0} with exactly 0, as forward mode does. Before, ∂/∂y was {@code ∞·0 = NaN} in the
 * adjoint. The true infinite derivative ∂/∂x = ±∞ is still reported.
 */
class SingularCalleesTest {
  static final Class<?> S = Transformed.of(SingularCalleeFixtures.class).type;
  static final Class<?> D = double.class;

  static ScalarFunction fn(String name) {
    return new ScalarFunction(S, name, D, D);
  }

  static void exactly(ScalarFunction f, double[] expected, double... x) {
    String at = f.name() + Arrays.toString(x);
    assertArrayEquals(expected, f.tangentGradient(x), 0, at + " tangent");
    assertArrayEquals(expected, f.gradient(x), 0, at + " adjoint");
  }

  /** Central finite differences along coordinate {@code j} give {@code expected}. */
  static void finiteDifference(ScalarFunction f, int j, double expected, double... x) {
    double[] e = new double[x.length];
    e[j] = 1;
    Estimate est = FiniteDifferences.directional(v -> new double[] {f.value(v)}, x, e)[0];
    assertEquals(expected, est.value(), est.tolerance(1e-7), f.name() + Arrays.toString(x) + " finite differences along " + j);
  }

  /** {@code c·cbrt(x·y)}: flat along y at x = 0, ±∞ along x; regular points against the analytic gradient. */
  static void cbrtOfProduct(String name, double c) {
    ScalarFunction f = fn(name);
    exactly(f, new double[] {Double.POSITIVE_INFINITY, 0}, 0, 2);
    finiteDifference(f, 1, 0, 0, 2);
    exactly(f, new double[] {Double.NEGATIVE_INFINITY, 0}, 0, -2);
    exactly(f, new double[] {0, Double.POSITIVE_INFINITY}, 2, 0);
    finiteDifference(f, 0, 0, 2, 0);
    double x = 0.8, y = 1.7, r = 3 * Math.pow(x * y, 2.0 / 3);
    assertArrayEquals(new double[] {c * y / r, c * x / r}, f.gradient(x, y), 1e-14, name);
    JacobianCheck.checkScalar(f, x, y);
    JacobianCheck.checkScalar(f, -0.6, 1.3);
  }

  @Test
  void infiniteSeedIntoAHelper() {
    cbrtOfProduct("cbrtOfHelper", 1);
  }

  @Test
  void infiniteSeedIntoALibraryMethod() {
    cbrtOfProduct("cbrtOfLibrary", 1);
  }

  @Test
  void infiniteAdjointBackFromAHelper() {
    cbrtOfProduct("helperOfProduct", 1);
  }

  @Test
  void infiniteAdjointBackFromALibraryMethod() {
    cbrtOfProduct("libraryOfProduct", 1);
    cbrtOfProduct("deeperLibraryOfProduct", 2);
  }

  @Test
  void infiniteTangentBackFromACallee() {
    ScalarFunction f = fn("timesLibraryCbrt");
    exactly(f, new double[] {0, 0}, 0, 0);
    finiteDifference(f, 1, 0, 0, 0);
    exactly(f, new double[] {0, Double.POSITIVE_INFINITY}, 2, 0);
    JacobianCheck.checkScalar(f, 1.4, 0.3);
  }

  @Test
  void zeroSeedIntoACallee() {
    ScalarFunction f = fn("libraryCbrtUnused");
    exactly(f, new double[] {1, 0}, 2, 0);
    JacobianCheck.checkScalar(f, 1.4, 0.3);
  }

  /**
   * Mutually recursive callees ({@code core.SingularSummaries}, a fixed point): both may have an infinite partial,
   * whichever the caller meets first. Before, meeting {@code root} first left {@code viaOther} marked as
   * regular, and {@code y·viaOther(x)} at {@code y = x = 0} gave {@code 0·∞ = NaN} for ∂/∂x (true: 1/2).
   */
  @Test
  void mutuallyRecursiveCalleesWhicheverComesFirst() {
    for (String name : new String[] {"rootThenVia", "viaThenRoot"}) {
      ScalarFunction f = fn(name);
      exactly(f, new double[] {0, 0.5}, 0, 0); // √(x+1) + y·√x at (0, 0): ∂/∂y = √0, ∂/∂x = 1/2 + 0
      finiteDifference(f, 0, 0, 0, 0);
      double y = 0.7, x = 0.5;
      assertArrayEquals(new double[] {Math.sqrt(x), 0.5 / Math.sqrt(x + 1) + y * 0.5 / Math.sqrt(x)}, f.gradient(y, x), 1e-14, name);
      assertArrayEquals(f.gradient(y, x), f.tangentGradient(y, x), 1e-14, name);
      finiteDifference(f, 1, 0.5 / Math.sqrt(x + 1) + y * 0.5 / Math.sqrt(x), y, x);
      JacobianCheck.checkScalar(f, y, x);
    }
  }
}
