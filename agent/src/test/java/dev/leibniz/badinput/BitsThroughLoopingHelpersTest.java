package dev.leibniz.badinput;

/**
 * The sign flip split between two static helpers with loops (too big to inline, so each gets a
 * companion of its own): the bits leave one helper as a {@code long} and come back through the
 * other; reported at the call that turns them back, never a silently cut derivative.
 */
class BitsThroughLoopingHelpersTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("BitsLoopingHelpers", """
          static long bits(double[] v, int i) {
            long r = 0;
            for (int k = 0; k <= i; k++) r = Double.doubleToRawLongBits(v[k]);
            return r;
          }

          static double fromBits(long b, int n) {
            double r = 0;
            for (int k = 0; k < n; k++) r = Double.longBitsToDouble(b);
            return r;
          }

          @dev.leibniz.Differentiable
          static double bad(double x) {
            double[] v = {x};
            return fromBits(bits(v, 0) ^ 0x8000000000000000L, 1) * x; /*HERE*/
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
