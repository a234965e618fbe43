package dev.leibniz.badinput;

/**
 * A try whose catch recovers, around a call of a helper that leaves an active value in a static
 * and then throws; the catch reads the static. The graph enters the catch from the try's entry, so
 * the static looked like scratch storage never read after its write, and the companions took the
 * catch's read for a passive value: 0.49 instead of 1.47 at x = -0.7, in both modes. Refused at
 * the write, saying why.
 */
class RecoveringCatchReadsStaticTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("CatchReadsStatic", """
          static double last;

          static double square(double x) {
            last = x * x; /*HERE*/
            if (x < 0) throw new IllegalArgumentException("x = " + x);
            return 2 * x;
          }

          @dev.leibniz.Differentiable
          static double bad(double x) {
            double y;
            try {
              y = square(x);
            } catch (IllegalArgumentException e) {
              y = last * x;
            }
            return y;
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  Object[] arguments() {
    return new Object[] {-0.7};
  }

  @Override
  String instructionPattern() {
    return "\\.last = …";
  }

  @Override
  String reasonPattern() {
    return "inside a try whose catch recovers.*catch's path would read it without its derivative";
  }
}
