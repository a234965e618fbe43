package dev.leibniz.badinput;

/**
 * {@code try/catch/finally} whose catch recovers from a state the try body changed before the
 * throw ({@code y} is assigned, then a call may fail): the handler's start would be wrong. The
 * diagnostic names the read in the catch.
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
              y = Math.log(Math.abs(y)) * Integer.parseInt("1"); /*HERE*/
            } catch (RuntimeException e) { /*HERE*/
              y = -y; /*HERE*/
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

  @Override
  String reasonPattern() {
    return "catch reads local .* changed before it threw";
  }
}
