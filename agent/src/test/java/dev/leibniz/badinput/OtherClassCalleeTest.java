package dev.leibniz.badinput;

/**
 * A call with an active argument into another class's method that cannot be differentiated from
 * its bytecode (a native one): un-annotated methods of other classes are otherwise differentiated
 * (dev.leibniz.oracle.CrossClassTest).
 */
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
          static native double twice(double v);
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

  @Override
  String reasonPattern() {
    return "double Scale.twice\\(double\\) cannot be differentiated: it is a native method; give a rule";
  }
}
