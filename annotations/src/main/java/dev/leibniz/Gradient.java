package dev.leibniz;

import dev.leibniz.contract.CompanionContract;
import java.io.Serializable;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

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
    return (x, grad) -> SerializableGradient.call(adjoint, method, x, grad);
  }

  /**
   * {@link #of}, serialisable for distributed engines (Spark, Flink, Beam): it holds the method
   * by class, name and descriptor, and finds its companion again on first use after
   * deserialisation (the receiving JVM must run the agent too, or the class be transformed at
   * build time). The companion must be public, as the agent makes it.
   *
   * <pre>{@code
   * Gradient g = Gradient.serializable(Model.class, "loss");
   * rdd.map(x -> g.at(x));   // g travels to the executors with the closure
   * }</pre>
   *
   * @throws IllegalStateException when the companion is missing here (see {@link Derivatives})
   */
  static Gradient serializable(Class<?> owner, String name) {
    MethodType primal = MethodType.methodType(double.class, double[].class);
    return new SerializableGradient(CompanionRef.of(owner, name, primal, CompanionContract.Kind.ADJOINT));
  }
}

/** {@link Gradient#serializable}: the method by name, its companion found again after deserialisation. */
final class SerializableGradient implements Gradient, Serializable {
  private static final long serialVersionUID = 1L;

  private final CompanionRef adjoint;

  SerializableGradient(CompanionRef adjoint) {
    this.adjoint = adjoint;
  }

  @Override
  public double valueAndGradient(double[] x, double[] grad) {
    return call(adjoint.handle(), adjoint.method(), x, grad);
  }

  /** One checked call of {@code adjoint(x, grad, 1.0)}. */
  static double call(MethodHandle adjoint, String method, double[] x, double[] grad) {
    Checks.nonNull(x, "x");
    Checks.adjoint(method, "x", x, "grad", grad);
    try {
      return (double) adjoint.invokeExact(x, grad, 1.0);
    } catch (Throwable t) {
      throw Facades.rethrow(t);
    }
  }
}
