package dev.leibniz.oracle;

import dev.leibniz.agent.FirstDispatch;
import dev.leibniz.oracle.fixtures.lattice.LatticeNoise;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An interface call returning a double whose implementation is known only at run time, made by a static helper of
 * another class ({@code Lattice.interpolate}) given the integers of a floor: the helper's summary took the interface
 * method (no code) to read bit patterns, so the integers read before it counted as bits of an active value and the
 * method was refused as "reads the bit pattern of an active value and turns it back into a number" (Joise's
 * {@code Function3DGradient.get} through {@code Noise.interpolateXYZ3} and {@code IWorkerNoise3}, the twenty-eighth round
 * of the corpus). A floating result of a dispatched call is differentiated, its implementation judged by its own code at
 * its first dispatch, as for a direct call (UnknownImplementationsTest): the gradient against the analytic formula,
 * central differences and the dot-product test, at an even and an odd corner.
 */
class InterfaceBehindHelperTest {
  @BeforeAll
  static void agent() {
    FirstDispatch.install(false, net.bytebuddy.agent.ByteBuddyAgent.install());
  }

  @AfterAll
  static void noAgent() {
    FirstDispatch.uninstall();
  }

  private static final Transformed T = Transformed.of(LatticeNoise.class, true);

  /** d/dx of {@code v1 + s (v2 - v1)}, v1 = (x - x0) a0, v2 = (x - x0 - 1) a1, s the smoothstep of t = x - x0. */
  private static double slope(double x) {
    int x0 = (int) Math.floor(x);
    double a0 = (x0 & 1) == 0 ? 0.7 : -0.4;
    double a1 = ((x0 + 1) & 1) == 0 ? 0.7 : -0.4;
    double t = x - x0;
    double s = t * t * (3 - 2 * t);
    double ds = 6 * t * (1 - t);
    double v1 = t * a0;
    double v2 = (t - 1) * a1;
    return a0 + ds * (v2 - v1) + s * (a1 - a0);
  }

  @Test
  void aDispatchedDoubleBehindAStaticHelperIsNoBitPatternSource() {
    for (double x : new double[] {2.35, 3.8, -0.6}) {
      ReceiverValueBindingTest.check(T, "noise", new Object[] {x}, new double[] {slope(x)});
    }
  }
}
