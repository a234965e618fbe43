package dev.leibniz.badinput;

/**
 * String concatenation of an active value, parsed back through {@code Double.valueOf}.
 */
class ConcatenationRoundTripTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("TextConcat", """
          @dev.leibniz.Differentiable
          static double bad(double x) {
            String s = "" + x;
            return Double.valueOf(s).doubleValue() * x; /*HERE*/
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "doubleValue|valueOf";
  }
}
