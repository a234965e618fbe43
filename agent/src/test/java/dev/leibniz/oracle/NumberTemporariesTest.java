package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static dev.leibniz.oracle.ArraysAndCallsTest.one;

import dev.leibniz.oracle.fixtures.NumberTemporaries;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;

/**
 * A temporary object whose class extends {@link Number} is scalar-replaced like any other: {@code Number()}, its
 * implicit super-constructor, does nothing (found by the corpus: Jenetics' {@code DoubleAdder.sum} was refused,
 * "its shadow would have to be made by a constructor"). Both modes against finite differences, the exact
 * gradient and the dot-product test ({@link JacobianCheck}).
 */
class NumberTemporariesTest {
  static final Transformed T = Transformed.of(NumberTemporaries.class);

  @Test
  void scalarTerms() {
    ScalarFunction f = new ScalarFunction(T.type, "sumOfTerms", double.class, double.class);
    for (double[] p : new double[][] {{0.7, -1.3}, {2.0, 0.25}}) {
      double x = p[0], y = p[1];
      JacobianCheck.check("sumOfTerms", p,
          v -> new double[] {f.value(v)},
          (v, vd) -> new double[] {f.tangent(v, vd)},
          (v, yb) -> {
            double[] g = new double[2];
            f.adjoint(v, yb[0], g);
            return g;
          },
          new double[][] {{2 * x + y, Math.cos(y) + x}});
    }
  }

  @Test
  void loopInTheTemporarysMethod() {
    double[] x = {1.5, -0.4, 2.25, 0.125};
    double s = 0;
    for (double v : x) s += v;
    double[] exact = new double[x.length];
    for (int i = 0; i < x.length; i++) exact[i] = x[0] + (i == 0 ? s : 0);
    JacobianCheck.check("sumOfArray", x,
        v -> one(d(T.call("sumOfArray", (Object) v))),
        (v, vd) -> one(d(T.call("sumOfArray$tangent", v, vd))),
        (v, yb) -> {
          double[] g = new double[v.length];
          T.call("sumOfArray$adjoint", v, g, yb[0]);
          return g;
        },
        new double[][] {exact});
  }
}
