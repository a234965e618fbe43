package dev.leibniz.badinput;

/**
 * A parallel stream over an active array: its order of operations is not fixed, so it is not
 * taken apart into a loop ({@code core.objects.StreamPipelines}); refused at the stream's source
 * with the operation named and the loop to write.
 */
class ParallelStreamTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("StreamParallel", """
          @dev.leibniz.Differentiable
          static double bad(double x) {
            double[] a = {x, 2 * x};
            return java.util.Arrays.stream(a).parallel().map(v -> v * v).sum(); /*HERE*/
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "Arrays\\.stream";
  }

  @Override
  String reasonPattern() {
    return "an active value is given to a stream: the stream operation `DoubleStream DoubleStream.parallel\\(\\)` \\(line \\d+\\)"
        + " is not differentiated \\(a parallel stream's order of operations is not fixed\\); differentiated are sequential"
        + " pipelines .*: write the loop";
  }
}
