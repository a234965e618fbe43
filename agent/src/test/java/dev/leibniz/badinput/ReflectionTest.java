package dev.leibniz.badinput;

/** An active value passed through {@code Method.invoke} (boxed, stored in an Object[], unboxed). */
class ReflectionTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("Reflect", """
          @dev.leibniz.Differentiable
          static double bad(double x) throws Exception {
            java.lang.reflect.Method m = Reflect.class.getDeclaredMethod("good", double.class);
            return (Double) m.invoke(null, x) + x; /*HERE*/
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "valueOf|invoke|aastore";
  }
}
