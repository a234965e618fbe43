package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static dev.leibniz.oracle.ArraysAndCallsTest.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.fixtures.TwoDeepEffects;
import dev.leibniz.oracle.fixtures.lib.Registry;
import dev.leibniz.oracle.fixtures.lib.Tally;
import dev.leibniz.testing.Transformed;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Value-returning callees of another class whose own callee has a side effect (a field of an
 * object passed in, a static of a third class, a draw from a {@link Random}): the tangent must run
 * each such call once (it ran it twice, once for the value and once for the tangent, and counted
 * or drew twice: a silently wrong derivative), and so must the adjoint (joint reversal ran it again
 * in the reverse sweep; the field-writing ones were refused, the draw was silently wrong). Both modes
 * against the analytic derivative and central differences (fresh state per evaluation), the
 * dot-product test, and the side effect checked after every call.
 */
class TwoDeepEffectsTest {
  static final long SEED = 20261201L;
  static final Transformed T = Transformed.of(TwoDeepEffects.class, true);

  /** The first {@code k} draws of a fresh {@code Random(SEED)}. */
  static double[] draws(int k) {
    Random r = new Random(SEED);
    double[] u = new double[k];
    for (int i = 0; i < k; i++) u[i] = r.nextDouble();
    return u;
  }

  /**
   * A marked method of {@link TwoDeepEffects}: {@code state} resets the side effect's state and
   * returns the passive argument passed after {@code x} (null: none); {@code once} checks that
   * state after one call of the method.
   */
  record Case(String name, Supplier<Object> state, DoubleUnaryOperator derivative, Consumer<Object> once) {
    Object[] args(Object... leading) {
      Object s = state.get();
      List<Object> a = new ArrayList<>(List.of(leading));
      if (s != null) a.add(s);
      return a.toArray();
    }
  }

  static final Case TALLIED = new Case("twiceTallied", Tally::new, x -> 6,
      t -> assertEquals(2, ((Tally) t).count, "the tally counted once per call"));
  static final Case WEIGHED = new Case("twiceWeighed", Tally::new, x -> 6 * x,
      t -> assertEquals(2, ((Tally) t).count, "the tally counted once per call"));
  static final Case NUMBERED = new Case("twiceNumbered", () -> {
    Registry.issued = 0;
    return null;
  }, x -> 3, none -> assertEquals(2, Registry.issued, "one number issued per call"));
  static final Case JITTERED = new Case("twiceJittered", () -> new Random(SEED),
      x -> 2 * x * (2 + draws(2)[0] + draws(2)[1]) + 2,
      r -> assertEquals(draws(3)[2], ((Random) r).nextDouble(), 0, "one draw per call"));

  @Test
  void aFieldOfAnObjectPassedInWrittenByTheCalleesCallee() {
    tangent(TALLIED);
    adjoint(TALLIED);
  }

  @Test
  void aFieldWrittenByAnInstanceMethodTheCalleeCalls() {
    tangent(WEIGHED);
    adjoint(WEIGHED);
  }

  @Test
  void aStaticCounterOfAThirdClass() {
    tangent(NUMBERED);
    adjoint(NUMBERED);
  }

  @Test
  void aRandomDrawnByTheCalleesCallee() {
    tangent(JITTERED);
    adjoint(JITTERED);
  }

  /** The tangent runs the callee once: right value, side effect once per call, as the primal's. */
  static void tangent(Case c) {
    {
      for (double x : new double[] {0.7, -1.3}) {
        Object[] args = c.args(new double[] {x}, new double[] {1});
        double dy = d(callOn(null, T.type, c.name + "$tangent", args));
        c.once.accept(args.length > 2 ? args[2] : null);
        assertEquals(c.derivative.applyAsDouble(x), dy, 1e-13, c.name + "$tangent vs analytic at " + x);
        FiniteDifferences.Estimate est = FiniteDifferences.directional(
            v -> one(d(callOn(null, T.type, c.name, c.args(new double[] {v[0]})))), new double[] {x}, new double[] {1})[0];
        assertEquals(est.value(), dy, est.tolerance(1e-7), c.name + "$tangent vs finite differences at " + x);
        Object[] primal = c.args(new double[] {x});
        callOn(null, T.type, c.name, primal);
        c.once.accept(primal.length > 1 ? primal[1] : null);
      }
    }
  }

  /**
   * The adjoint reverses the call split (the callee runs once, in the forward sweep): right value
   * and gradient, side effect once per call, finite differences and the dot-product test.
   */
  static void adjoint(Case c) {
    {
      assertTrue(T.result.diagnostics().stream().noneMatch(d -> d.method().startsWith(c.name + "(")), T.result.diagnostics()::toString);
      for (double x : new double[] {0.7, -1.3}) {
        double[] xb = new double[1];
        Object[] args = c.args(new double[] {x}, xb);
        List<Object> withSeed = new ArrayList<>(List.of(args));
        withSeed.add(1.0);
        callOn(null, T.type, c.name + "$adjoint", withSeed.toArray());
        c.once.accept(args.length > 2 ? args[2] : null);
        assertEquals(c.derivative.applyAsDouble(x), xb[0], 1e-13, c.name + "$adjoint vs analytic at " + x);
        JacobianCheck.check(c.name, new double[] {x},
            v -> one(d(callOn(null, T.type, c.name, c.args(v)))),
            (v, vd) -> one(d(callOn(null, T.type, c.name + "$tangent", c.args(v, vd)))),
            (v, yb) -> {
              double[] g = new double[1];
              List<Object> a = new ArrayList<>(List.of(c.args(v, g)));
              a.add(yb[0]);
              callOn(null, T.type, c.name + "$adjoint", a.toArray());
              return g;
            },
            new double[][] {{c.derivative.applyAsDouble(x)}});
      }
    }
  }
}
