package dev.leibniz;

import dev.leibniz.contract.CompanionContract;
import java.io.Serializable;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;

/**
 * The gradient of a {@code @Differentiable double f(double[] x)}, static or an instance method of
 * a given receiver (held fixed: a receiver of a {@code @Differentiable} class gets a fresh zero
 * shadow per call), computed by its {@code f$adjoint} in one reverse sweep, with its arguments
 * checked:
 *
 * <pre>{@code
 * Gradient g = Gradient.of(MethodHandles.lookup(), Model.class, "loss");
 * double[] grad = new double[x.length];
 * double value = g.valueAndGradient(x, grad);   // grad += ∇loss(x)
 * double[] fresh = g.at(x);                     // ∇loss(x) in a new array
 * Gradient h = Gradient.of(MethodHandles.lookup(), model, "energy");   // model.energy(double[])
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
   * The gradient of {@code receiver.name(double[])}, an instance method returning {@code double},
   * with respect to its argument, the receiver held fixed.
   *
   * @throws IllegalArgumentException when there is no such method or it does not return {@code double}
   * @throws IllegalStateException when the companion is missing (see {@link Derivatives})
   */
  static Gradient of(MethodHandles.Lookup lookup, Object receiver, String name) {
    Method m = doubleValued(Receivers.method(receiver, name, double[].class));
    MethodHandle adjoint = Receivers.bind(Derivatives.adjoint(lookup, m.getDeclaringClass(), name, double[].class),
        CompanionContract.Kind.ADJOINT, m, receiver);
    String method = m.getDeclaringClass().getSimpleName() + "." + name;
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
    return new SerializableGradient(CompanionRef.of(owner, name, primal, CompanionContract.Kind.ADJOINT), null);
  }

  /**
   * {@link #of(MethodHandles.Lookup, Object, String)}, serialisable as {@link #serializable(Class,
   * String)} is: the receiver travels with it (so it must be {@link java.io.Serializable}), the
   * companion is found again on first use after deserialisation.
   *
   * <pre>{@code
   * Gradient g = Gradient.serializable(model, "loss");   // model.loss(double[] w)
   * rdd.map(w -> g.at(w));
   * }</pre>
   *
   * @throws IllegalArgumentException when there is no such method, it does not return {@code
   *     double}, or the receiver is not serialisable
   * @throws IllegalStateException when the companion is missing here (see {@link Derivatives})
   */
  static Gradient serializable(Object receiver, String name) {
    Method m = doubleValued(Receivers.method(receiver, name, double[].class));
    return new SerializableGradient(CompanionRef.ofAny(m.getDeclaringClass(), name, new Class<?>[] {double[].class},
        CompanionContract.Kind.ADJOINT), Receivers.serializable(receiver, m));
  }

  private static Method doubleValued(Method m) {
    if (m.getReturnType() != double.class) {
      throw new IllegalArgumentException(m.getDeclaringClass().getSimpleName() + "." + m.getName()
          + " returns " + m.getReturnType().getName() + "; a Gradient needs a method returning double");
    }
    return m;
  }
}

/** {@link Gradient#serializable}: the method by name, its companion found again after deserialisation. */
final class SerializableGradient implements Gradient, Serializable {
  private static final long serialVersionUID = 1L;

  private final CompanionRef adjoint;
  /** The receiver of an instance method (held fixed), null for a static one. */
  private final Object receiver;
  /** The companion with the receiver bound, found again after deserialisation. */
  private transient volatile MethodHandle bound;

  SerializableGradient(CompanionRef adjoint, Object receiver) {
    this.adjoint = adjoint;
    this.receiver = receiver;
  }

  @Override
  public double valueAndGradient(double[] x, double[] grad) {
    MethodHandle h = bound;
    if (h == null) {
      bound = h = adjoint.handle(receiver);
    }
    return call(h, adjoint.method(), x, grad);
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
