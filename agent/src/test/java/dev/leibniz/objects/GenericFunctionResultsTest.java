package dev.leibniz.objects;

import static dev.leibniz.testing.Transformed.invoke;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.objects.fixtures.GenericFunctionResults;
import dev.leibniz.objects.fixtures.GenericFunctionResults.Exponential;
import dev.leibniz.objects.fixtures.GenericFunctionResults.Parabola;
import dev.leibniz.testing.FirstDispatchInstalled;
import dev.leibniz.testing.Transformed;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A JDK functional interface whose result is a type variable ({@code DoubleFunction<Point>}, erased to {@code
 * Object}) called with an active value and its result cast to a class with shadows: the call is seen with the cast's
 * class as its result ({@code TypedFunctionCalls}), so the companion dispatched to the implementing class's own {@code
 * Point apply(double)} gives the new point's tangent, or takes its adjoint. Both modes against the analytic derivative
 * and central differences, and the dot-product test.
 */
@ExtendWith(FirstDispatchInstalled.class)
class GenericFunctionResultsTest {
  static final Transformed T = Transformed.of(GenericFunctionResults.class, true);
  static final Class<?> F = DoubleFunction.class;

  static Function<double[], double[]> value(DoubleFunction<?> curve) {
    return x -> new double[] {(double) invoke(T.method("area", F, double.class), curve, x[0])};
  }

  static void check(DoubleFunction<?> curve, double t, double exact) {
    T.checkGradient("area", new double[] {t}, new double[] {exact}, value(curve),
        (p, d) -> new double[] {(double) invoke(T.method("area$tangent", F, double.class, double.class), curve, p[0], d[0])},
        (p, y) -> {
          double[] tbar = new double[1];
          double f = (double) invoke(T.method("area$adjoint", F, double.class, double.class, double[].class), curve, p[0], y[0], tbar);
          assertEquals(value(curve).apply(p)[0], f, 0, "the adjoint returns the primal value");
          return tbar;
        });
  }

  @Test
  void probeTangent() {
    double a = 1.3, b = 0.8, t = 0.9;
    DoubleFunction<?> c = new Parabola(a, b);
    double d = (double) invoke(T.method("area$tangent", F, double.class, double.class), c, t, 1.0);
    assertEquals(2 * a * t * Math.sin(b * t) + a * t * t * b * Math.cos(b * t), d, 1e-12);
    c = new Exponential(-0.6);
    d = (double) invoke(T.method("area$tangent", F, double.class, double.class), c, 1.4, 1.0);
    assertEquals(Math.exp(-0.6 * 1.4) * (1 - 0.6 * 1.4), d, 1e-12);
  }

  @Test
  void aNewPointOfAnImplementingClassInBothModes() {
    double a = 1.3, b = 0.8, t = 0.9;
    // a t² sin(b t)
    check(new Parabola(a, b), t, 2 * a * t * Math.sin(b * t) + a * t * t * b * Math.cos(b * t));
  }

  @Test
  void aPointMadeByAHelperOfTheImplementingClassInBothModes() {
    double c = -0.6, t = 1.4;
    // t e^(c t)
    check(new Exponential(c), t, Math.exp(c * t) * (1 + c * t));
  }
}
