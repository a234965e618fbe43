package dev.leibniz;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import dev.leibniz.contract.CompanionContract;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

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
  /**
   * The classes nobody annotated that the transformed classes met so far give shadows (read from
   * their {@link CompanionContract#SHADOW_CLASSES_METHOD}); null while no transformed class was met.
   */
  private Set<String> agentShadows;
  private final Set<Class<?>> read = new HashSet<>();
  /**
   * Whether {@link #agentShadows} holds the decision of the class whose companions the shadow is for
   * ({@link #ZeroShadows(Class)}): only then may a holder it does not list go uncopied.
   */
  private boolean knowsCompanions;

  /** Shadows for any companion: every holder of {@code double}/{@code float} values is copied. */
  ZeroShadows() {}

  /**
   * Shadows for the companions of {@code companionsOf}'s methods: a holder found in a field whose
   * only state is a final {@code double}/{@code float} array is copied only when those companions
   * (or the transformed classes met in the graph) write it.
   */
  ZeroShadows(Class<?> companionsOf) {
    learn(companionsOf);
    knowsCompanions = agentShadows != null;
  }

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
    learn(c);
    if (c.isRecord()) return record(primal, c);
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

  /** Stands for a record whose shadow is being made (its components reach it again: a cycle). */
  private static final Object UNDER_CONSTRUCTION = new Object();

  /**
   * The zero shadow of a record: no method may write a record's fields (final, and reflection
   * refuses them), so it is made by its canonical constructor — given zeros and the zero shadows
   * of its components, never tangents — and then checked: a constructor that copies an array or
   * changes a value (a compact constructor normalising) would break the shadow's structure, so it
   * is refused, as is a record its own components reach. Passive components get the primal's
   * values (a constructor may validate them; a shadow's passive fields are never read).
   */
  private Object record(Object primal, Class<?> c) {
    java.lang.reflect.RecordComponent[] rc = c.getRecordComponents();
    Class<?>[] types = new Class<?>[rc.length];
    Object[] args = new Object[rc.length];
    boolean[] shadowed = new boolean[rc.length];
    made.put(primal, UNDER_CONSTRUCTION);
    try {
      for (int k = 0; k < rc.length; k++) {
        types[k] = rc[k].getType();
        java.lang.reflect.Method accessor = rc[k].getAccessor();
        accessor.setAccessible(true);
        Object value = accessor.invoke(primal);
        if (types[k] == double.class) args[k] = 0.0;
        else if (types[k] == float.class) args[k] = 0f;
        else if (!types[k].isPrimitive() && mayCarry(types[k]) && value != null && carries(value.getClass(), false)) {
          args[k] = of(value, false);
          if (args[k] == UNDER_CONSTRUCTION) {
            throw new IllegalArgumentException("leibniz: record " + c.getName() + " is reached again from its component "
                + rc[k].getName() + ": a record's shadow is made by its constructor, after its components'");
          }
          shadowed[k] = true;
        } else args[k] = value;
      }
      Constructor<?> canonical = c.getDeclaredConstructor(types);
      canonical.setAccessible(true);
      Object s = canonical.newInstance(args);
      for (int k = 0; k < rc.length; k++) {
        Object back = rc[k].getAccessor().invoke(s);
        boolean kept = shadowed[k] ? back == args[k] : !(types[k] == double.class || types[k] == float.class)
            || ((Number) back).doubleValue() == 0;
        if (!kept) {
          throw new IllegalArgumentException("leibniz: the canonical constructor of record " + c.getName() + " changes its"
              + " component " + rc[k].getName() + " (it copies or normalises it), so a shadow of it cannot be made (a shadow"
              + " is the same structure with zeros); use a class with non-final differentiable fields");
        }
      }
      made.put(primal, s);
      return s;
    } catch (ReflectiveOperationException e) {
      made.remove(primal);
      throw new IllegalStateException("leibniz: cannot make the shadow of record " + c.getName() + ": " + e
          + (e.getCause() != null ? " (its constructor threw " + e.getCause() + " on zeros)" : ""), e);
    } catch (RuntimeException e) {
      made.remove(primal);
      throw e;
    }
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
   * such values (a {@code Body}'s {@code vx}, a matrix's {@code double[] data}), or a final {@code
   * double}/{@code float} array whose elements the companions write (a work buffer whose only state
   * is a {@code final double[]}: a companion reaching it through a field of the shadow needs it
   * there). Which of the latter the companions write is the agent's decision ({@code ShadowClasses}),
   * per transformed class, so it is used only when the class whose companions will take the shadow
   * is known ({@link #ZeroShadows(Class)}: {@code Gradient} on an instance, {@code
   * Derivatives.zeroShadow(primal, companionsOf)}): then a read-only data holder (a {@code Dataset})
   * gets no copy, so a model holding a large training set costs no second one per call. Otherwise
   * every such holder is copied: a companion of another class (a static method elsewhere taking the
   * model) may write a holder the model's own companions only read (a copy nobody writes is never
   * read). A class whose values are all in final scalar fields (WorldWind's {@code Angle} in a {@code
   * LatLon}) is no different: no method writes them, but the companions read the derivatives of
   * the values through its shadow (a tangent's seed, an adjoint's accumulation), so a null one was
   * a NullPointerException in the companion; it too is left out only where the companions' class is
   * known and does not list it.
   */
  private boolean carries(Class<?> t, boolean explicit) {
    Class<?> e = t;
    while (e.isArray()) e = e.getComponentType();
    if (e == double.class || e == float.class || e.isAnnotationPresent(Differentiable.class)) return true;
    if (e.isPrimitive() || !mayHaveShadow(e)) return false;
    if (explicit || holdsMutableValues(e)) return true;
    return !knowsCompanions || givenShadows(e);
  }

  /** Whether {@code c} has a non-final {@code double}/{@code float} field or array field (state a method may write). */
  private static boolean holdsMutableValues(Class<?> c) {
    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
      for (Field f : k.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) || Modifier.isFinal(f.getModifiers())) continue;
        Class<?> e = f.getType();
        while (e.isArray()) e = e.getComponentType();
        if (e == double.class || e == float.class) return true;
      }
    }
    return false;
  }

  /** Whether the transformed classes met list {@code c} or a superclass of it (the class declaring the written field is listed). */
  private boolean givenShadows(Class<?> c) {
    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
      if (agentShadows.contains(k.getName())) return true;
    }
    return false;
  }

  /**
   * Reads the agent's decision from {@code c} and its superclasses when transformed: the classes
   * nobody annotated their companions give shadows. A class the agent did not transform (no agent,
   * no marked method, or refused) has no such method and teaches nothing.
   */
  private void learn(Class<?> c) {
    for (Class<?> k = c; k != null && k != Object.class && read.add(k); k = k.getSuperclass()) {
      try {
        Method m = k.getDeclaredMethod(CompanionContract.SHADOW_CLASSES_METHOD);
        if (!Modifier.isStatic(m.getModifiers()) || m.getReturnType() != String.class) continue;
        m.setAccessible(true);
        String names = (String) m.invoke(null);
        if (agentShadows == null) agentShadows = new HashSet<>();
        if (!names.isEmpty()) agentShadows.addAll(java.util.List.of(names.split(",")));
      } catch (NoSuchMethodException e) {
        // not transformed
      } catch (ReflectiveOperationException | RuntimeException e) {
        // unreadable (a module that does not open the class): decide as without the agent's answer
      }
    }
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
    if (c.isPrimitive() || isJdk(c) || !seen.add(c)) return false; // a record's is made by its constructor, on zeros (record)
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
