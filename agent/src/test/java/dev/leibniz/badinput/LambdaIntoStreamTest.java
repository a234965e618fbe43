package dev.leibniz.badinput;

/**
 * A lambda capturing an active value given to a stream that is not {@code
 * IntStream.range(a, b).mapToDouble(f).sum()} (here its {@code max()}): refused at the lambda,
 * naming the JDK method and the loop to write instead ({@code core.objects.LambdaEscapes}).
 */
class LambdaIntoStreamTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("StreamMax", """
          @dev.leibniz.Differentiable
          static double bad(double x) {
            return java.util.stream.IntStream.range(0, 4).mapToDouble(i -> i * x).max().getAsDouble(); /*HERE*/
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "invokedynamic";
  }

  @Override
  String reasonPattern() {
    return "is given to `DoubleStream IntStream.mapToDouble\\(IntToDoubleFunction\\)`, a JDK method: streams are not"
        + " differentiated except IntStream.range\\(a, b\\).mapToDouble\\(f\\).sum\\(\\): write the loop";
  }
}
