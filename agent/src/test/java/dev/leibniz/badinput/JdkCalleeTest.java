package dev.leibniz.badinput;

/** A JDK method without a derivative rule that stores an active value ({@code Arrays.fill}). */
class JdkCalleeTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("Fill", """
          @dev.leibniz.Differentiable
          static double bad(double x) {
            double[] t = new double[3];
            java.util.Arrays.fill(t, x * x); /*HERE*/
            return t[1] + x;
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "fill";
  }
}
