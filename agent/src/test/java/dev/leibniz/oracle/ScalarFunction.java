package dev.leibniz.oracle;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One {@code @Differentiable} method with scalar parameters ({@code double}, {@code float}, or
 * passive {@code int}/{@code long}) and a {@code double} or {@code float} result, called through
 * its primal and both companions with every value given as {@code double}. Passive parameters
 * take no part in directions and gradients: {@link #active()} counts the differentiable ones.
 */
public final class ScalarFunction {
  private final String name;
  private final Class<?>[] params;
  private final Method primal, tangent, adjoint;
  private final Object receiver;

  public ScalarFunction(Class<?> type, String name, Class<?>... params) {
    this(type, null, name, params);
  }

  public ScalarFunction(Class<?> type, Object receiver, String name, Class<?>... params) {
    this.name = name;
    this.params = params;
    this.receiver = receiver;
    List<Class<?>> t = new ArrayList<>(), a = new ArrayList<>();
    for (Class<?> p : params) {
      t.add(p);
      a.add(p);
      if (differentiable(p)) t.add(p);
    }
    try {
      primal = type.getDeclaredMethod(name, params);
      Class<?> result = primal.getReturnType();
      a.add(result);
      a.add(double[].class);
      tangent = type.getDeclaredMethod(name + "$tangent", t.toArray(Class<?>[]::new));
      adjoint = type.getDeclaredMethod(name + "$adjoint", a.toArray(Class<?>[]::new));
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e + " in " + Arrays.toString(type.getDeclaredMethods()));
    }
    primal.setAccessible(true);
  }

  private static boolean differentiable(Class<?> p) {
    return p == double.class || p == float.class;
  }

  public String name() {
    return name;
  }

  /** The number of differentiable parameters. */
  public int active() {
    int n = 0;
    for (Class<?> p : params) if (differentiable(p)) n++;
    return n;
  }

  public double value(double... x) {
    return number(invoke(primal, args(x, null)));
  }

  /** The directional derivative along {@code dx} (one entry per differentiable parameter). */
  public double tangent(double[] x, double[] dx) {
    return number(invoke(tangent, args(x, dx)));
  }

  /** Calls the adjoint with {@code seed}, accumulating into {@code grad}; returns the primal. */
  public double adjoint(double[] x, double seed, double[] grad) {
    Object[] base = args(x, null);
    Object[] all = Arrays.copyOf(base, base.length + 2);
    all[base.length] = cast(primal.getReturnType(), seed);
    all[base.length + 1] = grad;
    return number(invoke(adjoint, all));
  }

  /** A fresh gradient for seed 1. */
  public double[] gradient(double... x) {
    double[] g = new double[active()];
    adjoint(x, 1, g);
    return g;
  }

  /** The gradient read off the tangent, one unit direction at a time. */
  public double[] tangentGradient(double... x) {
    double[] g = new double[active()];
    for (int i = 0; i < g.length; i++) {
      double[] e = new double[g.length];
      e[i] = 1;
      g[i] = tangent(x, e);
    }
    return g;
  }

  /** The values of the differentiable parameters only. */
  public double[] activePart(double[] x) {
    double[] a = new double[active()];
    for (int i = 0, k = 0; i < params.length; i++) if (differentiable(params[i])) a[k++] = x[i];
    return a;
  }

  /** {@code x} with its differentiable parameters replaced by {@code a}. */
  public double[] withActive(double[] x, double[] a) {
    double[] y = x.clone();
    for (int i = 0, k = 0; i < params.length; i++) if (differentiable(params[i])) y[i] = a[k++];
    return y;
  }

  private Object[] args(double[] x, double[] dx) {
    List<Object> out = new ArrayList<>();
    int k = 0;
    for (int i = 0; i < params.length; i++) {
      out.add(cast(params[i], x[i]));
      if (dx != null && differentiable(params[i])) out.add(cast(params[i], dx[k++]));
    }
    return out.toArray();
  }

  private static Object cast(Class<?> p, double v) {
    if (p == double.class) return v;
    if (p == float.class) return (float) v;
    if (p == int.class) return (int) v;
    if (p == long.class) return (long) v;
    throw new IllegalArgumentException(p.toString());
  }

  private static double number(Object o) {
    return ((Number) o).doubleValue();
  }

  private Object invoke(Method m, Object[] args) {
    try {
      return m.invoke(receiver, args);
    } catch (InvocationTargetException e) {
      throw new AssertionError(m.getName() + Arrays.toString(args) + " threw", e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
