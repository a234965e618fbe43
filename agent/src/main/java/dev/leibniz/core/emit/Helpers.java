package dev.leibniz.core.emit;

import java.lang.ref.SoftReference;
import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.lang.reflect.Array;
import java.util.Arrays;

/**
 * Templates of the private static helpers that generated code calls. They are not called from
 * here: {@link HelperCopier} copies the ones a class needs into it, renamed {@code leibniz$name},
 * so that generated code references only {@code java.base}. Keep them small (the JIT inlines
 * them) and free of any state.
 */
final class Helpers {
  private Helpers() {}

  /** A zero array shaped like {@code a} (rows too), or null for null: the shadow of a passive array. */
  static Object zeros(Object a) {
    if (a == null) {
      return null;
    }
    if (a instanceof double[]) {
      return new double[((double[]) a).length];
    }
    if (a instanceof float[]) {
      return new float[((float[]) a).length];
    }
    Object[] rows = (Object[]) a;
    Object[] z = (Object[]) Array.newInstance(rows.getClass().getComponentType(), rows.length);
    for (int i = 0; i < rows.length; i++) {
      z[i] = zeros(rows[i]);
    }
    return z;
  }

  /**
   * Sets every floating element of the rows of {@code a} to 0 (rows of rows too): the shadow of a {@code new double[m][n]}
   * a blank constructor made for its object (core.objects.BlankCode), whose elements the constructor may have set.
   */
  static void zeroRows(Object[] a) {
    for (Object row : a) {
      if (row instanceof double[]) {
        java.util.Arrays.fill((double[]) row, 0.0);
      } else if (row instanceof float[]) {
        java.util.Arrays.fill((float[]) row, 0.0f);
      } else if (row instanceof Object[]) {
        zeroRows((Object[]) row);
      }
    }
  }

  /**
   * {@code t[i]}, or 0 when {@code t} is null: a read of the tangent array of a parameter whose tangent the
   * companion only reads (core.analysis.ReadOnlyArrays), where null means passive. The specification: the
   * emitter writes it out at each read (Emitter.loadOrZero), for a branch profile per read.
   */
  static double loadOrZeroD(double[] t, int i) {
    return t == null ? 0 : t[i];
  }

  /** The {@code float} form of {@link #loadOrZeroD}. */
  static float loadOrZeroF(float[] t, int i) {
    return t == null ? 0 : t[i];
  }

