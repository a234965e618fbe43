package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static dev.leibniz.oracle.ArraysAndCallsTest.one;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.AliasedStatics;
import dev.leibniz.oracle.fixtures.lib.Counters;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A parameter array that aliases a static a callee reads ({@code f(x, Counters.WEIGHTS)}), written
 * after the callee's call: the adjoint used to re-run the callee (joint reversal) with the changed
 * weights, silently (1.30 for 0.36 at 0.7). The method writes a parameter array of a type the callee
 * reads from a static, so the call is reversed split, its forward run once at the call: the adjoint
 * agrees with the derivative by hand, the tangent and finite differences, with the alias passed.
 */
class AliasedStaticArrayTest {
  static final Transformed T = Transformed.of(AliasedStatics.class);

  @AfterEach
  void reset() {
    Counters.WEIGHTS[0] = 0.5;
  }

  /** {@code d weighted(x) / dx} with the weights 0.5, 0.25. */
  private static double byHand(double x) {
    double v = x, dv = 1;
    for (int i = 0; i < 3; i++) {
      double w = i % 2 == 0 ? 0.5 : 0.25;
      dv = Math.cos(v * x) * (dv * x + v) * w;
      v = Math.sin(v * x) * w + 0.5;
    }
    return dv;
  }

  @Test
  void aParameterAliasingAStaticTheCalleeReadsIsSeenInReverseMode() {
    for (double x : new double[] {0.7, -1.3}) {
      double exact = byHand(x);
      Counters.WEIGHTS[0] = 0.5;
      double[] xb = new double[1], wb = new double[2];
      callOn(null, T.type, "readThenChangeParameter$adjoint", one(x), xb, Counters.WEIGHTS, wb, 1.0);
      assertEquals(1.5, Counters.WEIGHTS[0], 0, "the primal's write happened once");
      assertEquals(exact, xb[0], 1e-14, "adjoint vs analytic, the alias passed");
      Counters.WEIGHTS[0] = 0.5;
      double dy = d(callOn(null, T.type, "readThenChangeParameter$tangent", one(x), one(1), Counters.WEIGHTS, new double[2]));
      assertEquals(exact, dy, 1e-14, "tangent vs analytic");
      FiniteDifferences.Estimate est = FiniteDifferences.directional(p -> {
        Counters.WEIGHTS[0] = 0.5;
        return one(d(callOn(null, T.type, "readThenChangeParameter", one(p[0]), Counters.WEIGHTS)));
      }, new double[] {x}, new double[] {1})[0];
      assertEquals(est.value(), xb[0], est.tolerance(1e-7), "adjoint vs finite differences");
    }
  }

  @Test
  void anIntArrayTheCalleeReadsNoneOfStaysJointAndRight() {
    double x = 0.7;
    int[] calls = {0};
    double[] xb = new double[1];
    callOn(null, T.type, "readThenCount$adjoint", one(x), xb, calls, 1.0);
    assertEquals(byHand(x), xb[0], 1e-14);
    assertEquals(1, calls[0]);
  }
}
