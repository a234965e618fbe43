package dev.leibniz.badinput;

/**
 * A helper (an instance method: not inlined) leaves the bit pattern of an active value in a field
 * of the receiver; the marked method turns the field back into a double. Without the diagnostic
 * the round trip {@code x * x} would silently differentiate as {@code x} times a constant.
 */
class BitsLeftByAHelperTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("BitsLeftByAHelper", """
          private long bits;

          private void keepBits(double x) {
            bits = Double.doubleToRawLongBits(x);
          }

          @dev.leibniz.Differentiable
          double bad(double x) {
            keepBits(x);
            return Double.longBitsToDouble(bits) * x; /*HERE*/
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "longBitsToDouble";
  }

  @Override
  String reasonPattern() {
    return "bit pattern of an active value";
  }
}
