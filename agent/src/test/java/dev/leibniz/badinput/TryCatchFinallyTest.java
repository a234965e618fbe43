package dev.leibniz.badinput;

/**
 * {@code try/catch/finally}: exception handlers around active code. Any line of the try statement
 * may be named (javac attributes the handlers to the catch and closing lines).
 */
class TryCatchFinallyTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("TryCatch", """
          @dev.leibniz.Differentiable
          static double bad(double x) {
            double y = x;
            try { /*HERE*/
              y = Math.sin(x) * y; /*HERE*/
            } catch (RuntimeException e) { /*HERE*/
              y = -1; /*HERE*/
            } finally { /*HERE*/
              y += 1; /*HERE*/
            } /*HERE*/
            return y * x;
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "\\S";
  }
}
