package dev.leibniz.badinput;

/**
 * {@code synchronized (lock) { ... }} reading a field another thread may change once the monitor
 * is free (an adjoint's reverse sweep runs after the block): refused at the read, not with a
 * diagnostic about the exception handler javac adds (the user wrote no try/catch).
 */
class SynchronizedBlockTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("Sync", """
          private static final Object LOCK = new Object();
          static double total = 1;

          @dev.leibniz.Differentiable
          static double bad(double x) {
            double y;
            synchronized (LOCK) { /*HERE*/
              y = x * total; /*HERE*/
            } /*HERE*/
            return y + x;
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "Sync\\.total";
  }

  @Override
  String reasonPattern() {
    return "synchronized block, a read of field total .* caller";
  }
}
