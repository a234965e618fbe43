package dev.leibniz;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The state of a receiver before the first of several sweeps of one helper call ({@link Jacobian}
 * by rows or columns, {@link Hessian#dense}), so each further sweep starts from the same state: a
 * method that writes its receiver's fields would otherwise give rows (columns) from different
 * states, and leave the receiver after m updates instead of one primal call's.
 *
 * <p>Held directly (through the class hierarchy): primitive fields and primitive arrays (their
 * contents) are restored before each further sweep, and any field the sweep reassigned gets its
 * reference back. Anything deeper (an object or object array a field refers to) is compared with
 * its state before the first sweep; when a sweep changed it the helper throws {@link
 * IllegalStateException} naming the method and field, since restoring it is not this helper's to
 * do. After the last sweep nothing is restored: the receiver is left as one primal call leaves it.
 * Fields the JDK does not let this module read (of a JDK superclass, inside a JDK object) are not
 * seen.
 */
final class ReceiverState {
  /** A snapshot of nothing: static methods. */
  private static final ReceiverState NONE = new ReceiverState(null, null, new Field[0]);

  private final Object receiver;
  private final String method;
  private final Field[] fields;
  /** Per field: its value (a boxed primitive or the reference). */
  private final Object[] values;
  /** Per field: a primitive array's contents, else null. */
  private final Object[] contents;
  /** Per field: the state of what a non-primitive-array reference reaches, else null. */
  private final List<?>[] deep;

  private ReceiverState(Object receiver, String method, Field[] fields) {
    this.receiver = receiver;
    this.method = method;
    this.fields = fields;
    this.values = new Object[fields.length];
    this.contents = new Object[fields.length];
    this.deep = new List<?>[fields.length];
    for (int k = 0; k < fields.length; k++) {
      Object v = read(fields[k], receiver);
      values[k] = v;
      if (isPrimitiveArray(v)) {
        contents[k] = cloneArray(v);
      } else if (v != null && !fields[k].getType().isPrimitive()) {
        deep[k] = Deep.of(v, receiver);
      }
    }
  }

  /** The state of {@code receiver} (null for a static method: nothing to keep) before {@code method}'s first sweep. */
  static ReceiverState capture(Object receiver, String method) {
    if (receiver == null) return NONE;
    List<Field> fields = new ArrayList<>();
    for (Class<?> k = receiver.getClass(); k != null; k = k.getSuperclass()) {
      for (Field f : k.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers()) && f.trySetAccessible()) fields.add(f);
      }
    }
    return new ReceiverState(receiver, method, fields.toArray(new Field[0]));
  }

  /**
   * Before a further sweep: the receiver back to its captured state.
   *
   * @throws IllegalStateException when the last sweep changed something deeper than a primitive
   *     field or primitive array held directly
   */
  void restore() {
    for (int k = 0; k < fields.length; k++) {
      Field f = fields[k];
      Object now = read(f, receiver);
      if (f.getType().isPrimitive() ? !values[k].equals(now) : now != values[k]) {
        write(f, values[k]); // reassigned: the reference (or value) back
      }
      if (contents[k] != null) {
        System.arraycopy(contents[k], 0, values[k], 0, Array.getLength(contents[k]));
      }
    }
    for (int k = 0; k < fields.length; k++) { // after the direct state is back: what it reaches may reach the receiver
      Field f = fields[k];
      if (deep[k] != null && !Deep.same(deep[k], Deep.of(values[k], receiver))) {
        throw new IllegalStateException(method + " changed what its receiver's field " + f.getDeclaringClass().getSimpleName()
            + "." + f.getName() + " refers to (a " + values[k].getClass().getName() + "), so the sweeps of this helper would"
            + " see different receivers; the helper restores only primitive fields and primitive arrays the receiver holds"
            + " directly. Use a method that does not change its receiver, or call the companion directly");
      }
    }
  }

  /**
   * The sweeps of one helper call, in turn: before the first the receiver's state is captured,
   * before each further one restored ({@link #restore}); nothing for a static method.
   */
  static final class Sequence {
    private final Object receiver;
    private final String method;
    private ReceiverState state;

    /** For {@code receiver}'s method {@code method} ({@code receiver} null or a {@code Class}: a static method). */
    Sequence(Object receiver, String method) {
      this.receiver = receiver instanceof Class<?> ? null : receiver;
      this.method = method;
    }

    void next() {
      if (receiver == null) return;
      if (state == null) state = capture(receiver, method);
      else state.restore();
    }
  }

  private static boolean isPrimitiveArray(Object v) {
    return v != null && v.getClass().isArray() && v.getClass().getComponentType().isPrimitive();
  }

  private static Object cloneArray(Object a) {
    int n = Array.getLength(a);
    Object copy = Array.newInstance(a.getClass().getComponentType(), n);
    System.arraycopy(a, 0, copy, 0, n);
    return copy;
  }

  private static Object read(Field f, Object o) {
    try {
      return f.get(o);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + f, e);
    }
  }

  private void write(Field f, Object v) {
    try {
      f.set(receiver, v);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(method + " changed its receiver's field " + f.getDeclaringClass().getSimpleName() + "."
          + f.getName() + ", which cannot be set back here; use a method that does not change its receiver, or call the"
          + " companion directly", e);
    }
  }

  /** The state an object reaches, flattened: object identities, primitive values and arrays' contents, in walk order. */
  private static final class Deep {
    private final List<Object> out = new ArrayList<>();
    private final Map<Object, Integer> seen = new IdentityHashMap<>();

    /** What {@code root} reaches; the receiver, held directly and restored on its own, only by identity. */
    static List<Object> of(Object root, Object receiver) {
      Deep d = new Deep();
      d.seen.put(receiver, 0);
      d.walk(root);
      return d.out;
    }

    /** Same identities, same values. */
    static boolean same(List<?> a, List<?> b) {
      if (a.size() != b.size()) return false;
      for (int i = 0; i < a.size(); i++) {
        Object x = a.get(i), y = b.get(i);
        boolean equal = x instanceof Identity ? y instanceof Identity && ((Identity) x).o == ((Identity) y).o : Objects.deepEquals(x, y);
        if (!equal) return false;
      }
      return true;
    }

    private void walk(Object o) {
      if (o == null) {
        out.add(null);
        return;
      }
      Integer index = seen.get(o);
      if (index != null) {
        out.add(index);
        return;
      }
      seen.put(o, seen.size());
      out.add(new Identity(o));
      Class<?> c = o.getClass();
      if (isPrimitiveArray(o)) {
        out.add(cloneArray(o));
      } else if (c.isArray()) {
        for (int i = 0, n = Array.getLength(o); i < n; i++) walk(Array.get(o, i));
      } else if (o instanceof Collection<?> && c.getModule().isNamed()) { // a JDK collection's internals are closed: its elements
        for (Object e : (Collection<?>) o) walk(e);
      } else if (o instanceof Map<?, ?> && c.getModule().isNamed()) {
        for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) {
          walk(e.getKey());
          walk(e.getValue());
        }
      } else {
        fields(o, c);
      }
    }

    private void fields(Object o, Class<?> c) {
      for (Class<?> k = c; k != null; k = k.getSuperclass()) {
        for (Field f : k.getDeclaredFields()) {
          if (Modifier.isStatic(f.getModifiers()) || !f.trySetAccessible()) continue; // a JDK class's internals: not seen
          Object v = read(f, o);
          if (f.getType().isPrimitive()) out.add(v);
          else walk(v);
        }
      }
    }
  }

  /** An object compared by identity. */
  private static final class Identity {
    final Object o;

    Identity(Object o) {
      this.o = o;
    }
  }
}
