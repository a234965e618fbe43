package dev.leibniz.core.reverse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.explain.Explainer;
import dev.leibniz.core.explain.Explanation;
import dev.leibniz.core.fixtures.Reductions;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import dev.leibniz.oracle.ExactGradient;
import org.junit.jupiter.api.Test;

/**
 * Accumulations onto a known 0 ({@link UsesOntoZero}): the reverse of GMM's {@code sqnorm} reduction
 * carries no chain of {@code + 0.0} from trip to trip (its loop adds only into the shadow of
 * {@code v}), and shapes whose values are used twice before being defined again still add: each
 * gradient against the exact one (Hipparchus), central differences and the dot-product test.
 */
class UsesOntoZeroTest {
  static final Transformed T = Transformed.of(Reductions.class);
  static final Explainer.Explained EXPLAINED = Explainer.explain(Transformed.bytesOf(Reductions.class), ClassFinder.NONE);

  static String adjointIr(String method) {
    for (Explanation e : EXPLAINED.companions()) {
      if (e.companion().contains("." + method + "$adjoint")) return e.derivative();
    }
    throw new AssertionError("no adjoint of " + method);
  }

  /** The floating additions of an adjoint's code. */
  static int doubleAdds(String ir) {
    return ir.split(": double = add ", -1).length - 1;
  }

  @Test
  void aReversedReductionAddsOnlyIntoTheShadow() {
    String ir = adjointIr("sqnorm");
    // the primal's s + v[i]·v[i], the adjoint 2·v[i]·sBar as v[i]·sBar + v[i]·sBar, and the shadow's vBar[i] + that:
    // no `sBar + …` onto the accumulator of s (it held 0 at each of them)
    assertEquals(3, doubleAdds(ir), ir);
  }

  @Test
  void gradientsOfReductions() {
    double[][] points = {{0.3, -0.5, 0.7, 0.9, -0.2, 0.45}, {1.25}, {-0.75, 0.5}};
    for (double[] x : points) {
      check("sqnorm", x, exact(x, v -> {
        DerivativeStructure s = v[0].getField().getZero();
        for (DerivativeStructure e : v) s = s.add(e.multiply(e));
        return s;
      }));
      check("usedTwicePerTrip", x, exact(x, v -> {
        DerivativeStructure s = v[0].getField().getZero().add(0.5);
        for (DerivativeStructure e : v) s = s.multiply(e).add(s);
        return s.multiply(s).add(s);
      }));
      check("invariantUsedPerTrip", x, exact(x, v -> {
        DerivativeStructure w = v[0].multiply(v[0]), s = v[0].getField().getZero();
        for (DerivativeStructure e : v) s = s.add(w.multiply(e));
        return s;
      }));
      check("usedOnABranch", x, exact(x, v -> {
        DerivativeStructure s = v[0].getField().getZero().add(1), t = v[0].getField().getZero();
        for (DerivativeStructure e : v) {
          if (e.getValue() > 0) t = t.add(s.multiply(e));
          s = s.multiply(0.5).add(e);
        }
        return s.add(t);
      }));
    }
  }

  private static double[] exact(double[] x, java.util.function.Function<DerivativeStructure[], DerivativeStructure> f) {
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
