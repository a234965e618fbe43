package dev.leibniz.badinput;

/**
 * A JDK method without a derivative rule ({@code Double.sum}) taking and returning an active
 * double; the core cannot see its bytecode through the finder, so it must not guess.
 */
class JdkCalleeTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("JdkSum", """
          @dev.leibniz.Differentiable
          static double bad(double x) {
            double y = x * x;
            return Double.sum(y, x) * x; /*HERE*/
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "sum";
  }
}
