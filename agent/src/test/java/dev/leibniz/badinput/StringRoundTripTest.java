package dev.leibniz.badinput;

/**
 * {@code Double.parseDouble(String.valueOf(x)) * x}: the text of an active value parsed back into
 * a number (the reproducer gave 1.3 instead of 2.6).
 */
class StringRoundTripTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("Text", """
          @dev.leibniz.Differentiable
          static double bad(double x) {
            return Double.parseDouble(String.valueOf(x)) * x; /*HERE*/
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "parseDouble";
  }
}
