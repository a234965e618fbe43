package dev.leibniz.examples;

import java.util.function.DoubleUnaryOperator;

/** The central finite difference {@code (f(x+h) − f(x−h)) / 2h}, the demo's reference slope. */
final class CentralDifference {
  /** About the cube root of the double epsilon: balances truncation against rounding. */
  private static final double RELATIVE_STEP = 6e-6;

  private CentralDifference() {}

  static double of(DoubleUnaryOperator f, double x) {
    double h = step(x);
    double above = x + h;
    double below = x - h;
    return (f.applyAsDouble(above) - f.applyAsDouble(below)) / (above - below);
  }

  /** The step used at {@code x}. */
  static double step(double x) {
    return RELATIVE_STEP * Math.max(1, Math.abs(x));
  }
}
