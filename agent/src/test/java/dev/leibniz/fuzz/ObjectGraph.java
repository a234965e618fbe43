package dev.leibniz.fuzz;

import dev.leibniz.Differentiable;
import dev.leibniz.fuzz.ObjectProgram.Kind;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The arguments of a generated object program as an object graph, by reflection: built from a
 * seed (so that the same graph, aliasing included, can be built in another class loader), and
 * flattened into <em>slots</em>: the differentiable scalars of the arguments, then every
 * {@code double} field and {@code double[]} element reachable from the receiver and the
 * arguments, each once (identity), in a fixed depth-first order.
 */
final class ObjectGraph {
  private ObjectGraph() {}

  /** One differentiable number: {@code args[index]}, {@code field} of {@code holder}, or {@code holder[index]}. */
  record Slot(Object holder, Field field, int index) {
    double get() {
      try {
        if (field != null) return field.getDouble(holder);
        if (holder instanceof double[] a) return a[index];
        return ((Number) ((Object[]) holder)[index]).doubleValue();
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }

    void set(double value) {
      try {
        if (field != null) field.setDouble(holder, value);
        else if (holder instanceof double[] a) a[index] = value;
        else ((Object[]) holder)[index] = value;
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }

    /** The same slot in the graph {@code map} maps this one's onto (shadows); scalars map to {@code scalars}. */
    Slot in(Map<Object, Object> map, Object[] scalars) {
      if (field == null && !(holder instanceof double[])) return new Slot(scalars, null, index);
      Object other = map.get(holder);
      if (other == null) throw new IllegalStateException("no shadow for " + holder);
      return new Slot(other, field, index);
    }
  }

  /**
   * The receiver (index 0, or null for a static {@code run}) and the arguments of program {@code p}
   * whose marked class is {@code m}: random values, arrays of length 1..4, object arrays of length
   * 1..3, and now and then aliasing the contract allows (the receiver passed as the object, an
   * object twice in the array, the array parameter being the receiver's array field).
   */
  static Object[] build(ObjectProgram p, Class<?> m, long seed) {
    Random r = new Random(seed);
    Object receiver = p.instance() ? object(m, r) : null;
    Object[] roots = new Object[p.params().size() + 1];
    roots[0] = receiver;
    Object object = null;
    for (int i = 0; i < p.params().size(); i++) {
      Kind k = p.params().get(i);
      if (k == Kind.OBJECT) {
        object = receiver != null && r.nextInt(5) == 0 ? receiver : object(m, r);
        roots[i + 1] = object;
      }
    }
    for (int i = 0; i < p.params().size(); i++) {
      Kind k = p.params().get(i);
      roots[i + 1] = switch (k) {
        case DOUBLE -> 4 * r.nextDouble() - 2;
        case INT -> r.nextInt(6);
        case DOUBLE_ARRAY -> {
          double[] field = receiver == null ? null : (double[]) value(receiver, "w");
          yield field != null && r.nextInt(10) == 0 ? field : array(r);
        }
        case OBJECT -> roots[i + 1];
        case OBJECT_ARRAY -> {
          Object[] a = (Object[]) java.lang.reflect.Array.newInstance(m, 1 + r.nextInt(3));
          for (int j = 0; j < a.length; j++) a[j] = object(m, r);
          if (a.length > 1 && r.nextInt(8) == 0) a[a.length - 1] = a[0];
          if (object != null && r.nextInt(8) == 0) a[0] = object;
          if (receiver != null && r.nextInt(8) == 0) a[a.length - 1] = receiver;
          yield a;
        }
      };
    }
    return roots;
  }

  private static double[] array(Random r) {
    return r.doubles(1 + r.nextInt(4), -2, 2).toArray();
  }

  /** An object of {@code c} with random differentiable fields (no constructor of its own is relied on). */
  private static Object object(Class<?> c, Random r) {
    try {
      Constructor<?> k = c.getDeclaredConstructor();
      k.setAccessible(true);
      Object o = k.newInstance();
      for (Field f : fields(c)) {
        Class<?> t = f.getType();
        if (t == double.class) f.setDouble(o, 4 * r.nextDouble() - 2);
        else if (t == double[].class) f.set(o, array(r));
        else if (t == int.class) f.setInt(o, r.nextInt(5));
        else if (!t.isPrimitive() && !t.isArray()) f.set(o, object(t, r));
      }
      return o;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Object value(Object o, String field) {
    for (Field f : fields(o.getClass())) {
      if (f.getName().equals(field)) {
        try {
          return f.get(o);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return null;
  }

  /** The instance fields of {@code c}, accessible, by name (a fixed order in every loader). */
  static List<Field> fields(Class<?> c) {
    List<Field> fields = new ArrayList<>();
    for (Field f : c.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers())) continue;
      f.setAccessible(true);
      fields.add(f);
    }
    fields.sort(Comparator.comparing(Field::getName));
    return fields;
  }

  static boolean differentiableClass(Class<?> c) {
    // the generator's class M has shadows also when it is not annotated (it then writes M.a: README, "Objects")
    return !c.isPrimitive() && !c.isArray() && (c.isAnnotationPresent(Differentiable.class) || c.getSimpleName().endsWith("_M"));
  }

  /** The slots of {@code roots} (index 0 the receiver or null): scalar arguments first, then the graph's numbers. */
  static List<Slot> slots(ObjectProgram p, Object[] roots) {
    List<Slot> slots = new ArrayList<>();
    for (int i = 0; i < p.params().size(); i++) {
      if (p.params().get(i) == Kind.DOUBLE) slots.add(new Slot(roots, null, i + 1));
    }
    IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
    for (Object root : roots) {
      walk(root, seen, slots);
    }
    return slots;
  }

  private static void walk(Object o, IdentityHashMap<Object, Boolean> seen, List<Slot> slots) {
    if (o == null || o instanceof Number || seen.put(o, true) != null) return;
    if (o instanceof double[] a) {
      for (int i = 0; i < a.length; i++) slots.add(new Slot(a, null, i));
    } else if (o instanceof Object[] a) {
      for (Object e : a) walk(e, seen, slots);
    } else if (differentiableClass(o.getClass())) {
      for (Field f : fields(o.getClass())) {
        try {
          if (f.getType() == double.class) slots.add(new Slot(o, f, -1));
          else if (!f.getType().isPrimitive()) walk(f.get(o), seen, slots);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
  }

  /**
   * Maps every object and array of the primal graph onto its counterpart in {@code shadow}, a graph
   * of the same shape; fails when the shadow's shape (or sharing) differs.
   */
  static void correspond(Object primal, Object shadow, IdentityHashMap<Object, Object> map) {
    if (primal == null || primal instanceof Number) return;
    if (shadow == null) throw new IllegalStateException("null shadow for " + primal.getClass().getSimpleName());
    Object known = map.putIfAbsent(primal, shadow);
    if (known != null) {
      if (known != shadow) throw new IllegalStateException("a shared " + primal.getClass().getSimpleName() + " has two shadows");
      return;
    }
    if (primal instanceof double[] a) {
      if (((double[]) shadow).length != a.length) throw new IllegalStateException("shadow array of another length");
    } else if (primal instanceof Object[] a) {
      Object[] b = (Object[]) shadow;
      for (int i = 0; i < a.length; i++) correspond(a[i], b[i], map);
    } else if (differentiableClass(primal.getClass())) {
      for (Field f : fields(primal.getClass())) {
        if (f.getType().isPrimitive()) continue;
        try {
          correspond(f.get(primal), f.get(shadow), map);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
  }

  static double[] values(List<Slot> slots) {
    double[] v = new double[slots.size()];
    for (int i = 0; i < v.length; i++) v[i] = slots.get(i).get();
    return v;
  }

  static String show(Object[] roots) {
    StringBuilder sb = new StringBuilder();
    IdentityHashMap<Object, Integer> ids = new IdentityHashMap<>();
    for (int i = 0; i < roots.length; i++) {
      sb.append(i == 0 ? "this=" : ", ").append(show(roots[i], ids));
    }
    return sb.toString();
  }

  private static String show(Object o, IdentityHashMap<Object, Integer> ids) {
    if (o == null || o instanceof Number) return String.valueOf(o);
    if (o instanceof double[] a) return Arrays.toString(a);
    Integer id = ids.get(o);
    if (id != null) return "#" + id;
    ids.put(o, ids.size());
    if (o instanceof Object[] a) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < a.length; i++) sb.append(i == 0 ? "" : ", ").append(show(a[i], ids));
      return sb.append(']').toString();
    }
    StringBuilder sb = new StringBuilder("#" + ids.get(o) + "{");
    for (Field f : fields(o.getClass())) {
      try {
        sb.append(f.getName()).append('=').append(show(f.get(o), ids)).append(' ');
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }
    return sb.append('}').toString();
  }
}
