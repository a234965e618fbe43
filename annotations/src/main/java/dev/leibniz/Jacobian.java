package dev.leibniz;

import dev.leibniz.contract.CompanionContract;
import java.io.Serializable;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;

/**
 * The Jacobian of a {@code @Differentiable void f(double[] x, double[] r)} that writes its {@code
 * m} results into {@code r}, static or an instance method of a given receiver: by rows (one {@code f$adjoint} sweep per result) or by columns
 * (one {@code f$tangent} sweep per input); {@link #of} takes whichever needs fewer sweeps.
 *
 * <p>The receiver is held fixed: a receiver of a {@code @Differentiable} class gets a fresh zero
 * shadow per sweep, and each sweep after the first starts from the receiver's state before the
 * first (its primitive fields and primitive arrays restored, reassigned fields set back), so a
 * method that updates its receiver gives every row from the same state and leaves the receiver as
 * one call of it does. A sweep that changed an object the receiver refers to is an {@link
 * IllegalStateException} naming the field: use a method that does not change its receiver, or
 * call the companion directly.
 *
 * <pre>{@code
 * Jacobian j = Jacobian.of(MethodHandles.lookup(), Model.class, "residuals", 3);
 * double[][] jac = j.at(x);   // jac[i][k] = ∂r_i/∂x_k
 * }</pre>
 */
@FunctionalInterface
public interface Jacobian {
  /** The {@code m × x.length} Jacobian at {@code x}; {@code x} is not changed. */
  double[][] at(double[] x);

  /** By rows or columns, whichever takes fewer sweeps at the given point. */
  static Jacobian of(MethodHandles.Lookup lookup, Class<?> owner, String name, int m) {
    Jacobian rows = byRows(lookup, owner, name, m), columns = byColumns(lookup, owner, name, m);
    return x -> m <= Checks.nonNull(x, "x").length ? rows.at(x) : columns.at(x);
  }

  /**
   * Row {@code i} from one adjoint sweep seeded with the unit vector {@code e_i} on {@code r}; when
   * the method has a vector adjoint ({@code @Differentiable(adjoints = true)}), all rows from one
   * call of it: one forward sweep, then a reverse sweep per row.
   */
  static Jacobian byRows(MethodHandles.Lookup lookup, Class<?> owner, String name, int m) {
    MethodHandle adjoint = Derivatives.adjoint(lookup, owner, name, double[].class, double[].class);
    MethodHandle adjoints = Sweeps.vectorAdjoint(lookup, owner, name);
    return adjoints != null ? x -> Sweeps.rowsAtOnce(adjoints, x, m) : x -> Sweeps.rows(adjoint, x, m);
  }

  /** Column {@code k} from one tangent sweep in the direction of the unit vector {@code e_k}. */
  static Jacobian byColumns(MethodHandles.Lookup lookup, Class<?> owner, String name, int m) {
    MethodHandle tangent = Derivatives.tangent(lookup, owner, name, double[].class, double[].class);
    return x -> Sweeps.columns(tangent, x, m);
  }

  /** {@link #of} for the instance method {@code receiver.name(double[], double[])}, the receiver held fixed. */
  static Jacobian of(MethodHandles.Lookup lookup, Object receiver, String name, int m) {
    Method method = Receivers.method(receiver, name, double[].class, double[].class);
    Class<?> owner = method.getDeclaringClass();
    MethodHandle adjoint = Receivers.bind(Derivatives.adjoint(lookup, owner, name, double[].class, double[].class),
        CompanionContract.Kind.ADJOINT, method, receiver);
    MethodHandle tangent = Receivers.bind(Derivatives.tangent(lookup, owner, name, double[].class, double[].class),
        CompanionContract.Kind.TANGENT, method, receiver);
    String label = owner.getSimpleName() + "." + name;
    return x -> m <= Checks.nonNull(x, "x").length
        ? Sweeps.rows(adjoint, x, m, receiver, label) : Sweeps.columns(tangent, x, m, receiver, label);
  }

  /**
   * {@link #of}, serialisable for distributed engines (Spark, Flink, Beam): it holds the method
   * by class, name and descriptor, and finds its companions again on first use after
   * deserialisation (the receiving JVM must run the agent too, or the class be transformed at
   * build time). The companions must be public, as the agent makes them.
   *
   * @throws IllegalStateException when a companion is missing here (see {@link Derivatives})
   */
  static Jacobian serializable(Class<?> owner, String name, int m) {
    MethodType primal = MethodType.methodType(void.class, double[].class, double[].class);
    return new SerializableJacobian(CompanionRef.of(owner, name, primal, CompanionContract.Kind.ADJOINT),
        CompanionRef.of(owner, name, primal, CompanionContract.Kind.TANGENT), null, m);
  }

  /**
   * {@link #of(MethodHandles.Lookup, Object, String, int)}, serialisable: the receiver travels with
   * it (so it must be {@link java.io.Serializable}), the companions are found again on first use
   * after deserialisation.
   *
   * @throws IllegalArgumentException when there is no such method or the receiver is not serialisable
   * @throws IllegalStateException when a companion is missing here (see {@link Derivatives})
   */
  static Jacobian serializable(Object receiver, String name, int m) {
    Method method = Receivers.method(receiver, name, double[].class, double[].class);
    Class<?>[] types = {double[].class, double[].class};
    Class<?> owner = method.getDeclaringClass();
    return new SerializableJacobian(CompanionRef.ofAny(owner, name, types, CompanionContract.Kind.ADJOINT),
        CompanionRef.ofAny(owner, name, types, CompanionContract.Kind.TANGENT), Receivers.serializable(receiver, method), m);
  }
}

/** {@link Jacobian#serializable}: the method by name, its companions found again after deserialisation. */
final class SerializableJacobian implements Jacobian, Serializable {
  private static final long serialVersionUID = 1L;

  private final CompanionRef adjoint;
  private final CompanionRef tangent;
  /** The receiver of an instance method (held fixed), null for a static one. */
  private final Object receiver;
  private final int m;
  /** The companions with the receiver bound, found again after deserialisation. */
  private transient volatile MethodHandle boundAdjoint, boundTangent;

  SerializableJacobian(CompanionRef adjoint, CompanionRef tangent, Object receiver, int m) {
    this.adjoint = adjoint;
    this.tangent = tangent;
    this.receiver = receiver;
    this.m = m;
  }

  @Override
  public double[][] at(double[] x) {
    if (m <= Checks.nonNull(x, "x").length) {
      MethodHandle h = boundAdjoint;
      if (h == null) boundAdjoint = h = adjoint.handle(receiver);
      return Sweeps.rows(h, x, m, receiver, adjoint.method());
    }
    MethodHandle h = boundTangent;
    if (h == null) boundTangent = h = tangent.handle(receiver);
    return Sweeps.columns(h, x, m, receiver, tangent.method());
  }
}
