package dev.leibniz;

import dev.leibniz.contract.CompanionContract;
import java.io.Serializable;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The Jacobian of a {@code @Differentiable static void f(double[] x, double[] r)} that writes its
 * {@code m} results into {@code r}: by rows (one {@code f$adjoint} sweep per result) or by columns
 * (one {@code f$tangent} sweep per input); {@link #of} takes whichever needs fewer sweeps.
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

  /** Row {@code i} from one adjoint sweep seeded with the unit vector {@code e_i} on {@code r}. */
  static Jacobian byRows(MethodHandles.Lookup lookup, Class<?> owner, String name, int m) {
    MethodHandle adjoint = Derivatives.adjoint(lookup, owner, name, double[].class, double[].class);
    return x -> Sweeps.rows(adjoint, x, m);
  }

  /** Column {@code k} from one tangent sweep in the direction of the unit vector {@code e_k}. */
  static Jacobian byColumns(MethodHandles.Lookup lookup, Class<?> owner, String name, int m) {
    MethodHandle tangent = Derivatives.tangent(lookup, owner, name, double[].class, double[].class);
    return x -> Sweeps.columns(tangent, x, m);
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
        CompanionRef.of(owner, name, primal, CompanionContract.Kind.TANGENT), m);
  }
}

/** {@link Jacobian#serializable}: the method by name, its companions found again after deserialisation. */
final class SerializableJacobian implements Jacobian, Serializable {
  private static final long serialVersionUID = 1L;

  private final CompanionRef adjoint;
  private final CompanionRef tangent;
  private final int m;

  SerializableJacobian(CompanionRef adjoint, CompanionRef tangent, int m) {
    this.adjoint = adjoint;
    this.tangent = tangent;
    this.m = m;
  }

  @Override
  public double[][] at(double[] x) {
    return m <= Checks.nonNull(x, "x").length ? Sweeps.rows(adjoint.handle(), x, m) : Sweeps.columns(tangent.handle(), x, m);
  }
}
