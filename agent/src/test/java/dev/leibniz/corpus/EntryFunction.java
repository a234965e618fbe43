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
  private final Object receiver;
  private final Object[] point;
  private final ClassLoader loader;
  private final Class<?> result;
  private final boolean resultActive;
  private final Object resultTemplate;
  final int n;
  final int m;
  final boolean floats;

  /** The companions of {@code primal}, or the reason they cannot be found. */
  record Companions(Method tangent, Method adjoint) {}

  EntryFunction(Method primal, Object receiver, Object[] point) {
    this.primal = primal;
    this.params = primal.getParameterTypes();
    this.receiver = Modifier.isStatic(primal.getModifiers()) ? null : receiver;
    this.point = point;
    this.loader = primal.getDeclaringClass().getClassLoader();
    this.active = new boolean[params.length];
    boolean anyFloat = Shapes.isFloat(primal.getReturnType()) && Shapes.differentiable(primal.getReturnType());
    int inputs = 0;
    for (int i = 0; i < params.length; i++) {
      active[i] = Shapes.differentiable(params[i]);
      if (active[i]) {
        inputs += Shapes.size(point[i]);
        anyFloat |= Shapes.isFloat(params[i]);
      }
    }
    this.n = inputs;
    this.floats = anyFloat;
    this.result = primal.getReturnType();
    this.resultActive = Shapes.differentiable(result);
    primal.setAccessible(true);
    Object r = call(primal, primalArgs(values()));
    this.resultTemplate = resultActive ? r : null;
    int outputs = resultActive ? Shapes.size(r) : 0;
    for (int i = 0; i < params.length; i++) {
      if (active[i] && params[i].isArray()) outputs += Shapes.size(point[i]);
    }
    this.m = outputs;
  }

  /** The differentiable inputs at the point. */
  double[] values() {
    double[] x = new double[n];
    int pos = 0;
    for (int i = 0; i < params.length; i++) if (active[i]) pos = Shapes.write(point[i], x, pos);
    return x;
  }

  /** The companion methods the contract names, looked up in {@code type}; null where missing. */
  static Companions companions(Class<?> type, Method primal) {
    Class<?>[] ps = primal.getParameterTypes();
    List<Class<?>> t = new ArrayList<>(), a = new ArrayList<>();
    boolean anyScalar = false;
    for (Class<?> p : ps) {
      t.add(p);
      a.add(p);
      if (Shapes.differentiable(p)) {
        t.add(p);
        if (p.isArray()) a.add(p);
        else anyScalar = true;
      }
    }
    if (Shapes.differentiable(primal.getReturnType())) a.add(primal.getReturnType());
    if (anyScalar) a.add(double[].class);
    return new Companions(
        find(type, primal.getName() + "$tangent", t), find(type, primal.getName() + "$adjoint", a));
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
        args.add(Shapes.fill(params[i], point[i], x, pos));
        args.add(Shapes.fill(params[i], point[i], xdot, pos));
        pos += Shapes.size(point[i]);
      } else {
        args.add(Shapes.copyPassive(point[i], loader));
      }
    }
    Object[] all = args.toArray();
    Object r = call(tangent, all);
    return outputs(resultActive ? r : null, all, 2);
  }

  /** {@code J(x)^T ybar} by the adjoint companion, and the primal value it returned. */
  double[] adjoint(Method adjoint, double[] x, double[] ybar, Object[] returned) {
    List<Object> args = new ArrayList<>();
    List<Integer> adjointSlots = new ArrayList<>();
    int pos = 0, seedPos = resultActive ? Shapes.size(resultTemplate) : 0, scalars = 0;
    for (int i = 0; i < params.length; i++) {
      if (active[i]) {
        args.add(Shapes.fill(params[i], point[i], x, pos));
        if (params[i].isArray()) {
          adjointSlots.add(args.size());
          args.add(Shapes.fill(params[i], point[i], ybar, seedPos));
          seedPos += Shapes.size(point[i]);
        } else {
          adjointSlots.add(-1);
          scalars++;
        }
        pos += Shapes.size(point[i]);
      } else {
        args.add(Shapes.copyPassive(point[i], loader));
      }
    }
    if (resultActive) args.add(Shapes.fill(result, resultTemplate, ybar, 0));
    double[] scalarAdjoints = new double[scalars];
    if (scalars > 0) args.add(scalarAdjoints);
    Object[] all = args.toArray();
    returned[0] = call(adjoint, all);
    double[] xbar = new double[n];
    int out = 0, k = 0;
    for (int slot : adjointSlots) {
      if (slot < 0) xbar[out++] = scalarAdjoints[k++];
      else out = Shapes.write(all[slot], xbar, out);
    }
    return xbar;
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
        args[i] = Shapes.fill(params[i], point[i], x, pos);
        pos += Shapes.size(point[i]);
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
      if (active[i] && params[i].isArray()) pos = Shapes.write(args[slot + stride - 1], y, pos);
      slot += active[i] ? stride : 1;
    }
    return y;
  }

  private Object call(Method method, Object[] args) {
    try {
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
