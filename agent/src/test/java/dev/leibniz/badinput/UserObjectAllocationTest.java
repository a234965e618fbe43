package dev.leibniz.badinput;

/**
 * {@code new Box(activeValue)} stored into a static field: the object escapes, so scalar
 * replacement leaves it, and the diagnostic says why (objects that stay inside are taken apart).
 */
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

          static Box last;

          @dev.leibniz.Differentiable
          static double bad(double x) {
            Box b = new Box(x * 2); /*HERE*/
            last = b;
            return b.v + x;
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String reasonPattern() {
    return "cannot be replaced by its fields because it is stored into static field .*last";
  }

  @Override
  String instructionPattern() {
    return "Box|<init>";
  }
}
