package dev.leibniz.badinput;

/**
 * An active value boxed for a caller-given {@code BiFunction<Double, Double, Double>} ({@link BoxGivenToFunctionTest}):
 * a call whose result is only unboxed is dispatched at run time (oracle.BoxedFunctionsGivenTest), but here the result
 * is kept as a box and tested, so the box the implementation returns (which may be one it kept) would carry the
 * derivative: the call is refused, and the diagnostic names the primitive interface that carries the derivative.
 */
class BoxGivenToBiFunctionTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("BoxToBiFunction", """
          @dev.leibniz.Differentiable
          static double bad(double x, java.util.function.BiFunction<Double, Double, Double> f) {
            Object y = f.apply(x * x, 2.0); /*HERE*/
            return y instanceof Double d ? d + x : x; /*HERE*/
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
