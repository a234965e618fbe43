package dev.leibniz.badinput;

/**
 * A lambda capturing an active value given to a stream pipeline with an operation that is not
 * differentiated (here {@code sorted()}): refused at the lambda, naming the JDK method it is given
 * to, the stream operation that is not supported and the loop to write instead ({@code
 * core.objects.LambdaEscapes}, {@code StreamPipelines.whyNot}).
 */
class LambdaIntoStreamTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("StreamSorted", """
          @dev.leibniz.Differentiable
          static double bad(double x) {
            return java.util.stream.IntStream.range(0, 4).mapToDouble(i -> i * x).sorted().sum(); /*HERE*/
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
    return "is given to `DoubleStream IntStream.mapToDouble\\(IntToDoubleFunction\\)`, a JDK method: the stream operation"
        + " `DoubleStream DoubleStream.sorted\\(\\)` \\(line \\d+\\) is not differentiated; .*: write the loop";
  }
}
