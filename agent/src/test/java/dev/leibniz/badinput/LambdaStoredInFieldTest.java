package dev.leibniz.badinput;

/**
 * A lambda capturing an active value stored in a static field, for whoever calls it later: its
 * derivative would be lost, so it is refused at the lambda, naming the field
 * ({@code core.objects.LambdaEscapes}).
 */
class LambdaStoredInFieldTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("StoredLambda", """
          static java.util.function.DoubleUnaryOperator kept;

          @dev.leibniz.Differentiable
          static double bad(double x) {
            kept = t -> t * x; /*HERE*/
            return x * x;
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "^a lambda \\(";
  }

  @Override
  String reasonPattern() {
    return "is stored in field DoubleUnaryOperator StoredLambda\\.kept, so its derivative would be lost to whoever calls it later";
  }
}
