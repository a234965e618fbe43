package dev.leibniz.badinput;

/**
 * {@code synchronized (lock) { ... }}: MONITORENTER/MONITOREXIT and the implicit handler javac adds
 * to release the monitor. Any line of the block may be named, but the instruction must be the
 * monitor's: the user wrote no try/catch, so a diagnostic about exception handlers would mislead.
 */
class SynchronizedBlockTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("Sync", """
          private static final Object LOCK = new Object();

          @dev.leibniz.Differentiable
          static double bad(double x) {
            double y;
            synchronized (LOCK) { /*HERE*/
              y = x * x; /*HERE*/
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
    return "monitor";
  }
}
