package dev.leibniz.badinput;

/**
 * Two created objects compared with {@code ==}: taking them apart would change what the comparison
 * sees, so they stay, and an active value reaching them gets a diagnostic saying why.
 */
class ObjectComparedByIdentityTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("Same", """
          static final class Box {
            final double v;

            Box(double v) {
              this.v = v;
            }
          }

          @dev.leibniz.Differentiable
          static double bad(double x) {
            Box a = new Box(x); /*HERE*/
            Box b = x > 1 ? a : new Box(2 * x);
            return a == b ? a.v : b.v;
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String reasonPattern() {
    return "cannot be replaced by its fields because it is (compared by identity|merged with another object)";
  }

  @Override
  String instructionPattern() {
    return "Box|<init>";
  }
}
