package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.oracle.fixtures.lambdas.NestedLambdas;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** Lambdas whose bodies are found at run time: the body is in the class that created the lambda. */
class LambdaBodiesTest {
  static final LinkedFixtures L = LinkedFixtures.of(NestedLambdas.class, NestedLambdas.Inner.class);

  /** outer(x) = x^3, inner(x) = 10 x^2: the nested class's lambda must not get the outer class's body. */
  @Test
  void lambdaOfANestedClassUsesItsOwnBody() {
    check(L.get(NestedLambdas.class), "outer", x -> 3 * x * x);
    check(L.get(NestedLambdas.Inner.class), "inner", x -> 20 * x);
    check(L.get(NestedLambdas.class), "outer", x -> 3 * x * x);
  }

  static void check(Class<?> c, String method, DoubleUnaryOperator exact) {
    for (double x : new double[] {-0.7, 0.3, 1.6}) {
      double tangent = d(callOn(null, c, method + "$tangent", x, 1.0));
      double[] g = new double[1];
      callOn(null, c, method + "$adjoint", x, 1.0, g);
      assertEquals(exact.applyAsDouble(x), tangent, 1e-13 * (1 + Math.abs(tangent)), method + " tangent at " + x);
      assertEquals(tangent, g[0], 1e-13 * (1 + Math.abs(tangent)), method + " adjoint at " + x);
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(v -> d(callOn(null, c, method, v)), x);
      assertEquals(fd.value(), tangent, fd.tolerance(1e-8), method + " finite differences at " + x);
    }
  }
}
