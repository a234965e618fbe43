package dev.leibniz.corpus;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.function.Function;

/**
 * One corpus method: the class holding the copied code, its {@code @Differentiable} entry method,
 * the input points at which its derivatives are checked, and the status the corpus table expects.
 *
 * @param id a short unique name, {@code project/Class.method}
 * @param type the copied class (loaded untransformed; the harness transforms its bytes)
 * @param method the name of the entry method (the only {@code @Differentiable} method of {@code type})
 * @param receiver for an instance entry, makes the receiver from the transformed class; null for static
 * @param points the arguments at each check point, in the entry's parameter order (differentiable
 *     parameters as {@code Double}/{@code Float}/arrays; passive ones as they are)
 * @param expected the status recorded for this entry in the corpus table
 * @param reason for an expected refusal, what stops it (the blocker, in words)
 * @param alsoTransformed other classes the core runs on with the entry's (a user's marked callback
 *     implementation), loaded next to it
 */
record Entry(
    String id,
    Class<?> type,
    String method,
    Function<Class<?>, Object> receiver,
    List<Object[]> points,
    Status expected,
    String reason,
    List<Class<?>> alsoTransformed) {

  /** How an entry fares; the order is from best to worst. */
  enum Status {
    CORRECT,
    /**
     * Correct everywhere except at a point where the core warned that the derivative is undefined
     * by the code (an exact whole/half-number test that holds) and the companions return NaN for
     * the derivative in the tested value there, the others exact. Not correct: an honest NaN.
     */
    NAN_AT_POINT,
    REFUSED,
    WRONG
  }

  static Entry correct(String id, Class<?> type, String method, Object[]... points) {
    return new Entry(id, type, method, null, List.of(points), Status.CORRECT, "", List.of());
  }

  static Entry refused(String id, Class<?> type, String method, String reason, Object[]... points) {
    return new Entry(id, type, method, null, List.of(points), Status.REFUSED, reason, List.of());
  }

  /** An entry expected {@link Status#NAN_AT_POINT} at some of its points, with the reason. */
  static Entry nanAtPoint(String id, Class<?> type, String method, String reason, Object[]... points) {
    return new Entry(id, type, method, null, List.of(points), Status.NAN_AT_POINT, reason, List.of());
  }

  /**
   * An entry whose companions are known to be wrong, with the explanation: skipped rather than
   * failing, so that the corpus stays green while the lead decides (see the README).
   */
  static Entry knownWrong(String id, Class<?> type, String method, String reason, Object[]... points) {
    return new Entry(id, type, method, null, List.of(points), Status.WRONG, reason, List.of());
  }

  /** The same entry with an instance receiver made by {@code receiver}. */
  Entry on(Function<Class<?>, Object> receiver) {
    return new Entry(id, type, method, receiver, points, expected, reason, alsoTransformed);
  }

  /** The same entry with {@code classes} differentiated and loaded with it. */
  Entry with(Class<?>... classes) {
    return new Entry(id, type, method, receiver, points, expected, reason, List.of(classes));
  }

  static Object[] args(Object... a) {
    return a;
  }

  /** A passive argument that calls may change (objects with mutable fields): made afresh for each call. */
  record Fresh(java.util.function.Supplier<Object> make) {}

  static Fresh fresh(java.util.function.Supplier<Object> make) {
    return new Fresh(make);
  }

  /**
   * A passive argument made afresh for each call from the class as loaded with the entry (see {@link #with}) by
   * its no-argument constructor, then given to {@code init} (null: none) — for an object whose package-private
   * fields the transformed entry reads, which an instance of the class as the test loads it would not let it.
   */
  record InLoader(Class<?> type, java.util.function.Consumer<Object> init, Object[] constructorArgs, String factory) {}

  static InLoader inLoader(Class<?> type) {
    return new InLoader(type, null, new Object[0], null);
  }

  static InLoader inLoader(Class<?> type, java.util.function.Consumer<Object> init) {
    return new InLoader(type, init, new Object[0], null);
  }

  /**
   * As {@link #inLoader(Class)}, made by the constructor taking {@code args}: an argument of the entry's own class (jblas'
   * {@code ComplexDouble.muli(ComplexDouble c, ComplexDouble result)}), which has no constructor without arguments. An
   * argument that is itself an {@code InLoader} is made in the same loader first (gdx-ai's {@code SteeringAcceleration}
   * holding a {@code Vector2}).
   */
  static InLoader inLoaderOf(Class<?> type, Object... args) {
    return new InLoader(type, null, args, null);
  }

  /**
   * As {@link #inLoader(Class)}, made by the class's static method {@code factory} taking {@code args}: a value class whose
   * constructors are private (Commons Numbers' {@code Quaternion.of(w, x, y, z)}, {@code Angle.Rad.of(value)}).
   */
  static InLoader inLoaderBy(Class<?> type, String factory, Object... args) {
    return new InLoader(type, null, args, factory);
  }

  /** A receiver made by the static method {@code factory} of the transformed class that takes {@code args}. */
  static Function<Class<?>, Object> by(String factory, Object... args) {
    return c -> madeBy(c, factory, args);
  }

  /** The result of {@code c}'s static method {@code factory} of {@code args.length} parameters called with {@code args}. */
  static Object madeBy(Class<?> c, String factory, Object... args) {
    for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
      if (!m.getName().equals(factory) || m.getParameterCount() != args.length
          || !java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      try {
        m.setAccessible(true);
        return m.invoke(null, args);
      } catch (IllegalArgumentException wrongTypes) {
        // another overload of the same arity
      } catch (ReflectiveOperationException e) {
        throw new AssertionError("cannot call " + c.getName() + "." + factory, e);
      }
    }
    throw new AssertionError("no static " + factory + " of " + c.getName() + " takes " + args.length + " arguments");
  }

  /** A receiver made by the constructor of the transformed class that takes {@code args}. */
  static Function<Class<?>, Object> construct(Object... args) {
    return c -> {
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        if (k.getParameterCount() != args.length) continue;
        try {
          k.setAccessible(true);
          return k.newInstance(args);
        } catch (IllegalArgumentException wrongTypes) {
          // another constructor of the same arity
        } catch (ReflectiveOperationException e) {
          throw new AssertionError("cannot construct " + c.getName(), e);
        }
      }
      throw new AssertionError("no constructor of " + c.getName() + " takes " + args.length + " arguments");
    };
  }
}
