package dev.leibniz;

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
 * <p>The look-up fails with an {@link IllegalStateException} that says why when the companion is
 * missing (the agent is not running, the class was loaded before it, or the method could not be
 * differentiated; the agent's standard-error report has the details).
 */
public final class Derivatives {
  /** The suffix of forward-mode companions. */
  public static final String TANGENT_SUFFIX = "$tangent";

  /** The suffix of vector tangent companions (k directions per call). */
  public static final String TANGENTS_SUFFIX = "$tangents";

  /** The suffix of reverse-mode companions. */
  public static final String ADJOINT_SUFFIX = "$adjoint";

  private Derivatives() {}

  /** The forward-mode companion {@code name$tangent} of {@code owner.name(parameterTypes)}. */
  public static MethodHandle tangent(
      MethodHandles.Lookup lookup, Class<?> owner, String name, Class<?>... parameterTypes) {
    Method primal = primal(owner, name, parameterTypes);
    return find(lookup, owner, primal, name + TANGENT_SUFFIX, tangentType(primal));
  }

  /**
   * The vector tangent companion {@code name$tangents} (methods marked {@code
   * @Differentiable(tangents = true)}): k directions in one call, sharing the primal work. Its type
   * is {@link #tangentsType}: each differentiable parameter followed by its tangents — a {@code
   * double} by a {@code double[]} of k entries, a {@code double[]} x by a {@code double[]} of
   * {@code x.length·k} entries, direction d of element i at {@code [i·k + d]} — then {@code int k},
   * then, for a {@code double} result, a {@code double[]} receiving its k tangents (or null); it
   * returns the primal result. A null tangent array means a passive parameter.
   *
   * <pre>{@code
   * // static double f(double[] x): the gradient's projections on k directions in one call
   * MethodHandle fs = Derivatives.tangents(lookup, Model.class, "f", double[].class);
   * double y = (double) fs.invokeExact(x, dx, k, dy);   // dx.length == x.length * k, dy.length == k
   * }</pre>
   */
  public static MethodHandle tangents(
      MethodHandles.Lookup lookup, Class<?> owner, String name, Class<?>... parameterTypes) {
    Method primal = primal(owner, name, parameterTypes);
    return find(lookup, owner, primal, name + TANGENTS_SUFFIX,
        tangentsType(MethodType.methodType(primal.getReturnType(), primal.getParameterTypes())));
  }

  /** The type of {@code m$tangents} for a method of type {@code primal}, per the contract. */
  public static MethodType tangentsType(MethodType primal) {
    List<Class<?>> params = new ArrayList<>();
    for (Class<?> p : primal.parameterList()) {
      params.add(p);
      if (isDifferentiable(p)) {
        params.add(p.isArray() ? p : java.lang.reflect.Array.newInstance(p, 0).getClass());
      }
    }
    params.add(int.class);
    Class<?> r = primal.returnType();
    if (isDifferentiable(r) && !r.isArray()) {
      params.add(java.lang.reflect.Array.newInstance(r, 0).getClass());
    }
    return MethodType.methodType(r, params);
  }

  /** The reverse-mode companion {@code name$adjoint} of {@code owner.name(parameterTypes)}. */
  public static MethodHandle adjoint(
      MethodHandles.Lookup lookup, Class<?> owner, String name, Class<?>... parameterTypes) {
    Method primal = primal(owner, name, parameterTypes);
    return find(lookup, owner, primal, name + ADJOINT_SUFFIX, adjointType(primal));
  }

  /** The type of {@code m$tangent} for a method of type {@code primal}, per the contract. */
  public static MethodType tangentType(MethodType primal) {
    List<Class<?>> params = new ArrayList<>();
    for (Class<?> p : primal.parameterList()) {
      params.add(p);
      if (isDifferentiable(p)) {
        params.add(p);
      }
    }
    Class<?> r = primal.returnType();
    return MethodType.methodType(isDifferentiable(r) ? r : void.class, params);
  }

  /** The type of {@code m$adjoint} for a method of type {@code primal}, per the contract. */
  public static MethodType adjointType(MethodType primal) {
    List<Class<?>> params = new ArrayList<>();
    boolean scalars = false;
    for (Class<?> p : primal.parameterList()) {
      params.add(p);
      if (isDifferentiable(p)) {
        if (p.isArray()) {
          params.add(p);
        } else {
          scalars = true;
        }
      }
    }
    Class<?> r = primal.returnType();
    if (isDifferentiable(r)) {
      params.add(r);
    }
    if (scalars) {
      params.add(double[].class);
    }
    return MethodType.methodType(r, params);
  }

  /** True for {@code double}, {@code float} and arrays of them, of any rank. */
  public static boolean isDifferentiable(Class<?> type) {
    Class<?> t = type;
    while (t.isArray()) {
      t = t.getComponentType();
    }
    return t == double.class || t == float.class;
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
