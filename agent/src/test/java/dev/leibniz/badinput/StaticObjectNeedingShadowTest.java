package dev.leibniz.badinput;

/**
 * An object of a {@code @Differentiable} class read from a static field receives an active value:
 * nobody gives its shadow (static fields are passive), so the method is refused, not silently
 * differentiated without it.
 */
class StaticObjectNeedingShadowTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("StaticShadowed", """
          static final Pt ORIGIN = new Pt();

          @dev.leibniz.Differentiable
          static double bad(Pt[] points, double x) {
            ORIGIN.x = x * x; /*HERE*/
            points[0] = ORIGIN;
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
    return "StaticShadowed\\.ORIGIN";
  }

  @Override
  String reasonPattern() {
    return "static field Pt \\w+\\.ORIGIN.*pass it in";
  }
}
