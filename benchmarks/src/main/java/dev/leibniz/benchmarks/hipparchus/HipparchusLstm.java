package dev.leibniz.benchmarks.hipparchus;

import dev.leibniz.examples.adbench.LstmInput;
import org.hipparchus.analysis.differentiation.Gradient;

/** The ADBench LSTM loss on Hipparchus {@link Gradient}s; the state and sequence are constants. */
public final class HipparchusLstm {
  private HipparchusLstm() {}

  public static Gradient loss(Gradient[] main, Gradient[] extra, double[] state,
      double[] sequence, int l, int c, int b) {
    int free = main[0].getFreeParameters();
    Gradient[] s = Variables.constants(state, free);
    Gradient[] input = new Gradient[b];
    Gradient total = Gradient.constant(free, 0);
    for (int t = 0; t < c - 1; t++) {
      for (int i = 0; i < b; i++) {
        input[i] = extra[i].multiply(sequence[t * b + i]);
      }
      for (int layer = 0; layer < l; layer++) {
        int w = 8 * layer * b;
        int bias = w + 4 * b;
        int h = 2 * layer * b;
        for (int i = 0; i < b; i++) {
          Gradient hidden = s[h + i];
          Gradient forget = sigmoid(input[i].multiply(main[w + i]).add(main[bias + i]));
          Gradient ingate = sigmoid(hidden.multiply(main[w + b + i]).add(main[bias + b + i]));
          Gradient outgate =
              sigmoid(input[i].multiply(main[w + 2 * b + i]).add(main[bias + 2 * b + i]));
          Gradient change =
              hidden.multiply(main[w + 3 * b + i]).add(main[bias + 3 * b + i]).tanh();
          s[h + b + i] = s[h + b + i].multiply(forget).add(ingate.multiply(change));
          s[h + i] = outgate.multiply(s[h + b + i].tanh());
          input[i] = s[h + i];
        }
      }
      Gradient sum = Gradient.constant(free, 2);
      Gradient[] ypred = new Gradient[b];
      for (int i = 0; i < b; i++) {
        ypred[i] = input[i].multiply(extra[b + i]).add(extra[2 * b + i]);
        sum = sum.add(ypred[i].exp());
      }
      Gradient lse = sum.log();
      for (int i = 0; i < b; i++) {
        total = total.add(ypred[i].subtract(lse).multiply(sequence[(t + 1) * b + i]));
      }
    }
    return total.divide(-(c - 1) * b);
  }

  private static Gradient sigmoid(Gradient x) {
    return x.negate().exp().add(1).reciprocal();
  }

  /** The full gradient, {@code [main, extra]}, into {@code grad}; returns the loss. */
  public static double gradient(LstmInput in, double[] grad) {
    int total = in.parameterCount();
    Gradient f = loss(
        Variables.independent(in.mainParams(), 0, total),
        Variables.independent(in.extraParams(), in.mainParams().length, total),
        in.state(), in.sequence(), in.l(), in.c(), in.b());
    Variables.partials(f, 0, grad);
    return f.getValue();
  }

  /** The derivative along {@code (dMain, dExtra)}. */
  public static double directional(LstmInput in, double[] dMain, double[] dExtra) {
    return loss(Variables.along(in.mainParams(), dMain), Variables.along(in.extraParams(), dExtra),
        in.state(), in.sequence(), in.l(), in.c(), in.b()).getPartialDerivative(0);
  }
}
