package dev.leibniz;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * The gradient of a {@code @Differentiable static double f(double[] x)}, computed by its {@code
 * f$adjoint} in one reverse sweep, with its arguments checked:
 *
 * <pre>{@code
 * Gradient g = Gradient.of(MethodHandles.lookup(), Model.class, "loss");
 * double[] grad = new double[x.length];
 * double value = g.valueAndGradient(x, grad);   // grad += ∇loss(x)
 * double[] fresh = g.at(x);                     // ∇loss(x) in a new array
 * }</pre>
 */
@FunctionalInterface
public interface Gradient {
  /**
   * Returns {@code f(x)} and adds {@code ∇f(x)} into {@code grad} (adjoints accumulate: zero it
   * for a fresh gradient).
   *
   * @throws IllegalArgumentException when {@code grad} is null, has another length than {@code x}
   *     or is {@code x} itself (the gradient would overwrite the point)
   */
  double valueAndGradient(double[] x, double[] grad);

  /** {@code ∇f(x)} in a new array. */
  default double[] at(double[] x) {
    double[] grad = new double[Checks.nonNull(x, "x").length];
    valueAndGradient(x, grad);
    return grad;
  }

  /**
   * The gradient of {@code owner.name(double[])}, a static method returning {@code double}.
   *
   * @throws IllegalStateException when the companion is missing (see {@link Derivatives})
   */
  static Gradient of(MethodHandles.Lookup lookup, Class<?> owner, String name) {
    MethodHandle adjoint = Derivatives.adjoint(lookup, owner, name, double[].class);
    String method = owner.getSimpleName() + "." + name;
    return (x, grad) -> {
      Checks.nonNull(x, "x");
      Checks.adjoint(method, "x", x, "grad", grad);
      try {
        return (double) adjoint.invokeExact(x, grad, 1.0);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable t) {
        throw new IllegalStateException(t);
      }
    };
  }
}
