package dev.leibniz.core.reverse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.explain.Explainer;
import dev.leibniz.core.explain.Explanation;
import dev.leibniz.core.fixtures.RepeatedCells;
import dev.leibniz.oracle.ExactGradient;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.function.Function;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * A cell loaded twice with nothing written between ({@link RepeatedLoads#adjointRoutes}): the second
 * load's adjoint goes to the first one's, so the reverse of {@code s += v[i]·v[i]} reads and writes
 * {@code vBar[i]} once per trip, not twice; and the shapes where the adjoint must still reach the
 * cell another way (a use of the first load between the two, an increment, a loop-invariant read, a
 * use after a branch) give the exact gradient: each against Hipparchus, central differences and the
 * dot-product test with the tangent.
 */
class RepeatedLoadAdjointsTest {
  static final Transformed T = Transformed.of(RepeatedCells.class);
  static final Explainer.Explained EXPLAINED = Explainer.explain(Transformed.bytesOf(RepeatedCells.class), ClassFinder.NONE);

  static String adjointIr(String method) {
    for (Explanation e : EXPLAINED.companions()) {
      if (e.companion().contains("." + method + "$adjoint")) return e.derivative();
    }
    throw new AssertionError("no adjoint of " + method);
  }

  static int count(String ir, String what) {
    return ir.split(what, -1).length - 1;
  }

  @Test
  void aCellLoadedTwiceIsAddedIntoOnce() {
    String ir = adjointIr("sqnorm");
    assertEquals(1, count(ir, "astore"), ir);
  }

  @Test
  void gradients() {
    double[][] points = {{0.3, -0.5, 0.7, 0.9, -0.2, 0.45}, {1.25}, {-0.75, 0.5}};
    for (double[] x : points) {
      check("sqnorm", x, exact(x, v -> {
        DerivativeStructure s = v[0].getField().getZero();
        for (DerivativeStructure e : v) s = s.add(e.multiply(e));
        return s;
      }));
      check("cubes", x, exact(x, v -> {
        DerivativeStructure s = v[0].getField().getZero();
        for (DerivativeStructure e : v) s = s.add(e.multiply(e).multiply(e));
        return s;
      }));
      check("usedBetween", x, exact(x, v -> {
        DerivativeStructure s = v[0].getField().getZero();
        for (DerivativeStructure e : v) s = s.add(e.multiply(3).multiply(e)).add(e);
        return s;
      }));
      check("increment", x, exact(x, v -> {
        DerivativeStructure s = v[0].getField().getZero();
        for (DerivativeStructure e : v) s = s.add(e.add(e.multiply(e)));
        return s;
      }));
      check("invariantCell", x, exact(x, v -> {
        DerivativeStructure s = v[0].getField().getZero();
        for (DerivativeStructure e : v) s = s.add(v[0].multiply(v[0]).multiply(e));
        return s;
      }));
      check("firstUsedAfterABranch", x, exact(x, v -> {
        DerivativeStructure s = v[0].getField().getZero();
        for (DerivativeStructure e : v) {
          DerivativeStructure b = e.multiply(2);
          s = b.getValue() > 0 ? s.add(e.multiply(e)) : s.subtract(e);
          s = s.add(b);
        }
        return s;
      }));
    }
  }

  private static double[] exact(double[] x, Function<DerivativeStructure[], DerivativeStructure> f) {
    DSFactory factory = new DSFactory(x.length, 1);
    DerivativeStructure[] v = new DerivativeStructure[x.length];
    for (int k = 0; k < x.length; k++) v[k] = factory.variable(k, x[k]);
    return ExactGradient.of(f.apply(v));
  }

  private static void check(String name, double[] x, double[] exact) {
    Method primal = T.method(name, double[].class);
    Method tangent = T.method(name + "$tangent", double[].class, double[].class);
    Method adjoint = T.method(name + "$adjoint", double[].class, double[].class, double.class);
    T.checkGradient(name, x, exact,
        v -> new double[] {(double) Transformed.invoke(primal, (Object) v)},
        (v, dv) -> new double[] {(double) Transformed.invoke(tangent, v, dv)},
        (v, seed) -> {
          double[] g = new double[v.length];
          Transformed.invoke(adjoint, v, g, seed[0]);
          return g;
        });
  }
}
