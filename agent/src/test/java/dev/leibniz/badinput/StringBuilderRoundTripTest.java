package dev.leibniz.badinput;

/**
 * The text of an active value built in a {@code StringBuilder} and parsed back into a number.
 */
class StringBuilderRoundTripTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("TextBuilder", """
          @dev.leibniz.Differentiable
          static double bad(double x) {
            StringBuilder sb = new StringBuilder();
            sb.append(x);
            return Double.parseDouble(sb.toString()) * x; /*HERE*/
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
