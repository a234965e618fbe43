package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static dev.leibniz.oracle.ArraysAndCallsTest.one;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.WrittenIntArrays;
import dev.leibniz.oracle.fixtures.WrittenStatics;
import dev.leibniz.oracle.fixtures.lib.Counters;
import dev.leibniz.testing.Transformed;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Callees that write a passive array argument (int[], long[], boolean[]) and use what they wrote,
 * called twice: the tangent's primal call and the adjoint's reverse sweep (a callee of another
 * class is reversed jointly, run again) must see the array as the original call did, and the
 * caller must see the array as the primal leaves it. Both modes against central finite
 * differences and the analytic derivative, the dot-product test, and the side effect count.
 */
class WrittenPassiveArraysTest {
  static final Class<?> T = Transformed.of(WrittenIntArrays.class).type;

  static Object call(String name, Object... args) {
    return callOn(null, T, name, args);
  }

  /**
   * {@code name} at {@code x} with a fresh passive array from {@code fresh} per call; {@code
   * after} is that array as the primal leaves it (checked after the primal, the tangent and the
   * adjoint).
   */
  static void check(String name, double x, Supplier<Object> fresh, DoubleUnaryOperator derivative, Object after) {
    JacobianCheck.check(
        name,
        new double[] {x},
        v -> one(d(call(name, v, fresh.get()))),
        (v, vd) -> one(d(call(name + "$tangent", v, vd, fresh.get()))),
        (v, yb) -> {
          double[] xb = new double[1];
          call(name + "$adjoint", v, xb, fresh.get(), yb[0]);
          return xb;
        },
        new double[][] {{derivative.applyAsDouble(x)}});
    Object c = fresh.get();
    double y = d(call(name, new double[] {x}, c));
    assertSame(after, c, name + ": the primal's side effect");
    c = fresh.get();
    double[] xd = {1};
    assertEquals(derivative.applyAsDouble(x), d(call(name + "$tangent", new double[] {x}, xd, c)), 1e-13, name + " tangent");
    assertSame(after, c, name + "$tangent: the callee's side effect happens as often as in the primal");
    c = fresh.get();
    double[] xb = new double[1];
    assertEquals(y, d(call(name + "$adjoint", new double[] {x}, xb, c, 1.0)), 0, name + "$adjoint primal value");
    assertEquals(derivative.applyAsDouble(x), xb[0], 1e-13, name + " adjoint");
    assertSame(after, c, name + "$adjoint: the callee's side effect happens as often as in the primal");
  }

  static void assertSame(Object expected, Object actual, String what) {
    if (expected instanceof int[]) assertArrayEquals((int[]) expected, (int[]) actual, what);
    else if (expected instanceof long[]) assertArrayEquals((long[]) expected, (long[]) actual, what);
    else assertArrayEquals((boolean[]) expected, (boolean[]) actual, what);
  }

  @Test
  void aSameClassCalleeWritingAnIntArray() {
    for (double x : new double[] {0.7, -1.3}) {
      check("twiceHere", x, () -> new int[1], v -> 3, new int[] {2});
    }
  }

  @Test
  void anOtherClassCalleeWritingAnIntArray() {
    for (double x : new double[] {0.7, -1.3}) {
      check("twiceThere", x, () -> new int[1], v -> 3, new int[] {2});
    }
  }

  @Test
  void anOtherClassCalleeWritingALongArray() {
    for (double x : new double[] {0.7, -1.3}) {
      check("twiceThereLong", x, () -> new long[1], v -> 6 * v, new long[] {2});
    }
  }

  @Test
  void anOtherClassCalleeFlippingABooleanArray() {
    for (double x : new double[] {0.7, -1.3}) {
      check("thriceThereFlag", x, () -> new boolean[1], v -> 4 * v + 3, new boolean[] {true});
    }
  }

  @Test
  void theCallerReadsTheCountBetweenTheCalls() {
    for (double x : new double[] {0.7, -1.3}) {
      check("readBetween", x, () -> new int[1], v -> 4, new int[] {2});
    }
  }

