package dev.leibniz.badinput;

/**
 * PUTSTATIC of an active double read back in the next loop trip, never written before the loop: a
 * static written and read back in one call is scratch (core.objects.ScratchFields) when every read
 * that follows a write is reached by a write on every path (then promoted to values, as one set
 * before the loop is: objects.StaticAccumulatorsTest); here the first trip reads what an earlier
 * call left, so the field carries state across calls: refused.
 */
class ActiveStaticFieldWriteTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("StaticWrite", """
          static double last;

          @dev.leibniz.Differentiable
          static double bad(double x) {
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
    return "writes an active value into field double StaticWrite\\.last;.*scratch.*not scratch: its read at line \\d+ follows a write";
  }
}
