package dev.leibniz.badinput;

/** {@code try/catch/finally}: exception handlers around active code. */
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
            } finally {
              y += 1; /*HERE*/
            }
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
