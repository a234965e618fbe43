package dev.leibniz;

import dev.leibniz.contract.CompanionContract;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The self-check behind {@link Derivatives#check}: at one point, the tangent along a few random
 * directions against central finite differences with step control, and the adjoint against the
 * tangent by the dot-product test {@code <w, J v> = <J^T w, v>}.
 *
 * <p>The method is seen as a function of its differentiable inputs (scalar parameters, then the
 * entry contents of its {@code double}/{@code float} array parameters, in order) to its outputs
 * (the result, then the final contents of those arrays), as the companions' contract defines them.
 */
final class GradientCheck {
  /** Central-difference steps, relative to the point's scale, largest first. */
  private static final double[] STEPS = {1e-1, 3e-2, 1e-2, 3e-3, 1e-3, 3e-4, 1e-4, 3e-5, 1e-5, 3e-6, 1e-6};
  private static final int DIRECTIONS = 3;

  private final Class<?>[] types;
  private final Class<?> returnType;
  private final MethodHandle primal;
  private final Object[] point;
  /** The companions, the receiver bound for an instance method; either may be null (not checked). */
  private final MethodHandle tangent, adjoint;
  private final boolean floats;
  private final String where;

  GradientCheck(MethodHandles.Lookup lookup, Method primal, Object receiver, Object[] point) {
    this(primal.getDeclaringClass().getName() + "." + primal.getName(), handle(primal, receiver),
        bound(Derivatives.tangent(lookup, primal.getDeclaringClass(), primal.getName(), primal.getParameterTypes()), primal, receiver),
        bound(Derivatives.adjoint(lookup, primal.getDeclaringClass(), primal.getName(), primal.getParameterTypes()), primal, receiver),
        point, false);
  }

  /**
   * Handles with any receiver already bound: {@code primal} of the method's type, {@code tangent}
   * and {@code adjoint} of the contract's types for it (either may be null); {@code name} names
   * the method in messages; {@code floatPrecision} for a method that computes in {@code float} inside.
   */
  GradientCheck(String name, MethodHandle primal, MethodHandle tangent, MethodHandle adjoint, Object[] point,
      boolean floatPrecision) {
    this.primal = primal;
    this.types = primal.type().parameterArray();
    this.returnType = primal.type().returnType();
    this.point = point.clone();
    this.tangent = tangent;
    this.adjoint = adjoint;
    if (point.length != types.length) {
      throw new IllegalArgumentException(name + " takes " + types.length + " arguments, not " + point.length);
    }
    boolean f = floatPrecision || base(returnType) == float.class; // float tolerances
    for (Class<?> t : types) f |= base(t) == float.class;
    this.floats = f;
    StringBuilder sb = new StringBuilder(name).append('(');
    for (int k = 0; k < point.length; k++) {
      sb.append(k == 0 ? "" : ", ").append(text(point[k]));
    }
    this.where = sb.append(')').toString();
  }

  private static MethodHandle handle(Method m, Object receiver) {
    m.setAccessible(true);
    try {
      MethodHandle h = MethodHandles.lookup().unreflect(m);
      return Modifier.isStatic(m.getModifiers()) ? h : h.bindTo(receiver);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot access " + m, e);
    }
  }

  private static MethodHandle bound(MethodHandle companion, Method primal, Object receiver) {
    return Modifier.isStatic(primal.getModifiers()) ? companion : companion.bindTo(receiver);
  }

  /**
   * Throws {@link AssertionError} at the first disagreement. With {@code oneSidedAtKinks}, a
   * tangent that disagrees with central differences but agrees with a one-sided difference (the
   * point is a kink, such as {@code abs} at 0, where the companions take one side by the rules)
   * passes.
   */
  void run(long seed, boolean oneSidedAtKinks) {
    double[] x = inputs(point);
    if (x.length == 0) {
      throw new IllegalArgumentException(where + " has no differentiable input to check");
    }
    double[] y = evaluate(x);
    for (double v : y) {
      if (!Double.isFinite(v)) throw new IllegalArgumentException(where + " is not finite at this point: " + Arrays.toString(y));
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int d = 0; d < DIRECTIONS; d++) {
      double[] v = direction(random, x.length);
      double[] w = direction(random, y.length);
      double[] jv = tangent == null ? null : tangent(x, v);
      double[] jtw = adjoint == null ? null : adjoint(x, w);
      if (jv != null) {
        compareWithFiniteDifferences(x, v, jv, oneSidedAtKinks);
      } else if (jtw != null) {
        compareAdjointWithFiniteDifferences(x, v, w, jtw, oneSidedAtKinks);
      }
      if (jv != null && jtw != null) {
        double left = dot(w, jv), right = dot(jtw, v);
        double scale = Math.abs(left) + Math.abs(right) + norm(w) * norm(jv);
        // float: rounding a tangent or adjoint to float leaves noise of about 1e-7 of the unit directions' size
        double floor = floats ? 1e-2 * norm(w) * norm(v) : 1e-300;
        if (!(Math.abs(left - right) <= (floats ? 1e-4 : 1e-10) * Math.max(scale, floor))) {
          throw new AssertionError("leibniz check: " + where + ": the adjoint disagrees with the tangent (dot-product test):"
              + " <w, J v> = " + left + " by the tangent but <J^T w, v> = " + right + " by the adjoint, for v = "
              + Arrays.toString(v) + ", w = " + Arrays.toString(w));
        }
      }
    }
  }

  /** Without a tangent: {@code <J^T w, v>} by the adjoint against {@code <w, J v>} by finite differences. */
  private void compareAdjointWithFiniteDifferences(double[] x, double[] v, double[] w, double[] jtw, boolean oneSided) {
    double[][] estimates = differences(x, v, 0);
    double[] best = bestEstimates(estimates);
    double[] error = errors(estimates);
    double byAdjoint = dot(jtw, v), byDifferences = dot(w, best), tolerance = 0;
    for (int i = 0; i < w.length; i++) tolerance += Math.abs(w[i]) * (10 * error[i] + (floats ? 1e-3 : 1e-6) * Math.max(1, Math.abs(best[i])));
    if (Math.abs(byAdjoint - byDifferences) <= tolerance) return;
    if (oneSided && (agrees(byAdjoint, dot(w, bestEstimates(differences(x, v, 1))), tolerance)
        || agrees(byAdjoint, dot(w, bestEstimates(differences(x, v, -1))), tolerance))) {
      return;
    }
    throw new AssertionError("leibniz check: " + where + ": the adjoint disagrees with central finite differences:"
        + " <J^T w, v> = " + byAdjoint + " by the adjoint, <w, J v> = " + byDifferences + " (± " + tolerance
        + ") by finite differences, for v = " + Arrays.toString(v) + ", w = " + Arrays.toString(w));
  }

  private static boolean agrees(double a, double b, double tolerance) {
    return Math.abs(a - b) <= tolerance;
  }

  private void compareWithFiniteDifferences(double[] x, double[] v, double[] jv, boolean oneSided) {
    double[][] estimates = differences(x, v, 0);
    double[] best = bestEstimates(estimates), error = errors(estimates);
    double[] forward = null, backward = null;
    for (int i = 0; i < jv.length; i++) {
      double tolerance = 10 * error[i] + (floats ? 1e-3 : 1e-6) * Math.max(1, Math.abs(best[i]));
      if (Math.abs(jv[i] - best[i]) <= tolerance) continue;
      if (oneSided) {
        if (forward == null) {
          forward = bestEstimates(differences(x, v, 1));
          backward = bestEstimates(differences(x, v, -1));
        }
        double side = (floats ? 1e-3 : 1e-5) * Math.max(1, Math.abs(jv[i]));
        if (agrees(jv[i], forward[i], side) || agrees(jv[i], backward[i], side)) continue;
      }
      throw new AssertionError("leibniz check: " + where + ": the tangent disagrees with central finite differences"
          + " in output " + i + ": " + jv[i] + " by the tangent, " + best[i] + " (± " + error[i] + ") by finite differences,"
          + " along v = " + Arrays.toString(v));
    }
  }

  /**
   * Difference quotients along {@code v} for each step of {@link #STEPS}, per output: central
   * ({@code side} 0), forward (1) or backward (-1).
   */
  private double[][] differences(double[] x, double[] v, int side) {
    double scale = 1;
    for (double xi : x) scale = Math.max(scale, Math.abs(xi));
    double[] y = side == 0 ? null : evaluate(x);
    double[][] estimates = new double[STEPS.length][];
    for (int s = 0; s < STEPS.length; s++) {
      double h = STEPS[s] * scale * (floats ? 100 : 1) * (side == 0 ? 1 : 0.01);
      double[] plus = side < 0 ? y : evaluate(axpy(h, v, x));
      double[] minus = side > 0 ? y : evaluate(axpy(-h, v, x));
      double width = side == 0 ? 2 * h : h;
      estimates[s] = new double[plus.length];
      for (int i = 0; i < plus.length; i++) estimates[s][i] = (plus[i] - minus[i]) / width;
    }
    return estimates;
  }

  /** Step control: per output, the estimate that changes least when the step shrinks. */
  private static double[] bestEstimates(double[][] estimates) {
    return select(estimates, true);
  }

  /** Per output, that change: the estimate's error. */
  private static double[] errors(double[][] estimates) {
    return select(estimates, false);
  }

  private static double[] select(double[][] estimates, boolean value) {
    int n = estimates[0].length;
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double best = Double.NaN, error = Double.POSITIVE_INFINITY;
      for (int s = 0; s + 1 < estimates.length; s++) {
        double e = Math.abs(estimates[s][i] - estimates[s + 1][i]);
        if (e < error) {
          error = e;
          best = estimates[s + 1][i];
        }
      }
      out[i] = value ? best : error;
    }
    return out;
  }

  // ------------------------------------------------------------------ the three evaluations

  private double[] evaluate(double[] x) {
    Object[] args = withInputs(x);
    Object r = invoke(() -> primal.invokeWithArguments(args));
    return outputs(r, args);
  }

  /** {@code J v}: the tangent companion with {@code v} as the input tangents. */
  private double[] tangent(double[] x, double[] v) {
    Object[] args = withInputs(x);
    Object[] dargs = withInputs(v);
    List<Object> call = new ArrayList<>();
    for (CompanionContract.Param p : layout(CompanionContract.Kind.TANGENT).params) {
      call.add(p.role == CompanionContract.Role.TANGENT ? dargs[p.of.primal] : args[p.primal]);
    }
    Object r = invoke(() -> tangent.invokeWithArguments(call));
    return outputs(r, dargs);
  }

  /** The contract's layout of companion {@code kind} of the method (objects passive: no shadows). */
  private CompanionContract.Signature layout(CompanionContract.Kind kind) {
    return kind.of(MethodType.methodType(returnType, types).toMethodDescriptorString());
  }

  /** {@code J^T w}: the adjoint companion seeded with {@code w}. */
  private double[] adjoint(double[] x, double[] w) {
    Object[] args = withInputs(x);
    Class<?> result = returnType;
    int resultSize = Derivatives.isDifferentiable(result) ? size(resultShape()) : 0;
    Object seed = Derivatives.isDifferentiable(result) ? fill(copyShape(resultShape()), w, new int[] {0}) : null;
    int[] at = {resultSize};
    Object[] bars = new Object[args.length];
    List<Object> call = new ArrayList<>();
    double[] scalarBars = new double[0];
    for (CompanionContract.Param p : layout(CompanionContract.Kind.ADJOINT).params) {
      switch (p.role) {
        case ADJOINT: // of an array, seeded with the next entries of w
          bars[p.of.primal] = fill(copyShape(args[p.of.primal]), w, at);
          call.add(bars[p.of.primal]);
          break;
        case SEED:
          call.add(result.isArray() ? seed : Array.get(seed, 0));
          break;
        case SCALAR_ADJOINTS:
          scalarBars = new double[p.receives.size()];
          call.add(scalarBars);
          break;
        default:
          call.add(args[p.primal]);
      }
    }
    invoke(() -> adjoint.invokeWithArguments(call));
    double[] out = new double[inputs(point).length];
    int i = 0;
    for (double s : scalarBars) out[i++] = s;
    for (int k = 0; k < args.length; k++) {
      if (bars[k] != null) i = flatten(bars[k], out, i);
    }
    return out;
  }

  // ------------------------------------------------------------------ inputs and outputs as vectors

  /** Scalar parameters, then the contents of differentiable array parameters. */
  private double[] inputs(Object[] args) {
    List<Double> scalars = new ArrayList<>();
    double[] arrays = new double[0];
    for (int k = 0; k < args.length; k++) {
      if (!Derivatives.isDifferentiable(types[k])) continue;
      if (types[k].isArray()) {
        double[] flat = new double[size(args[k])];
        flatten(args[k], flat, 0);
        double[] grown = Arrays.copyOf(arrays, arrays.length + flat.length);
        System.arraycopy(flat, 0, grown, arrays.length, flat.length);
        arrays = grown;
      } else {
        scalars.add(((Number) args[k]).doubleValue());
      }
    }
    double[] out = new double[scalars.size() + arrays.length];
    for (int i = 0; i < scalars.size(); i++) out[i] = scalars.get(i);
    System.arraycopy(arrays, 0, out, scalars.size(), arrays.length);
    return out;
  }

  /** Fresh arguments: the point with its differentiable inputs replaced by {@code x}. */
  private Object[] withInputs(double[] x) {
    Object[] args = new Object[point.length];
    int scalars = 0;
    for (int k = 0; k < point.length; k++) {
      if (Derivatives.isDifferentiable(types[k]) && !types[k].isArray()) scalars++;
    }
    int s = 0;
    int[] at = {scalars};
    for (int k = 0; k < point.length; k++) {
      if (!Derivatives.isDifferentiable(types[k])) {
        args[k] = point[k];
      } else if (types[k].isArray()) {
        args[k] = fill(copyShape(point[k]), x, at);
      } else {
        args[k] = types[k] == float.class ? (Object) (float) x[s++] : (Object) x[s++];
      }
    }
    return args;
  }

  /** The result, then the final contents of the differentiable array arguments. */
  private double[] outputs(Object result, Object[] args) {
    List<double[]> parts = new ArrayList<>();
    Class<?> r = returnType;
    if (Derivatives.isDifferentiable(r)) {
      if (r.isArray()) {
        double[] flat = new double[size(result)];
        flatten(result, flat, 0);
        parts.add(flat);
      } else {
        parts.add(new double[] {((Number) result).doubleValue()});
      }
    }
    for (int k = 0; k < args.length; k++) {
      if (Derivatives.isDifferentiable(types[k]) && types[k].isArray()) {
        double[] flat = new double[size(args[k])];
        flatten(args[k], flat, 0);
        parts.add(flat);
      }
    }
    int n = 0;
    for (double[] p : parts) n += p.length;
    double[] out = new double[n];
    int i = 0;
    for (double[] p : parts) {
      System.arraycopy(p, 0, out, i, p.length);
      i += p.length;
    }
    return out;
  }

  /** The shape of the result, from one primal call at the point (a one-element array for a scalar). */
  private Object resultShape() {
    Object[] args = withInputs(inputs(point));
    Object r = invoke(() -> primal.invokeWithArguments(args));
    if (returnType.isArray()) return r;
    Object one = Array.newInstance(returnType, 1);
    Array.set(one, 0, r);
    return one;
  }

  // ------------------------------------------------------------------ arrays of any rank

  private static int size(Object array) {
    if (array == null) return 0;
    int n = Array.getLength(array);
    if (!array.getClass().getComponentType().isArray()) return n;
    int s = 0;
    for (int i = 0; i < n; i++) s += size(Array.get(array, i));
    return s;
  }

  private static int flatten(Object array, double[] out, int at) {
    if (array == null) return at;
    int n = Array.getLength(array);
    for (int i = 0; i < n; i++) {
      Object e = Array.get(array, i);
      if (e instanceof Number) out[at++] = ((Number) e).doubleValue();
      else at = flatten(e, out, at);
    }
    return at;
  }

  private static Object copyShape(Object array) {
    if (array == null) return null;
    int n = Array.getLength(array);
    Class<?> c = array.getClass().getComponentType();
    Object copy = Array.newInstance(c, n);
    if (c.isArray()) {
      for (int i = 0; i < n; i++) Array.set(copy, i, copyShape(Array.get(array, i)));
    }
    return copy;
  }

  /** Fills {@code array} (any rank) from {@code values} starting at {@code at[0]}, advancing it. */
  private static Object fill(Object array, double[] values, int[] at) {
    if (array == null) return null;
    int n = Array.getLength(array);
    Class<?> c = array.getClass().getComponentType();
    for (int i = 0; i < n; i++) {
      if (c == double.class) Array.setDouble(array, i, values[at[0]++]);
      else if (c == float.class) Array.setFloat(array, i, (float) values[at[0]++]);
      else fill(Array.get(array, i), values, at);
    }
    return array;
  }

  private static Class<?> base(Class<?> t) {
    while (t.isArray()) t = t.getComponentType();
    return t;
  }

  // ------------------------------------------------------------------ vectors

  private static double[] direction(SplittableRandom random, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) v[i] = random.nextDouble(-1, 1);
    double norm = norm(v);
    for (int i = 0; i < n; i++) v[i] /= norm == 0 ? 1 : norm;
    return v;
  }

  private static double[] axpy(double a, double[] v, double[] x) {
    double[] out = x.clone();
    for (int i = 0; i < x.length; i++) out[i] += a * v[i];
    return out;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  private static double norm(double[] a) {
    return Math.sqrt(dot(a, a));
  }

  private static String text(Object o) {
    if (o == null || !o.getClass().isArray()) return String.valueOf(o);
    if (o instanceof double[]) return Arrays.toString((double[]) o);
    if (o instanceof float[]) return Arrays.toString((float[]) o);
    if (o instanceof int[]) return Arrays.toString((int[]) o);
    if (o instanceof Object[]) return Arrays.deepToString((Object[]) o);
    return o.getClass().getSimpleName();
  }

  // ------------------------------------------------------------------ calls

  @FunctionalInterface
  private interface Call {
    Object run() throws Throwable;
  }

  private Object invoke(Call call) {
    try {
      return call.run();
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw new IllegalStateException(where + " threw " + e.getCause(), e.getCause());
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(where + ": " + t, t);
    }
  }
}
