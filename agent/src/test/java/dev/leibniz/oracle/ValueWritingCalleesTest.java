package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.oracle.fixtures.valuewrites.Accumulator;
import dev.leibniz.oracle.fixtures.valuewrites.Tallies;
import dev.leibniz.oracle.fixtures.valuewrites.ValueWrites;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Calls of marked methods of other classes that return a number and write a static or fields ({@link ValueWrites}: a
 * counter, a running sum in its receiver's fields, la4j's fold over an accumulator object): their public {@code $tangent}
 * gives only the tangent, so a caller's tangent called them twice (for the value, then in the tangent) and was refused,
 * as the joint adjoint was. Now each is differentiated in the caller's class (hosted): its pair tangent gives the value
 * and the tangent from one run, its split adjoint runs it once. Both modes against the analytic gradient and central
 * differences, the dot-product test between them, and the callee's side effect counted once per companion call. The
 * running sum and the fold on an accumulator made in the caller ({@code running}, {@code norm}) worked before (the
 * objects are the caller's, the callees inlined): kept beside the others as the same shapes by another path.
 */
class ValueWritingCalleesTest {
  static final Transformed T = Transformed.of(ValueWrites.class);
  static final double[][] POINTS = {{1.3, -0.6}, {-0.7, 2.1}, {0.4, 0.25}};

  @Test
  void aCountedCalleeMatchesTheGradientInBothModes() {
    check("area", (x, y) -> new double[] {0.5 * (y + Math.cos(x)) * y, 0.5 * (2 * x * y + Math.sin(x))});
  }

  @Test
  void aRunningSumInAReceiversFieldsMatchesTheGradientInBothModes() {
    check("running", (x, y) -> new double[] {3 * x * x + Math.sin(y), x * Math.cos(y)});
  }

  @Test
  void aFoldOverAnAccumulatorObjectMatchesTheGradientInBothModes() {
    check("norm", (x, y) -> {
      double r = Math.hypot(x, y);
      return new double[] {r + x * x / r, x * y / r};
    });
  }

  /**
   * The fold on an accumulator the caller gives, its shadow zero: both modes against the gradient, and the accumulator
   * updated twice per call of each companion (once per value), not four times.
   */
  @Test
  void aFoldOnAGivenAccumulatorUpdatesItOncePerValue() {
    Method primal = T.method("normWith", Accumulator.class, double.class, double.class);
    Method tangent = T.method("normWith$tangent", Accumulator.class, Accumulator.class, double.class, double.class, double.class,
        double.class);
    Method adjoint = T.method("normWith$adjoint", Accumulator.class, Accumulator.class, double.class, double.class, double.class,
        double[].class);
    for (double[] p : POINTS) {
      double r = Math.hypot(p[0], p[1]);
      T.checkGradient("normWith", p, new double[] {r + p[0] * p[0] / r, p[0] * p[1] / r},
          x -> new double[] {(double) Transformed.invoke(primal, new Accumulator(), x[0], x[1])},
          (x, dx) -> {
            Accumulator acc = new Accumulator();
            double t = (double) Transformed.invoke(tangent, acc, Derivatives.zeroShadow(acc), x[0], dx[0], x[1], dx[1]);
            assertEquals(2, acc.updates, "normWith$tangent updates the accumulator once per value");
            return new double[] {t};
          },
          (x, ybar) -> {
            Accumulator acc = new Accumulator();
            double[] xbar = new double[2];
            Transformed.invoke(adjoint, acc, Derivatives.zeroShadow(acc), x[0], x[1], ybar[0], xbar);
            assertEquals(2, acc.updates, "normWith$adjoint updates the accumulator once per value");
            return xbar;
          });
    }
  }

  /** The callee's counter moves by one per call of the primal, of the tangent and of the adjoint. */
  @Test
  void theCalleesSideEffectHappensOncePerCompanionCall() {
    for (String name : new String[] {"area", "norm"}) {
      long before = Tallies.calls;
      Transformed.invoke(T.method(name, double.class, double.class), 1.3, -0.6);
      assertEquals(before + 1, Tallies.calls, name + ": the primal");
      Transformed.invoke(tangent(name), 1.3, 1.0, -0.6, 0.0);
      assertEquals(before + 2, Tallies.calls, name + "$tangent");
      Transformed.invoke(adjoint(name), 1.3, -0.6, 1.0, new double[2]);
      assertEquals(before + 3, Tallies.calls, name + "$adjoint");
    }
  }

  /** The callees are hosted, each with a pair tangent that gives its value (not called through their public companions). */
  @Test
  void theCalleesGetHostedPairTangents() {
    for (String callee : new String[] {"Tallies$det$tangent$pair", "Tallies$fold$tangent$pair"}) {
      assertTrue(T.result.generated().stream().anyMatch(g -> g.contains(callee)), callee + " in " + T.result.generated());
    }
  }

  private static Method tangent(String name) {
    return T.method(name + "$tangent", double.class, double.class, double.class, double.class);
  }

  private static Method adjoint(String name) {
    return T.method(name + "$adjoint", double.class, double.class, double.class, double[].class);
  }

  private static void check(String name, BiFunction<Double, Double, double[]> exact) {
    Method primal = T.method(name, double.class, double.class);
    Method tangent = tangent(name);
    Method adjoint = adjoint(name);
    for (double[] p : POINTS) {
      T.checkGradient(name, p, exact.apply(p[0], p[1]), x -> new double[] {(double) Transformed.invoke(primal, x[0], x[1])},
          (x, dx) -> new double[] {(double) Transformed.invoke(tangent, x[0], dx[0], x[1], dx[1])},
          (x, ybar) -> {
            double[] xbar = new double[2];
            double value = (double) Transformed.invoke(adjoint, x[0], x[1], ybar[0], xbar);
            assertEquals((double) Transformed.invoke(primal, x[0], x[1]), value, 0, "the adjoint returns the primal value");
            return xbar;
          });
    }
  }
}