  /** {@code x} with the mantissa bits cleared that {@code mask} clears (core.lift.BitIdioms: a rounding, derivative 1). */
  static double truncateMantissa(double x, long mask) {
    return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & mask);
  }

  /** The {@code float} form of {@link #truncateMantissa}. */
  static float truncateMantissaFloat(float x, int mask) {
    return Float.intBitsToFloat(Float.floatToRawIntBits(x) & mask);
  }

  /**
   * The union of two sorted sets of column indices (null: empty), for the sparsity companions
   * ({@code m$pattern}); returns an operand itself when the other adds nothing.
   */
  static int[] union(int[] a, int[] b) {
    if (a == null || a == b) return b;
    if (b == null) return a;
    int[] out = new int[a.length + b.length];
    int i = 0, j = 0, n = 0;
    while (i < a.length && j < b.length) {
      int x = a[i], y = b[j];
      out[n++] = x <= y ? x : y;
      if (x <= y) i++;
      if (y <= x) j++;
    }
    while (i < a.length) out[n++] = a[i++];
    while (j < b.length) out[n++] = b[j++];
    return n == a.length ? a : n == b.length ? b : Arrays.copyOf(out, n);
  }

  /**
   * Checks the shadow given for object parameter {@code parameter} (README, "Objects"): a non-null
   * object needs a non-null shadow (shadows are never made in a companion: no constructor may run
   * on tangents).
   */
  static void requireShadow(Object primal, Object shadow, int parameter) {
    if (primal != null && shadow == null) {
      throw new IllegalArgumentException("leibniz: the shadow of ".concat(parameter < 0 ? "the receiver" : "parameter ".concat(Integer.toString(parameter)))
          .concat(" is null; pass Derivatives.zeroShadow(object) (zeros: this object's derivatives are not wanted) or a shadow holding the direction"));
    }
  }

  /**
   * The seed of an object result (README, "Objects"): added, field by field and deeply, into the
   * adjoint shadow of the object the method returned, which the caller gave (a returned object is
   * reachable from the parameters or the receiver). Nothing to do when the seed is null or is that
   * very shadow; a part the two share is added once. Reflection: only where the generated
   * field-by-field adder ({@code core.reverse.SeedAdder}) cannot go (a subclass, a shape that is not fixed).
   */
  static void addShadow(Object into, Object seed) {
    if (seed != null && into != null && into != seed) addShadowInto(into, seed, new java.util.IdentityHashMap<>());
  }

  static void addShadowInto(Object into, Object seed, java.util.IdentityHashMap<Object, Object> done) {
    if (seed == null || into == null || into == seed || done.put(seed, seed) != null) return;
    Class<?> c = into.getClass();
    if (c != seed.getClass()) {
      throw new IllegalArgumentException("leibniz: the result's seed is a ".concat(seed.getClass().getName()).concat(" where the result's")
          .concat(" shadow is a ").concat(c.getName()).concat(": pass a shadow of the result (Derivatives.zeroShadow(result)) or null"));
    }
    if (into instanceof double[] || into instanceof float[]) {
      int n = Array.getLength(into);
      if (Array.getLength(seed) != n) throw new IllegalArgumentException("leibniz: the result's seed has an array of another length than the result's");
      for (int i = 0; i < n; i++) {
        if (into instanceof double[]) ((double[]) into)[i] += ((double[]) seed)[i];
        else ((float[]) into)[i] += ((float[]) seed)[i];
      }
      return;
    }
    if (into instanceof Object[]) {
      Object[] a = (Object[]) into, b = (Object[]) seed;
      for (int i = 0; i < Math.min(a.length, b.length); i++) addShadowInto(a[i], b[i], done);
      return;
    }
    // a class of the JDK has no shadow (its fields carry no derivative); any other class here is the result's class
    // with shadows or one its shadow holds: annotated, or given shadows by the agent without an annotation (README,
    // "Objects": JBox2D's Mat22 holding two Vec2), whose seed would otherwise be dropped
    if (!carriesSeeds(c)) return;
    for (java.lang.reflect.Field f : shadowFields(c)) {
      Class<?> t = f.getType();
      try {
        if (t == double.class) f.setDouble(into, f.getDouble(into) + f.getDouble(seed));
        else if (t == float.class) f.setFloat(into, f.getFloat(into) + f.getFloat(seed));
        else if (!t.isPrimitive()) addShadowInto(f.get(into), f.get(seed), done);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("leibniz: cannot add the result's seed into field ".concat(f.toString()), e);
      }
    }
  }

  /**
   * Checks, before the forward call of a split adjoint hosted from class {@code owner}'s code for
   * an overridable method, that the receiver runs that code (README, "Objects"): its class is
   * {@code owner}, or a subclass that does not override the method. A class that overrides it
   * fails, naming it, instead of getting {@code owner}'s derivative. The receiver of exactly that
   * class costs a comparison; a subclass's methods are searched by reflection on each call.
   */
  static void checkRuns(Object receiver, String owner, String name, String desc) {
    Class<?> c = receiver.getClass();
    if (c.getName().equals(owner)) return;
    Class<?>[] params = MethodType.fromMethodDescriptorString(desc, c.getClassLoader()).parameterArray();
    if (implementer(c, name, desc, params) == Object.class && !sameDefault(c, owner, name, params)) { // an interface's default method: another one
      throw new IllegalStateException("leibniz: ".concat(c.getName()).concat(" runs another default method ").concat(name)
          .concat(" than ").concat(owner).concat(", whose code this call's companion differentiates; call the method on the receiver's own class"));
    }
    Class<?> named = c;
    while (named != null && !named.getName().equals(owner)) named = named.getSuperclass();
    boolean packageOnly = named != null && packagePrivate(named, name, desc);
    for (Class<?> k = c; k != null && k != named; k = k.getSuperclass()) {
      if (packageOnly && !samePackage(k, named)) continue; // JVMS 5.4.5: no override from another package
      for (java.lang.reflect.Method m : k.getDeclaredMethods()) {
        if (m.getName().equals(name) && (m.getModifiers() & (java.lang.reflect.Modifier.STATIC | java.lang.reflect.Modifier.PRIVATE)) == 0
            && MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString().equals(desc)) {
          throw new IllegalStateException("leibniz: ".concat(k.getName()).concat(" overrides ").concat(owner).concat(".").concat(name)
              .concat(", whose code this call's companion differentiates or relies on (a split adjoint, a tangent calling it once, a")
              .concat(" getter re-run in the reverse sweep: made from the code of the method the call names); make the method final,")
              .concat(" or call the override's class's method directly"));
        }
      }
    }
  }

  /** Whether {@code type} declares {@code name desc} without public, protected or private: overridable in its package only. */
  private static boolean packagePrivate(Class<?> type, String name, String desc) {
    int access = java.lang.reflect.Modifier.PUBLIC | java.lang.reflect.Modifier.PROTECTED | java.lang.reflect.Modifier.PRIVATE;
    for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
      if (m.getName().equals(name) && (m.getModifiers() & access) == 0
          && MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString().equals(desc)) return true;
    }
    return false;
  }

  /** The same run-time package: the same package name and the same defining loader. */
  private static boolean samePackage(Class<?> a, Class<?> b) {
    return a.getClassLoader() == b.getClassLoader() && a.getPackageName().equals(b.getPackageName());
  }

  /**
   * The primal result of a call that writes fields and returns an object with a shadow, found from the shadow its
   * tangent returned (core.forward.TangentBuilder#fluentCall): {@code primal} when {@code returned} is {@code
   * shadow}, the shadow of that argument; else what earlier arguments gave.
   */
  static Object resultIfShadow(Object returned, Object shadow, Object primal, Object found) {
    return returned != null && returned == shadow ? primal : found;
  }

  /**
   * The primal result of such a call whose shadow is the one a field of an argument's shadow holds, when no argument's
   * shadow was it (Rajawali's {@code Quaternion.multiply(Vector3)} returning the scratch vector its receiver holds in
   * {@code mTmpVec1}): shadows mirror their objects field by field (README, "Objects"), so the result is the object the
   * same field of the argument holds after the call. Reflection, only on this path (a field private to the callee's
   * class); a field of a module not open to the class is not followed. {@code found} when already known.
   */
  static Object resultInField(Object returned, Object shadow, Object primal, Object found) {
    if (found != null || returned == null || shadow == null || primal == null || shadow.getClass() != primal.getClass()) {
      return found;
    }
    for (Class<?> c = primal.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (java.lang.reflect.Field f : c.getDeclaredFields()) {
        if (java.lang.reflect.Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) continue;
        try {
          f.setAccessible(true);
          if (f.get(shadow) == returned) return f.get(primal);
        } catch (RuntimeException | IllegalAccessException e) {
          // not accessible from here: not followed (requireResult then fails, naming the callee)
        }
      }
    }
    return found;
  }

  /** The result {@link #resultIfShadow} found; a non-null shadow that is no argument's fails, naming the callee. */
  static Object requireResult(Object returned, Object found, String callee) {
    if (returned != null && found == null) {
      throw new IllegalStateException("leibniz: ".concat(callee).concat(" writes fields and returned an object that is none of")
          .concat(" the objects passed to it (its receiver and object arguments) nor held in a field of one of them, so its tangent")
          .concat(" gives the result's shadow but not the result; return the receiver or an argument (or an object one of their")
          .concat(" fields holds), or call it as a statement and read the object where it is"));
    }
    return found;
  }

  /**
   * The adjoint shadow that the split adjoint of an abstract factory's implementation, dispatched on the receiver's class
   * (core.CalleeOracle.dispatchedFactory), left for the object {@code made} it returned: a null one for an object would
   * leave the caller nowhere to put that object's derivatives, so it is named instead.
   */
  static Object requireMadeShadow(Object made, Object shadow, String callee) {
    if (made != null && shadow == null) {
      throw new IllegalStateException("leibniz: the ".concat(made.getClass().getName()).concat(" that ").concat(callee)
          .concat(" returned has no adjoint shadow from the split adjoint its class got at its first call (the object is not")
          .concat(" one it made by a blank constructor, nor one given with a shadow), so its derivatives have nowhere to go;")
          .concat(" return a new object made by a blank constructor (new C(n)), or use the tangent"));
    }
    return shadow;
  }

  /** A {@code double[]} field of an object result's seed added into the returned object's (generated field-by-field adder). */
  static void addSeedD(double[] into, double[] seed) {
    if (seed == null || into == null || into == seed) return;
    if (seed.length != into.length) throw new IllegalArgumentException("leibniz: the result's seed has an array of another length than the result's");
    for (int i = 0; i < into.length; i++) into[i] += seed[i];
  }

  /** As {@link #addSeedD}, for a {@code float[]} field. */
  static void addSeedF(float[] into, float[] seed) {
    if (seed == null || into == null || into == seed) return;
    if (seed.length != into.length) throw new IllegalArgumentException("leibniz: the result's seed has an array of another length than the result's");
    for (int i = 0; i < into.length; i++) into[i] += seed[i];
  }

  /**
   * Between an adjoint's sweeps, for a field of an object the caller gave with its shadow that the method may have
   * replaced ({@code values = Arrays.copyOf(values, n)}, {@code sum = sum.add(v)}: core.reverse.ReplacedHeldArrays):
   * {@code entry} is the shadow the field held on entry, which holds the seeds of the field's final value, {@code now}
   * the shadow it holds now, the final value's. Moves the seeds from {@code entry} into {@code now} (deeply, as
   * {@link #addShadow}; a part the two share stays) and zeroes them in {@code entry}, which the reverse sweep puts back
   * into the field to take the adjoints of what it held on entry. Nothing to do when no replacement ran. An array of
   * another length (a grown {@code double[]}, {@code double[][]} or array of objects) cannot take the seeds given: an
   * error unless they are all zero. Parts the holder's shadow {@code holder} still reaches through its other fields
   * keep their seeds, and all seeds are read before any is written (the new value may hold the old one).
   */
  static void reseatField(Object now, Object entry, Object holder) {
    if (entry == null || now == entry) return;
    // what the holder's shadow still reaches through its other fields (a back-pointer to it, a part shared with another
    // field) keeps its seeds: they are those paths' own
    java.util.IdentityHashMap<Object, Object> done = new java.util.IdentityHashMap<>();
    done.put(holder, holder);
    for (java.lang.reflect.Field f : shadowFields(holder.getClass())) {
      Object held = fieldValue(f, holder);
      if (held != now && held != entry && !f.getType().isPrimitive()) reach(held, done);
    }
    java.util.ArrayList<Object> moves = new java.util.ArrayList<>();
    pairSeeds(now, entry, done, moves);
    // in two phases, as reseatRows: every seed read before any is written (the new shadow may hold the old one:
    // head = new Node(head, v), whose seeds move one level down)
    Object[] seeds = new Object[moves.size() / 2];
    for (int k = 0; k < seeds.length; k++) seeds[k] = readSeeds(moves.get(2 * k + 1));
    for (int k = 0; k < seeds.length; k++) writeSeeds(moves.get(2 * k + 1), seeds[k], false);
    for (int k = 0; k < seeds.length; k++) if (moves.get(2 * k) != null) writeSeeds(moves.get(2 * k), seeds[k], true);
  }

  /**
   * Before the forward sweep of an adjoint that may replace field {@code field} of an object whose shadow is {@code holder}
   * ({@link #reseatField}): the shadow {@code entry} that field holds must be no other reference field's of {@code holder}
   * nor of {@code other} (another object parameter's shadow, or the holder again): the caller then gave one seed for two
   * paths, and moving it to the new value would take it from the other path, which the method leaves alone.
   */
  static void requireUnshared(Object entry, Object holder, String field, Object other) {
    if (entry == null || other == null || !carriesSeeds(other.getClass())) return;
    for (java.lang.reflect.Field f : shadowFields(other.getClass())) {
      if (f.getType().isPrimitive() || other == holder && f.getName().equals(field)) continue;
      if (fieldValue(f, other) == entry) {
        throw new IllegalArgumentException("leibniz: the shadow given holds the same array or object in field ".concat(field)
            .concat(" and in field ").concat(f.getName()).concat(" of ").concat(other.getClass().getName()).concat(", and the method")
            .concat(" replaces ").concat(field).concat(": one seed for two paths cannot be split between the new value and the")
            .concat(" one left in place; give the objects distinct arrays or objects (and shadows), or keep the field's array"));
      }
    }
  }

  /** Every object {@code o} reaches through reference fields and elements, into {@code into}. */
  private static void reach(Object o, java.util.IdentityHashMap<Object, Object> into) {
    if (o == null || into.put(o, o) != null || o instanceof double[] || o instanceof float[]) return;
    if (o instanceof Object[] a) {
      for (Object e : a) reach(e, into);
      return;
    }
    if (!carriesSeeds(o.getClass())) return; // a class of the JDK has no shadow (and its fields may be closed)
    for (java.lang.reflect.Field f : shadowFields(o.getClass())) if (!f.getType().isPrimitive()) reach(fieldValue(f, o), into);
  }

  /**
   * Pairs, into {@code moves}, each part of {@code from} holding seeds (a {@code double[]}, {@code float[]} or an object
   * with such fields) with the part at the same path in {@code into} (null where none takes them), deeply; parts in
   * {@code done} are not entered. An array of another length takes none: its seeds must be zero.
   */
  private static void pairSeeds(Object into, Object from, java.util.IdentityHashMap<Object, Object> done, java.util.List<Object> moves) {
    if (from == null || into == from || done.put(from, from) != null) return;
    if (from instanceof double[] || from instanceof float[]) {
      if (into != null && Array.getLength(into) != Array.getLength(from)) {
        requireZero(from, from.getClass().getSimpleName());
        into = null;
      }
      moves.add(into);
      moves.add(from);
      return;
    }
    if (from instanceof Object[] a) {
      Object[] b = (Object[]) into;
      if (b != null && b.length != a.length) {
        // a grown (or shrunk) array of arrays or objects: a row it keeps at its index keeps its seeds (Arrays.copyOf
        // shares the rows); any other must hold none, as for a double[] of another length
        java.util.ArrayList<Object> all = new java.util.ArrayList<>();
        for (int i = 0; i < a.length; i++) if (i >= b.length || b[i] != a[i]) pairSeeds(null, a[i], done, all);
        for (int k = 1; k < all.size(); k += 2) requireZero(all.get(k), a.getClass().getSimpleName());
        return;
      }
      for (int i = 0; i < a.length; i++) pairSeeds(b == null ? null : b[i], a[i], done, moves);
      return;
    }
    Class<?> c = from.getClass();
    if (!carriesSeeds(c)) return; // a class of the JDK has no shadow
    if (into != null && into.getClass() != c) throw replacedShape(c.getName());
    moves.add(into);
    moves.add(from);
    for (java.lang.reflect.Field f : shadowFields(c)) {
      if (!f.getType().isPrimitive()) pairSeeds(into == null ? null : fieldValue(f, into), fieldValue(f, from), done, moves);
    }
  }

  /** The seeds {@code part} holds: a copy of an array, or its object's double and float fields in declaration order. */
  private static Object readSeeds(Object part) {
    if (part instanceof double[] d) return d.clone();
    if (part instanceof float[] f) return f.clone();
    java.util.ArrayList<Object> out = new java.util.ArrayList<>();
    for (java.lang.reflect.Field f : shadowFields(part.getClass())) {
      if (f.getType() == double.class || f.getType() == float.class) out.add(fieldValue(f, part));
    }
    return out;
  }

  /** Zeroes {@code part}'s seeds ({@code add} false), or adds {@code seeds} ({@link #readSeeds}) into them. */
  private static void writeSeeds(Object part, Object seeds, boolean add) {
    if (part instanceof double[] d) {
      if (add) addD(d, 0, (double[]) seeds, 0, d.length);
      else Arrays.fill(d, 0.0);
      return;
    }
    if (part instanceof float[] f) {
      if (add) addF(f, 0, (float[]) seeds, 0, f.length);
      else Arrays.fill(f, 0.0f);
      return;
    }
    java.util.List<?> values = (java.util.List<?>) seeds;
    int k = 0;
    for (java.lang.reflect.Field f : shadowFields(part.getClass())) {
      try {
        if (f.getType() == double.class) f.setDouble(part, add ? f.getDouble(part) + (Double) values.get(k++) : 0.0);
        else if (f.getType() == float.class) f.setFloat(part, add ? f.getFloat(part) + (Float) values.get(k++) : 0.0f);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("leibniz: cannot move the seeds of a replaced field through ".concat(f.toString()), e);
      }
    }
  }

  /** Fails unless every seed {@code part} holds is zero (a part of another shape than the new value's). */
  private static void requireZero(Object part, String what) {
    if (part instanceof double[] d) {
      for (double s : d) if (s != 0.0) throw replacedShape(what);
    } else if (part instanceof float[] f) {
      for (float s : f) if (s != 0.0f) throw replacedShape(what);
    } else {
      for (Object s : (java.util.List<?>) readSeeds(part)) if (((Number) s).doubleValue() != 0.0) throw replacedShape(what);
    }
  }

  /** A class whose objects may carry seeds: any but the JDK's (which have no shadow) unless annotated. */
  static boolean carriesSeeds(Class<?> c) {
    String name = c.getName();
    return differentiableClass(c) || !(name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
        || name.startsWith("sun.") || name.startsWith("com.sun."));
  }

  /**
   * The instance fields of a class and its superclasses, made accessible; a field of a module not open to this class is
   * an error. Reflection on each call: these helpers are copied into the user's class as methods only, so
   * they hold no per-class cache (no static state); the paths using it are the rare ones that move or find shadows by
   * their fields (a replaced held field, a result found in a field, a seed of another class).
   */
  static java.util.List<java.lang.reflect.Field> shadowFields(Class<?> type) {
    java.util.ArrayList<java.lang.reflect.Field> out = new java.util.ArrayList<>();
    for (Class<?> k = type; k != null && k != Object.class; k = k.getSuperclass()) {
      for (java.lang.reflect.Field f : k.getDeclaredFields()) {
        if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) continue;
        try {
          f.setAccessible(true);
        } catch (RuntimeException e) { // a seed that cannot be moved or added: not dropped silently
          throw new IllegalStateException("leibniz: cannot reach the seeds in field ".concat(f.toString()), e);
        }
        out.add(f);
      }
    }
    return out;
  }

  /** The value of accessible field {@code f} of {@code o}. */
  static Object fieldValue(java.lang.reflect.Field f, Object o) {
    try {
      return f.get(o);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("leibniz: cannot read field ".concat(f.toString()), e);
    }
  }

  private static IllegalArgumentException replacedShape(String what) {
    return new IllegalArgumentException("leibniz: the method replaced a field's ".concat(what).concat(" by one of another")
        .concat(" shape, and the shadow given holds seeds in the old one's shape: they cannot be given before the new one")
        .concat(" exists; seed that field with zeros (the result's seed still works), or keep the object's shape in the call"));
  }

  /** Annotated {@code @Differentiable} (or a subclass: the annotation is inherited); by name, the agent's classes are not referenced. */
  static boolean differentiableClass(Class<?> c) {
    for (java.lang.annotation.Annotation a : c.getAnnotations()) {
      if (a.annotationType().getName().equals("dev.leibniz.Differentiable")) return true;
    }
    return false;
  }

  /**
   * Two object parameters that are the same object must have the same shadow: aliasing in the
   * primal is aliasing in the shadows, or the derivative would silently be wrong.
   */
  /**
   * An object a pool hands out (analysis.PooledObjects) must be of exactly the class whose reset was proven to fill every
   * floating field with constants: the reset a subclass runs may be another.
   */
  static void requireClass(Object taken, String name) {
    if (!taken.getClass().getName().equals(name)) {
      throw new IllegalStateException("leibniz: the pool handed out a ".concat(taken.getClass().getName()).concat(" where a ")
          .concat(name).concat(" was expected; only that class's reset is known to clear what the pool kept in it, so its")
          .concat(" derivative is not known: let the pool hand out objects of exactly that class"));
    }
  }

  static void sameShadow(Object p1, Object s1, Object p2, Object s2) {
    if (p1 == p2 && p1 != null && s1 != s2) {
      throw new IllegalArgumentException("leibniz: the same object or array is reached twice (two parameters, the receiver and a"
          .concat(" parameter, or a parameter and an array field of another) with two different shadows; pass its one shadow in both")
          .concat(" places (the shadow's field for an array held in a field; Derivatives.zeroShadows(a, b) keeps shared parts shared)"));
    }
  }

  /**
   * A deep copy of an array of any element type and rank (a snapshot for the reverse sweep, or the
   * copy a callee's primal call writes into): rows are copied, objects that are not arrays are
   * shared (objects are not snapshotted).
   */
  static Object snapshot(Object a) {
    if (a == null) {
      return null;
    }
    if (a instanceof double[]) {
      return ((double[]) a).clone();
    }
    if (a instanceof float[]) {
      return ((float[]) a).clone();
    }
    if (!a.getClass().isArray()) {
      return a; // an object passed as Object: shared, as objects are
    }
    if (!(a instanceof Object[])) {
      // int[], long[], boolean[]...: a callee may write a passive array too.
      int n = Array.getLength(a);
      Object copy = Array.newInstance(a.getClass().getComponentType(), n);
      System.arraycopy(a, 0, copy, 0, n);
      return copy;
    }
    Object[] rows = ((Object[]) a).clone();
    for (int i = 0; i < rows.length; i++) {
      if (rows[i] != null && rows[i].getClass().isArray()) rows[i] = snapshot(rows[i]);
    }
    return rows;
  }

  /**
   * The snapshot of {@code a} for a call whose earlier arguments {@code p1, p2, p3} were copied to
   * {@code s1, s2, s3}: the same copy when {@code a} is one of those arrays (unused pairs: null, null).
   */
  static Object snapshotAs(Object a, Object p1, Object s1, Object p2, Object s2, Object p3, Object s3) {
    if (a != null) {
      if (a == p1) return s1;
      if (a == p2) return s2;
      if (a == p3) return s3;
    }
    return snapshot(a);
  }

  /**
   * The calling thread's tape workspace for one gradient ({@link Workspace} has the layout), marked
   * busy until {@link #release} (the entries release it in a finally block). While it is busy (an
   * adjoint called from inside another one on this thread: a companion of another class, a
   * recursion through a public adjoint) the call gets a fresh workspace of its own. The cache holds
   * it softly: tapes grown for one huge gradient do not pin the heap.
   */
  static Object[] take(ThreadLocal<Object> cache) {
    Object ref = cache.get();
    Object[] w = ref == null ? null : (Object[]) ((SoftReference<?>) ref).get();
    if (w == null) {
      w = fresh();
      cache.set(new SoftReference<Object>(w));
    } else if (w[6] != null) {
      w = fresh();
    }
    w[6] = Boolean.TRUE;
    ((int[]) w[4])[4] = 0; // the arrays of the last gradient (newD) serve this one
    return w;
  }

  /** Ends the gradient that took {@code w}: it may serve the next one. */
  static void release(Object[] w) {
    w[6] = null;
  }

  /**
   * A new workspace: the four tapes, their positions (and the arrays' position), the scalar-adjoint
   * buffer, the busy mark, the sink, the arrays of the gradient ({@link #newD}), the second-order tape sets
   * ({@link #pushTapes}, made on first use).
   */
  static Object[] fresh() {
    return new Object[] {new double[32], new int[32], new long[32], new Object[32], new int[5], new double[8], null, null,
        new Object[16], null};
  }

  /**
   * The tapes of one second-order call ({@code m$adjoint$tangent}, {@link SecondOrderTapes}): the tape set at the
   * calling thread's next depth, kept in its workspace (slot 9: {@code {int[] depth, set at depth 1, 2, ...}}) for the
   * next call at that depth. A callee's tapes live while its caller's do, so each nested call takes the set one deeper;
   * calls one after the other at one depth (a loop calling a helper) reuse one set. Slot 0 of a set is the depth
   * counter ({@link #popTapes}); slot {@code 1 + 4 j + kind} the {@code j}-th tape of kind {@code D I J A}, so a
   * slot always holds one array type whichever method used it last. {@code cache} null (an interface): a fresh set.
   */
  static Object[] pushTapes(ThreadLocal<Object> cache, int slots) {
    Object[] w = null;
    if (cache != null) {
      Object ref = cache.get();
      w = ref == null ? null : (Object[]) ((SoftReference<?>) ref).get();
      if (w == null) {
        w = fresh();
        cache.set(new SoftReference<Object>(w));
      }
    }
    Object[] stack = w == null ? null : (Object[]) w[9];
    if (stack == null) {
      stack = new Object[] {new int[1], null, null, null};
      if (w != null) w[9] = stack;
    }
    int[] depth = (int[]) stack[0];
    int d = ++depth[0];
    if (d >= stack.length) {
      stack = Arrays.copyOf(stack, 2 * d);
      if (w != null) w[9] = stack;
    }
    Object[] set = (Object[]) stack[d];
    if (set == null || set.length < slots) {
      set = set == null ? new Object[slots] : Arrays.copyOf(set, slots);
      stack[d] = set;
    }
    set[0] = depth;
    return set;
  }

  /**
   * Empties the snapshot arena in {@code set[slot]} ({@link SecondOrderTapes}): {@code {int[] {last taken}, arrays...}},
   * made here the first time, or again when another method at this depth used the slot as a tape.
   */
  static void arenaStart(Object[] set, int slot) {
    Object t = set[slot];
    if (t instanceof Object[] && ((Object[]) t).length > 1 && ((Object[]) t)[0] instanceof int[]) {
      ((int[]) ((Object[]) t)[0])[0] = 0;
    } else {
      set[slot] = new Object[] {new int[1], null, null, null, null, null, null, null};
    }
  }

  /**
   * {@link #snapshot} of a {@code double[]} into the next array of the arena in {@code set[slot]} ({@link #arenaStart})
   * when it has that length, else into a new one kept there for the next call at this depth; other arrays as
   * {@link #snapshot}. Within one call each snapshot has an array of its own.
   */
  static Object snapshotIn(Object a, Object[] set, int slot) {
    if (!(a instanceof double[])) return snapshot(a);
    double[] from = (double[]) a;
    Object[] arena = (Object[]) set[slot];
    int[] at = (int[]) arena[0];
    int k = ++at[0];
    if (k >= arena.length) {
      arena = Arrays.copyOf(arena, 2 * k);
      set[slot] = arena;
    }
    Object t = arena[k];
    if (t instanceof double[] && ((double[]) t).length == from.length) {
      System.arraycopy(from, 0, t, 0, from.length);
      return t;
    }
    double[] copy = from.clone();
    arena[k] = copy;
    return copy;
  }

  /** Ends the second-order call that took {@code set} ({@link #pushTapes}): the set serves the next call at its depth. */
  static void popTapes(Object[] set) {
    ((int[]) set[0])[0]--;
  }

  /** The {@code double} tape in {@code set[slot]} ({@link #pushTapes}), a new one of 32 entries the first time. */
  static double[] tapeD(Object[] set, int slot) {
    Object t = set[slot];
    if (t == null) set[slot] = t = new double[32];
    return (double[]) t;
  }

  static int[] tapeI(Object[] set, int slot) {
    Object t = set[slot];
    if (t == null) set[slot] = t = new int[32];
    return (int[]) t;
  }

  static long[] tapeJ(Object[] set, int slot) {
    Object t = set[slot];
    if (t == null) set[slot] = t = new long[32];
    return (long[]) t;
  }

  static Object[] tapeA(Object[] set, int slot) {
    Object t = set[slot];
    if (t == null) set[slot] = t = new Object[32];
    return (Object[]) t;
  }

  /** {@link #growD}, keeping a longer tape in {@code set[slot]} for the next call ({@link #pushTapes}). */
  static double[] growDIn(double[] tape, int need, String method, Object[] set, int slot) {
    if (need <= tape.length && need >= 0) return tape;
    double[] t = growD(tape, need, method);
    set[slot] = t;
    return t;
  }

  static int[] growIIn(int[] tape, int need, String method, Object[] set, int slot) {
    if (need <= tape.length && need >= 0) return tape;
    int[] t = growI(tape, need, method);
    set[slot] = t;
    return t;
  }

  static long[] growJIn(long[] tape, int need, String method, Object[] set, int slot) {
    if (need <= tape.length && need >= 0) return tape;
    long[] t = growJ(tape, need, method);
    set[slot] = t;
    return t;
  }

  static Object[] growAIn(Object[] tape, int need, String method, Object[] set, int slot) {
    if (need <= tape.length && need >= 0) return tape;
    Object[] t = growA(tape, need, method);
    set[slot] = t;
    return t;
  }

  /**
   * {@code new double[n]} for a frame of an outlined method's tangent ({@link TangentFrames}): the array in
   * {@code set[slot]} ({@link #pushTapes}), zeroed, when it has that length; else a new one, kept there for the next
   * call at this depth.
   */
  static double[] frameD(Object[] set, int slot, int n) {
    Object t = set[slot];
    if (t instanceof double[] && ((double[]) t).length == n) {
      Arrays.fill((double[]) t, 0);
      return (double[]) t;
    }
    double[] a = new double[n];
    set[slot] = a;
    return a;
  }

  /** {@link #frameD} for a {@code long[]} frame. */
  static long[] frameJ(Object[] set, int slot, int n) {
    Object t = set[slot];
    if (t instanceof long[] && ((long[]) t).length == n) {
      Arrays.fill((long[]) t, 0);
      return (long[]) t;
    }
    long[] a = new long[n];
    set[slot] = a;
    return a;
  }

  /**
   * {@code new double[n]} for an array that nothing reaches after the gradient (core.reverse.ScopedArrays):
   * the next of the workspace's arrays, zeroed, when it has that length; else a new one, kept there
   * for the next gradient on this thread. Within one gradient each call gets a distinct array.
   */
  static double[] newD(Object[] w, int n) {
    int[] at = (int[]) w[4];
    Object[] arrays = (Object[]) w[8];
    int k = at[4];
    if (k < arrays.length) {
      double[] a = (double[]) arrays[k];
      if (a != null && a.length == n) {
        at[4] = k + 1;
        Arrays.fill(a, 0);
        return a;
      }
    } else {
      arrays = Arrays.copyOf(arrays, k + (k >> 1) + 16);
      w[8] = arrays;
    }
    double[] a = new double[n];
    arrays[k] = a;
    at[4] = k + 1;
    return a;
  }

  /**
   * {@code new double[n]} for a vector tangent body (zeroed): like {@link #newD}, but the arrays
   * above the position are all free ({@link #reset} gave them back), so one of length {@code n}
   * among them is swapped to the position instead of replacing the one there. Callees called one
   * after the other from the same position (a loop calling several helpers) then each find their
   * own arrays, call after call, instead of replacing one another's.
   */
  static double[] newT(Object[] w, int n) {
    double[] a = takeT(w, n);
    Arrays.fill(a, 0);
    return a;
  }

  /**
   * {@link #newT} without zeroing the array: for the work array and per-call buffers of a vector
   * tangent, whose every element is written before it is read.
   */
  static double[] takeT(Object[] w, int n) {
    int[] at = (int[]) w[4];
    Object[] arrays = (Object[]) w[8];
    int k = at[4];
    int end = k;
    for (; end < arrays.length && arrays[end] != null; end++) {
      double[] a = (double[]) arrays[end];
      if (a.length == n) {
        arrays[end] = arrays[k];
        arrays[k] = a;
        at[4] = k + 1;
        return a;
      }
    }
    if (end == arrays.length) {
      arrays = Arrays.copyOf(arrays, end + (end >> 1) + 16);
      w[8] = arrays;
    }
    arrays[end] = arrays[k]; // kept for a later call (null when k == end)
    double[] a = new double[n];
    arrays[k] = a;
    at[4] = k + 1;
    return a;
  }

  /**
   * Where the workspace's next array ({@link #newD}) is taken from: a vector tangent body
   * ({@code m$tangents$body}) reads it on entry and puts it back with {@link #reset} when it
   * returns, because its arrays are dead then (no reverse sweep reads them), so the next call of
   * a callee in a loop reuses the same arrays instead of taking new ones.
   */
  static int mark(Object[] w) {
    return ((int[]) w[4])[4];
  }

  /** Gives back the arrays taken since {@link #mark} returned {@code at}. */
  static void reset(Object[] w, int at) {
    ((int[]) w[4])[4] = at;
  }

  /**
   * Before a loop (core.reverse.HoistedLoads): 1 when {@code a[i]} can be read without an exception,
   * so the loop may read it once here instead of on every trip.
   */
  static int loadable(double[] a, int i) {
    return a != null && i >= 0 && i < a.length ? 1 : 0;
  }

  /** Before a loop: {@code a[i]} when {@link #loadable}, else 0 (never read then). */
  static double loadIf(int ok, double[] a, int i) {
    return ok != 0 ? a[i] : 0;
  }

  /**
   * In the loop, for its read {@code a[i]}: the value read before it when that read was possible,
   * else the read itself (which throws where the method's own read would). The test is the same on
   * every trip, so the JIT unswitches the loop and its hot copy keeps the value in a register.
   */
  static double loadedOr(int ok, double value, double[] a, int i) {
    return ok != 0 ? value : a[i];
  }

  /**
   * The adjoint array of a parameter that the method never writes: {@code bar}, or when that is
   * null (the parameter is passive) the workspace's sink, an array as long as {@code a} whose
   * contents are never read (adjoints of unwritten arrays are only accumulated into). One sink,
   * as long as the longest such array, serves them all: two passive arrays of different lengths
   * no longer replace it on every call.
   */
  static double[] sink(double[] bar, double[] a, Object[] w) {
    if (bar != null || a == null) {
      return bar;
    }
    double[] s = (double[]) w[7];
    if (s == null || s.length < a.length) {
      s = new double[a.length];
      w[7] = s;
    }
    return s;
  }

  /** The workspace's buffer for callees' scalar adjoints, at least {@code n} long and all zero. */
  static double[] buffer(Object[] w, int n) {
    double[] b = (double[]) w[5];
    if (b.length < n) {
      b = new double[n];
      w[5] = b;
    }
    return b;
  }

  /**
   * The reverse-mode tape budget of checkpointed loops: system property {@code property} in bytes,
   * as the agent's {@code tape=SIZE} option writes it ({@code 67108864}) or as set by hand
   * ({@code 64m}, {@code 1g}, {@code 512k}, {@code unbounded}); a quarter of the heap when it is
   * unset or not a size. Reads the string in place: no allocation on each entry of a loop.
   */
  static long tapeBudget(String property) {
    String text = System.getProperty(property);
    long quarter = Runtime.getRuntime().maxMemory() / 4;
    if (text == null) return quarter;
    int end = text.length();
    if (text.equals("unbounded")) return Long.MAX_VALUE;
    int shift = 0;
    char last = end == 0 ? ' ' : Character.toLowerCase(text.charAt(end - 1));
    if (last == 'k' || last == 'm' || last == 'g') {
      shift = last == 'k' ? 10 : last == 'm' ? 20 : 30;
      end--;
    }
    if (end == 0) return quarter;
    long bytes = 0;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') return quarter;
      // saturates: tape=unbounded reaches here as Long.MAX_VALUE's 19 digits
      bytes = bytes > (Long.MAX_VALUE - (c - '0')) / 10 ? Long.MAX_VALUE : 10 * bytes + (c - '0');
    }
    return bytes > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : bytes << shift;
  }

  /**
   * The schedule of a checkpointed loop ({@code core.outline.Checkpointer}), computed when the loop
   * is entered from its {@code trips} (negative: unknown at entry), the bytes of one checkpoint
   * ({@code snapshot}: the carried locals and the arrays the loop writes, which joint reversal copies
   * with each one) and the estimated tape bytes per trip, against the budget of {@link #tapeBudget}.
   * With {@code l} levels (recompute factor {@code l}: each trip runs {@code l} times forward) the
   * memory is least, {@code l x} with {@code x = snapshot (trips perTrip / snapshot)^(1/l)}, when the
   * innermost segments have {@code k = x / perTrip} trips and each tier of checkpoints holds {@code
   * x / snapshot} snapshots; the fewest levels (up to {@code maxLevels}) that fit the budget are
   * chosen, else those that need least. {@code which}: 0 the levels, printing the schedule when the
   * system property {@code leibniz.verbose} is set (-1: the same, silently; 1: the loop is taped
   * whole, its record within the budget or smaller than checkpointing's), 1 the trips {@code k}
   * of an innermost segment, {@code j >= 2} the segments of level {@code j - 1} per segment of level
   * {@code j}. Trips unknown at entry: one level of segments of {@code max(budget / (4 perTrip),
   * snapshot / perTrip)} trips (a checkpoint per segment costs no more than its tape). Computed in
   * {@code double}: no product overflows.
   */
  static long checkpointPlan(long trips, long snapshot, long perTrip, int maxLevels, int which, String where) {
    double budget = tapeBudget("leibniz.tape"), s = Math.max(1, snapshot), b = Math.max(1, perTrip), n = trips;
    if (trips < 0) {
      double k = Math.min(Integer.MAX_VALUE, Math.max(1, Math.max(Math.floor(budget / (4 * b)), Math.ceil(s / b))));
      if (which == 1 && System.getProperty("leibniz.verbose") != null) {
        System.err.println(new StringBuilder("leibniz: checkpointing the loop at ").append(where)
            .append(" (trips unknown at entry): 2 levels, segments of k = ").append((long) k).append(" trips, ").append(snapshot)
            .append(" bytes per checkpoint, about ").append(perTrip).append(" bytes of tape per trip, budget ").append((long) budget)
            .append(" bytes, recompute factor 2").toString());
      }
      return which == 0 ? 2 : which == 1 ? (long) k : 1;
    }
    double whole = n * b, best = whole, x = 0;
    int levels = 1;
    for (int l = 2; l <= maxLevels && whole > budget; l++) {
      double tier = s * Math.pow(whole / s, 1.0 / l);
      if (l * tier < best) {
        levels = l;
        best = l * tier;
        x = tier;
      }
      if (l * tier <= budget) break;
    }
    if (which <= 0) {
      if (which == 0 && whole > budget && System.getProperty("leibniz.verbose") != null) {
        StringBuilder line = new StringBuilder("leibniz: checkpointing the loop at ").append(where).append(": ").append(trips)
            .append(" trips, about ").append(perTrip).append(" bytes of tape per trip, ").append(snapshot)
            .append(" bytes per checkpoint, budget ").append((long) budget).append(" bytes: ");
        if (levels == 1) {
          line.append("taped whole (checkpoints would need more)");
        } else {
          line.append(levels).append(" levels, segments of k = ").append(checkpointPlan(trips, snapshot, perTrip, maxLevels, 1, where))
              .append(" trips");
          if (levels > 2) line.append(", ").append(checkpointPlan(trips, snapshot, perTrip, maxLevels, 2, where)).append(" per checkpoint of the level above");
          line.append(", about ").append((long) best).append(" bytes, recompute factor ").append(levels);
        }
        System.err.println(line.toString());
      }
      return levels;
    }
    double count = which == 1 ? Math.ceil(x / b) : Math.ceil(x / s);
    return (long) Math.min(Integer.MAX_VALUE, Math.max(1, count));
  }

  static double[] growD(double[] tape, int need, String method) {
    if (need <= tape.length && need >= 0) {
      return tape;
    }
    try {
      return Arrays.copyOf(tape, capacity(need, tape.length));
    } catch (OutOfMemoryError e) {
      throw tapeFull(method, tape.length, 8);
    }
  }

  static int[] growI(int[] tape, int need, String method) {
    if (need <= tape.length && need >= 0) {
      return tape;
    }
    try {
      return Arrays.copyOf(tape, capacity(need, tape.length));
    } catch (OutOfMemoryError e) {
      throw tapeFull(method, tape.length, 4);
    }
  }

  static long[] growJ(long[] tape, int need, String method) {
    if (need <= tape.length && need >= 0) {
      return tape;
    }
    try {
      return Arrays.copyOf(tape, capacity(need, tape.length));
    } catch (OutOfMemoryError e) {
      throw tapeFull(method, tape.length, 8);
    }
  }

  static Object[] growA(Object[] tape, int need, String method) {
    if (need <= tape.length && need >= 0) {
      return tape;
    }
    try {
      return Arrays.copyOf(tape, capacity(need, tape.length));
    } catch (OutOfMemoryError e) {
      throw tapeFull(method, tape.length, 4);
    }
  }

  /**
   * The next tape length: doubled, at least {@code need}. A negative {@code need} is an index that
   * overflowed {@code int}: the tape would need more entries than a Java array can hold.
   */
  private static int capacity(int need, int length) {
    long doubled = Math.max(need, 2L * length);
    if (need < 0) {
      throw new OutOfMemoryError();
    }
    return (int) Math.min(doubled, Integer.MAX_VALUE - 8);
  }

  private static OutOfMemoryError tapeFull(String method, int entries, int bytes) {
    return new OutOfMemoryError("leibniz: the reverse-mode tape of " + method + " cannot grow beyond "
        + entries + " entries (" + ((long) entries * bytes >> 20) + " MiB); give the JVM more heap (-Xmx) or differentiate a shorter loop");
  }

  /** {@code dst[dp + k] += src[sp + k]} for {@code k < len} (the adjoint of a copy). */
  static void addD(double[] dst, int dp, double[] src, int sp, int len) {
    for (int k = 0; k < len; k++) {
      dst[dp + k] += src[sp + k];
    }
  }

  static void addF(float[] dst, int dp, float[] src, int sp, int len) {
    for (int k = 0; k < len; k++) {
      dst[dp + k] += src[sp + k];
    }
  }

  /**
   * {@code dst[i][...] += src[i][...]} row by row, for arrays of arrays of doubles or floats of any depth (the seed
   * of a {@code double[][]} result added into the result's adjoint shadow); a null seed or seed row is zero.
   */
  static void addRows(Object[] dst, Object[] src) {
    if (src == null) return;
    for (int i = 0; i < src.length; i++) {
      Object s = src[i];
      if (s instanceof double[] d) {
        addD((double[]) dst[i], 0, d, 0, d.length);
      } else if (s instanceof float[] f) {
        addF((float[]) dst[i], 0, f, 0, f.length);
      } else if (s != null) {
        addRows((Object[]) dst[i], (Object[]) s);
      }
    }
  }

  /**
   * The rows of each shadow array in {@code shadows} as an adjoint that may move rows of its {@code double[][]}/{@code
   * float[][]} parameters found them at entry (core.reverse.MovedRows): a copy of each, the same copy for one array given
   * twice.
   */
  static Object[] rowsAtEntry(Object[] shadows) {
    Object[] entry = new Object[shadows.length];
    for (int k = 0; k < shadows.length; k++) {
      Object[] a = (Object[]) shadows[k];
      for (int j = 0; j < k && entry[k] == null; j++) if (shadows[j] == a) entry[k] = entry[j];
      if (entry[k] == null && a != null) entry[k] = a.clone();
    }
    return entry;
  }

  /**
   * Between the sweeps of an adjoint that moved rows of its arrays of arrays ({@code shadows}, their rows at entry in
   * {@code entry}): the caller seeded final row i by index, through the shadow row it gave at i; the seed belongs to the
   * row at i now, whose shadow the forward sweep moved there. Each seed moves from the one to the other, all at once (rows
   * swapped, or swapped between two arrays, exchange their seeds; two indices ending with one row add theirs). A shadow
   * row given at two places (one row aliased there) that end with different rows holds a sum no one can split: refused.
   */
  static void reseatRows(Object[] shadows, Object[] entry) {
    int moved = 0;
    for (int k = 0; k < shadows.length; k++) {
      if (!distinctBefore(shadows, k)) continue;
      Object[] now = (Object[]) shadows[k], was = (Object[]) entry[k];
      for (int i = 0; i < now.length; i++) if (now[i] != was[i] && was[i] != null) moved++;
    }
    if (moved == 0) return;
    java.util.IdentityHashMap<Object, Object> destination = destinations(shadows, entry);
    Object[] from = new Object[moved], to = new Object[moved], seeds = new Object[moved];
    int m = 0;
    for (java.util.Map.Entry<Object, Object> e : destination.entrySet()) {
      if (e.getKey() == e.getValue()) continue; // a shadow row given at two indices ending with one row moves its seed once
      Object row = e.getKey();
      from[m] = row;
      to[m] = e.getValue();
      seeds[m++] = row instanceof double[] d ? (Object) d.clone() : ((float[]) row).clone();
    }
    for (int j = 0; j < m; j++) {
      if (from[j] instanceof double[] d) Arrays.fill(d, 0.0);
      else Arrays.fill((float[]) from[j], 0.0f);
    }
    for (int j = 0; j < m; j++) {
      if (to[j] == null) continue; // a null row now: no final content to seed
      if (seeds[j] instanceof double[] d) {
        if (((double[]) to[j]).length != d.length) throw unevenRows();
        addD((double[]) to[j], 0, d, 0, d.length);
      } else {
        float[] f = (float[]) seeds[j];
        if (((float[]) to[j]).length != f.length) throw unevenRows();
        addF((float[]) to[j], 0, f, 0, f.length);
      }
    }
    for (int k = 0; k < shadows.length; k++) { // done: a second call (another return) finds nothing moved
      Object[] now = (Object[]) shadows[k];
      if (now != null) System.arraycopy(now, 0, (Object[]) entry[k], 0, now.length);
    }
  }

  private static boolean distinctBefore(Object[] shadows, int k) {
    if (shadows[k] == null) return false;
    for (int j = 0; j < k; j++) if (shadows[j] == shadows[k]) return false;
    return true;
  }

  /**
   * Each shadow row given at entry, with the row now at its index, in one pass over the rows; refuses a shadow row given
   * at two indices (of any of the arrays) that end with different rows.
   */
  private static java.util.IdentityHashMap<Object, Object> destinations(Object[] shadows, Object[] entry) {
    java.util.IdentityHashMap<Object, Object> destination = new java.util.IdentityHashMap<>();
    for (int k = 0; k < shadows.length; k++) {
      Object[] now = (Object[]) shadows[k], was = (Object[]) entry[k];
      if (now == null) continue;
      for (int i = 0; i < was.length; i++) {
        if (was[i] == null) continue;
        if (destination.containsKey(was[i]) && destination.get(was[i]) != now[i]) {
          throw new IllegalArgumentException("leibniz: one shadow row is given at two indices of the arrays of arrays (a row"
              .concat(" aliased there, or two arrays sharing a row) and the method moved a different row to each: the seeds by")
              .concat(" index cannot be told apart; give each index a shadow row of its own"));
        }
        destination.put(was[i], now[i]);
      }
    }
    return destination;
  }

  /**
   * Before a joint call of a callee that moves rows of arrays of arrays it is given (core.reverse.MovedRows; {@code
   * pairs}: each array and its shadow): four per array, the array, its shadow, the array's rows and the shadow's rows at
   * the call ({@link #followRowsOfCall}, {@link #unfollowRows}).
   */
  static Object[] rowsBeforeCall(Object[] pairs) {
    Object[] rec = new Object[2 * pairs.length];
    for (int k = 0; k < pairs.length; k += 2) {
      Object[] a = (Object[]) pairs[k], s = (Object[]) pairs[k + 1];
      rec[2 * k] = a;
      rec[2 * k + 1] = s;
      rec[2 * k + 2] = a == null ? null : a.clone();
      rec[2 * k + 3] = s == null ? null : s.clone();
    }
    return rec;
  }

  /**
   * After that call: each shadow's rows are arranged as the primal rows the call moved (the shadow row of the row now at
   * i, from the call's arrangement), and the record keeps that arrangement for {@link #unfollowRows} in place of the
   * primal rows (null where nothing moved). Refused: rows that are not the ones at the call permuted (a row dropped, given
   * twice, or one from elsewhere: no shadow row is known to be its), and shadow rows of two arrays both moved.
   */
  static void followRowsOfCall(Object[] rec) {
    java.util.IdentityHashMap<Object, Object> movedIn = new java.util.IdentityHashMap<>();
    for (int k = 0; k < rec.length; k += 4) {
      Object[] a = (Object[]) rec[k], s = (Object[]) rec[k + 1], was = (Object[]) rec[k + 2], shadowWas = (Object[]) rec[k + 3];
      if (a == null || s == null || sameRows(a, was)) {
        rec[k + 2] = null;
        continue;
      }
      if (s.length != a.length) throw notPermuted();
      java.util.IdentityHashMap<Object, Integer> at = new java.util.IdentityHashMap<>();
      for (int j = 0; j < was.length; j++) {
        if (was[j] != null && at.put(was[j], j) != null) throw notPermuted();
      }
      for (int i = 0; i < a.length; i++) {
        Integer j = a[i] == null ? null : at.remove(a[i]);
        if ((a[i] == null) != (was[i] == null) || a[i] != null && j == null) throw notPermuted();
        s[i] = a[i] == null ? shadowWas[i] : shadowWas[j];
      }
      for (Object row : shadowWas) {
        if (row != null && movedIn.put(row, rec[k + 1]) != null && movedIn.get(row) != rec[k + 1]) throw notPermuted();
      }
      rec[k + 2] = s.clone();
    }
  }

  /**
   * In the reverse sweep, before the callee's adjoint runs again: its contract takes the seed of the final row i in the
   * shadow row that was at i at the call; each shadow row holds now the adjoint of its own row (the code after the call
   * followed the rows). Each seed moves from the shadow row arranged at i after the call to the one at i before it, all at
   * once, and the shadow gets back the arrangement of the call.
   */
  static void unfollowRows(Object[] rec) {
    for (int k = 0; k < rec.length; k += 4) {
      Object[] s = (Object[]) rec[k + 1], after = (Object[]) rec[k + 2], before = (Object[]) rec[k + 3];
      if (after == null) continue;
      Object[] seeds = new Object[after.length];
      for (int i = 0; i < after.length; i++) {
        if (after[i] instanceof double[] d) {
          seeds[i] = d.clone();
          Arrays.fill(d, 0.0);
        } else if (after[i] instanceof float[] f) {
          seeds[i] = f.clone();
          Arrays.fill(f, 0.0f);
        }
      }
      for (int i = 0; i < seeds.length; i++) {
        if (seeds[i] == null) continue;
        int n = seeds[i] instanceof double[] d ? d.length : ((float[]) seeds[i]).length;
        if (before[i] == null || (before[i] instanceof double[] d ? d.length : ((float[]) before[i]).length) != n) throw unevenRows();
        System.arraycopy(seeds[i], 0, before[i], 0, n);
      }
      System.arraycopy(before, 0, s, 0, before.length);
    }
  }

  private static boolean sameRows(Object[] a, Object[] b) {
    if (a.length != b.length) return false;
    for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
    return true;
  }

  private static IllegalArgumentException notPermuted() {
    return new IllegalArgumentException("leibniz: a callee reversed jointly moved rows of an array of arrays other than by"
        .concat(" permuting them (a row dropped, stored twice or brought from elsewhere, or rows shared by two arrays both")
        .concat(" moved): the adjoint cannot tell which shadow row belongs to each; swap rows, or copy values into the rows"));
  }

  private static IllegalArgumentException unevenRows() {
    return new IllegalArgumentException("leibniz: the method moved a row to an index whose row had another length: the seed"
        .concat(" given by index there does not fit the row now there"));
  }

  /** The adjoint of {@code System.arraycopy(src, sp, dst, dp, len)}; handles overlap. */
  static void arraycopyD(double[] srcBar, int sp, double[] dstBar, int dp, int len) {
    if (srcBar == null || dstBar == null) {
      if (dstBar != null) Arrays.fill(dstBar, dp, dp + len, 0);
      return;
    }
    double[] moved = Arrays.copyOfRange(dstBar, dp, dp + len);
    Arrays.fill(dstBar, dp, dp + len, 0);
    for (int k = 0; k < len; k++) {
      srcBar[sp + k] += moved[k];
    }
  }

  static void arraycopyF(float[] srcBar, int sp, float[] dstBar, int dp, int len) {
    if (srcBar == null || dstBar == null) {
      if (dstBar != null) Arrays.fill(dstBar, dp, dp + len, 0);
      return;
    }
    float[] moved = Arrays.copyOfRange(dstBar, dp, dp + len);
    Arrays.fill(dstBar, dp, dp + len, 0);
    for (int k = 0; k < len; k++) {
      srcBar[sp + k] += moved[k];
    }
  }

  /** Sums {@code a[from..to)} and zeroes it: the adjoint of {@code Arrays.fill(a, from, to, v)}. */
  static double drainD(double[] a, int from, int to) {
    double s = 0;
    for (int k = from; k < to; k++) {
      s += a[k];
      a[k] = 0;
    }
    return s;
  }

  static float drainF(float[] a, int from, int to) {
    float s = 0;
    for (int k = from; k < to; k++) {
      s += a[k];
      a[k] = 0;
    }
    return s;
  }

  /**
   * Sorts {@code a[from..to)} into the order {@code Arrays.sort} gives ({@code Double.compare}:
   * {@code -0.0} before {@code 0.0}, NaN last), with its checks, and returns the permutation it
   * applied: the element now at {@code from + k} was at {@code from + p[k]} (core.analysis.ArrayIntrinsic).
   * Equal elements keep their order (ties are broken by the original index, so the permutation is
   * the stable sort's whatever the algorithm): insertion sort for short ranges, else heapsort, in place.
   */
  static int[] sortPermD(double[] a, int from, int to) {
    int n = sortRange(a.length, from, to);
    int[] p = identity(n);
    if (n <= 16) {
      for (int i = 1; i < n; i++) {
        for (int j = i; j > 0 && beforeD(a, from, p, j, j - 1); j--) swapD(a, from, p, j, j - 1);
      }
      return p;
    }
    for (int i = n / 2 - 1; i >= 0; i--) siftD(a, from, p, i, n);
    for (int end = n - 1; end > 0; end--) {
      swapD(a, from, p, 0, end);
      siftD(a, from, p, 0, end);
    }
    return p;
  }

  private static void siftD(double[] a, int from, int[] p, int i, int n) {
    for (int c = 2 * i + 1; c < n; i = c, c = 2 * i + 1) {
      if (c + 1 < n && beforeD(a, from, p, c, c + 1)) c++;
      if (!beforeD(a, from, p, i, c)) return;
      swapD(a, from, p, i, c);
    }
  }

  private static boolean beforeD(double[] a, int from, int[] p, int i, int j) {
    int c = Double.compare(a[from + i], a[from + j]);
    return c < 0 || c == 0 && p[i] < p[j];
  }

  private static void swapD(double[] a, int from, int[] p, int i, int j) {
    double x = a[from + i];
    a[from + i] = a[from + j];
    a[from + j] = x;
    int q = p[i];
    p[i] = p[j];
    p[j] = q;
  }

  /**
   * The tangent of {@code Arrays.sort(a, from, to)}: sorts as {@link #sortPermD} and moves the
   * tangents {@code t} with their values. A range of at most 16 is sorted by insertion with {@code t}
   * carried along, allocating nothing (the same stable permutation); a longer one goes through the
   * permutation ({@link #permuteD}).
   */
  static void sortD(double[] a, int from, int to, double[] t) {
    if (t == null || to - from > 16) {
      permuteD(t, from, sortPermD(a, from, to));
      return;
    }
    sortRange(a.length, from, to);
    for (int i = from + 1; i < to; i++) {
      double x = a[i], xt = t[i];
      int j = i - 1;
      for (; j >= from && Double.compare(a[j], x) > 0; j--) {
        a[j + 1] = a[j];
        t[j + 1] = t[j];
      }
      a[j + 1] = x;
      t[j + 1] = xt;
    }
  }

  static void sortF(float[] a, int from, int to, float[] t) {
    if (t == null || to - from > 16) {
      permuteF(t, from, sortPermF(a, from, to));
      return;
    }
    sortRange(a.length, from, to);
    for (int i = from + 1; i < to; i++) {
      float x = a[i], xt = t[i];
      int j = i - 1;
      for (; j >= from && Float.compare(a[j], x) > 0; j--) {
        a[j + 1] = a[j];
        t[j + 1] = t[j];
      }
      a[j + 1] = x;
      t[j + 1] = xt;
    }
  }

  /** {@link #sortPermD} for {@code float[]} ({@code Float.compare}). */
  static int[] sortPermF(float[] a, int from, int to) {
    int n = sortRange(a.length, from, to);
    int[] p = identity(n);
    if (n <= 16) {
      for (int i = 1; i < n; i++) {
        for (int j = i; j > 0 && beforeF(a, from, p, j, j - 1); j--) swapF(a, from, p, j, j - 1);
      }
      return p;
    }
    for (int i = n / 2 - 1; i >= 0; i--) siftF(a, from, p, i, n);
    for (int end = n - 1; end > 0; end--) {
      swapF(a, from, p, 0, end);
      siftF(a, from, p, 0, end);
    }
    return p;
  }

  private static void siftF(float[] a, int from, int[] p, int i, int n) {
    for (int c = 2 * i + 1; c < n; i = c, c = 2 * i + 1) {
      if (c + 1 < n && beforeF(a, from, p, c, c + 1)) c++;
      if (!beforeF(a, from, p, i, c)) return;
      swapF(a, from, p, i, c);
    }
  }

  private static boolean beforeF(float[] a, int from, int[] p, int i, int j) {
    int c = Float.compare(a[from + i], a[from + j]);
    return c < 0 || c == 0 && p[i] < p[j];
  }

  private static void swapF(float[] a, int from, int[] p, int i, int j) {
    float x = a[from + i];
    a[from + i] = a[from + j];
    a[from + j] = x;
    int q = p[i];
    p[i] = p[j];
    p[j] = q;
  }

  /** The checks and exceptions of {@code Arrays.sort(a, from, to)}; the range's length. */
  private static int sortRange(int length, int from, int to) {
    if (from > to) throw new IllegalArgumentException("fromIndex(".concat(Integer.toString(from)).concat(") > toIndex(").concat(Integer.toString(to)).concat(")"));
    if (from < 0) throw new ArrayIndexOutOfBoundsException(from);
    if (to > length) throw new ArrayIndexOutOfBoundsException(to);
    return to - from;
  }

  private static int[] identity(int n) {
    int[] p = new int[n];
    for (int k = 0; k < n; k++) p[k] = k;
    return p;
  }

  /**
   * {@code t[from + k] = t[from + p[k]]} for all {@code k} at once, in place (the tangent of a
   * sort: the tangents move with their values): each cycle of {@code p} is followed once, marking
   * its entries ({@code ~j}); the marks are cleared at the end, so {@code p} is unchanged. Null {@code t}: nothing.
   */
  static void permuteD(double[] t, int from, int[] p) {
    if (t == null) return;
    for (int s = 0; s < p.length; s++) {
      if (p[s] < 0) continue;
      double x = t[from + s];
      for (int k = s;;) {
        int j = p[k];
        p[k] = ~j;
        if (j == s) {
          t[from + k] = x;
          break;
        }
        t[from + k] = t[from + j];
        k = j;
      }
    }
    unmark(p);
  }

  static void permuteF(float[] t, int from, int[] p) {
    if (t == null) return;
    for (int s = 0; s < p.length; s++) {
      if (p[s] < 0) continue;
      float x = t[from + s];
      for (int k = s;;) {
        int j = p[k];
        p[k] = ~j;
        if (j == s) {
          t[from + k] = x;
          break;
        }
        t[from + k] = t[from + j];
        k = j;
      }
    }
    unmark(p);
  }

  /**
   * {@code t[from + p[k]] = t[from + k]} for all {@code k} at once, in place: the inverse of
   * {@link #permuteD}, the adjoint of a sort (each adjoint goes back where its value came from).
   */
  static void unpermuteD(double[] t, int from, int[] p) {
    if (t == null) return;
    for (int s = 0; s < p.length; s++) {
      if (p[s] < 0) continue;
      double x = t[from + s];
      int k = s;
      do {
        int j = p[k];
        p[k] = ~j;
        double y = t[from + j];
        t[from + j] = x;
        x = y;
        k = j;
      } while (k != s);
    }
    unmark(p);
  }

  static void unpermuteF(float[] t, int from, int[] p) {
    if (t == null) return;
    for (int s = 0; s < p.length; s++) {
      if (p[s] < 0) continue;
      float x = t[from + s];
      int k = s;
      do {
        int j = p[k];
        p[k] = ~j;
        float y = t[from + j];
        t[from + j] = x;
        x = y;
        k = j;
      } while (k != s);
    }
    unmark(p);
  }

  private static void unmark(int[] p) {
    for (int k = 0; k < p.length; k++) p[k] = ~p[k];
  }

  /**
   * Bootstrap of the {@code invokedynamic} that stands for an access to a member the calling class
   * may not reach directly (a private field or method of another class, read by a companion of a
   * method of that class generated into the caller: docs/architecture.md). The call site is
   * constant: linked once, then as fast as the direct access. {@code owner} is the binary name,
   * {@code desc} the member's own descriptor, {@code opcode} the bytecode instruction replaced.
   */
  static CallSite access(MethodHandles.Lookup caller, String name, MethodType type, String owner, String desc, int opcode)
      throws ReflectiveOperationException {
    ClassLoader loader = caller.lookupClass().getClassLoader();
    Class<?> c = Class.forName(owner, false, loader);
    MethodHandles.Lookup l = MethodHandles.privateLookupIn(c, caller);
    boolean field = desc.charAt(0) != '(';
    Class<?> fieldType = field ? MethodType.fromMethodDescriptorString("()" + desc, loader).returnType() : null;
    MethodType method = field ? null : MethodType.fromMethodDescriptorString(desc, loader);
    MethodHandle h;
    switch (opcode) {
      case 178: h = l.findStaticGetter(c, name, fieldType); break; // GETSTATIC
      case 179: h = l.findStaticSetter(c, name, fieldType); break; // PUTSTATIC
      case 180: h = l.findGetter(c, name, fieldType); break; // GETFIELD
      case 181: h = l.findSetter(c, name, fieldType); break; // PUTFIELD
      case 0x1000 | 181: h = l.unreflectSetter(finalField(c, name)); break; // PUTFIELD of a final field (Relocation.PUTFIELD_FINAL)
      case 183: h = l.findSpecial(c, name, method, c); break; // INVOKESPECIAL
      case 187: h = l.findConstructor(c, method); break; // NEW with its constructor call
      case 184: h = l.findStatic(c, name, method); break; // INVOKESTATIC
      default: h = l.findVirtual(c, name, method); // INVOKEVIRTUAL, INVOKEINTERFACE
    }
    return new ConstantCallSite(h.asType(type));
  }

  /**
   * A final instance field made writable by reflection (a shadow's: README, "Objects"): a setter
   * handle of it is legal where {@code putfield} is not (records and hidden classes excepted).
   */
  static java.lang.reflect.Field finalField(Class<?> c, String name) throws ReflectiveOperationException {
    java.lang.reflect.Field f = c.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  /**
   * Bootstrap of a companion call that dispatches on its receiver (the first argument) to the
   * companion {@code name} declared by the receiver's class, for a callee that no supertype marks
   * (an implementation of a library interface). Each receiver class met is linked once, by
   * {@link #relink}, in front of the site's previous target: steady-state calls are a class check
   * and a direct call. A receiver without that companion fails with an error naming its class.
   */
  static CallSite virtual(MethodHandles.Lookup caller, String name, MethodType type) throws ReflectiveOperationException {
    MutableCallSite site = new MutableCallSite(type);
    MethodHandle relink = caller.findStatic(caller.lookupClass(), "leibniz$relink", MethodType.methodType(
        Object.class, MutableCallSite.class, MethodHandles.Lookup.class, String.class, Object[].class));
    site.setTarget(MethodHandles.insertArguments(relink, 0, site, caller, name)
        .asCollector(Object[].class, type.parameterCount()).asType(type));
    return site;
  }

  /**
   * Like {@link #virtual}, with fallbacks: a receiver whose class declares no companion but runs the code of
   * one of {@code owners} (binary names, space-separated) for {@code primal} — an overridable method's own code,
   * or that of each class with shadows below an interface — uses the matching one of {@code fallbacks}, the
   * companion of that code generated into the calling class. A variable-arity bootstrap: one fallback per owner.
   */
  static CallSite virtualOr(MethodHandles.Lookup caller, String name, MethodType type, String owners, String primal,
      String primalDesc, MethodHandle... fallbacks) throws ReflectiveOperationException {
    MutableCallSite site = new MutableCallSite(type);
    MethodHandle relink = caller.findStatic(caller.lookupClass(), "leibniz$relinkOr", MethodType.methodType(Object.class,
        MutableCallSite.class, MethodHandles.Lookup.class, String.class, String.class, String.class, String.class,
        MethodHandle[].class, Object[].class));
    site.setTarget(MethodHandles.insertArguments(relink, 0, site, caller, name, owners, primal, primalDesc, fallbacks)
        .asCollector(Object[].class, type.parameterCount()).asType(type));
    return site;
  }

  /**
   * Links the receiver's class at a {@link #virtualOr} site: its own companion, else the fallback of the owner whose
   * code it runs (each receiver class behind its own exact-class test, {@link #link}), else one generated at this
   * first call or an error naming the class.
   */
  static Object relinkOr(MutableCallSite site, MethodHandles.Lookup caller, String name, String owners, String primal,
      String primalDesc, MethodHandle[] fallbacks, Object[] args) throws Throwable {
    Class<?> receiver = args[0].getClass();
    MethodHandle target = companionOf(receiver, caller, name, site.type());
    if (target == null) {
      Class<?> implementer = implementer(receiver, primal, primalDesc, caller);
      String[] each = owners.split(" ");
      for (int k = 0; k < each.length && target == null; k++) {
        if (each[k].equals(implementer.getName()) || (implementer == Object.class && sameDefault(receiver, each[k], primal,
            MethodType.fromMethodDescriptorString(primalDesc, caller.lookupClass().getClassLoader()).parameterArray()))) {
          target = fallbacks[k].asType(site.type());
        }
      }
    }
    return link(site, caller, receiver, target, name, args);
  }

  /**
   * Bootstrap of the companion of an abstract marked method, reached only by receivers whose class
   * got no companion: a lambda's body companion ({@link #lambdaCompanion}), else an error naming the
   * receiver's class. Never the inherited companion itself (that is this very call).
   */
  static CallSite lambdaSite(MethodHandles.Lookup caller, String name, MethodType type) throws ReflectiveOperationException {
    MutableCallSite site = new MutableCallSite(type);
    MethodHandle relink = caller.findStatic(caller.lookupClass(), "leibniz$relinkLambda", MethodType.methodType(
        Object.class, MutableCallSite.class, MethodHandles.Lookup.class, String.class, Object[].class));
    site.setTarget(MethodHandles.insertArguments(relink, 0, site, caller, name)
        .asCollector(Object[].class, type.parameterCount()).asType(type));
    return site;
  }

  static Object relinkLambda(MutableCallSite site, MethodHandles.Lookup caller, String name, Object[] args) throws Throwable {
    Class<?> receiver = args[0].getClass();
    MethodHandle target = receiver.isSynthetic() && receiver.getName().contains("$$Lambda")
        ? lambdaCompanion(receiver, caller, name, site.type()) : null;
    Object made = target == null ? generated(caller, receiver, name, site.type()) : target;
    if (!(made instanceof MethodHandle)) {
      throw new IllegalStateException("leibniz: no companion " + name + " of " + caller.lookupClass().getName() + " for an instance of "
          + receiver.getName() + ", whose class was not transformed by the agent (a lambda whose body has none, a proxy, or a class"
          + " loaded before the agent started), and none could be generated at its first call: " + made
          + "; implement the method in a named class");
    }
    return link(site, caller, receiver, (MethodHandle) made, name, args);
  }

  /**
   * Links the receiver's class at a {@link #virtual} site. At a call of a JDK function retyped with the class of the object
   * it is given ({@code applyAsDouble(Box)}: core.TypedFunctionCalls), the caller trusts the implementation to write
   * nothing, which only its first dispatch judges: a class's own companion (a marked class of one's own implementing
   * {@code ToDoubleFunction<Box>}) is not taken unjudged, the companion is generated and judged there instead.
   */
  static Object relink(MutableCallSite site, MethodHandles.Lookup caller, String name, Object[] args) throws Throwable {
    Class<?> receiver = args[0].getClass();
    MethodType type = site.type();
    boolean typedFunction = type.parameterType(0).getName().startsWith("java.util.function.");
    for (int k = 1; k < type.parameterCount() && typedFunction; k++) {
      Class<?> p = type.parameterType(k);
      if (!p.isPrimitive() && !p.isArray() && !p.getName().startsWith("java.")) {
        return link(site, caller, receiver, null, name, args);
      }
    }
    return link(site, caller, receiver, companionOf(receiver, caller, name, type), name, args);
  }

  /**
   * The companion {@code name} that {@code receiver} declares or inherits, as the site's type; for
   * a lambda, the companion of its body (see {@link #lambdaCompanion}); or null.
   */
  static MethodHandle companionOf(Class<?> receiver, MethodHandles.Lookup caller, String name, MethodType type) {
    try {
      return MethodHandles.privateLookupIn(receiver, caller).findVirtual(receiver, name, type.dropParameterTypes(0, 1)).asType(type);
    } catch (Exception e) { // one type: frames computed for the copy merge unrelated types to Object
      if (receiver.isSynthetic() && receiver.getName().contains("$$Lambda")) return lambdaCompanion(receiver, caller, name, type);
      return boxedCompanionOf(receiver, caller, name, type);
    }
  }

  /**
   * At a site whose call is seen with a {@code double} result (core.BoxedResultCalls: {@code op.apply(a, b)} of an {@code
   * Op<Double>}, unboxed by the caller), the receiver's companion of its {@code Double} result (the contract's boxed
   * form: the tangent returned as a {@code Double}, the adjoint's seed taken and its primal returned as one), unboxed
   * and boxed to the site's type ({@code null} throws as the caller's {@code doubleValue()} does); or null.
   */
  static MethodHandle boxedCompanionOf(Class<?> receiver, MethodHandles.Lookup caller, String name, MethodType type) {
    if (type.returnType() != double.class) return null;
    MethodType boxed = type.dropParameterTypes(0, 1).changeReturnType(Double.class);
    if (name.endsWith("$adjoint")) { // the seed: last, or before the scalar adjoints' array (CompanionContract.adjoint)
      int last = boxed.parameterCount() - 1;
      int seed = last >= 0 && boxed.parameterType(last) == double[].class ? last - 1 : last;
      if (seed < 0 || boxed.parameterType(seed) != double.class) return null;
      boxed = boxed.changeParameterType(seed, Double.class);
    } else if (!name.endsWith("$tangent")) {
      return null;
    }
    try {
      return MethodHandles.privateLookupIn(receiver, caller).findVirtual(receiver, name, boxed).asType(type);
    } catch (Exception e) {
      return null;
    }
  }

  /**
   * For a lambda's class (spun by LambdaMetafactory, a nestmate of the class that created it): the
   * companion of its body, the one {@code lambda$} method of the creating class whose parameters
   * are the lambda's captured values followed by the function's parameters (the creating class's
   * own instance first when it captures {@code this}). Null when there is no such body, when
   * several would fit (which one is this lambda's cannot be told), or when it has no companion.
   * The captured values are read from the lambda's fields on each call.
   */
  static MethodHandle lambdaCompanion(Class<?> lambda, MethodHandles.Lookup caller, String name, MethodType type) {
    try {
      Class<?> host = creator(lambda);
      if (host == null) return null;
      java.lang.reflect.Field[] fields = lambda.getDeclaredFields();
      for (int i = 1; i < fields.length; i++) { // by name (arg$1, arg$2, ...); no lambda: this code is copied
        for (int j = i; j > 0 && fields[j - 1].getName().compareTo(fields[j].getName()) > 0; j--) {
          java.lang.reflect.Field f = fields[j];
          fields[j] = fields[j - 1];
          fields[j - 1] = f;
        }
      }
      Class<?>[] captured = new Class<?>[fields.length];
      for (int k = 0; k < fields.length; k++) captured[k] = fields[k].getType();
      String function = name.substring(0, name.lastIndexOf('$'));
      java.lang.reflect.Method sam = null;
      for (java.lang.reflect.Method m : lambda.getDeclaredMethods()) {
        if (m.getName().equals(function) && !m.isBridge()) sam = m;
      }
      if (sam == null) return null;
      String suffix = name.substring(name.lastIndexOf('$'));
      // A method reference of a unique shape: the companion of its forwarder (LambdaBodies.forwarders).
      String shape = MethodType.methodType(sam.getReturnType(), sam.getParameterTypes())
          .insertParameterTypes(0, captured).toMethodDescriptorString();
      String forwarder = "leibniz$mref$" + shape.replace('/', '_').replace(';', '_').replace('[', 'A').replace("(", "").replace(")", "_R");
      String bodyName = null;
      for (java.lang.reflect.Method m : host.getDeclaredMethods()) {
        if (m.getName().equals(forwarder + suffix)) bodyName = forwarder;
      }
      boolean isStatic = true;
      if (bodyName == null) {
        java.lang.reflect.Method body = null;
        int found = 0;
        for (java.lang.reflect.Method m : host.getDeclaredMethods()) {
          if (m.getName().startsWith("lambda$") && !m.getName().endsWith("$tangent") && !m.getName().contains("$adjoint")
              && m.getReturnType() == sam.getReturnType() && bodyFits(m, host, captured, sam.getParameterTypes())) {
            body = m;
            found++;
          }
        }
        if (found != 1) return null;
        bodyName = body.getName();
        isStatic = java.lang.reflect.Modifier.isStatic(body.getModifiers());
      }
      boolean forwarded = bodyName.equals(forwarder);
      Class<?>[] carried = forwarded ? carried(captured) : captured; // as LambdaBodies.carrier passes them
      MethodHandles.Lookup l = MethodHandles.privateLookupIn(host, caller);
      MethodType companion = type.dropParameterTypes(0, 1).insertParameterTypes(0, isStatic ? carried : Arrays.copyOfRange(carried, 1, carried.length));
      MethodHandle h = isStatic ? l.findStatic(host, bodyName + suffix, companion) : l.findVirtual(host, bodyName + suffix, companion);
      MethodHandles.Lookup inLambda = MethodHandles.privateLookupIn(lambda, caller);
      for (int k = 0; k < fields.length; k++) {
        MethodHandle get = inLambda.unreflectGetter(fields[k]);
        if (carried[k] == long.class && captured[k] == double.class) {
          get = MethodHandles.filterReturnValue(get, l.findStatic(Double.class, "doubleToRawLongBits", MethodType.methodType(long.class, double.class)));
        } else if (carried[k] == int.class && captured[k] == float.class) {
          get = MethodHandles.filterReturnValue(get, l.findStatic(Float.class, "floatToRawIntBits", MethodType.methodType(int.class, float.class)));
        }
        h = MethodHandles.filterArguments(h, k, get.asType(MethodType.methodType(carried[k], type.parameterType(0))));
      }
      int[] order = new int[h.type().parameterCount()];
      for (int k = 0; k < order.length; k++) order[k] = k < fields.length ? 0 : k - fields.length + 1;
      return fields.length == 0 ? MethodHandles.dropArguments(h, 0, type.parameterType(0))
          : MethodHandles.permuteArguments(h, type, order);
    } catch (Exception e) {
      return null;
    }
  }

  /**
   * The class that created a lambda, where its body is: the member of the lambda's nest whose
   * name, followed by {@code $$Lambda}, begins the lambda's name (a lambda created in a nested
   * class has the outer class as its nest host, not its creator); null when none is.
   */
  static Class<?> creator(Class<?> lambda) {
    for (Class<?> c : lambda.getNestHost().getNestMembers()) {
      if (lambda.getName().startsWith(c.getName() + "$$Lambda")) return c;
    }
    return null;
  }

  /** Captured doubles, floats and arrays of them as a forwarder takes them: bits, or Object. */
  static Class<?>[] carried(Class<?>[] captured) {
    Class<?>[] carried = captured.clone();
    for (int k = 0; k < carried.length; k++) {
      Class<?> e = carried[k];
      while (e.isArray()) e = e.getComponentType();
      if (carried[k] == double.class) carried[k] = long.class;
      else if (carried[k] == float.class) carried[k] = int.class;
      else if (carried[k].isArray() && (e == double.class || e == float.class)) carried[k] = Object.class;
    }
    return carried;
  }

  /** The body's parameters are the captured values then the function's ({@code this} captured: receiver). */
  static boolean bodyFits(java.lang.reflect.Method m, Class<?> host, Class<?>[] captured, Class<?>[] params) {
    boolean isStatic = java.lang.reflect.Modifier.isStatic(m.getModifiers());
    int skip = isStatic ? 0 : 1;
    if (!isStatic && (captured.length == 0 || captured[0] != host)) return false;
    Class<?>[] p = m.getParameterTypes();
    if (p.length != captured.length - skip + params.length) return false;
    for (int k = skip; k < captured.length; k++) if (p[k - skip] != captured[k]) return false;
    for (int k = 0; k < params.length; k++) if (p[captured.length - skip + k] != params[k]) return false;
    return true;
  }

  /** The class whose method {@code primal} an instance of {@code receiver} runs (Object when none is found). */
  static Class<?> implementer(Class<?> receiver, String primal, String primalDesc, MethodHandles.Lookup caller) {
    return implementer(receiver, primal, primalDesc,
        MethodType.fromMethodDescriptorString(primalDesc, caller.lookupClass().getClassLoader()).parameterArray());
  }

  /**
   * True when {@code receiver} runs the same interface default method {@code primal} as class
   * {@code owner} (which declares none in its class chain either): the fallback of a call of
   * {@code owner.primal} is the code of the default method {@code owner} inherits (JVMS 5.4.3.3),
   * right for a subclass only when no interface it adds gives a more specific default.
   */
  static boolean sameDefault(Class<?> receiver, String owner, String primal, Class<?>[] params) {
    try {
      Class<?> o = Class.forName(owner, false, receiver.getClassLoader());
      return o.isAssignableFrom(receiver) && o.getMethod(primal, params).equals(receiver.getMethod(primal, params));
    } catch (Exception e) { // one catch type: the copied code's frames cannot merge a union
      return false;
    }
  }

  private static Class<?> implementer(Class<?> receiver, String primal, String primalDesc, Class<?>[] params) {
    for (Class<?> c = receiver; c != null; c = c.getSuperclass()) {
      for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
        if (m.getName().equals(primal) && Arrays.equals(m.getParameterTypes(), params)) return c;
      }
    }
    return Object.class;
  }

  static Object link(MutableCallSite site, MethodHandles.Lookup caller, Class<?> receiver, MethodHandle target, String name,
      Object[] args) throws Throwable {
    MethodType type = site.type();
    if (target == null) {
      Object made = generated(caller, receiver, name, type);
      if (!(made instanceof MethodHandle)) {
        throw new IllegalStateException("leibniz: " + receiver.getName() + " has no companion " + name + type.dropParameterTypes(0, 1)
            + " (called from " + caller.lookupClass().getName() + "), and none could be generated at its first call: " + made);
      }
      target = (MethodHandle) made;
    }
    MethodHandle test = caller.findStatic(caller.lookupClass(), "leibniz$sameClass",
        MethodType.methodType(boolean.class, Class.class, Object.class));
    test = MethodHandles.insertArguments(test, 0, receiver).asType(MethodType.methodType(boolean.class, type.parameterType(0)));
    synchronized (site) {
      site.setTarget(MethodHandles.guardWithTest(test, target, site.getTarget()));
    }
    return target.invokeWithArguments(args);
  }

  /**
   * The companion {@code name} for instances of {@code receiver}, generated now by the running agent
   * (docs/architecture.md, "Companions at first dispatch"), as a handle of the site's {@code type};
   * otherwise a String saying why there is none. Called once per receiver class and call site.
   * The agent is found by name through the system class loader, where {@code -javaagent} puts it:
   * this class names nothing outside java.base and keeps nothing.
   */
  static Object generated(MethodHandles.Lookup caller, Class<?> receiver, String name, MethodType type) {
    if (java.lang.reflect.Proxy.isProxyClass(receiver)) { // as core.ProxyCompanions says for marked interfaces
      return "it is a java.lang.reflect.Proxy, whose invocation handler decides at run time what each call returns,"
          .concat(" and Leibniz cannot see that code, so it has no derivative for it; pass the object the proxy stands for")
          .concat(" to the differentiated method (unwrap the proxy), or implement the interface in a named class");
    }
    Object bridge;
    try {
      Class<?> agent = Class.forName("dev.leibniz.agent.FirstDispatch", true, ClassLoader.getSystemClassLoader());
      bridge = agent.getMethod("bridge").invoke(null);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      bridge = null;
    }
    if (!(bridge instanceof java.util.function.Function)) {
      return "the Leibniz agent, which generates the companions of such classes at their first call, is not running"
          .concat(" (mark the implementation @Differentiable and let the agent or the build-time transformation see its class;")
          .concat(" lambdas, proxies and classes loaded before the agent get none)");
    }
    try {
      return ((java.util.function.Function<Object[], Object>) bridge).apply(new Object[] {caller, receiver, name, type});
    } catch (RuntimeException e) {
      return "internal error: ".concat(String.valueOf(e));
    }
  }

  /**
   * Bootstrap of the check at the start of the companion of an overridable marked method (see
   * dev.leibniz.core.OverrideGuards): reached for a receiver of a class other than the companion's
   * own. Each receiver class met is checked once, by {@link #relinkOverride}: when that class runs
   * this very method ({@code primal}, inherited), the check passes from then on (a class comparison);
   * when it runs an override that has no companion of its own (its class was not transformed), the
   * call fails naming it, instead of giving this method's derivative for the override.
   */
  static CallSite overrideSite(MethodHandles.Lookup caller, String name, MethodType type, String primal, String primalDesc,
      String companionDesc) throws ReflectiveOperationException {
    MutableCallSite site = new MutableCallSite(type);
    MethodHandle relink = caller.findStatic(caller.lookupClass(), "leibniz$relinkOverride", MethodType.methodType(MethodHandle.class,
        MutableCallSite.class, MethodHandles.Lookup.class, String.class, String.class, String.class, String.class, Object.class));
    site.setTarget(MethodHandles.insertArguments(relink, 0, site, caller, name, primal, primalDesc, companionDesc).asType(type));
    return site;
  }

  /**
   * Checks {@code receiver}'s class once for this site: null (go on in this companion) when it runs
   * this very method or declares the companion itself; else the companion of the override it runs,
   * generated now by the agent ({@link #generated}), as {@code (owner, arguments) -> result}; else
   * the error of {@link #checkOverride}.
   */
  static MethodHandle relinkOverride(MutableCallSite site, MethodHandles.Lookup caller, String name, String primal, String primalDesc,
      String companionDesc, Object receiver) throws ReflectiveOperationException {
    Class<?> r = receiver.getClass();
    MethodType type = site.type();
    MethodHandle target = null;
    try {
      checkOverride(r, caller.lookupClass(), name, primal, primalDesc, companionDesc);
    } catch (IllegalStateException e) {
      MethodType companion = MethodType.fromMethodDescriptorString(companionDesc, caller.lookupClass().getClassLoader())
          .insertParameterTypes(0, caller.lookupClass());
      Object made = generated(caller, r, name, companion.changeParameterType(0, r));
      if (!(made instanceof MethodHandle)) {
        throw new IllegalStateException(e.getMessage().concat("; none could be generated at its first call: ").concat(String.valueOf(made)));
      }
      target = ((MethodHandle) made).asType(companion);
    }
    MethodHandle test = caller.findStatic(caller.lookupClass(), "leibniz$sameClass",
        MethodType.methodType(boolean.class, Class.class, Object.class));
    test = MethodHandles.insertArguments(test, 0, r).asType(MethodType.methodType(boolean.class, type.parameterType(0)));
    MethodHandle answer = MethodHandles.dropArguments(MethodHandles.constant(MethodHandle.class, target), 0, type.parameterType(0));
    synchronized (site) {
      site.setTarget(MethodHandles.guardWithTest(test, answer, site.getTarget()));
    }
    return target;
  }

  /**
   * The same check without {@code invokedynamic} (class files older than Java 7): on every call of
   * the companion with a receiver of another class than {@code owner}.
   */
  static void checkOverrideOf(Object receiver, String owner, String name, String primal, String primalDesc, String companionDesc) {
    Class<?> r = receiver.getClass();
    if (r.getName().equals(owner)) return;
    Class<?> c = r;
    while (c != null && !c.getName().equals(owner)) c = c.getSuperclass(); // no ldc of a class before Java 5
    if (c != null) checkOverride(r, c, name, primal, primalDesc, companionDesc);
  }

  /**
   * Fails when an instance of {@code r} runs another method {@code primal} than {@code owner}'s,
   * one whose class declares no companion {@code name}. (When it declares one, this companion was
   * reached by its {@code super} call.)
   */
  static void checkOverride(Class<?> r, Class<?> owner, String name, String primal, String primalDesc, String companionDesc) {
    ClassLoader loader = owner.getClassLoader();
    Class<?>[] params = MethodType.fromMethodDescriptorString(primalDesc, loader).parameterArray();
    Class<?> runs = runner(r, owner, primal, params);
    // the owner's own method, or the inherited one the owner runs too (its companion is a view of it, TemplateView)
    if (runs == owner || (runs != null && runs.isAssignableFrom(owner) && runs == runner(owner, owner, primal, params))) return;
    if (runs != null) {
      Class<?>[] companion = MethodType.fromMethodDescriptorString(companionDesc, loader).parameterArray();
      for (java.lang.reflect.Method m : runs.getDeclaredMethods()) {
        if (m.getName().equals(name) && Arrays.equals(m.getParameterTypes(), companion)) return;
      }
    }
    StringBuilder shown = new StringBuilder();
    for (Class<?> p : params) shown.append(shown.length() == 0 ? "" : ", ").append(p.getTypeName());
    String method = primal + "(" + shown + ")";
    throw new IllegalStateException("leibniz: an instance of " + r.getName() + " runs " + (runs == null ? "?" : runs.getName())
        + "." + method + ", which overrides " + (annotated(owner, primal, params) ? "@Differentiable " : "") + owner.getName() + "."
        + method + ", but "
        + (runs == null ? "that class" : runs.getName()) + " has no companion " + name + ": it was not transformed by Leibniz"
        + " (loaded by a class loader or before the agent saw it, left out of a build-time transformation, or its"
        + " transformation failed), and " + owner.getName() + "'s companion would give " + owner.getName()
        + "'s derivative; let the agent (or the transform command, or the Maven plugin) see that class too");
  }

  /** True when {@code c} declares {@code primal(params)} neither public, protected nor private. */
  private static boolean packagePrivate(Class<?> c, String primal, Class<?>[] params) {
    for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
      if (m.getName().equals(primal) && !m.isBridge() && Arrays.equals(m.getParameterTypes(), params)) {
        int mods = m.getModifiers();
        return (mods & (java.lang.reflect.Modifier.PUBLIC | java.lang.reflect.Modifier.PROTECTED | java.lang.reflect.Modifier.PRIVATE)) == 0;
      }
    }
    return false;
  }

  /** True when {@code c}'s {@code primal(params)} carries an annotation named dev.leibniz.Differentiable. */
  private static boolean annotated(Class<?> c, String primal, Class<?>[] params) {
    for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
      if (m.getName().equals(primal) && !m.isBridge() && Arrays.equals(m.getParameterTypes(), params)) {
        for (java.lang.annotation.Annotation a : m.getDeclaredAnnotations()) {
          if (a.annotationType().getName().equals("dev.leibniz.Differentiable")) return true;
        }
      }
    }
    return false;
  }

  /**
   * The class whose method {@code primal(params)} an instance of {@code r} runs: the nearest class
   * declaring it with code, else the one interface among r's that declares it as a default method
   * and that no other such interface extends; null when none is found.
   */
  static Class<?> runner(Class<?> r, String primal, Class<?>[] params) {
    return runner(r, null, primal, params);
  }

  /**
   * {@link #runner(Class, String, Class[])} for a receiver of a subclass of {@code base} (or null),
   * whose {@code primal} may be package-private: then a method of the same name and parameters in a
   * class of another runtime package (or a private or static one) does not override it (JVMS 5.4.5)
   * and is passed over; when one was passed over below an override found higher up, which of them a
   * call runs is not decided here (null: the caller fails, naming the class).
   */
  static Class<?> runner(Class<?> r, Class<?> base, String primal, Class<?>[] params) {
    boolean packagePrivate = base != null && packagePrivate(base, primal, params);
    boolean passedOver = false;
    for (Class<?> c = r; c != null; c = c.getSuperclass()) {
      for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
        if (m.getName().equals(primal) && !m.isBridge() && Arrays.equals(m.getParameterTypes(), params)) {
          int mods = m.getModifiers();
          if (packagePrivate && c != base && (java.lang.reflect.Modifier.isPrivate(mods) || java.lang.reflect.Modifier.isStatic(mods)
              || c.getClassLoader() != base.getClassLoader() || !c.getPackageName().equals(base.getPackageName()))) {
            passedOver = true;
          } else if (!java.lang.reflect.Modifier.isAbstract(mods)) {
            return passedOver && c != base ? null : c;
          }
        }
      }
    }
    java.util.List<Class<?>> defaults = new java.util.ArrayList<>();
    java.util.ArrayDeque<Class<?>> todo = new java.util.ArrayDeque<>();
    for (Class<?> c = r; c != null; c = c.getSuperclass()) todo.addAll(Arrays.asList(c.getInterfaces()));
    while (!todo.isEmpty()) {
      Class<?> i = todo.poll();
      todo.addAll(Arrays.asList(i.getInterfaces()));
      for (java.lang.reflect.Method m : i.getDeclaredMethods()) {
        if (m.getName().equals(primal) && m.isDefault() && Arrays.equals(m.getParameterTypes(), params) && !defaults.contains(i)) {
          defaults.add(i);
        }
      }
    }
    Class<?> found = null;
    for (Class<?> i : defaults) {
      boolean mostSpecific = true;
      for (Class<?> j : defaults) if (j != i && i.isAssignableFrom(j)) mostSpecific = false;
      if (mostSpecific) {
        if (found != null) return null;
        found = i;
      }
    }
    return found;
  }

  /**
   * Bootstrap of the check before a kept primal call of an overridable method whose result carries
   * no derivative (core.analysis.DispatchedCode): the core read the code that {@code owner}'s
   * instances run and found that it writes nothing an active value could live in. Each receiver
   * class is checked once ({@link #relinkRuns}), then passes at the cost of a class comparison.
   * {@code methods} lists {@code name+desc} of the overridable methods that code runs on its
   * receiver (the called one first), separated by {@code ;}.
   */
  static CallSite runsSite(MethodHandles.Lookup caller, String name, MethodType type, String owner, String methods)
      throws ReflectiveOperationException {
    MutableCallSite site = new MutableCallSite(type);
    MethodHandle relink = caller.findStatic(caller.lookupClass(), "leibniz$relinkRuns", MethodType.methodType(void.class,
        MutableCallSite.class, MethodHandles.Lookup.class, String.class, String.class, Object.class));
    site.setTarget(MethodHandles.insertArguments(relink, 0, site, caller, owner, methods).asType(type));
    return site;
  }

  /**
   * Passes {@code receiver}'s class when each of {@code methods} runs for it the same code as for
   * {@code owner}'s instances (it overrides none of them), from then on with a class comparison;
   * otherwise fails naming the override: its code was never read, so keeping the call without a
   * derivative could lose one.
   */
  static void relinkRuns(MutableCallSite site, MethodHandles.Lookup caller, String owner, String methods, Object receiver)
      throws ReflectiveOperationException {
    Class<?> r = receiver.getClass();
    ClassLoader loader = caller.lookupClass().getClassLoader();
    // several owners (an abstract method whose classes with shadows each run their own code): one must match
    String[] owners = owner.split(",");
    String runs = null;
    for (String one : owners) {
      runs = otherRunner(r, Class.forName(one, false, loader), methods, loader);
      if (runs == null) break;
    }
    if (runs != null) {
      throw new IllegalStateException("leibniz: an instance of ".concat(r.getName()).concat(" runs ").concat(runs)
          .concat(" instead of the code of ").concat(owner.replace(",", " or "))
          .concat(", which the companion keeps as a call without a derivative because it read that code and found that it writes")
          .concat(" nothing that could hold one; the override's code was not read, so its call cannot be kept that way:")
          .concat(" make the check outside the differentiated method, or do not override that method"));
    }
    MethodHandle test = caller.findStatic(caller.lookupClass(), "leibniz$sameClass",
        MethodType.methodType(boolean.class, Class.class, Object.class));
    test = MethodHandles.insertArguments(test, 0, r).asType(MethodType.methodType(boolean.class, site.type().parameterType(0)));
    MethodHandle pass = MethodHandles.dropArguments(MethodHandles.constant(Object.class, null), 0, site.type().parameterType(0))
        .asType(site.type());
    synchronized (site) {
      site.setTarget(MethodHandles.guardWithTest(test, pass, site.getTarget()));
    }
  }

  static boolean sameClass(Class<?> c, Object o) {
    return o.getClass() == c;
  }

  /**
   * Null when an instance of {@code r} runs, for each of {@code methods} ({@code name+desc}, separated by
   * {@code ;}), the code an instance of {@code declaring} runs; else the first it runs otherwise, as
   * {@code Class.name} (or {@code an unknown implementation of name}).
   */
  static String otherRunner(Class<?> r, Class<?> declaring, String methods, ClassLoader loader) {
    int from = 0;
    while (from < methods.length()) {
      // each entry ends after its return type (a descriptor holds ';' too: "equals(Ljava/lang/Object;)Z;size()I")
      int close = methods.indexOf(')', from);
      int end = close + 1;
      while (methods.charAt(end) == '[') end++;
      end = methods.charAt(end) == 'L' ? methods.indexOf(';', end) + 1 : end + 1;
      String m = methods.substring(from, end);
      from = end + 1;
      int paren = m.indexOf('(');
      String name = m.substring(0, paren);
      Class<?>[] params = MethodType.fromMethodDescriptorString(m.substring(paren), loader).parameterArray();
      Class<?> runs = runner(r, name, params);
      if (runs != runner(declaring, name, params)) {
        return runs == null ? "an unknown implementation of ".concat(name) : runs.getName().concat(".").concat(name);
      }
    }
    return null;
  }
}
