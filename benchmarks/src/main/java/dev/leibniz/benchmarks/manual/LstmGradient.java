package dev.leibniz.benchmarks.manual;

import java.util.Arrays;

/**
 * The hand-written gradient of the ADBench LSTM loss with respect to the main and extra
 * parameters: a forward pass that stores every gate activation, then a reverse pass through time
 * (back-propagation through time).
 *
 * <p>An instance owns the activation store for one shape {@code (l, c, b)} and reuses it across
 * calls, as a careful hand-written implementation would; it is not thread-safe. Per time step and
 * layer it keeps, {@code b} values each: the layer input, the previous hidden and cell values, the
 * forget, input, output and change gates and {@code tanh} of the new cell; per step, the softmax of
 * the prediction.
 */
public final class LstmGradient {
  private static final int INPUT = 0;
  private static final int HIDDEN = 1;
  private static final int CELL = 2;
  private static final int FORGET = 3;
  private static final int INGATE = 4;
  private static final int OUTGATE = 5;
  private static final int CHANGE = 6;
  private static final int TANH_CELL = 7;
  private static final int FIELDS = 8;

  private final int l;
  private final int c;
  private final int b;
  private final double[] tape;
  private final double[] softmax;
  private final double[] state;
  private final double[] hiddenBar;
  private final double[] cellBar;

  public LstmGradient(int l, int c, int b) {
    this.l = l;
    this.c = c;
    this.b = b;
    this.tape = new double[(c - 1) * l * FIELDS * b];
    this.softmax = new double[(c - 1) * b];
    this.state = new double[2 * l * b];
    this.hiddenBar = new double[l * b];
    this.cellBar = new double[l * b];
  }

  /** Overwrites {@code mainBar} and {@code extraBar} with the gradient and returns the loss. */
  public double valueAndGradient(double[] main, double[] extra, double[] initialState,
      double[] sequence, double[] mainBar, double[] extraBar) {
    double loss = forward(main, extra, initialState, sequence);
    Arrays.fill(mainBar, 0);
    Arrays.fill(extraBar, 0);
    Arrays.fill(hiddenBar, 0);
    Arrays.fill(cellBar, 0);
    double scale = -1.0 / ((c - 1) * b);
    for (int t = c - 2; t >= 0; t--) {
      int gold = (t + 1) * b;
      double goldSum = 0;
      for (int i = 0; i < b; i++) {
        goldSum += sequence[gold + i];
      }
      int last = slot(t, l - 1);
      int topBar = (l - 1) * b;
      for (int i = 0; i < b; i++) {
        double dy = scale * (sequence[gold + i] - goldSum * softmax[t * b + i]);
        double h = tape[last + OUTGATE * b + i] * tape[last + TANH_CELL * b + i];
        extraBar[b + i] += dy * h;
        extraBar[2 * b + i] += dy;
        hiddenBar[topBar + i] += dy * extra[b + i];
      }
      for (int layer = l - 1; layer >= 0; layer--) {
        reverseLayer(t, layer, main, extra, sequence, mainBar, extraBar);
      }
    }
    return loss;
  }

  private int slot(int t, int layer) {
    return (t * l + layer) * FIELDS * b;
  }

  private double forward(double[] main, double[] extra, double[] initialState,
      double[] sequence) {
    System.arraycopy(initialState, 0, state, 0, state.length);
    double total = 0;
    for (int t = 0; t < c - 1; t++) {
      for (int layer = 0; layer < l; layer++) {
        int at = slot(t, layer);
        int w = 8 * layer * b;
        int bias = w + 4 * b;
        int h = 2 * layer * b;
        int below = slot(t, layer - 1);
        for (int i = 0; i < b; i++) {
          double in = layer == 0
              ? sequence[t * b + i] * extra[i]
              : tape[below + OUTGATE * b + i] * tape[below + TANH_CELL * b + i];
          double hidden = state[h + i];
          double cell = state[h + b + i];
          double forget = sigmoid(in * main[w + i] + main[bias + i]);
          double ingate = sigmoid(hidden * main[w + b + i] + main[bias + b + i]);
          double outgate = sigmoid(in * main[w + 2 * b + i] + main[bias + 2 * b + i]);
          double change = Math.tanh(hidden * main[w + 3 * b + i] + main[bias + 3 * b + i]);
          double newCell = cell * forget + ingate * change;
          double tanhCell = Math.tanh(newCell);
          state[h + b + i] = newCell;
          state[h + i] = outgate * tanhCell;
          tape[at + INPUT * b + i] = in;
          tape[at + HIDDEN * b + i] = hidden;
          tape[at + CELL * b + i] = cell;
          tape[at + FORGET * b + i] = forget;
          tape[at + INGATE * b + i] = ingate;
          tape[at + OUTGATE * b + i] = outgate;
          tape[at + CHANGE * b + i] = change;
          tape[at + TANH_CELL * b + i] = tanhCell;
        }
      }
      int top = 2 * (l - 1) * b;
      double sum = 0;
      for (int i = 0; i < b; i++) {
        double y = state[top + i] * extra[b + i] + extra[2 * b + i];
        double e = Math.exp(y);
        softmax[t * b + i] = e;
        sum += e;
        total += sequence[(t + 1) * b + i] * y;
      }
      sum += 2;
      double lse = Math.log(sum);
      for (int i = 0; i < b; i++) {
        softmax[t * b + i] /= sum;
        total -= sequence[(t + 1) * b + i] * lse;
      }
    }
    return -total / ((c - 1) * b);
  }

  /** Turns the adjoints of layer {@code layer}'s outputs at step {@code t} into those of its inputs. */
  private void reverseLayer(int t, int layer, double[] main, double[] extra, double[] sequence,
      double[] mainBar, double[] extraBar) {
    int at = slot(t, layer);
    int w = 8 * layer * b;
    int bias = w + 4 * b;
    int row = layer * b;
    for (int i = 0; i < b; i++) {
      double in = tape[at + INPUT * b + i];
      double hidden = tape[at + HIDDEN * b + i];
      double forget = tape[at + FORGET * b + i];
      double ingate = tape[at + INGATE * b + i];
      double outgate = tape[at + OUTGATE * b + i];
      double change = tape[at + CHANGE * b + i];
      double tanhCell = tape[at + TANH_CELL * b + i];
      double hBar = hiddenBar[row + i];
      double cBar = cellBar[row + i] + hBar * outgate * (1 - tanhCell * tanhCell);
      double forgetArg = cBar * tape[at + CELL * b + i] * forget * (1 - forget);
      double ingateArg = cBar * change * ingate * (1 - ingate);
      double outgateArg = hBar * tanhCell * outgate * (1 - outgate);
      double changeArg = cBar * ingate * (1 - change * change);
      mainBar[w + i] += forgetArg * in;
      mainBar[w + b + i] += ingateArg * hidden;
      mainBar[w + 2 * b + i] += outgateArg * in;
      mainBar[w + 3 * b + i] += changeArg * hidden;
      mainBar[bias + i] += forgetArg;
      mainBar[bias + b + i] += ingateArg;
      mainBar[bias + 2 * b + i] += outgateArg;
      mainBar[bias + 3 * b + i] += changeArg;
      hiddenBar[row + i] = ingateArg * main[w + b + i] + changeArg * main[w + 3 * b + i];
      cellBar[row + i] = cBar * forget;
      double inBar = forgetArg * main[w + i] + outgateArg * main[w + 2 * b + i];
      if (layer > 0) {
        hiddenBar[row - b + i] += inBar;
      } else {
        extraBar[i] += inBar * sequence[t * b + i];
      }
    }
  }

  private static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
