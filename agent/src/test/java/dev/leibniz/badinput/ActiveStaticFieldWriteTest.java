package dev.leibniz.badinput;

/** PUTSTATIC of an active double (read back, so the value matters): fields are passive. */
class ActiveStaticFieldWriteTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("StaticWrite", """
          static double last;

          @dev.leibniz.Differentiable
          static double bad(double x) {
            last = x * x; /*HERE*/
            return last + x;
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "putstatic|last";
  }

  @Override
  String reasonPattern() {
    return "writes an active value into field double StaticWrite\\.last;";
  }
}
