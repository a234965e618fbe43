package dev.leibniz.badinput;

/**
 * A bit pattern of an active value kept in a {@code long[]} and turned back into a double: its
 * derivative would silently be 0 (the reproducer gave 1.3 instead of 2.6).
 */
class BitsThroughLongArrayTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("BitsArray", """
          @dev.leibniz.Differentiable
          static double bad(double x) {
            long[] bits = {Double.doubleToRawLongBits(x)};
            return Double.longBitsToDouble(bits[0]) * x; /*HERE*/
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
}
