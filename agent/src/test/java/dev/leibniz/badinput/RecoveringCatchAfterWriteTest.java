package dev.leibniz.badinput;

/**
 * A try whose catch recovers, around a write into an array: an exception after the write would
 * leave it done, and the adjoint, which replays the handler's path from the try's entry, would not
 * undo its derivative. Refused at the write, with advice.
 */
class RecoveringCatchAfterWriteTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("CatchAfterWrite", """
          @dev.leibniz.Differentiable
          static double bad(double x) {
            double[] t = new double[2];
            try {
              t[0] = x * x; /*HERE*/
              t[1] = Math.log(x) * Integer.parseInt("2");
            } catch (NumberFormatException e) {
              t[1] = 0;
            }
            return t[0] + t[1];
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "^a\\[i\\] = … \\(double\\[\\]\\)";
  }

  @Override
  String reasonPattern() {
    return "write into an array element .* write after it";
  }
}
