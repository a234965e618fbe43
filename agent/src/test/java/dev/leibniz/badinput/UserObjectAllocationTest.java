package dev.leibniz.badinput;

/** {@code new Box(activeValue)}: a user object's constructor receives an active double. */
class UserObjectAllocationTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("Alloc", """
          static final class Box {
            final double v;

            Box(double v) {
              this.v = v;
            }
          }

          @dev.leibniz.Differentiable
          static double bad(double x) {
            Box b = new Box(x * 2); /*HERE*/
            return b.v + x;
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "Box|<init>";
  }
}
