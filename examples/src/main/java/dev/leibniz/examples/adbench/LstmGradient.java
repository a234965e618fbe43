package dev.leibniz.examples.adbench;

import dev.leibniz.Derivatives;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * The gradient of {@link Lstm#loss} with respect to {@code [mainParams, extraParams]} (the order of
 * the golden file), through one call of its generated {@code $adjoint}.
 */
public final class LstmGradient {
  private static final Class<?>[] PRIMAL = {
    double[].class, double[].class, double[].class, double[].class, int.class, int.class, int.class
  };

  private LstmGradient() {}

  /** {@code loss$adjoint}, per the contract. */
  public static MethodHandle adjoint() {
    return Derivatives.adjoint(MethodHandles.lookup(), Lstm.class, "loss", PRIMAL);
  }

  /** {@code loss$tangent}, per the contract. */
  public static MethodHandle tangent() {
    return Derivatives.tangent(MethodHandles.lookup(), Lstm.class, "loss", PRIMAL);
  }

  /** The loss and its gradient from one call of {@code adjoint} (seed 1). */
  public static ValueAndGradient byAdjoint(MethodHandle adjoint, LstmInput in) throws Throwable {
    double[] mainBar = new double[in.mainParams().length];
    double[] extraBar = new double[in.extraParams().length];
    double[] stateBar = new double[in.state().length];
    double[] sequenceBar = new double[in.sequence().length];
    double value =
        (double)
            adjoint.invokeExact(
                in.mainParams(),
                mainBar,
                in.extraParams(),
                extraBar,
                in.state(),
                stateBar,
                in.sequence(),
                sequenceBar,
                in.l(),
                in.c(),
                in.b(),
                1.0);
    return ValueAndGradient.concatenated(value, mainBar, extraBar);
  }
}
