package dev.leibniz.badinput;

/**
 * PUTFIELD of an active double into an object nobody passed in: the write gives the class shadows
 * (README, "Objects": a class nobody annotated whose fields the code writes), but the object comes
 * from a static field, which nobody gives a shadow for. (Writing {@code this.cache} of a class nobody
 * annotated is no longer refused: the receiver then has a shadow. Nor is a static object used as scratch in one
 * call, objects.ScratchObjectsTest: here another method reads what the call leaves in it, a result.)
 */
class ActiveFieldWriteTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("FieldWrite", """
          private static final FieldWrite SHARED = new FieldWrite();
          private double cache;

          @dev.leibniz.Differentiable
          double bad(double x) {
            SHARED.cache = x * x; /*HERE*/
            return SHARED.cache + x;
          }

          double peek() {
            return SHARED.cache;
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "getstatic|SHARED";
  }

  @Override
  String reasonPattern() {
    return "static field FieldWrite FieldWrite\\.SHARED receives";
  }
}
