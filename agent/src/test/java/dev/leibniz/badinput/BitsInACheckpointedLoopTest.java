package dev.leibniz.badinput;

/**
 * The sign flip through a {@code long[]}, by a helper with a loop of its own, inside a loop that is
 * checkpointed and carries {@code int} locals (read by its segment from the driver's passive {@code
 * long[]}): a genuine cut, still reported at the {@code longBitsToDouble} once the checkpoint
 * drivers' tape-budget helper no longer counts as reading bits.
 */
class BitsInACheckpointedLoopTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("BitsInACheckpointedLoop", """
          static void put(double[] v, long[] out, int i) {
            for (int k = 0; k <= i; k++) out[k] = Double.doubleToRawLongBits(v[k]);
          }

          @dev.leibniz.Differentiable
          static double bad(double x, int n) {
            double s = x;
            long[] held = new long[1];
            double[] v = new double[1];
            int j = 0;
            for (int i = 0; i < n; i++) {
              v[0] = s * x;
              put(v, held, 0);
              s = Double.longBitsToDouble(held[0] ^ 0x8000000000000000L) * 0.5 + 1e-3 * j; /*HERE*/
              j = j + 1;
            }
            return s;
          }
        """, "");
  }

  @Override
  Object[] arguments() {
    return new Object[] {1.5, 20};
  }

  @Override
  String rejectedMethod() {
    return "bad(DI)D";
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
