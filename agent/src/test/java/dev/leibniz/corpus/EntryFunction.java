package dev.leibniz.corpus;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * An entry method of any contract signature, at one point, seen as {@code F: R^n -> R^m}: the
 * inputs are its differentiable parameters flattened in order; the outputs are its differentiable
 * result followed by the final contents of its differentiable array parameters. The primal and
 * both companions are called by the contract (README, "The contract"), with fresh arguments each
 * call, so that {@code tangent} is {@code J xdot} and {@code adjoint} is {@code J^T ybar}.
 */
final class EntryFunction {
  private final Method primal;
  private final Class<?>[] params;
  private final boolean[] active;
  /** Parameters that are objects with shadows (README, "Objects"): inputs and outputs like arrays. */
  private final boolean[] shadowed;
  private final Object receiver;
  private final Object[] point;
  private final ClassLoader loader;
  private final Class<?> result;
  private final boolean resultActive;
  private final Object resultTemplate;
  final int n;
  final int m;
  final boolean floats;

  /**
   * The result is an object (not a differentiable array) other than an object parameter with a shadow:
   * its derivative cannot be checked.
   */
  final boolean objectResult;

  /**
   * The object parameter with a shadow that the primal returns (a fluent {@code return xy;}), or -1: its
   * derivative is that parameter's, already an output; the tangent must return that parameter's shadow.
   */
  private final int returnedParam;

  /**
   * An instance method whose companions take the receiver's shadow first (README, "Objects": a class with shadows):
   * the receiver is seen as parameter 0 with a shadow, its fields inputs and outputs like an object parameter's,
   * and each call passes its argument 0 as the receiver.
   */
  private final boolean receiverShadowed;

  /** The companions of {@code primal}, or the reason they cannot be found. */
  record Companions(Method tangent, Method adjoint) {}

  EntryFunction(Method primal, Object receiver, Object[] point) {
    this.primal = primal;
    Class<?> receiverType = receiverShadow(primal.getDeclaringClass(), primal);
    this.receiverShadowed = receiverType != null;
    this.params = receiverShadowed ? prepend(receiverType, primal.getParameterTypes()) : primal.getParameterTypes();
    this.receiver = Modifier.isStatic(primal.getModifiers()) || receiverShadowed ? null : receiver;
    this.point = receiverShadowed ? prepend(receiver, java.util.Arrays.copyOf(point, point.length, Object[].class)) : point;
    this.loader = primal.getDeclaringClass().getClassLoader();
    this.active = new boolean[params.length];
    boolean[] sh = shadowedParams(primal.getDeclaringClass(), primal, receiverType);
    this.shadowed = receiverShadowed ? prependTrue(sh) : sh;
    boolean anyFloat = Shapes.isFloat(primal.getReturnType()) && Shapes.differentiable(primal.getReturnType());
    int inputs = 0;
    for (int i = 0; i < params.length; i++) {
      active[i] = Shapes.differentiable(params[i]) || shadowed[i];
      if (active[i]) {
        inputs += size(i);
        anyFloat |= Shapes.isFloat(params[i]);
      }
    }
    this.n = inputs;
    this.floats = anyFloat;
    this.result = primal.getReturnType();
    this.resultActive = Shapes.differentiable(result);
    primal.setAccessible(true);
    Object[] args0 = primalArgs(values());
    Object r = call(primal, args0);
    this.returnedParam = returnedParam(args0, r);
    this.objectResult = !result.isPrimitive() && !resultActive && returnedParam < 0;
    this.resultTemplate = resultActive ? r : null;
    int outputs = resultActive ? Shapes.size(r) : 0;
    for (int i = 0; i < params.length; i++) {
      if (active[i] && inPlace(i)) outputs += size(i);
    }
    this.m = outputs;
  }

  /** The shadowed parameter whose argument {@code r} is (identity), or -1. */
  private int returnedParam(Object[] args, Object r) {
    for (int i = 0; i < params.length; i++) {
      if (shadowed[i] && r != null && args[i] == r) return i;
    }
    return -1;
  }

  /** The differentiable inputs at the point. */
  double[] values() {
    double[] x = new double[n];
    int pos = 0;
    for (int i = 0; i < params.length; i++) {
      if (active[i]) pos = shadowed[i] ? ObjectShapes.write(Shapes.copyPassive(point[i]), x, pos) : Shapes.write(point[i], x, pos);
    }
    return x;
  }

  private int size(int i) {
    return shadowed[i] ? ObjectShapes.size(Shapes.copyPassive(point[i])) : Shapes.size(point[i]);
  }

  /** True for parameters whose final contents are outputs: differentiable arrays and objects with shadows. */
  private boolean inPlace(int i) {
    return params[i].isArray() || shadowed[i];
  }

  /** The argument for parameter {@code i} holding {@code flat[pos...]} ({@code shadow}: its shadow). */
  private Object fill(int i, boolean shadow, double[] flat, int pos) {
    return shadowed[i] ? ObjectShapes.fill(Shapes.copyPassive(point[i]), shadow, flat, pos) : Shapes.fill(params[i], point[i], flat, pos);
  }

