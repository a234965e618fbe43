package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.pairs.Tally;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;

/**
 * A marked method calling another marked, overridable method of its class that returns a number and counts its calls
 * in a field ({@link Tally}, Tinfour's {@code area} calling {@code halfPlane}): before, the caller's tangent was refused
 * (the callee would run twice, for its value and for its tangent); now it calls the callee's pair tangent once, behind a
 * check that the receiver runs this class's code. Both modes against the analytic gradient and central differences,
 * the dot-product test between them, the counter moved once per companion call; a receiver overriding the callee fails
 * in tangent mode, naming its class.
 */
class MarkedPairTangentTest {
  static final PairTangents PAIR = new PairTangents(Tally.class, Tally.Skewed.class, "area");
  static final Transformed T = PAIR.t;

  static Object receiver(boolean skewed) throws Exception {
    return (skewed ? PAIR.overriding : T.type).getConstructor().newInstance();
  }

  static long calls(Object self) throws Throwable {
    return (long) PairTangents.invoke(T.type.getMethod("calls"), self);
  }

  @Test
  void theTangentCallsTheCountedCalleeOnceAndMatchesTheGradient() throws Throwable {
    double x = 1.3, y = -0.6;
    double[] exact = {0.5 * (y + Math.cos(x)) * y, 0.5 * (2 * x * y + Math.sin(x))};
    Object self = receiver(false);
    double[] byTangent = {PAIR.tangent(self, x, y, 1, 0), PAIR.tangent(self, x, y, 0, 1)};
    assertEquals(2, calls(self), "one call of det per tangent call");
    assertArrayEquals(exact, byTangent, 1e-14);
    assertArrayEquals(exact, PAIR.gradient(self, x, y), 1e-14);
    assertEquals(3, calls(self), "one call of det per adjoint call");
    PAIR.checkDifferencesAndDotProduct(exact, x, y, () -> receiver(false), () -> self);
  }

  @Test
  void aReceiverOverridingTheCountedCalleeFailsNamingItsClass() throws Throwable {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> PAIR.tangent(receiver(true), 1.3, -0.6, 1, 0));
    assertTrue(e.getMessage().contains("Tally$Skewed overrides") && e.getMessage().contains("make the method final"),
        e.getMessage());
  }
}
