package dev.leibniz.examples.adbench;

/**
 * A function value with its gradient (or, for vector functions, its Jacobian's nonzeros).
 *
 * @param value the primal value the derivative was taken at
 * @param gradient the derivative values, in the order the golden file lists them
 */
public record ValueAndGradient(double value, double[] gradient) {

  /** {@code value} with the gradient made of {@code parts}, one after the other. */
  static ValueAndGradient concatenated(double value, double[]... parts) {
    int length = 0;
    for (double[] part : parts) {
      length += part.length;
    }
    double[] all = new double[length];
    int next = 0;
    for (double[] part : parts) {
      System.arraycopy(part, 0, all, next, part.length);
      next += part.length;
    }
    return new ValueAndGradient(value, all);
  }
}