  /**
   * The parameters that are objects with shadows: those (of classes outside the JDK) whose
   * companion, found in {@code type}, takes each followed by its shadow.
   */
  static boolean[] shadowedParams(Class<?> type, Method primal, Class<?> receiverType) {
    Class<?>[] ps = primal.getParameterTypes();
    boolean[] out = new boolean[ps.length];
    if (companions(type, primal, out, receiverType).tangent() != null) return out;
    boolean any = false;
    for (int i = 0; i < ps.length; i++) {
      Class<?> e = ps[i];
      while (e.isArray()) e = e.getComponentType();
      out[i] = !e.isPrimitive() && !e.getName().startsWith("java.");
      any |= out[i];
    }
    return any && companions(type, primal, out, receiverType).tangent() != null ? out : new boolean[ps.length];
  }

  /**
   * For an instance method whose companions (in {@code type}) take the receiver's shadow first: the shadow's type (the
   * highest class with shadows, so the declaring class or a superclass); null otherwise.
   */
  static Class<?> receiverShadow(Class<?> type, Method primal) {
    if (Modifier.isStatic(primal.getModifiers())) return null;
    for (Class<?> k = primal.getDeclaringClass(); k != null && k != Object.class; k = k.getSuperclass()) {
      Companions c = companions(type, primal, shadowedParams(type, primal, k), k);
      if (c.tangent() != null || c.adjoint() != null) return k;
    }
    return null;
  }

  private static <T> T[] prepend(T first, T[] rest) {
    T[] out = java.util.Arrays.copyOf(rest, rest.length + 1);
    System.arraycopy(rest, 0, out, 1, rest.length);
    out[0] = first;
    return out;
  }

  private static boolean[] prependTrue(boolean[] rest) {
    boolean[] out = new boolean[rest.length + 1];
    System.arraycopy(rest, 0, out, 1, rest.length);
    out[0] = true;
    return out;
  }

  /** The companion methods the contract names, looked up in {@code type}; null where missing. */
  static Companions companions(Class<?> type, Method primal) {
    Class<?> receiverType = receiverShadow(type, primal);
    return companions(type, primal, shadowedParams(type, primal, receiverType), receiverType);
  }

  private static Companions companions(Class<?> type, Method primal, boolean[] shadowed, Class<?> receiverType) {
    Class<?>[] ps = primal.getParameterTypes();
    List<Class<?>> t = new ArrayList<>(), a = new ArrayList<>();
    if (receiverType != null) { // the receiver's shadow first
      t.add(receiverType);
      a.add(receiverType);
    }
    boolean anyScalar = false;
    for (int i = 0; i < ps.length; i++) {
      Class<?> p = ps[i];
      t.add(p);
      a.add(p);
      if (shadowed[i]) {
        t.add(p);
        a.add(p);
      } else if (Shapes.differentiable(p)) {
        t.add(p);
        if (p.isArray()) a.add(p);
        else anyScalar = true;
      }
    }
    if (Shapes.differentiable(primal.getReturnType())) a.add(primal.getReturnType());
    List<Class<?>> seeded = new ArrayList<>(a); // an object result with a shadow takes its adjoint seed as a shadow
    if (objectType(primal.getReturnType())) seeded.add(primal.getReturnType());
    if (anyScalar) {
      a.add(double[].class);
      seeded.add(double[].class);
    }
    Method adjoint = find(type, primal.getName() + "$adjoint", a);
    if (adjoint == null && seeded.size() > a.size()) adjoint = find(type, primal.getName() + "$adjoint", seeded);
    return new Companions(find(type, primal.getName() + "$tangent", t), adjoint);
  }

  /** A class outside the JDK (not an array, not primitive): one that may have shadows. */
  private static boolean objectType(Class<?> c) {
    return !c.isPrimitive() && !c.isArray() && !c.getName().startsWith("java.");
  }

