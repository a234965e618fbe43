package dev.leibniz.badinput;

/**
 * A JDK method without a derivative rule ({@code Point2D.distance}) taking and returning an active
 * double; the core cannot see its bytecode through the finder, so it must not guess. ({@code Double.sum}, the example
 * before, is {@code a + b} now: {@code MathRules.isSum}.)
 */
class JdkCalleeTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("JdkSum", """
          @dev.leibniz.Differentiable
          static double bad(double x) {
            double y = x * x;
            return java.awt.geom.Point2D.distance(y, x, 0, 0) * x; /*HERE*/
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "distance";
  }
}
