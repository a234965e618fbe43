package dev.leibniz.badinput;

/** A call into another class's method that is not {@code @Differentiable}, with an active argument. */
class OtherClassCalleeTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("Caller", """
          @dev.leibniz.Differentiable
          static double bad(double x) {
            double y = x * x;
            return Scale.twice(y) + x; /*HERE*/
          }
        """, """

        final class Scale {
          static double twice(double v) {
            return 2 * v;
          }
        }
        """);
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "twice";
  }
}
