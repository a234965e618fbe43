package dev.leibniz.badinput;

/** {@code synchronized (lock) { ... }}: MONITORENTER/MONITOREXIT and their implicit handler. */
class SynchronizedBlockTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("Sync", """
          private static final Object LOCK = new Object();

          @dev.leibniz.Differentiable
          static double bad(double x) {
            double y;
            synchronized (LOCK) { /*HERE*/
              y = x * x;
            }
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
