package dev.leibniz.badinput;

/**
 * A loop carries a value object that starts as a {@code static final} constant whose field is not
 * final: the merge would read the constant's field once, although other code may change it, so the
 * objects stay and the diagnostic says why.
 */
class MergedWithMutableConstantTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("Merge", """
          static final class Acc {
            static final Acc ZERO = new Acc(0);
            double v;

            Acc(double v) {
              this.v = v;
            }

            Acc plus(double d) {
              return new Acc(v + d);
            }
          }

          @dev.leibniz.Differentiable
          static double bad(double x) {
            Acc acc = Acc.ZERO;
            for (int i = 0; i < 3; i++) acc = acc.plus(x * i); /*HERE*/
            return acc.v;
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String reasonPattern() {
    return "cannot be replaced by its fields because it is merged with an object made elsewhere whose field double \\w+\\.Acc\\.v is not final";
  }

  @Override
  String instructionPattern() {
    return "Acc|<init>|v";
  }
}
