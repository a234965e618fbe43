package dev.leibniz;

import dev.leibniz.contract.CompanionContract;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Looks up the second-order companion {@code m$adjoint$tangent} that the Leibniz agent generates
 * for a method marked {@code @Differentiable(order = 2)}: the tangent companion of {@code
 * m$adjoint} (forward over reverse), whose adjoint arrays' tangents receive Hessian-vector
 * products. {@link Hessian} wraps it for the common case of one array of unknowns.
 *
 * <pre>{@code
 * @Differentiable(order = 2) static double f(double[] x)
 * // generated: static double f$adjoint$tangent(double[] x, double[] v, double[] grad, double[] hv, double seed, double seedDot)
 * MethodHandle hvp = Hessians.adjointTangent(MethodHandles.lookup(), Model.class, "f", double[].class);
 * double slope = (double) hvp.invokeExact(x, v, grad, hv, 1.0, 0.0);   // grad += ∇f, hv += H v, slope = ∇f·v
 * }</pre>
 */
public final class Hessians {
  /** The suffix of second-order companions, after the adjoint's name. */
  public static final String ADJOINT_TANGENT_SUFFIX = CompanionContract.ADJOINT_TANGENT_SUFFIX;

  private Hessians() {}

  /** The second-order companion {@code name$adjoint$tangent} of {@code owner.name(parameterTypes)}. */
  public static MethodHandle adjointTangent(
      MethodHandles.Lookup lookup, Class<?> owner, String name, Class<?>... parameterTypes) {
    Method primal;
    try {
      primal = owner.getDeclaredMethod(name, parameterTypes);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException("no method " + owner.getName() + "." + name, e);
    }
    MethodType type = Derivatives.companionType(CompanionContract.Kind.ADJOINT_TANGENT, primal); // objects' shadows included
    String companion = name + ADJOINT_TANGENT_SUFFIX;
    try {
      return Modifier.isStatic(primal.getModifiers())
          ? lookup.findStatic(owner, companion, type)
          : lookup.findVirtual(owner, companion, type);
    } catch (NoSuchMethodException e) {
      Differentiable mark = primal.getAnnotation(Differentiable.class);
      String why = mark == null ? name + " is not @Differentiable(order = 2)"
          : mark.order() < 2 ? name + " is marked @Differentiable without order = 2"
          : "is the JVM running with -javaagent:leibniz-agent.jar, was " + owner.getName()
              + " loaded after the agent started, and did the agent report a problem with " + name + " on standard error?";
      throw new IllegalStateException(owner.getName() + "." + companion + type + " does not exist: " + why, e);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot access " + owner.getName() + "." + companion, e);
    }
  }

  /**
   * {@link #adjointTangent}, serialisable for distributed engines, for static and instance methods
   * (the handle takes the receiver first): see {@link SerializableCompanion}.
   *
   * @throws IllegalArgumentException when there is no such method
   * @throws IllegalStateException when the companion is missing here
   */
  public static SerializableCompanion serializableAdjointTangent(Class<?> owner, String name, Class<?>... parameterTypes) {
    return SerializableCompanion.of(CompanionContract.Kind.ADJOINT_TANGENT, owner, name, parameterTypes);
  }

  /** The type of {@code m$adjoint$tangent}: the tangent type of the adjoint type (the contract applied twice). */
  public static MethodType adjointTangentType(MethodType primal) {
    return Derivatives.companionType(CompanionContract.Kind.ADJOINT_TANGENT, primal);
  }
}
