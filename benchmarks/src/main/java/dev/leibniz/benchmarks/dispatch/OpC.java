package dev.leibniz.benchmarks.dispatch;

import dev.leibniz.Differentiable;
import java.util.function.DoubleUnaryOperator;

/** An implementation of a JDK interface that nothing marks: calls dispatch through Leibniz's invokedynamic. */
public class OpC implements DoubleUnaryOperator {
  @Override
  @Differentiable
  public double applyAsDouble(double x) {
    return Sums.body(x);
  }
}
