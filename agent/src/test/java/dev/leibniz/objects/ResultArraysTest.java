package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.ResultPairs;
import dev.leibniz.objects.fixtures.ResultPairsPicked;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.function.Function;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * New objects returned two at a time in an array by a helper ({@code return new Vec2[] {p, v}}) and read back as {@code
 * next[0]}, {@code next[1]} ({@code core.objects.ResultArrays}): the array is the values stored, so the objects are taken
 * apart, also merged at the loop head ({@code energy}) or copied into points made before the loop ({@code
 * energyAssigned}). Before, the store into the array kept them whole and the method was refused. Both modes against
 * Hipparchus' {@code DerivativeStructure} running the same steps, central differences and the dot-product test.
 */
class ResultArraysTest {
  static final Transformed T = Transformed.of(ResultPairs.class);
  static final double[] X = {0.8, -0.5, 0.3, 1.1, 2.5, 0.4};
  static final int N = 7;
  static final double DT = 0.1;

  /** The energy after {@code n} steps and its gradient, by Hipparchus' forward mode over the same formulas. */
  static double[] hipparchus(double[] x, int n) {
    DSFactory f = new DSFactory(x.length, 1);
    DerivativeStructure[] v = new DerivativeStructure[x.length];
    for (int j = 0; j < x.length; j++) v[j] = f.variable(j, x[j]);
    DerivativeStructure px = v[0], py = v[1], vx = v[2], vy = v[3], k = v[4], c = v[5];
    for (int i = 0; i < n; i++) {
      DerivativeStructure speed = vx.multiply(vx).add(vy.multiply(vy)).sqrt();
      DerivativeStructure drag = c.multiply(speed).multiply(DT);
      vx = vx.add(px.multiply(k.multiply(-DT))).add(vx.multiply(drag.negate()));
      vy = vy.add(py.multiply(k.multiply(-DT))).add(vy.multiply(drag.negate()));
      px = px.add(vx.multiply(DT));
      py = py.add(vy.multiply(DT));
    }
    DerivativeStructure e = k.multiply(0.5).multiply(px.multiply(px).add(py.multiply(py))).add(vx.multiply(vx).add(vy.multiply(vy)).multiply(0.5));
    double[] g = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      int[] order = new int[x.length];
      order[j] = 1;
      g[j] = e.getPartialDerivative(order);
    }
    return g;
  }

  static void check(String name) {
    Method primal = T.method(name, double[].class, int.class);
    Method tangent = T.method(name + "$tangent", double[].class, double[].class, int.class);
    Method adjoint = T.method(name + "$adjoint", double[].class, double[].class, int.class, double.class);
    Function<double[], double[]> f = x -> new double[] {(double) Transformed.invoke(primal, x.clone(), N)};
    assertEquals(hipparchus(X, 0)[0], hipparchus(X, 0)[0]); // the oracle runs
    T.checkGradient(name, X, hipparchus(X, N), f,
        (x, dx) -> new double[] {(double) Transformed.invoke(tangent, x.clone(), dx.clone(), N)},
        (x, ybar) -> {
          double[] xbar = new double[x.length];
          double value = (double) Transformed.invoke(adjoint, x.clone(), xbar, N, ybar[0]);
          assertEquals(f.apply(x)[0], value, 0, "the adjoint returns the primal value");
          return xbar;
        });
  }

  /** An element read at an index known only at run time: the array is left alone, the objects refused at their line. */
  @Test
  void anElementReadAtAVariableIndexStaysRefusedAtItsLine() {
    Transformed picked = Transformed.of(ResultPairsPicked.class, true);
    Diagnostic d = picked.result.diagnostics().stream().filter(x -> !x.warning() && x.method().startsWith("picked(")).findFirst()
        .orElseThrow(() -> new AssertionError("picked is refused: " + picked.result.diagnostics()));
    assertTrue(d.message().contains("stored into an array"), d.message());
    assertEquals(12, d.line(), d.message());
  }

  @Test
  void objectsReadBackFromTheHelpersArrayAndMergedAtTheLoopHead() {
    check("energy");
  }

  @Test
  void objectsReadBackFromTheHelpersArrayAndCopiedIntoPointsMadeBefore() {
    check("energyAssigned");
  }
}
