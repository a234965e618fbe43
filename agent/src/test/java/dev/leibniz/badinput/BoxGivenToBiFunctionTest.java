package dev.leibniz.badinput;

/**
 * An active value boxed for a caller-given {@code BiFunction<Double, Double, Double>} ({@link BoxGivenToFunctionTest}):
 * the box crosses a generic interface whose implementation is known only at run time, so the call is refused, and the
 * diagnostic names the primitive interface that carries the derivative.
 */
class BoxGivenToBiFunctionTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("BoxToBiFunction", """
          @dev.leibniz.Differentiable
          static double bad(double x, java.util.function.BiFunction<Double, Double, Double> f) {
            return f.apply(x * x, 2.0) + x; /*HERE*/
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(DLjava/util/function/BiFunction;)D";
  }

  @Override
  Object[] arguments() {
    return new Object[] {1.5, (java.util.function.BiFunction<Double, Double, Double>) (t, u) -> t * u};
  }

  @Override
  String instructionPattern() {
    return "valueOf|apply";
  }

  @Override
  String reasonPattern() {
    return "BiFunction\\.apply\\(Object, Object\\).*DoubleBinaryOperator";
  }
}
