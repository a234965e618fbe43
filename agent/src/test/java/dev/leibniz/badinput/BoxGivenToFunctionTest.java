package dev.leibniz.badinput;

/**
 * An active value boxed for a caller-given {@code Function<Double, Double>} (suncalc's {@code ExtendedMath.readjustMax}):
 * a call whose result is only unboxed is dispatched at run time (oracle.BoxedFunctionsGivenTest), but here the result
 * is kept as a box and tested, so the box the implementation returns (which may be one it kept) would carry the
 * derivative: the call is refused, and the diagnostic names the primitive interface that carries the derivative.
 */
class BoxGivenToFunctionTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("BoxToFunction", """
          @dev.leibniz.Differentiable
          static double bad(double x, java.util.function.Function<Double, Double> f) {
            Double y = f.apply(x * x); /*HERE*/
            return y == null ? x : y + x; /*HERE*/
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(DLjava/util/function/Function;)D";
  }

  @Override
  Object[] arguments() {
    return new Object[] {1.5, (java.util.function.Function<Double, Double>) t -> t * 3};
  }

  @Override
  String instructionPattern() {
    return "valueOf|apply";
  }

  @Override
  String reasonPattern() {
    return "Function\\.apply\\(Object\\).*DoubleUnaryOperator";
  }
}
