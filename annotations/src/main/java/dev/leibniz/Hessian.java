package dev.leibniz;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Hessian-vector products and dense Hessians of a scalar method with respect to one of its {@code
 * double[]} parameters, or to all its {@code double}/{@code float} parameters ({@link #ofScalars}), through its second-order companion (see {@link Hessians}). Every other
 * parameter is held fixed (passive). One product costs one call of {@code m$adjoint$tangent}, a
 * small constant times the cost of {@code m}; the dense Hessian takes n of them. Arguments are
 * passed as in a call of {@code m} (for an instance method, the receiver first). Thread-safe.
 *
 * <pre>{@code
 * Hessian h = Hessian.of(MethodHandles.lookup(), Model.class, "loss", 0, double[].class, double[].class, int.class);
 * double[] hv = h.times(v, w, data, n);        // H v, the Hessian with respect to w (parameter 0)
 * double[][] full = h.dense(w, data, n);
 * }</pre>
 */
public final class Hessian {
  private final MethodHandle companion;
  private final Class<?>[] parameterTypes;
  private final Class<?> resultType;
  private final boolean isStatic;
  private final int wrt;

  private Hessian(MethodHandle companion, Method primal, int wrt) {
    this.companion = companion;
    this.parameterTypes = primal.getParameterTypes();
    this.resultType = primal.getReturnType();
    this.isStatic = Modifier.isStatic(primal.getModifiers());
    this.wrt = wrt;
  }

  /**
   * The Hessian of {@code owner.name(parameterTypes)} with respect to parameter {@code wrt} (0 for
   * the first parameter after any receiver), which must be a {@code double[]}; the method must
   * return {@code double} or {@code float} and be marked {@code @Differentiable(order = 2)}.
   */
  public static Hessian of(MethodHandles.Lookup lookup, Class<?> owner, String name, int wrt, Class<?>... parameterTypes) {
    if (wrt < 0 || wrt >= parameterTypes.length || parameterTypes[wrt] != double[].class) {
      throw new IllegalArgumentException("parameter " + wrt + " of " + name + " must be a double[]");
    }
    Method primal;
    try {
      primal = owner.getDeclaredMethod(name, parameterTypes);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException("no method " + owner.getName() + "." + name, e);
    }
    if (primal.getReturnType() != double.class && primal.getReturnType() != float.class) {
      throw new IllegalArgumentException(name + " must return double or float to have a Hessian");
    }
    return new Hessian(Hessians.adjointTangent(lookup, owner, name, parameterTypes), primal, wrt);
  }

  /**
   * The Hessian of {@code owner.name(parameterTypes)} with respect to its {@code double} and {@code
   * float} parameters together, in parameter order (arrays held fixed): for {@code f(double x,
   * double y)}, the 2 × 2 Hessian. Its vectors have one entry per such parameter.
   */
  public static Hessian ofScalars(MethodHandles.Lookup lookup, Class<?> owner, String name, Class<?>... parameterTypes) {
    Method primal;
    try {
      primal = owner.getDeclaredMethod(name, parameterTypes);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException("no method " + owner.getName() + "." + name, e);
    }
    if (primal.getReturnType() != double.class && primal.getReturnType() != float.class) {
      throw new IllegalArgumentException(name + " must return double or float to have a Hessian");
    }
    boolean any = false;
    for (Class<?> t : parameterTypes) any |= t == double.class || t == float.class;
    if (!any) throw new IllegalArgumentException(name + " has no double or float parameter");
    return new Hessian(Hessians.adjointTangent(lookup, owner, name, parameterTypes), primal, SCALARS);
  }

  /** {@link #wrt} when the Hessian is with respect to the scalar parameters. */
  private static final int SCALARS = -1;

  /** H·v at {@code args} (the arguments of a call of the method). */
  public double[] times(double[] v, Object... args) {
    double[] hv = new double[v.length];
    call(args, v, new double[v.length], hv);
    return hv;
  }

  /** The gradient and H·v at once: {@code gradient} and {@code hv} receive them (accumulating). */
  public void gradientAndTimes(double[] v, double[] gradient, double[] hv, Object... args) {
    call(args, v, gradient, hv);
  }

  /** The dense, symmetric Hessian at {@code args}: n products with unit vectors. */
  public double[][] dense(Object... args) {
    int n = wrt == SCALARS ? scalarCount() : ((double[]) args[(isStatic ? 0 : 1) + wrt]).length;
    double[][] h = new double[n][];
    double[] e = new double[n];
    for (int j = 0; j < n; j++) {
      e[j] = 1;
      h[j] = times(e, args); // column j; H is symmetric, so also row j
      e[j] = 0;
    }
    return h;
  }

  private int scalarCount() {
    int k = 0;
    for (Class<?> t : parameterTypes) if (t == double.class || t == float.class) k++;
    return k;
  }

  private void call(Object[] args, double[] v, double[] gradient, double[] hv) {
    int self = isStatic ? 0 : 1;
    if (args.length != parameterTypes.length + self) {
      throw new IllegalArgumentException("expected " + (parameterTypes.length + self) + " arguments, got " + args.length);
    }
    List<Object> out = new ArrayList<>();
    if (self == 1) out.add(args[0]);
    int scalars = 0;
    for (int k = 0; k < parameterTypes.length; k++) {
      Class<?> t = parameterTypes[k];
      Object a = args[k + self];
      out.add(a);
      if (k == wrt) {
        out.add(v);           // tangent of x
        out.add(gradient);    // adjoint of x
        out.add(hv);          // tangent of the adjoint: H v
      } else if (t == double.class) {
        out.add(wrt == SCALARS ? v[scalars] : 0.0);
        scalars++;
      } else if (t == float.class) {
        out.add(wrt == SCALARS ? (float) v[scalars] : 0f);
        scalars++;
      } else if (Derivatives.isDifferentiable(t)) {
        out.add(null);        // passive: no tangent,
        out.add(null);        // no adjoint,
        out.add(null);        // no tangent of the adjoint
      }
    }
    out.add(resultType == float.class ? (Object) 1f : (Object) 1.0);   // seed
    out.add(resultType == float.class ? (Object) 0f : (Object) 0.0);   // its tangent
    if (scalars > 0) {
      out.add(wrt == SCALARS ? gradient : new double[scalars]); // the scalar adjoints
      out.add(wrt == SCALARS ? hv : new double[scalars]);       // and their tangents
    }
    try {
      companion.invokeWithArguments(out);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
