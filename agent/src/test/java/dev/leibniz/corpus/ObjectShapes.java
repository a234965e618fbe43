package dev.leibniz.corpus;

import dev.leibniz.Derivatives;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Objects with shadows (README, "Objects") seen as flat vectors, for entries whose parameters are
 * objects the agent gave shadows (a {@code Body[]} nobody annotated whose fields the entry writes):
 * the {@code double} and {@code float} fields and {@code double[]} and {@code float[]} fields of every object reached
 * (fields by name, each object once), in the order a walk from the root meets them (a {@code float[]} held in a field:
 * PDFBox's {@code Matrix.single}, which {@code translate} writes through the receiver's shadow).
 */
final class ObjectShapes {
  private ObjectShapes() {}

  /** A slot of the flat vector: a {@code double} field of an object, or an element of a {@code double[]}. */
  private record Slot(Object holder, Field field, int index) {
    double get() throws IllegalAccessException {
      return field != null ? field.getDouble(holder) : Array.getDouble(holder, index);
    }

    void set(double v) throws IllegalAccessException {
      if (field != null && field.getType() == float.class) field.setFloat(holder, (float) v);
      else if (field != null) field.setDouble(holder, v);
      else if (holder instanceof float[] f) f[index] = (float) v;
      else Array.setDouble(holder, index, v);
    }
  }

  static int size(Object root) {
    return slots(root).size();
  }

  /** Whether a slot of {@code root} is a {@code float} field (float code: float tolerances). */
  static boolean hasFloats(Object root) {
    return slots(root).stream().anyMatch(s -> s.field() != null ? s.field().getType() == float.class : s.holder() instanceof float[]);
  }

  static int write(Object root, double[] flat, int pos) {
    try {
      for (Slot s : slots(root)) flat[pos++] = s.get();
      return pos;
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  /** A fresh copy of the graph {@code fresh} made ({@code shadow}: its zero shadow instead) holding {@code flat[pos...]}. */
  static Object fill(Object made, boolean shadow, double[] flat, int pos) {
    Object out = shadow ? Derivatives.zeroShadow(made) : made;
    try {
      for (Slot s : slots(out)) s.set(flat[pos++]);
      return out;
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Slot> slots(Object root) {
    List<Slot> out = new ArrayList<>();
    walk(root, new IdentityHashMap<>(), out);
    return out;
  }

  private static void walk(Object o, IdentityHashMap<Object, Boolean> seen, List<Slot> out) {
    if (o == null || seen.put(o, true) != null) return;
    if (o instanceof double[] a) {
      for (int i = 0; i < a.length; i++) out.add(new Slot(a, null, i));
    } else if (o instanceof float[] a) {
      for (int i = 0; i < a.length; i++) out.add(new Slot(a, null, i));
    } else if (o instanceof Object[] a) {
      for (Object e : a) walk(e, seen, out);
    } else if (!o.getClass().getName().startsWith("java.") && !(o instanceof Enum<?>)) {
      // an enum constant is shared, never an input (Commons Numbers' Quaternion.Type, which holds lambdas); a JDK
      // superclass's fields are not the user's state (and java.base does not open them)
      List<Field> fields = new ArrayList<>();
      for (Class<?> k = o.getClass(); k != null && !k.getName().startsWith("java."); k = k.getSuperclass()) {
        for (Field f : k.getDeclaredFields()) {
          if (!Modifier.isStatic(f.getModifiers())) fields.add(f);
        }
      }
      fields.sort(Comparator.comparing(Field::getName));
      for (Field f : fields) {
        f.setAccessible(true);
        try {
          if (f.getType() == double.class || f.getType() == float.class) out.add(new Slot(o, f, -1));
          else if (!f.getType().isPrimitive()) walk(f.get(o), seen, out);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
  }
}
