package dev.leibniz.examples.adbench;

import dev.leibniz.Differentiable;

/**
 * The ADBench LSTM loss: a stack of {@code l} diagonal LSTM layers of width {@code b} run over a
 * sequence of {@code c} one-hot-like characters, scored by next-character log-likelihood, exactly
 * as ADBench's reference ({@code lstm.cpp}) computes it (its log-sum-exp adds 2 inside the log).
 *
 * <p>{@code mainParams[2l·4b]}: per layer, the forget, input, output and change weights ({@code b}
 * each), then the biases in the same order. {@code extraParams[3b]}: input weights, output weights,
 * output biases. {@code state[2l·b]}: per layer the hidden then the cell values; the loss works on
 * a copy, so the caller's array is left as it was. {@code sequence[c·b]}.
 */
public final class Lstm {
  private Lstm() {}

  /** The mean negative log-likelihood of each character given the ones before it. */
  @Differentiable
  public static double loss(
      double[] mainParams,
      double[] extraParams,
      double[] state,
      double[] sequence,
      int l,
      int c,
      int b) {
    double[] s = new double[2 * l * b];
    for (int i = 0; i < 2 * l * b; i++) {
      s[i] = state[i];
    }
    double[] ypred = new double[b];
    double total = 0;
    int count = 0;
    for (int t = 0; t < c - 1; t++) {
      predict(l, b, mainParams, extraParams, s, sequence, t * b, ypred);
      double lse = logsumexp(b, ypred);
      for (int i = 0; i < b; i++) {
        total = total + sequence[(t + 1) * b + i] * (ypred[i] - lse);
      }
      count = count + b;
    }
    return -total / count;
  }

  /**
   * Runs every layer on the character at {@code sequence[seqOff..seqOff+b)}, updating the state
   * {@code s}, and writes the output layer's prediction into {@code ypred}.
   */
  static void predict(
      int l,
      int b,
      double[] mainParams,
      double[] extraParams,
      double[] s,
      double[] sequence,
      int seqOff,
      double[] ypred) {
    double[] input = new double[b];
    for (int i = 0; i < b; i++) {
      input[i] = sequence[seqOff + i] * extraParams[i];
    }
    for (int layer = 0; layer < l; layer++) {
      int hidden = 2 * layer * b;
      int weights = 8 * layer * b;
      model(b, mainParams, weights, weights + 4 * b, s, hidden, hidden + b, input);
      for (int i = 0; i < b; i++) {
        input[i] = s[hidden + i];
      }
    }
    for (int i = 0; i < b; i++) {
      ypred[i] = input[i] * extraParams[b + i] + extraParams[2 * b + i];
    }
  }

  /**
   * One layer: updates the cell {@code s[cell..cell+b)} and the hidden values {@code
   * s[hidden..hidden+b)} from {@code input}, with the weights at {@code params[weight..]} and the
   * biases at {@code params[bias..]}.
   */
  static void model(
      int b,
      double[] params,
      int weight,
      int bias,
      double[] s,
      int hidden,
      int cell,
      double[] input) {
    for (int i = 0; i < b; i++) {
      double forget = sigmoid(input[i] * params[weight + i] + params[bias + i]);
      double ingate = sigmoid(s[hidden + i] * params[weight + b + i] + params[bias + b + i]);
      double outgate = sigmoid(input[i] * params[weight + 2 * b + i] + params[bias + 2 * b + i]);
      double change =
          Math.tanh(s[hidden + i] * params[weight + 3 * b + i] + params[bias + 3 * b + i]);
      s[cell + i] = s[cell + i] * forget + ingate * change;
      s[hidden + i] = outgate * Math.tanh(s[cell + i]);
    }
  }

  static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  /** {@code log(Σ exp(v[i]) + 2)}: the reference's log-sum-exp, quirk included. */
  static double logsumexp(int count, double[] v) {
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum = sum + Math.exp(v[i]);
    }
    sum = sum + 2;
    return Math.log(sum);
  }
}
