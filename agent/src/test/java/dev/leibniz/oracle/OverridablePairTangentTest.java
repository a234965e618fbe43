package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.pairs.Follower;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;

/**
 * A marked method ending in a call of an overridable method of its class that returns a number and writes fields
 * ({@link Follower}, WPILib's {@code PIDController.calculate} shape): before, its tangent was refused (the callee would
 * run twice, for its value and for its tangent); now it calls the callee's pair tangent once, behind a check that the
 * receiver runs this class's code. Both modes against the analytic gradient and central differences, the dot-product
 * test between them; a receiver overriding the callee fails in tangent mode, naming its class.
 */
class OverridablePairTangentTest {
  static final PairTangents PAIR = new PairTangents(Follower.class, Follower.Jumper.class, "update");
  static final Transformed T = PAIR.t;
  static final double LEVEL = 0.8;

  static Object receiver(boolean jumper) throws Exception {
    return (jumper ? PAIR.overriding : T.type).getConstructor(double.class).newInstance(LEVEL);
  }

  @Test
  void theTangentCallsTheCalleeOnceAndMatchesTheGradient() throws Throwable {
    double x = 1.7, g = 0.3, level = LEVEL + g * (x - LEVEL);
    double[] exact = {2 * level * g, 2 * level * (x - LEVEL)};
    double[] byTangent = {PAIR.tangent(receiver(false), x, g, 1, 0), PAIR.tangent(receiver(false), x, g, 0, 1)};
    assertArrayEquals(exact, byTangent, 1e-14);
    assertArrayEquals(exact, PAIR.gradient(receiver(false), x, g), 1e-14);
    PAIR.checkDifferencesAndDotProduct(exact, x, g, () -> receiver(false), () -> receiver(false));
  }

  @Test
  void aReceiverOverridingTheCalleeFailsNamingItsClass() throws Throwable {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> PAIR.tangent(receiver(true), 1.7, 0.3, 1, 0));
    assertTrue(e.getMessage().contains("Follower$Jumper overrides") && e.getMessage().contains("make the method final"),
        e.getMessage());
  }
}
