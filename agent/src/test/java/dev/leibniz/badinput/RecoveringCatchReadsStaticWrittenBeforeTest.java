package dev.leibniz.badinput;

/**
 * As {@link RecoveringCatchReadsStaticTest}, with the static also written before the try: the catch
 * read it as that earlier value (the graph enters the catch from the try's entry), where the method
 * reads what the helper left before it threw, so even the companions' value would differ. Refused
 * at a write of the static.
 */
class RecoveringCatchReadsStaticWrittenBeforeTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("CatchReadsStaticWrittenBefore", """
          static double last;

          static double square(double x) {
            last = x * x; /*HERE*/
            if (x < 0) throw new IllegalArgumentException("x = " + x);
            return 2 * x;
          }

          @dev.leibniz.Differentiable
          static double bad(double x) {
            last = x; /*HERE*/
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
    return "writes an active value into field double CatchReadsStaticWrittenBefore.last";
  }
}
