package dev.leibniz;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Builds zero shadows (README, "Objects"): a copy of an object graph's structure in which every
 * differentiable value is zero. Objects are allocated without running any constructor of theirs
 * (a constructor may validate or normalise: it must never see tangents), then their differentiable
 * fields are set, final ones included. Aliasing is kept: an object or array reached twice in the
 * primal has one shadow, reached twice. One instance is one identity map: use one for all the
 * roots of one call so that shared parts stay shared.
 */
final class ZeroShadows {
  private final Map<Object, Object> made = new IdentityHashMap<>();

  Object of(Object primal) {
    return of(primal, true);
  }

  /**
   * {@code explicit}: {@code primal} is a root the caller asked a shadow of (or an element of one
   * of its arrays), not an object found in a field: see {@link #carries(Class, boolean)}.
   */
  private Object of(Object primal, boolean explicit) {
    if (primal == null) return null;
    Object done = made.get(primal);
    if (done != null) return done;
    Class<?> c = primal.getClass();
    if (c.isArray()) return array(primal, c, explicit);
    if (!mayHaveShadow(c)) {
      throw new IllegalArgumentException("leibniz: " + c.getName() + " has no shadow: only objects of classes annotated"
          + " @Differentiable, of classes outside the JDK holding double/float values (whose fields the differentiated"
          + " code writes), and double/float arrays and arrays of such objects have shadows; pass null where its shadow"
          + " is asked for if it carries no derivative");
    }
    if (c.isRecord()) {
      throw new IllegalArgumentException("leibniz: " + c.getName() + " is a record: its fields are final and the JVM lets"
          + " only its constructor write them, and a shadow is never made by running a constructor; use a class with"
          + " non-final differentiable fields");
    }
    Object s = allocate(c);
    made.put(primal, s);
    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
      for (Field f : k.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive() || !mayCarry(f.getType())) continue;
        try {
          f.setAccessible(true);
          Object value = f.get(primal);
          if (value != null && !carries(value.getClass(), false)) continue; // passive data: its shadow is never read
          f.set(s, of(value, false));
        } catch (ReflectiveOperationException | RuntimeException e) {
          throw new IllegalStateException("leibniz: cannot fill the shadow's field " + f + ": " + e, e);
        }
      }
    }
    return s;
  }

  private Object array(Object primal, Class<?> c, boolean explicit) {
    int n = Array.getLength(primal);
    Class<?> component = c.getComponentType();
    Object s = Array.newInstance(component, n);
    made.put(primal, s);
    if (!component.isPrimitive()) {
      for (int i = 0; i < n; i++) {
        Object e = Array.get(primal, i);
        if (e == null || carries(e.getClass(), explicit)) Array.set(s, i, of(e, explicit));
      }
    }
    return s;
  }

  /**
   * Whether a value of runtime class {@code t} found in the graph gets a shadow. Differentiable
   * arrays and annotated classes do. A class nobody annotated does when it holds {@code double}/
   * {@code float} values ({@link #mayHaveShadow}) and either the caller asked for it ({@code
   * explicit}) or, found in a field, it holds state a method may write: a non-final field holding
   * such values (a {@code Body}'s {@code vx}) or a {@code double}/{@code float} array, final or
   * not (a matrix's {@code double[] data}, a work buffer whose only state is a {@code final
   * double[]}: the agent gives it a shadow when the code writes its elements, and a companion
   * reaching it through a field of the shadow needs it there). Only a class whose values are all
   * in final scalar fields gets none (the JVM lets no method write them). So data kept in array
   * fields of a class nobody annotated (a {@code Dataset}) gets zero arrays of its sizes, never
   * read where the agent keeps it passive.
   */
  private static boolean carries(Class<?> t, boolean explicit) {
    Class<?> e = t;
    while (e.isArray()) e = e.getComponentType();
    if (e == double.class || e == float.class || e.isAnnotationPresent(Differentiable.class)) return true;
    if (e.isPrimitive() || !mayHaveShadow(e)) return false;
    return explicit || holdsMutableValues(e);
  }

  private static boolean holdsMutableValues(Class<?> c) {
    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
      for (Field f : k.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())) continue;
        Class<?> e = f.getType();
        while (e.isArray()) e = e.getComponentType();
        boolean elementsWritable = f.getType().isArray(); // a final field's array still has writable elements
        if ((e == double.class || e == float.class) && (elementsWritable || !Modifier.isFinal(f.getModifiers()))) return true;
      }
    }
    return false;
  }

  /**
   * A reference type whose values may have shadows: differentiable arrays, annotated classes,
   * classes outside the JDK holding {@code double}/{@code float} values (see {@link #mayHaveShadow}),
   * arrays of them.
   */
  static boolean carries(Class<?> t) {
    Class<?> e = t;
    while (e.isArray()) e = e.getComponentType();
    return e == double.class || e == float.class || (!e.isPrimitive() && mayHaveShadow(e));
  }

  /** A declared field type that may hold such values: any reference type outside the JDK, and {@code Object}. */
  private static boolean mayCarry(Class<?> t) {
    Class<?> e = t;
    while (e.isArray()) e = e.getComponentType();
    return e == double.class || e == float.class || e == Object.class || (!e.isPrimitive() && !isJdk(e));
  }

  /**
   * True for a class whose objects may have shadows: annotated {@code @Differentiable} (or a
   * subclass), or — since the agent also gives shadows to classes nobody annotated whose fields the
   * differentiated code writes (README, "Objects"), a decision it takes from code this method cannot
   * see — any class outside the JDK with a {@code double}/{@code float} value in its instance fields,
   * directly, in arrays, or in objects of such classes. A superset of the agent's decision: a shadow
   * made for a class the agent keeps passive is never read.
   */
  static boolean mayHaveShadow(Class<?> c) {
    return c.isAnnotationPresent(Differentiable.class) || holdsValues(c, new java.util.HashSet<>());
  }

  private static boolean holdsValues(Class<?> c, java.util.Set<Class<?>> seen) {
    if (c.isPrimitive() || c.isRecord() || isJdk(c) || !seen.add(c)) return false; // a record's shadow would need its constructor
    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
      for (Field f : k.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())) continue;
        Class<?> e = f.getType();
        while (e.isArray()) e = e.getComponentType();
        if (e == double.class || e == float.class || e.isAnnotationPresent(Differentiable.class) || holdsValues(e, seen)) return true;
      }
    }
    return false;
  }

  /** The JDK's classes, whose code the agent never reads (as the core's {@code ClassLibrary.isJdk}). */
  static boolean isJdk(Class<?> c) {
    String n = c.getName();
    return n.startsWith("java.") || n.startsWith("javax.") || n.startsWith("jdk.") || n.startsWith("sun.") || n.startsWith("com.sun.");
  }

  /**
   * An instance of {@code c} whose own constructors did not run: only {@code Object()} runs, as in
   * deserialisation (the JDK's {@code sun.reflect.ReflectionFactory}, module {@code jdk.unsupported}).
   */
  private static Object allocate(Class<?> c) {
    try {
      Class<?> rf = Class.forName("sun.reflect.ReflectionFactory");
      Object factory = rf.getMethod("getReflectionFactory").invoke(null);
      Constructor<?> ctor = (Constructor<?>) rf.getMethod("newConstructorForSerialization", Class.class, Constructor.class)
          .invoke(factory, c, Object.class.getDeclaredConstructor());
      return ctor.newInstance();
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("leibniz: cannot allocate a shadow of " + c.getName()
          + " without running its constructor (module jdk.unsupported is needed): " + e, e);
    }
  }
}