  private static Method find(Class<?> type, String name, List<Class<?>> params) {
    try {
      Method m = type.getDeclaredMethod(name, params.toArray(Class<?>[]::new));
      m.setAccessible(true);
      return m;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** {@code F(x)}. */
  double[] primal(double[] x) {
    Object[] args = primalArgs(x);
    Object r = call(primal, args);
    return outputs(r, args, 1);
  }

  /** {@code J(x) xdot} by the tangent companion. */
  double[] tangent(Method tangent, double[] x, double[] xdot) {
    List<Object> args = new ArrayList<>();
    int pos = 0;
    for (int i = 0; i < params.length; i++) {
      if (active[i]) {
        args.add(fill(i, false, x, pos));
        args.add(fill(i, true, xdot, pos));
        pos += size(i);
      } else {
        args.add(Shapes.copyPassive(point[i], loader));
      }
    }
    Object[] all = args.toArray();
    Object r = call(tangent, all);
    if (returnedParam >= 0 && r != all[shadowSlot(returnedParam)]) {
      throw new CompanionFailure(tangent.getName() + " returned " + r + ", not the shadow of parameter " + returnedParam
          + " (the object the primal returns)", null);
    }
    return outputs(resultActive ? r : null, all, 2);
  }

  /** The index in the tangent's arguments of the shadow of parameter {@code p}. */
  private int shadowSlot(int p) {
    int slot = 0;
    for (int i = 0; i < p; i++) slot += active[i] ? 2 : 1;
    return slot + 1;
  }

  /**
   * For an entry that returns an object parameter whose adjoint companion takes a seed for the result too:
   * whether the next adjoint call seeds that parameter through the result's seed (the parameter's own seed
   * zero) rather than through the parameter's seed (the result's zero). The two alternate, so both paths
   * are checked.
   */
  private boolean seedThroughResult;

  /** {@code J(x)^T ybar} by the adjoint companion, and the primal value it returned. */
  double[] adjoint(Method adjoint, double[] x, double[] ybar, Object[] returned) {
    List<Object> args = new ArrayList<>();
    List<Integer> adjointSlots = new ArrayList<>();
    boolean resultSeed = returnedParam >= 0 && objectType(result)
        && adjoint.getParameterCount() + (receiverShadowed ? 1 : 0) > adjointArity();
    boolean throughResult = resultSeed && (seedThroughResult = !seedThroughResult);
    Object resultSeedShadow = null;
    int pos = 0, seedPos = resultActive ? Shapes.size(resultTemplate) : 0, scalars = 0;
    for (int i = 0; i < params.length; i++) {
      if (active[i]) {
        args.add(fill(i, false, x, pos));
        if (inPlace(i)) {
          adjointSlots.add(args.size());
          if (resultSeed && i == returnedParam) {
            Object seed = fill(i, true, ybar, seedPos), zero = fill(i, true, new double[ybar.length], seedPos);
            args.add(throughResult ? zero : seed);
            resultSeedShadow = throughResult ? seed : fill(i, true, new double[ybar.length], seedPos);
          } else {
            args.add(fill(i, true, ybar, seedPos));
          }
          seedPos += size(i);
        } else {
          adjointSlots.add(-1);
          scalars++;
        }
        pos += size(i);
      } else {
        args.add(Shapes.copyPassive(point[i], loader));
      }
    }
    if (resultActive) args.add(Shapes.fill(result, resultTemplate, ybar, 0));
    if (resultSeed) args.add(resultSeedShadow);
    double[] scalarAdjoints = new double[scalars];
    if (scalars > 0) args.add(scalarAdjoints);
    Object[] all = args.toArray();
    returned[0] = call(adjoint, all);
    double[] xbar = new double[n];
    int out = 0, k = 0;
    for (int slot : adjointSlots) {
      if (slot < 0) xbar[out++] = scalarAdjoints[k++];
      else out = all[slot] instanceof double[] || all[slot] instanceof float[] || Shapes.differentiable(all[slot].getClass())
          ? Shapes.write(all[slot], xbar, out) : ObjectShapes.write(all[slot], xbar, out);
    }
    return xbar;
  }

  /** The adjoint companion's parameter count without a seed for an object result. */
  private int adjointArity() {
    int count = 0;
    boolean anyScalar = false;
    for (int i = 0; i < params.length; i++) {
      count++;
      if (active[i] && inPlace(i)) count++;
      else if (active[i]) anyScalar = true;
    }
    return count + (resultActive ? 1 : 0) + (anyScalar ? 1 : 0);
  }

  /** The primal result at the point as the adjoint must return it (a flat vector, or empty). */
  double[] result(Object r) {
    if (!resultActive) return new double[0];
    double[] y = new double[Shapes.size(r)];
    Shapes.write(r, y, 0);
    return y;
  }

  private Object[] primalArgs(double[] x) {
    Object[] args = new Object[params.length];
    int pos = 0;
    for (int i = 0; i < params.length; i++) {
      if (active[i]) {
        args[i] = fill(i, false, x, pos);
        pos += size(i);
      } else {
        args[i] = Shapes.copyPassive(point[i], loader);
      }
    }
    return args;
  }

  /** The result (when differentiable) then the arrays in the differentiable array slots of {@code args}. */
  private double[] outputs(Object r, Object[] args, int stride) {
    double[] y = new double[m];
    int pos = resultActive ? Shapes.write(r, y, 0) : 0;
    for (int i = 0, slot = 0; i < params.length; i++) {
      if (active[i] && inPlace(i)) {
        pos = shadowed[i] ? ObjectShapes.write(args[slot + stride - 1], y, pos) : Shapes.write(args[slot + stride - 1], y, pos);
      }
      slot += active[i] ? stride : 1;
    }
    return y;
  }

  private Object call(Method method, Object[] args) {
    try {
      if (receiverShadowed) return method.invoke(args[0], java.util.Arrays.copyOfRange(args, 1, args.length));
      return method.invoke(receiver, args);
    } catch (InvocationTargetException e) {
      if (method == primal) {
        throw new AssertionError("the primal " + method.getName() + " threw at this point: choose another point", e.getCause());
      }
      throw new CompanionFailure(method.getName() + " threw " + e.getCause(), e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  /** A call that threw: for a companion, the entry is WRONG. */
  static final class CompanionFailure extends RuntimeException {
    CompanionFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
