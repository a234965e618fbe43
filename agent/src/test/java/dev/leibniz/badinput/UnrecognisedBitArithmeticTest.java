package dev.leibniz.badinput;

/**
 * Bit arithmetic other than the recognised sign flip, abs and round trips (here: the next double
 * up) turned back into a double.
 */
class UnrecognisedBitArithmeticTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("BitsPlusOne", """
          @dev.leibniz.Differentiable
          static double bad(double x) {
            long bits = Double.doubleToRawLongBits(x) + 1;
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
