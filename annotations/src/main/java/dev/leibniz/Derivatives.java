package dev.leibniz;

import dev.leibniz.contract.CompanionContract;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks up the companions that the Leibniz agent generated for a {@link Differentiable} method and
 * hands them back as {@link MethodHandle}s.
 *
 * <pre>{@code
 * MethodHandle df = Derivatives.tangent(MethodHandles.lookup(), Model.class, "f", double.class, double.class);
 * double slope = (double) df.invokeExact(x, 1.0, y, 0.0);
 * }</pre>
 *
 * <p>For calls written in Java source, the typed facade that the annotation processor generates
 * ({@code ModelDerivatives.fTangent(x, 1.0, y, 0.0)}, see {@link Differentiable}) is simpler and as
 * fast; these handles are for code that chooses the method at run time.
 *
 * <p>The look-up fails with an {@link IllegalStateException} that says why when the companion is
 * missing (the agent is not running, the class was loaded before it, or the method could not be
 * differentiated; the agent's standard-error report has the details).
 */
public final class Derivatives {
  /** The suffix of forward-mode companions. */
  public static final String TANGENT_SUFFIX = CompanionContract.TANGENT_SUFFIX;

  /** The suffix of reverse-mode companions. */
  public static final String ADJOINT_SUFFIX = CompanionContract.ADJOINT_SUFFIX;

  private Derivatives() {}

  /** The forward-mode companion {@code name$tangent} of {@code owner.name(parameterTypes)}. */
  public static MethodHandle tangent(
      MethodHandles.Lookup lookup, Class<?> owner, String name, Class<?>... parameterTypes) {
    Method primal = primal(owner, name, parameterTypes);
    return find(lookup, owner, primal, name + TANGENT_SUFFIX, tangentType(primal));
  }

  /** The reverse-mode companion {@code name$adjoint} of {@code owner.name(parameterTypes)}. */
  public static MethodHandle adjoint(
      MethodHandles.Lookup lookup, Class<?> owner, String name, Class<?>... parameterTypes) {
    Method primal = primal(owner, name, parameterTypes);
    return find(lookup, owner, primal, name + ADJOINT_SUFFIX, adjointType(primal));
  }

  /** The type of {@code m$tangent} for a method of type {@code primal}, per the contract. */
  public static MethodType tangentType(MethodType primal) {
    return companionType(CompanionContract.Kind.TANGENT, primal);
  }

  /** The type of {@code m$adjoint} for a method of type {@code primal}, per the contract. */
  public static MethodType adjointType(MethodType primal) {
    return companionType(CompanionContract.Kind.ADJOINT, primal);
  }

  /** The type of companion {@code kind} for a method of type {@code primal}, per {@link CompanionContract}. */
  public static MethodType companionType(CompanionContract.Kind kind, MethodType primal) {
    CompanionContract.Signature s = kind.of(primal.toMethodDescriptorString());
    List<Class<?>> params = new ArrayList<>();
    for (CompanionContract.Param p : s.params) {
      params.add(s.typeOf(p, primal.parameterList(), primal.returnType(), double[].class));
    }
    return MethodType.methodType(s.returnTypeOf(primal.returnType(), void.class), params);
  }

  /** True for {@code double}, {@code float} and arrays of them, of any rank. */
  public static boolean isDifferentiable(Class<?> type) {
    return CompanionContract.isDifferentiable(type.descriptorString());
  }

  private static MethodType tangentType(Method m) {
    return tangentType(MethodType.methodType(m.getReturnType(), m.getParameterTypes()));
  }

  private static MethodType adjointType(Method m) {
    return adjointType(MethodType.methodType(m.getReturnType(), m.getParameterTypes()));
  }

  private static Method primal(Class<?> owner, String name, Class<?>... parameterTypes) {
    try {
      return owner.getDeclaredMethod(name, parameterTypes);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException("no method " + owner.getName() + "." + name, e);
    }
  }

  private static MethodHandle find(
      MethodHandles.Lookup lookup, Class<?> owner, Method primal, String name, MethodType type) {
    try {
      if (Modifier.isStatic(primal.getModifiers())) {
        return lookup.findStatic(owner, name, type);
      }
      return lookup.findVirtual(owner, name, type);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(
          owner.getName()
              + "."
              + name
              + type
              + " does not exist: is the JVM running with -javaagent:leibniz-agent.jar, was "
              + owner.getName()
              + " loaded after the agent started, and did the agent report a problem with "
              + primal.getName()
              + " on standard error?",
          e);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot access " + owner.getName() + "." + name, e);
    }
  }

  // ------------------------------------------------------------------ self-check (like JAX's check_grads)

  /**
   * Checks the companions of the static method {@code owner.name} at the point {@code arguments}
   * (one per parameter, boxed; the method is the one of that name with as many parameters, which
   * must be unique): the tangent along three random directions against central finite differences
   * with step control, and the adjoint against the tangent by the dot-product test. For use in the
   * user's own tests, with the agent running.
   *
   * <pre>{@code
   * Derivatives.check(MethodHandles.lookup(), Model.class, "loss", new double[] {1, 2}, data, 3);
   * }</pre>
   *
   * @throws AssertionError naming the method, the point, the direction and both values when a
   *     companion disagrees
   * @throws IllegalStateException when a companion is missing (see {@link #tangent}) or throws
   * @throws IllegalArgumentException when the method has no differentiable input or its value is
   *     not finite at the point
   */
  public static void check(MethodHandles.Lookup lookup, Class<?> owner, String name, Object... arguments) {
    check(lookup, uniqueMethod(owner, name, arguments.length), null, arguments);
  }

  /** {@link #check(MethodHandles.Lookup, Class, String, Object...)} for any method, with its receiver (null if static). */
  public static void check(MethodHandles.Lookup lookup, Method method, Object receiver, Object... arguments) {
    new GradientCheck(lookup, method, receiver, arguments).run(20251201L);
  }

  private static Method uniqueMethod(Class<?> owner, String name, int arity) {
    Method found = null;
    for (Method m : owner.getDeclaredMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == arity && !m.isSynthetic()) {
        if (found != null) {
          throw new IllegalArgumentException(owner.getName() + "." + name + " is overloaded with " + arity
              + " parameters; pass the Method to check(lookup, method, receiver, arguments...)");
        }
        found = m;
      }
    }
    if (found == null) {
      throw new IllegalArgumentException("no method " + owner.getName() + "." + name + " with " + arity + " parameters");
    }
    return found;
  }
}
