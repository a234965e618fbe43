package dev.leibniz.badinput;

/** A lambda that captures an active double: INVOKEDYNAMIC, then an interface call on the result. */
class LambdaCapturingActiveValueTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("Lambda", """
          @dev.leibniz.Differentiable
          static double bad(double x) {
            java.util.function.DoubleUnaryOperator f = v -> v * x; /*HERE*/
            return f.applyAsDouble(x) + x; /*HERE*/
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "invokedynamic|applyAsDouble";
  }
}
