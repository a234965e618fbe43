package dev.leibniz.badinput;

/**
 * A bit pattern of an active value kept in a {@code long} field and turned back into a double.
 */
class BitsThroughLongFieldTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("BitsField", """
          private long bits;

          @dev.leibniz.Differentiable
          double bad(double x) {
            bits = Double.doubleToRawLongBits(x);
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
}
