package dev.leibniz.corpus;

import java.lang.reflect.Array;

/**
 * Differentiable values ({@code double}, {@code float} and arrays of them, at any depth) seen as
 * flat vectors of doubles, in row-major order, so that a method of any such signature is a
 * function {@code R^n -> R^m} for the finite-difference and dot-product oracles.
 */
final class Shapes {
  private Shapes() {}

  /** True for the types the contract differentiates. */
  static boolean differentiable(Class<?> t) {
    while (t.isArray()) t = t.getComponentType();
    return t == double.class || t == float.class;
  }

  static boolean isFloat(Class<?> t) {
    while (t.isArray()) t = t.getComponentType();
    return t == float.class;
  }

  /** The number of doubles in {@code v} (a boxed scalar or an array). */
  static int size(Object v) {
    if (v == null) return 0;
    if (!v.getClass().isArray()) return 1;
    int n = 0, len = Array.getLength(v);
    if (v.getClass().getComponentType().isArray()) {
      for (int i = 0; i < len; i++) n += size(Array.get(v, i));
      return n;
    }
    return len;
  }

  /** Writes the contents of {@code v} into {@code flat} from {@code pos}; returns the next position. */
  static int write(Object v, double[] flat, int pos) {
    if (v == null) return pos;
    if (!v.getClass().isArray()) {
      flat[pos] = ((Number) v).doubleValue();
      return pos + 1;
    }
    int len = Array.getLength(v);
    for (int i = 0; i < len; i++) {
      Object e = Array.get(v, i);
      if (e instanceof Number number) flat[pos++] = number.doubleValue();
      else pos = write(e, flat, pos);
    }
    return pos;
  }

  /** A fresh value of the type and shape of {@code template} holding {@code flat[pos...]}. */
  static Object fill(Class<?> type, Object template, double[] flat, int pos) {
    if (!type.isArray()) return box(type, flat[pos]);
    int len = Array.getLength(template);
    Class<?> component = type.getComponentType();
    Object out = Array.newInstance(component, len);
    for (int i = 0; i < len; i++) {
      if (component.isArray()) {
        Object row = Array.get(template, i);
        Array.set(out, i, fill(component, row, flat, pos));
        pos += size(row);
      } else {
        Array.set(out, i, box(component, flat[pos++]));
      }
    }
    return out;
  }

  static Object box(Class<?> type, double v) {
    if (type == double.class || type == Double.class) return v; // a Double result's seed is a Double (the contract)
    if (type == float.class) return (float) v;
    throw new IllegalArgumentException(type.toString());
  }

  /** A copy of a passive argument that a call cannot change for the next call: primitive arrays are cloned. */
  static Object copyPassive(Object v, ClassLoader loader) {
    if (v instanceof Entry.InLoader in) {
      Object made = in.factory() != null ? Entry.madeBy(classIn(in.type().getName(), loader), in.factory(), in.constructorArgs())
          : in.constructorArgs().length == 0 ? newInstance(in.type().getName(), loader)
          : Entry.construct(madeIn(in.constructorArgs(), loader)).apply(classIn(in.type().getName(), loader));
      if (in.init() != null) in.init().accept(made);
      return made;
    }
    return copyPassive(v);
  }

  /** Constructor arguments with those that are objects to make in the loader made there (a vector a value object holds). */
  private static Object[] madeIn(Object[] args, ClassLoader loader) {
    Object[] out = args.clone();
    for (int i = 0; i < out.length; i++) if (out[i] instanceof Entry.InLoader) out[i] = copyPassive(out[i], loader);
    return out;
  }

  private static Class<?> classIn(String name, ClassLoader loader) {
    try {
      return Class.forName(name, true, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("no " + name + " in the entry's loader", e);
    }
  }

  private static Object newInstance(String name, ClassLoader loader) {
    try {
      var k = Class.forName(name, true, loader).getDeclaredConstructor();
      k.setAccessible(true);
      return k.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot make a " + name + " in the entry's loader", e);
    }
  }

  static Object copyPassive(Object v) {
    if (v instanceof Entry.Fresh fresh) return fresh.make().get();
    if (v == null || !v.getClass().isArray() || !v.getClass().getComponentType().isPrimitive() && !v.getClass().getComponentType().isArray()) {
      return v;
    }
    int len = Array.getLength(v);
    Object out = Array.newInstance(v.getClass().getComponentType(), len);
    for (int i = 0; i < len; i++) Array.set(out, i, copyPassive(Array.get(v, i)));
    return out;
  }
}
