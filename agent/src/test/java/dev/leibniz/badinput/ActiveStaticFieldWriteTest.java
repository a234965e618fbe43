package dev.leibniz.badinput;

/**
 * PUTSTATIC of an active double read back in the next loop trip: a static written and read back
 * in one call is scratch (core.objects.ScratchFields) only when no read follows a write; here the
 * value would carry a derivative from one trip to the next through the field: refused.
 */
class ActiveStaticFieldWriteTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("StaticWrite", """
          static double last;

          @dev.leibniz.Differentiable
          static double bad(double x) {
            last = 0;
            for (int i = 0; i < 3; i++) {
              last = last * x + x; /*HERE*/
            }
            return last;
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
    return "writes an active value into field double StaticWrite\\.last;.*scratch";
  }
}