  /**
   * A callee of another class that writes a static (an int, an int[] held in one, or, two deep, an
   * int written by its own callee) and uses it: reversed jointly it ran again in the reverse sweep
   * from the count the primal left (7 for 3, counting to 4), and its tangent ran it once for the
   * value and once more in the tangent (counting to 4). Now it runs once in both modes: through its
   * pair tangent, and reversed split. Both modes against the analytic derivative (3), central
   * differences from a reset count, the dot-product test, and the count after each call.
   */
  @Test
  void anOtherClassCalleeWritingAStaticRunsOnceInBothModes() throws Exception {
    Transformed s = Transformed.of(WrittenStatics.class, true);
    for (String name : new String[] {"twiceStaticArray", "twiceStatic", "twiceStaticTwoDeep"}) {
      assertTrue(s.result.diagnostics().stream().noneMatch(d -> d.method().startsWith(name + "(")), () -> name + ": " + s.result.diagnostics());
      for (double x : new double[] {0.7, -1.3}) {
        resetCounts();
        assertEquals(3, d(callOn(null, s.type, name + "$tangent", new double[] {x}, new double[] {1})), 1e-15, name + "$tangent");
        assertEquals(2, Counters.COUNT[0] + Counters.calls, name + "$tangent: counted once per call");
        resetCounts();
        double[] xb = new double[1];
        assertEquals(3 * x, d(callOn(null, s.type, name + "$adjoint", new double[] {x}, xb, 1.0)), 1e-15, name + "$adjoint value");
        assertEquals(3, xb[0], 1e-15, name + "$adjoint");
        assertEquals(2, Counters.COUNT[0] + Counters.calls, name + "$adjoint: counted once per call");
        JacobianCheck.check(name, new double[] {x},
            v -> {
              resetCounts();
              return one(d(callOn(null, s.type, name, v)));
            },
            (v, vd) -> {
              resetCounts();
              return one(d(callOn(null, s.type, name + "$tangent", v, vd)));
            },
            (v, yb) -> {
              resetCounts();
              double[] g = new double[1];
              callOn(null, s.type, name + "$adjoint", v, g, yb[0]);
              return g;
            },
            new double[][] {{3}});
      }
      resetCounts();
      assertEquals(3 * 0.7, d(callOn(null, s.type, name, new double[] {0.7})), 1e-15, "the original code");
      assertEquals(2, Counters.COUNT[0] + Counters.calls, "counted once per call");
    }
  }

  static void resetCounts() {
    Counters.COUNT[0] = 0;
    Counters.calls = 0;
  }

  /**
   * A callee of another class reads a static that the method changes after the call. Reversed
   * jointly, it ran again in the reverse sweep with the new scale (7 for 2.8), so it was refused;
   * now the call is reversed split (a hosted split adjoint, asked for because a field is written
   * after the call): its forward runs once, at the call, with the scale of the call. Both modes
   * against the analytic derivative (2·2·x, the scale the call saw), central differences from the
   * same scale, and the dot-product test; the static ends as the primal leaves it.
   */
  @Test
  void aStaticChangedAfterAJointCallIsReadAsTheCallSawIt() {
    Transformed s = Transformed.of(WrittenStatics.class, true);
    assertTrue(s.result.diagnostics().stream().noneMatch(d -> d.method().startsWith("readThenChange(")),
        () -> "no diagnostic, got " + s.result.diagnostics());
    try {
      for (double x : new double[] {0.7, -1.3}) {
        Counters.scale = 2;
        assertEquals(2 * 2 * x, d(callOn(null, s.type, "readThenChange$tangent", new double[] {x}, new double[] {1})), 1e-15,
            "tangent vs analytic");
        assertEquals(5, Counters.scale, 0, "the tangent leaves the static as the primal does");
        Counters.scale = 2;
        double[] xb = new double[1];
        assertEquals(2 * x * x, d(callOn(null, s.type, "readThenChange$adjoint", new double[] {x}, xb, 1.0)), 1e-15,
            "adjoint value");
        assertEquals(2 * 2 * x, xb[0], 1e-15, "adjoint vs analytic: the scale of the call, not the one written after it");
        assertEquals(5, Counters.scale, 0, "the adjoint leaves the static as the primal does");
        JacobianCheck.check("readThenChange", new double[] {x},
            v -> {
              Counters.scale = 2;
              return one(d(callOn(null, s.type, "readThenChange", v)));
            },
            (v, vd) -> {
              Counters.scale = 2;
              return one(d(callOn(null, s.type, "readThenChange$tangent", v, vd)));
            },
            (v, yb) -> {
              Counters.scale = 2;
              double[] g = new double[1];
              callOn(null, s.type, "readThenChange$adjoint", v, g, yb[0]);
              return g;
            },
            new double[][] {{2 * 2 * x}});
      }
    } finally {
      Counters.scale = 2;
    }
  }

