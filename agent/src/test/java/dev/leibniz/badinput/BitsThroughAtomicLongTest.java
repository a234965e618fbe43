package dev.leibniz.badinput;

/**
 * A bit pattern of an active value kept in an {@code AtomicLong} and turned back into a double.
 */
class BitsThroughAtomicLongTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("BitsAtomic", """
          private static final java.util.concurrent.atomic.AtomicLong BITS = new java.util.concurrent.atomic.AtomicLong();

          @dev.leibniz.Differentiable
          static double bad(double x) {
            BITS.set(Double.doubleToRawLongBits(x));
            return Double.longBitsToDouble(BITS.get()) * x; /*HERE*/
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
