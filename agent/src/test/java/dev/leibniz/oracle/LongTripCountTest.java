package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.LongLoops;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Loops with {@code long} counters, whose adjoint must reverse exactly as many iterations as the
 * forward sweep ran, also beyond 2^31 - 1 (an {@code int} trip counter would wrap and give a wrong
 * derivative with no warning). Small counts are checked against finite differences and the
 * dot-product test. 2^31 + 10 trips are checked against the exact derivative in tests tagged
 * {@code slow} (each adjoint call runs 2^32 loop iterations: a few seconds on an idle core, a minute
 * on a loaded one); {@code mvn verify} runs them; {@code -DexcludedGroups=slow} (surefire) leaves them out.
 */
class LongTripCountTest {
  static final Class<?> T = Transformed.of(LongLoops.class).type;
  static final Class<?> D = double.class, L = long.class, I = int.class;
  static final long BEYOND_INT = (1L << 31) + 10;

  @Test
  void shortLoopsAgreeWithFiniteDifferences() {
    ScalarFunction sum = new ScalarFunction(T, "sum", D, L);
    ConstructsTest.check(sum, new double[] {0.75, 1000}, new double[] {1000 + 1.5}, 1e-12, true);
    ScalarFunction nested = new ScalarFunction(T, "nested", D, L, I);
    // s = x n (1.5 + 1.5^2 + 1.5^3) for 3 outer trips
    double dn = 100 * (1.5 + 2.25 + 3.375);
    ConstructsTest.check(nested, new double[] {0.75, 100, 3}, new double[] {dn}, 1e-12, true);
  }

  @Test
  @Tag("slow")
  void loopBeyondTwoToTheThirtyOneTripsHasTheRightAdjoint() {
    ScalarFunction sum = new ScalarFunction(T, "sum", D, L);
    double x = 0.5;
    double[] g = new double[1];
    double y = sum.adjoint(new double[] {x, BEYOND_INT}, 1, g);
    assertEquals(x * x + BEYOND_INT * x, y, 0, "primal returned by $adjoint");
    assertEquals(BEYOND_INT + 2 * x, g[0], 0, "adjoint of a loop with 2^31 + 10 trips");
  }

  @Test
  @Tag("slow")
  void nestedLoopBeyondTwoToTheThirtyOneTripsHasTheRightAdjoint() {
    ScalarFunction nested = new ScalarFunction(T, "nested", D, L, I);
    double[] g = new double[1];
    // one outer trip: the saved count of the inner loop goes through the tape unchanged
    nested.adjoint(new double[] {0.5, BEYOND_INT, 1}, 1, g);
    assertEquals(1.5 * BEYOND_INT, g[0], 0, "adjoint of a nested loop with 2^31 + 10 inner trips");
  }
}
