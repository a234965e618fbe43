package dev.leibniz;

import dev.leibniz.contract.CompanionContract;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
 * <p>For methods involving objects of classes annotated {@code @Differentiable} (README, "Objects"),
 * {@link #tangent} and {@link #adjoint} return the companions with the shadows in their types (the
 * receiver's shadow first for an instance method of such a class), and {@link #zeroShadow} makes the
 * shadows to pass.
 *
 * <p>The look-up fails with an {@link IllegalStateException} that says why when the companion is
 * missing (the agent is not running, the class was loaded before it, or the method could not be
 * differentiated; the agent's standard-error report has the details).
 */
public final class Derivatives {
  /** The suffix of forward-mode companions. */
  public static final String TANGENT_SUFFIX = CompanionContract.TANGENT_SUFFIX;

  /** The suffix of vector tangent companions (k directions per call). */
  public static final String TANGENTS_SUFFIX = CompanionContract.VECTOR_TANGENT_SUFFIX;

  /** The suffix of reverse-mode companions. */
  public static final String ADJOINT_SUFFIX = CompanionContract.ADJOINT_SUFFIX;

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
    String desc = CompanionContract.vectorTangentDescriptor(primal.toMethodDescriptorString());
    // every type in it is one of the method's, int, or an array of one of them
    java.util.Map<String, Class<?>> known = new java.util.HashMap<>();
    known.put("I", int.class);
    List<Class<?>> types = new ArrayList<>(primal.parameterList());
    types.add(primal.returnType());
    for (Class<?> c : types) {
      known.put(c.descriptorString(), c);
      if (c.isPrimitive() && c != void.class) {
        Class<?> array = java.lang.reflect.Array.newInstance(c, 0).getClass();
        known.put(array.descriptorString(), array);
      }
    }
    List<Class<?>> params = new ArrayList<>();
    for (String d : CompanionContract.parameterDescriptors(desc)) {
      params.add(known.get(d));
    }
    return MethodType.methodType(primal.returnType(), params);
  }


  /** The reverse-mode companion {@code name$adjoint} of {@code owner.name(parameterTypes)}. */
  public static MethodHandle adjoint(
      MethodHandles.Lookup lookup, Class<?> owner, String name, Class<?>... parameterTypes) {
    Method primal = primal(owner, name, parameterTypes);
    return find(lookup, owner, primal, name + ADJOINT_SUFFIX, adjointType(primal));
  }

  /**
   * {@link #tangent}, serialisable for distributed engines, for static and instance methods (the
   * handle takes the receiver first): see {@link SerializableCompanion}.
   *
   * @throws IllegalArgumentException when there is no such method
   * @throws IllegalStateException when the companion is missing here (see {@link #tangent})
   */
  public static SerializableCompanion serializableTangent(Class<?> owner, String name, Class<?>... parameterTypes) {
    return SerializableCompanion.of(CompanionContract.Kind.TANGENT, owner, name, parameterTypes);
  }

  /**
   * {@link #adjoint}, serialisable for distributed engines, for static and instance methods (the
   * handle takes the receiver first): see {@link SerializableCompanion}.
   *
   * @throws IllegalArgumentException when there is no such method
   * @throws IllegalStateException when the companion is missing here (see {@link #adjoint})
   */
  public static SerializableCompanion serializableAdjoint(Class<?> owner, String name, Class<?>... parameterTypes) {
    return SerializableCompanion.of(CompanionContract.Kind.ADJOINT, owner, name, parameterTypes);
  }

  /** The type of {@code m$tangent} for a method of type {@code primal}, per the contract. */
  public static MethodType tangentType(MethodType primal) {
    return companionType(CompanionContract.Kind.TANGENT, primal);
  }

  /**
   * A zero shadow of {@code primal} (README, "Objects"): an object of the same class, allocated
   * without running any of its constructors, whose {@code double}/{@code float} fields are zero and
   * whose differentiable array and object fields (arrays of them too) hold zero shadows of the
   * primal's, recursively, with the primal's aliasing (an object reached twice has one shadow).
   * Other fields (ints, strings, passive objects) are left at their defaults: companions never read
   * them. For a {@code double[]}, an array of zeros; for an array of objects, an array of their
   * shadows. Set the entries of a direction into it before calling a tangent companion.
   *
   * Classes nobody annotated (README, "Objects": the agent gives them shadows where the
   * differentiated code writes their fields) are treated alike when they are outside the JDK and
   * hold {@code double}/{@code float} values; one found in a field gets a shadow if it has non-final
   * such state or holds final arrays of them (copied for whichever companion writes them; see
   * {@link #zeroShadow(Object, Class)} to leave read-only data uncopied).
   *
   * @throws IllegalArgumentException for an object of a JDK class or of a class nobody annotated
   *     that holds no {@code double}/{@code float} value, and for records (their final fields can
   *     only be written by their constructor)
   */
  @SuppressWarnings("unchecked")
  public static <T> T zeroShadow(T primal) {
    return (T) new ZeroShadows().of(primal);
  }

  /**
   * {@link #zeroShadow(Object)} for the companions of {@code companionsOf}'s methods only: an object
   * found in a field whose only state is a final {@code double}/{@code float} array (a read-only
   * {@code Dataset}) is copied only when the agent found those companions writing it, so a model
   * holding a large training set costs no second copy. A shadow made this way may lack a holder that
   * a companion of another class writes (then that companion fails): pass it only to {@code
   * companionsOf}'s companions. {@code Gradient} and {@code Jacobian} on an instance make theirs so.
   */
  @SuppressWarnings("unchecked")
  public static <T> T zeroShadow(T primal, Class<?> companionsOf) {
    return (T) new ZeroShadows(companionsOf).of(primal);
  }

  /**
   * Zero shadows of several roots that may share parts (the receiver and a parameter holding the
   * same array): one identity map for all, so what is shared in the primal is shared in the shadows.
   */
  public static Object[] zeroShadows(Object... primals) {
    ZeroShadows z = new ZeroShadows();
    Object[] out = new Object[primals.length];
    for (int i = 0; i < out.length; i++) out[i] = z.of(primals[i]);
    return out;
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
    return companionType(CompanionContract.Kind.TANGENT, m);
  }

  /**
   * The type of companion {@code kind} of {@code m}, objects of {@code @Differentiable} classes
   * carrying shadows (README, "Objects"): the receiver's shadow first for an instance method of
   * such a class.
   */
  public static MethodType companionType(CompanionContract.Kind kind, Method m) {
    MethodType annotated = annotatedCompanionType(kind, m);
    if (declares(m.getDeclaringClass(), kind.companionName(m.getName()), annotated)) return annotated;
    MethodType unannotated = UnannotatedShadows.companionType(kind, m);
    return unannotated != null ? unannotated : annotated;
  }

  /** True when {@code c} declares a method {@code name} of type {@code type}. */
  static boolean declares(Class<?> c, String name, MethodType type) {
    for (Method d : c.getDeclaredMethods()) {
      if (d.getName().equals(name) && d.getReturnType() == type.returnType()
          && java.util.Arrays.equals(d.getParameterTypes(), type.parameterArray())) {
        return true;
      }
    }
    return false;
  }

  /** {@link #companionType(CompanionContract.Kind, Method)} when only annotated classes have shadows. */
  static MethodType annotatedCompanionType(CompanionContract.Kind kind, Method m) {
    return companionType(kind, m, Set.of(), null);
  }

  /**
   * The companion's type when objects of annotated classes and of the classes {@code unannotated}
   * (internal names) carry shadows, the receiver's shadow typed {@code receiverShadow} (null: by
   * the annotation).
   */
  static MethodType companionType(CompanionContract.Kind kind, Method m, Set<String> unannotated, Class<?> receiverShadow) {
    MethodType primal = MethodType.methodType(m.getReturnType(), m.getParameterTypes());
    Class<?> receiver = receiverShadow != null ? receiverShadow : receiverShadow(m);
    CompanionContract.Signature s = signature(kind, m, unannotated, receiver);
    List<Class<?>> params = new ArrayList<>();
    for (CompanionContract.Param p : s.params) {
      params.add(s.typeOf(p, primal.parameterList(), primal.returnType(), double[].class, receiver));
    }
    return MethodType.methodType(s.returnTypeOf(primal.returnType(), void.class), params);
  }

  /** The contract's signature of companion {@code kind} of {@code m}, with objects' and the receiver's shadows. */
  static CompanionContract.Signature signature(CompanionContract.Kind kind, Method m) {
    return signature(kind, m, Set.of(), receiverShadow(m));
  }

  private static CompanionContract.Signature signature(CompanionContract.Kind kind, Method m, Set<String> unannotated,
      Class<?> receiverShadow) {
    MethodType primal = MethodType.methodType(m.getReturnType(), m.getParameterTypes());
    Set<String> marked = new HashSet<>(unannotated);
    List<Class<?>> types = new ArrayList<>(primal.parameterList());
    types.add(primal.returnType());
    for (Class<?> c : types) {
      if (hasShadow(c)) {
        Class<?> e = c;
        while (e.isArray()) {
          e = e.getComponentType();
        }
        marked.add(e.getName().replace('.', '/'));
      }
    }
    return kind.of(primal.toMethodDescriptorString(), marked::contains,
        receiverShadow == null ? null : receiverShadow.getName().replace('.', '/'));
  }

  /** The class of the receiver's shadows in {@code m}'s companions, or null when they take none. */
  private static Class<?> receiverShadow(Method m) {
    return !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass().isAnnotationPresent(Differentiable.class)
        ? shadowRoot(m.getDeclaringClass()) : null;
  }


  /**
   * The type of the receiver's shadow in the companions of an instance method of {@code c}: the
   * highest superclass that declares {@code @Differentiable}, so that overrides' companions
   * override (README, "Objects").
   */
  private static Class<?> shadowRoot(Class<?> c) {
    Class<?> root = c;
    for (Class<?> k = c; k != null; k = k.getSuperclass()) {
      if (k.getDeclaredAnnotation(Differentiable.class) != null) root = k;
    }
    return root;
  }

  /**
   * True for a type whose values carry derivatives in shadows: a class annotated
   * {@code @Differentiable}, or an array of such (README, "Objects").
   */
  public static boolean hasShadow(Class<?> type) {
    Class<?> t = type;
    while (t.isArray()) {
      t = t.getComponentType();
    }
    return !t.isPrimitive() && t.isAnnotationPresent(Differentiable.class);
  }

  private static MethodType adjointType(Method m) {
    return companionType(CompanionContract.Kind.ADJOINT, m);
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
    GradientCheck.of(lookup, method, receiver).check(20251201L, false, GradientCheck.DIRECTIONS, arguments);
  }

  /**
   * The same check on companions given as handles (hand-written rules, or companions reached
   * another way), any receiver already bound: {@code primal} of the method's type, {@code tangent}
   * and {@code adjoint} of the contract's types for it; either companion may be null (the
   * adjoint alone is checked against finite differences through {@code <J^T w, v>}). {@code name}
   * names the method in messages. With {@code oneSidedAtKinks}, a tangent that disagrees with
   * central differences but agrees with a one-sided difference passes (the point is a kink such as
   * {@code abs} at 0, where the rules take one side): the agent's run-time check ({@code check=})
   * meets such points, a test choosing its own points should not. {@code floatPrecision} applies
   * {@code float} tolerances to a method whose types are {@code double} but which computes in
   * {@code float} inside (they apply anyway when a parameter or the result is a {@code float}).
   * {@code seed} picks the directions.
   *
   * @throws AssertionError at the first disagreement, naming the method, the point and the values
   * @throws IllegalArgumentException when the method has no differentiable input or its value is
   *     not finite at the point
   */
  public static void check(String name, MethodHandle primal, MethodHandle tangent, MethodHandle adjoint,
      boolean oneSidedAtKinks, boolean floatPrecision, long seed, Object... arguments) {
    GradientCheck.of(name, primal, tangent, adjoint, floatPrecision, false)
        .check(seed, oneSidedAtKinks, GradientCheck.DIRECTIONS, arguments);
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
