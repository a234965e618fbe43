package dev.leibniz;

import dev.leibniz.contract.CompanionContract;
import java.io.Serializable;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;

/**
 * A companion ({@code m$tangent}, {@code m$adjoint} or {@code m$adjoint$tangent}) of a static or
 * instance method, serialisable for distributed engines (Spark, Flink, Beam): it holds the method
 * by class, name and descriptor and finds the companion again on first use after deserialisation
 * (the receiving JVM must run the agent too, or the class be transformed at build time). Made by
 * {@link Derivatives#serializableTangent}, {@link Derivatives#serializableAdjoint} and {@link
 * Hessians#serializableAdjointTangent}; the companion must be public, as the agent makes it.
 *
 * <pre>{@code
 * // double energy(double[] x) of a class Model: the receiver comes first
 * SerializableCompanion adjoint = Derivatives.serializableAdjoint(Model.class, "energy", double[].class);
 * rdd.map(x -> {
 *   double[] grad = new double[x.length];
 *   double e = (double) adjoint.handle().invokeExact(model, x, grad, 1.0);
 *   return grad;
 * });
 * }</pre>
 */
public final class SerializableCompanion implements Serializable {
  private static final long serialVersionUID = 1L;

  private final CompanionRef ref;

  private SerializableCompanion(CompanionRef ref) {
    this.ref = ref;
  }

  /** Companion {@code kind} of {@code owner.name(parameterTypes)}, looked up now so that a mistake shows here. */
  static SerializableCompanion of(CompanionContract.Kind kind, Class<?> owner, String name, Class<?>... parameterTypes) {
    return new SerializableCompanion(CompanionRef.ofAny(owner, name, parameterTypes, kind));
  }

  /**
   * The companion's handle, of the contract's type ({@link Derivatives#tangent}), the receiver
   * first for an instance method; found again after deserialisation, then kept.
   *
   * @throws IllegalStateException when the companion is missing in this JVM (see {@link Derivatives})
   */
  public MethodHandle handle() {
    return ref.handle();
  }

  /** The type of {@link #handle}. */
  public MethodType type() {
    return handle().type();
  }

  @Override
  public String toString() {
    return "SerializableCompanion[" + ref.method() + "]";
  }
}
