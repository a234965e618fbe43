package dev.leibniz.examples.adbench;

import java.nio.file.Path;

/**
 * One LSTM instance in ADBench's file format: {@code l c b}, then the main parameters ({@code
 * 2l·4b}), the extra parameters ({@code 3b}), the initial state ({@code 2l·b}) and the sequence
 * ({@code c·b}).
 */
public record LstmInput(
    int l,
    int c,
    int b,
    double[] mainParams,
    double[] extraParams,
    double[] state,
    double[] sequence) {

  /** Reads the instance in {@code file}. */
  public static LstmInput read(Path file) {
    Tokens in = Tokens.of(file);
    int l = in.nextInt();
    int c = in.nextInt();
    int b = in.nextInt();
    double[] mainParams = in.nextDoubles(2 * l * 4 * b);
    double[] extraParams = in.nextDoubles(3 * b);
    double[] state = in.nextDoubles(2 * l * b);
    double[] sequence = in.nextDoubles(c * b);
    return new LstmInput(l, c, b, mainParams, extraParams, state, sequence);
  }

  /** The number of differentiated parameters: main then extra. */
  public int parameterCount() {
    return mainParams.length + extraParams.length;
  }

  /** The loss at this instance's parameters. */
  public double loss() {
    return Lstm.loss(mainParams, extraParams, state, sequence, l, c, b);
  }
}
