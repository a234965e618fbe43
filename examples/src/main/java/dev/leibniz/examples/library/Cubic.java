package dev.leibniz.examples.library;

import dev.leibniz.Differentiable;
import java.util.function.DoubleUnaryOperator;

/** An implementation of a JDK interface whose method is marked, so that calls through the interface dispatch to it. */
public final class Cubic implements DoubleUnaryOperator {
  @Differentiable
  @Override
  public double applyAsDouble(double x) {
    return x * x * x - 2 * x;
  }
}
