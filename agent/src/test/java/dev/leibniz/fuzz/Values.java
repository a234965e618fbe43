package dev.leibniz.fuzz;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Argument vectors for one generated program, kept as boxed values in the primal's own types
 * ({@code Double}, {@code Float}, {@code double[]}, {@code float[]}, {@code Integer}), and the
 * conversions the checks need: deep copies, widening for the all-double shadow, and flattening of
 * inputs (differentiable scalars, then arrays) and outputs (result, then final array contents).
 */
final class Values {
  private Values() {}

  /** A point where the inputs are moderate: scalars in [-2, 2], arrays of length 1..6, n in 0..6. */
  static Object[] point(List<ParamKind> kinds, Random r) {
    Object[] v = new Object[kinds.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = switch (kinds.get(i)) {
        case DOUBLE -> 4 * r.nextDouble() - 2;
        case FLOAT -> (float) (4 * r.nextDouble() - 2);
        case DOUBLE_ARRAY -> r.doubles(1 + r.nextInt(6), -2, 2).toArray();
        case FLOAT_ARRAY -> toFloat(r.doubles(1 + r.nextInt(6), -2, 2).toArray());
        case INT -> r.nextInt(7);
        case VOID -> throw new IllegalArgumentException();
      };
    }
    return v;
  }

  /** A random direction (or seed) shaped like {@code point}, entries in [-1, 1]. */
  static Object[] direction(List<ParamKind> kinds, Object[] point, Random r) {
    Object[] d = new Object[kinds.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = switch (kinds.get(i)) {
        case DOUBLE -> 2 * r.nextDouble() - 1;
        case FLOAT -> (float) (2 * r.nextDouble() - 1);
        case DOUBLE_ARRAY -> r.doubles(((double[]) point[i]).length, -1, 1).toArray();
        case FLOAT_ARRAY -> toFloat(r.doubles(((float[]) point[i]).length, -1, 1).toArray());
        default -> null;
      };
    }
    return d;
  }

  static Object copy(Object v) {
    if (v instanceof double[] a) {
      return a.clone();
    }
    if (v instanceof float[] a) {
      return a.clone();
    }
    return v;
  }

  static Object[] copyAll(Object[] v) {
    Object[] c = new Object[v.length];
    for (int i = 0; i < v.length; i++) {
      c[i] = copy(v[i]);
    }
    return c;
  }

  /** {@code point + h * direction} with every float widened: arguments for the shadow. */
  static Object[] shifted(List<ParamKind> kinds, Object[] point, Object[] direction, double h) {
    Object[] s = new Object[point.length];
    for (int i = 0; i < s.length; i++) {
      ParamKind k = kinds.get(i);
      if (!k.differentiable) {
        s[i] = point[i];
      } else if (k.array) {
        double[] p = toDouble(point[i]);
        double[] d = toDouble(direction[i]);
        for (int j = 0; j < p.length; j++) {
          p[j] += h * d[j];
        }
        s[i] = p;
      } else {
        s[i] = ((Number) point[i]).doubleValue() + h * ((Number) direction[i]).doubleValue();
      }
    }
    return s;
  }

  /** Differentiable scalars in parameter order, then the entries of differentiable arrays. */
  static double[] flattenInputs(List<ParamKind> kinds, Object[] values) {
    double[] scalars = new double[0];
    for (int i = 0; i < kinds.size(); i++) {
      if (kinds.get(i).isScalar()) {
        scalars = append(scalars, new double[] {((Number) values[i]).doubleValue()});
      }
    }
    return append(scalars, arrays(kinds, values));
  }

  /** The result (when differentiable), then the entries of differentiable arrays. */
  static double[] flattenOutputs(List<ParamKind> kinds, ParamKind returns, Object result, Object[] arrays) {
    double[] head = returns.differentiable ? new double[] {((Number) result).doubleValue()} : new double[0];
    return append(head, arrays(kinds, arrays));
  }

  static double[] arrays(List<ParamKind> kinds, Object[] values) {
    double[] all = new double[0];
    for (int i = 0; i < kinds.size(); i++) {
      if (kinds.get(i).array && values[i] != null) {
        all = append(all, toDouble(values[i]));
      }
    }
    return all;
  }

  static Object zeroLike(Object array) {
    return array instanceof double[] a ? new double[a.length] : new float[((float[]) array).length];
  }

  /** Element-wise {@code |a - b| <= tolerance * (1 + |a|)}; NaN only matches NaN. */
  static boolean close(double[] a, double[] b, double tolerance) {
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      boolean bothNaN = Double.isNaN(a[i]) && Double.isNaN(b[i]);
      if (!bothNaN && !(Math.abs(a[i] - b[i]) <= tolerance * (1 + Math.abs(a[i])))) {
        if (!(a[i] == b[i])) {
          return false;
        }
      }
    }
    return true;
  }

  static double[] toDouble(Object array) {
    if (array instanceof double[] a) {
      return a.clone();
    }
    float[] f = (float[]) array;
    double[] d = new double[f.length];
    for (int i = 0; i < f.length; i++) {
      d[i] = f[i];
    }
    return d;
  }

  static float[] toFloat(double[] d) {
    float[] f = new float[d.length];
    for (int i = 0; i < d.length; i++) {
      f[i] = (float) d[i];
    }
    return f;
  }

  static double[] append(double[] a, double[] b) {
    double[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  /** Bit-for-bit equality (NaN equals NaN, -0.0 differs from 0.0). */
  static boolean sameBits(Object a, Object b) {
    if (a instanceof double[] x && b instanceof double[] y) {
      return Arrays.equals(x, y);
    }
    if (a instanceof float[] x && b instanceof float[] y) {
      return Arrays.equals(x, y);
    }
    return java.util.Objects.equals(a, b);
  }

  static String show(Object v) {
    if (v instanceof double[] a) {
      return Arrays.toString(a);
    }
    if (v instanceof float[] a) {
      return Arrays.toString(a) + "f";
    }
    if (v instanceof Object[] a) {
      StringBuilder sb = new StringBuilder("(");
      for (int i = 0; i < a.length; i++) {
        sb.append(i == 0 ? "" : ", ").append(show(a[i]));
      }
      return sb.append(')').toString();
    }
    return v instanceof Float ? v + "f" : String.valueOf(v);
  }

  static boolean allFinite(double[] v) {
    for (double x : v) {
      if (!Double.isFinite(x)) {
        return false;
      }
    }
    return true;
  }

  static double sumAbs(double[] v) {
    double m = 0;
    for (double x : v) {
      m += Math.abs(x);
    }
    return m;
  }

  static double maxAbs(double[] v) {
    double m = 0;
    for (double x : v) {
      m = Math.max(m, Math.abs(x));
    }
    return m;
  }

  static double maxAbsDiff(double[] a, double[] b) {
    double m = 0;
    for (int i = 0; i < a.length; i++) {
      m = Math.max(m, Math.abs(a[i] - b[i]));
    }
    return m;
  }
}