  /**
   * A callee of another class reads a static array that the method changes an element of after the
   * call: joint reversal re-ran the callee with the new weights (1.3005 for 0.3630 at 0.7); the
   * element store counts as a write of the static, so the call is reversed split (its forward runs
   * once, with the weights of the call), and both modes agree with the derivative by hand, with
   * differences from reset weights and with each other (dot product).
   */
  @Test
  void aStaticArrayElementChangedAfterAJointCallIsReadAsTheCallSawIt() {
    Transformed s = Transformed.of(WrittenStatics.class, true);
    assertTrue(s.result.diagnostics().stream().noneMatch(d -> d.method().startsWith("readThenChangeElement(")),
        () -> "no diagnostic, got " + s.result.diagnostics());
    try {
      for (double x : new double[] {0.7, -1.3}) {
        double v = x, dv = 1;
        for (int i = 0; i < 3; i++) {
          double w = i % 2 == 0 ? 0.5 : 0.25;
          dv = Math.cos(v * x) * (dv * x + v) * w;
          v = Math.sin(v * x) * w + 0.5;
        }
        Counters.WEIGHTS[0] = 0.5;
        double dy = d(callOn(null, s.type, "readThenChangeElement$tangent", new double[] {x}, new double[] {1}));
        assertEquals(dv, dy, 1e-14, "tangent vs analytic");
        Counters.WEIGHTS[0] = 0.5;
        double[] xb = new double[1];
        assertEquals(v, d(callOn(null, s.type, "readThenChangeElement$adjoint", new double[] {x}, xb, 1.0)), 1e-15, "adjoint value");
        assertEquals(1.5, Counters.WEIGHTS[0], 0, "the adjoint leaves the static as the primal does");
        assertEquals(dv, xb[0], 1e-14, "adjoint vs analytic: the weights of the call, not the ones written after it");
        FiniteDifferences.Estimate est = FiniteDifferences.directional(p -> {
          Counters.WEIGHTS[0] = 0.5;
          return one(d(callOn(null, s.type, "readThenChangeElement", new double[] {p[0]})));
        }, new double[] {x}, new double[] {1})[0];
        assertEquals(est.value(), xb[0], est.tolerance(1e-7), "adjoint vs finite differences");
        JacobianCheck.check("readThenChangeElement", new double[] {x},
            p -> {
              Counters.WEIGHTS[0] = 0.5;
              return one(d(callOn(null, s.type, "readThenChangeElement", new double[] {p[0]})));
            },
            (p, pd) -> {
              Counters.WEIGHTS[0] = 0.5;
              return one(d(callOn(null, s.type, "readThenChangeElement$tangent", new double[] {p[0]}, new double[] {pd[0]})));
            },
            (p, yb) -> {
              Counters.WEIGHTS[0] = 0.5;
              double[] g = new double[1];
              callOn(null, s.type, "readThenChangeElement$adjoint", new double[] {p[0]}, g, yb[0]);
              return g;
            },
            new double[][] {{dv}});
      }
    } finally {
      Counters.WEIGHTS[0] = 0.5;
    }
  }
}
