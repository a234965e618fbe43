package dev.leibniz.badinput;

/** PUTFIELD of an active double (read back, so the value matters): fields are passive. */
class ActiveFieldWriteTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("FieldWrite", """
          private double cache;

          @dev.leibniz.Differentiable
          double bad(double x) {
            cache = x * x; /*HERE*/
            return cache + x;
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "putfield|cache";
  }
}
