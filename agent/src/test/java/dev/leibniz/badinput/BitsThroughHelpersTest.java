package dev.leibniz.badinput;

/**
 * The bit pattern of an active value returned as a {@code long} by one helper and turned back
 * into a double by another, where neither is inlined (instance methods): without the diagnostic the
 * round trip {@code x * x} would silently differentiate as {@code x} times a constant.
 */
class BitsThroughHelpersTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("BitsHelpers", """
          private long bits(double x) {
            return Double.doubleToRawLongBits(x);
          }

          private double fromBits(long b) {
            return Double.longBitsToDouble(b);
          }

          @dev.leibniz.Differentiable
          double bad(double x) {
            long b = bits(x);
            return fromBits(b) * x; /*HERE*/
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "fromBits";
  }

  @Override
  String reasonPattern() {
    return "bit pattern of an active value";
  }
}
