package dev.leibniz.badinput;

/**
 * An object of a {@code @Differentiable} class created inside the method receives an active value
 * and is stored where a shadow is needed: its shadow would have to be made by running a
 * constructor, which the object contract never does.
 */
class NewObjectNeedingShadowTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("NewShadowed", """
          @dev.leibniz.Differentiable
          static double bad(Pt[] points, double x) {
            Pt p = new Pt(); /*HERE*/
            p.x = x * x; /*HERE*/
            points[0] = p; /*HERE*/
            return points[0].x + x;
          }
        """, """
        @dev.leibniz.Differentiable
        final class Pt {
          double x;
        }
        """);
  }

  @Override
  String rejectedMethod() {
    return "bad([Ldev/leibniz/badinput/gen/Pt;D)D";
  }

  @Override
  Object[] arguments() {
    return new Object[] {null, 1.5};
  }

  @Override
  String instructionPattern() {
    return "^a\\[i\\] = …|\\.\\w+ = …|^new ";
  }

  @Override
  String reasonPattern() {
    // a blank constructor's object (branch dest) is refused where it leaves the method's reach: at the store
    return "new .*Pt made (here|at line \\d+ by a blank constructor).*pass it in";
  }
}
