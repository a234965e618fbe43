package dev.leibniz.oracle;

import dev.leibniz.Derivatives;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * A static {@code @Differentiable} method {@code double m(P p, P q)} of two points, where {@code P} has public
 * {@code double} fields {@code x, y, z} (final or not) and a constructor {@code P(double, double, double)}, called
 * through its primal and both companions with the six coordinates as one {@code double[]}; the shadows are made by
 * {@link Derivatives#zeroShadow}. By reflection, since fixtures loaded by their own class loader are other classes
 * than the test's.
 */
public final class PointPairFunction {
  private static final Class<?> D = double.class;
  private final Class<?> owner, point;
  private final String name;

  public PointPairFunction(Class<?> owner, Class<?> point, String name) {
    this.owner = owner;
    this.point = point;
    this.name = name;
  }

  public double value(double[] v) {
    return (double) call(name, new Class<?>[] {point, point}, first(v), second(v));
  }

  /** The directional derivative along {@code dv}, through the points' shadows. */
  public double tangent(double[] v, double[] dv) {
    Object p = first(v), q = second(v);
    return (double) call(name + "$tangent", new Class<?>[] {point, point, point, point},
        p, shadow(p, dv, 0), q, shadow(q, dv, 3));
  }

  /** The gradient for {@code seed}, read off the points' shadows. */
  public double[] adjoint(double[] v, double seed) {
    Object p = first(v), q = second(v);
    Object pb = shadow(p, new double[3], 0), qb = shadow(q, new double[3], 0);
    call(name + "$adjoint", new Class<?>[] {point, point, point, point, D}, p, pb, q, qb, seed);
    double[] g = new double[6];
    read(pb, g, 0);
    read(qb, g, 3);
    return g;
  }

  /** {@link JacobianCheck#check} of both modes against central differences and {@code exact}, with the dot product. */
  public void check(double[] v, double[] exact) {
    JacobianCheck.check(name, v, y -> new double[] {value(y)}, (y, yd) -> new double[] {tangent(y, yd)},
        (y, w) -> adjoint(y, w[0]), new double[][] {exact});
  }

  private Object first(double[] v) {
    return make(v[0], v[1], v[2]);
  }

  private Object second(double[] v) {
    return make(v[3], v[4], v[5]);
  }

  private Object make(double x, double y, double z) {
    try {
      return point.getConstructor(D, D, D).newInstance(x, y, z);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** A zero shadow of {@code p} holding {@code d[from..from+2]} in its (possibly final) fields. */
  private Object shadow(Object p, double[] d, int from) {
    Object s = Derivatives.zeroShadow(p);
    try {
      for (int k = 0; k < 3; k++) {
        Field f = point.getField(AXES[k]);
        f.setAccessible(true);
        f.setDouble(s, d[from + k]);
      }
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return s;
  }

  private void read(Object s, double[] into, int from) {
    try {
      for (int k = 0; k < 3; k++) into[from + k] = point.getField(AXES[k]).getDouble(s);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private Object call(String method, Class<?>[] types, Object... args) {
    try {
      Method m = owner.getMethod(method, types);
      return m.invoke(null, args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(method, e);
    }
  }

  private static final String[] AXES = {"x", "y", "z"};
}
