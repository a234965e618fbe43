package dev.leibniz.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.corpus.peers4.AutodiffVar;
import dev.leibniz.corpus.peers4.ChainRulesArrays;
import dev.leibniz.corpus.peers4.ChainRulesScalars;
import dev.leibniz.corpus.peers4.TinyAdTests;
import dev.leibniz.oracle.ScalarFunction;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * The fourth peer round's non-smooth points, where central differences cannot serve, against what each peer tool's
 * test asserts, in both modes; where Leibniz follows another convention (README "Math functions and conventions at
 * non-smooth points"), the test pins Leibniz's value and says whose it is. Away from these points the corpus round
 * checks the same methods against differences.
 */
class FourthPeerEdgeCasesTest {
  private static final Class<?> D = double.class;

  private static ScalarFunction fn(Class<?> type, String name, Class<?>... params) {
    return new ScalarFunction(Transformed.of(type, true).type, name, params);
  }

  private static void gradient(ScalarFunction f, double[] expected, double... x) {
    assertArrayEquals(expected, f.tangentGradient(x), 0, f.name() + " tangent");
    assertArrayEquals(expected, f.gradient(x), 0, f.name() + " adjoint");
  }

  /** autodiff asserts grad(abs(x), x) == 0 at x = 0 (sign(0)); Leibniz's abs' is copySign(1, x): +1 at +0.0, -1 at -0.0. */
  @Test
  void absAtZeroFollowsCopySignNotAutodiffsZero() {
    ScalarFunction f = fn(AutodiffVar.class, "abs", D);
    gradient(f, new double[] {1}, 0.0);
    gradient(f, new double[] {-1}, -0.0);
  }

  /** ChainRules: ZeroTangent over sign's discontinuity at 0, in frule and rrule; the same in both modes here. */
  @Test
  void signAtZeroIsZeroAsChainRules() {
    gradient(fn(ChainRulesScalars.class, "signOnly", D), new double[] {0}, 0.0);
  }

  /** ChainRules: ^(x::Real, n) with x < 0 has d/dx = n x^(n-1) and d/dn = 0, and at x = 0 both 0; the same here. */
  @Test
  void powOfANegativeBaseHasNoExponentDerivativeAsChainRules() {
    ScalarFunction f = fn(ChainRulesScalars.class, "powReal", D, D);
    double x = -3.4;
    gradient(f, new double[] {3 * Math.pow(x, 2.0), 0}, x, 3.0); // y x^(y-1), as the rule computes it
    gradient(f, new double[] {0, 0}, 0.0, 3.0);
    ScalarFunction n = fn(ChainRulesScalars.class, "powIntMath", D, int.class);
    gradient(n, new double[] {0}, 0.0, 3);
  }

  /** TinyAD's atan2 test includes (x, y) = (-1, 0), on the branch cut: (-y, x) / (x^2 + y^2) = (0, -1), here too. */
  @Test
  void atan2OnItsBranchCutAsTinyAd() {
    gradient(fn(TinyAdTests.class, "atan2", D, D), new double[] {0, -1}, -1.0, 0.0);
  }

  /**
   * ChainRules: norm(zero(x)) has gradient zero(x). Julia's generic_norm2 returns maxabs when it is 0, so the program's
   * own derivative is that of max |x_i|: abs' = +1 at the first of the tied zeros, (1, 0, 0), a subgradient of the norm
   * at 0 but not ChainRules' choice; the core warns at the test {@code maxabs == 0}. Leibniz follows the program.
   */
  @Test
  void normAtZeroIsTheProgramsMaxAbsSubgradientNotChainRulesZero() throws Exception {
    Class<?> t = Transformed.of(ChainRulesArrays.class, true).type;
    Method tangent = t.getDeclaredMethod("normOf$tangent", double[].class, double[].class, int.class);
    Method adjoint = t.getDeclaredMethod("normOf$adjoint", double[].class, double[].class, int.class, double.class);
    double[] zero = new double[3];
    double[] byTangent = new double[3];
    for (int j = 0; j < 3; j++) {
      double[] dx = new double[3];
      dx[j] = 1;
      byTangent[j] = (double) tangent.invoke(null, zero.clone(), dx, 0);
    }
    double[] byAdjoint = new double[3];
    assertEquals(0.0, (double) adjoint.invoke(null, zero.clone(), byAdjoint, 0, 1.0), 0);
    assertArrayEquals(new double[] {1, 0, 0}, byTangent, 0, "tangent");
    assertArrayEquals(new double[] {1, 0, 0}, byAdjoint, 0, "adjoint");
  }
}
