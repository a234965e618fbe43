package dev.leibniz;

import dev.leibniz.contract.CompanionContract;
import dev.leibniz.contract.CompanionContract.Param;
import dev.leibniz.contract.CompanionContract.Role;
import dev.leibniz.contract.CompanionContract.Signature;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The self-check behind {@link Derivatives#check}: at one point, the tangent along random
 * directions against central finite differences with step control, and the adjoint against the
 * tangent by the dot-product test {@code <w, J v> = <J^T w, v>}.
 *
 * <p>The method is seen as a function of its differentiable inputs (scalar parameters, then the
 * entry contents of its {@code double}/{@code float} array parameters, in order) to its outputs
 * (the result, then the final contents of those arrays), as the companions' contract defines them.
 *
 * <p>One instance is prepared per method ({@link #of}) and checks it at any number of points: the
 * handles are packed once ({@link #pack}: scalar arguments read from {@code double[]} vectors,
 * others from an {@code Object[]} set up once per check), so a check costs its evaluations and
 * array copies into buffers it reuses, with no boxing, no generic {@code invokeWithArguments} and
 * no reflective array access for {@code double[]}/{@code float[]} parameters (other ranks go
 * through reflection). The agent's run-time check ({@code check=FRACTION}) keeps one per checked
 * method. Instances are immutable and thread-safe: a check's buffers belong to that check.
 */
public final class GradientCheck {
  /** Central-difference steps, relative to the point's scale, largest first. */
  private static final double[] STEPS = {1e-1, 3e-2, 1e-2, 3e-3, 1e-3, 3e-4, 1e-4, 3e-5, 1e-5, 3e-6, 1e-6};
  /** Random directions of {@link Derivatives#check}; each is an independent test of the whole Jacobian. */
  static final int DIRECTIONS = 3;
  private static final Class<?>[] PACKED = {double[].class, double[].class, Object[].class};
  private static final MethodHandle DOUBLE_AT = MethodHandles.arrayElementGetter(double[].class);
  private static final MethodHandle OBJECT_AT = MethodHandles.arrayElementGetter(Object[].class);
  private static final double[] NONE = {};

  private final String name;
  /** The primal's parameter types (the receiver first, for an unbound instance method). */
  private final Class<?>[] types;
  private final Class<?> returnType;
  /** Per parameter, how its differentiable values are read and written; null for a passive one. */
  private final Slot[] slots;
  private final Slot result;
  /** Whether {@code types[0]} is a receiver (left out of messages). */
  private final boolean receiverFirst;
  /**
   * The handles packed to {@code (double[] a, double[] b, Object[] objects)} returning {@code
   * double} (a {@code double} or {@code float} result) or {@code Object}: each differentiable scalar
   * argument is read from {@code a} (the point) or {@code b} (a direction) at its place in the input
   * vector, every other argument from {@code objects} ({@link #pack}); so an evaluation boxes
   * nothing. The companions may be null (not checked).
   */
  private final MethodHandle primal, tangent, adjoint;
  /**
   * The companions' parameters, from the contract ({@link CompanionContract#tangent}, {@link
   * CompanionContract#adjoint}) for the primal handle's type: a receiver first is a passive
   * parameter of it.
   */
  private final Signature tangentLayout, adjointLayout;
  /** Where the adjoint takes the seed and the scalar adjoints' array; -1 when it does not. */
  private final int seedAt, scalarBarsAt;
  /** Whether the packed handles return {@code double} (else {@code Object}). */
  private final boolean scalarResult;
  private final boolean floats;

  private GradientCheck(String name, MethodHandle primal, MethodHandle tangent, MethodHandle adjoint, boolean floatPrecision,
      boolean receiverFirst) {
    this.name = name;
    this.types = primal.type().parameterArray();
    this.returnType = primal.type().returnType();
    this.receiverFirst = receiverFirst;
    this.slots = new Slot[types.length];
    boolean f = floatPrecision || base(returnType) == float.class; // float tolerances
    for (int k = 0; k < types.length; k++) {
      f |= base(types[k]) == float.class;
      slots[k] = Derivatives.isDifferentiable(types[k]) ? Slot.of(types[k]) : null;
    }
    this.floats = f;
    this.result = Derivatives.isDifferentiable(returnType) ? Slot.of(returnType) : null;
    String desc = MethodType.methodType(returnType, types).toMethodDescriptorString();
    this.tangentLayout = CompanionContract.tangent(desc);
    this.adjointLayout = CompanionContract.adjoint(desc);
    Param seedParam = adjointLayout.find(Role.SEED), scalarBars = adjointLayout.find(Role.SCALAR_ADJOINTS);
    this.seedAt = seedParam == null ? -1 : seedParam.index;
    this.scalarBarsAt = scalarBars == null ? -1 : scalarBars.index;
    this.scalarResult = returnType == double.class || returnType == float.class;
    int[] scalarAt = new int[types.length];
    for (int k = 0, at = 0; k < types.length; k++) {
      if (slots[k] != null && !types[k].isArray()) scalarAt[k] = at++;
    }
    // where each handle's arguments come from: {source, index}, source 0 = a, 1 = b, 2 = objects
    int[][] p = new int[types.length][];
    for (int k = 0; k < types.length; k++) {
      p[k] = slots[k] != null && !types[k].isArray() ? new int[] {0, scalarAt[k]} : new int[] {2, k};
    }
    int[][] t = new int[tangentLayout.params.size()][], a = new int[adjointLayout.params.size()][];
    for (Param q : tangentLayout.params) {
      // a differentiable scalar from the point (a), its tangent from the direction (b); the rest from objects
      t[q.index] = q.primal >= 0 && q.isScalar() ? new int[] {0, scalarAt[q.primal]}
          : q.role == Role.TANGENT && q.isScalar() ? new int[] {1, scalarAt[q.of.primal]} : new int[] {2, q.index};
    }
    for (Param q : adjointLayout.params) {
      // a differentiable scalar from the point, a scalar seed is w's first entry (b); the rest from objects
      a[q.index] = q.primal >= 0 && q.isScalar() ? new int[] {0, scalarAt[q.primal]}
          : q.role == Role.SEED && q.isScalar() ? new int[] {1, 0} : new int[] {2, q.index};
    }
    this.primal = pack(primal, p, "the method");
    this.tangent = tangent == null ? null : pack(tangent, t, "the tangent");
    this.adjoint = adjoint == null ? null : pack(adjoint, a, "the adjoint");
  }

  /**
   * The check of one method, prepared once: {@code primal} of the method's type, {@code tangent}
   * and {@code adjoint} of the contract's types for it (either may be null: not checked); any
   * receiver either bound, or the handles' first parameter with {@code receiverFirst} (it is then
   * the point's first value, passed through, and left out of messages). {@code name} names the
   * method in messages; {@code floatPrecision} applies {@code float} tolerances to a method that
   * computes in {@code float} inside.
   *
   * @throws IllegalArgumentException when a companion's parameter count is not the contract's
   */
  public static GradientCheck of(String name, MethodHandle primal, MethodHandle tangent, MethodHandle adjoint,
      boolean floatPrecision, boolean receiverFirst) {
    return new GradientCheck(name, primal, tangent, adjoint, floatPrecision, receiverFirst);
  }

  /** The check of {@code primal} (a receiver bound for an instance method), its companions found by {@code lookup}. */
  static GradientCheck of(MethodHandles.Lookup lookup, Method primal, Object receiver) {
    Class<?> owner = primal.getDeclaringClass();
    Class<?>[] types = primal.getParameterTypes();
    return of(owner.getName() + "." + primal.getName(), handle(primal, receiver),
        bound(Derivatives.tangent(lookup, owner, primal.getName(), types), primal, receiver),
        bound(Derivatives.adjoint(lookup, owner, primal.getName(), types), primal, receiver), false, false);
  }

  /**
   * {@code h} taking {@code (double[] a, double[] b, Object[] objects)}: argument {@code p} from
   * source {@code from[p][0]} (0: {@code a}, 1: {@code b}, 2: {@code objects}) at index {@code
   * from[p][1]}; returning {@code double} for a {@code double} or {@code float} result, else {@code
   * Object} (null for {@code void}).
   */
  private static MethodHandle pack(MethodHandle h, int[][] from, String what) {
    MethodType type = h.type();
    if (type.parameterCount() != from.length) {
      throw new IllegalArgumentException(what + " takes " + type.parameterCount() + " parameters where the contract has "
          + from.length + ": " + type);
    }
    MethodHandle[] filters = new MethodHandle[from.length];
    int[] reorder = new int[from.length];
    for (int p = 0; p < from.length; p++) {
      Class<?> t = type.parameterType(p);
      boolean fromDoubles = from[p][0] < 2;
      MethodHandle element = MethodHandles.insertArguments(fromDoubles ? DOUBLE_AT : OBJECT_AT, 1, from[p][1]);
      filters[p] = fromDoubles ? MethodHandles.explicitCastArguments(element, MethodType.methodType(t, double[].class))
          : element.asType(MethodType.methodType(t, Object[].class));
      reorder[p] = from[p][0];
    }
    MethodHandle filtered = MethodHandles.filterArguments(h, 0, filters);
    Class<?> r = type.returnType() == double.class || type.returnType() == float.class ? double.class : Object.class;
    return MethodHandles.permuteArguments(filtered.asType(filtered.type().changeReturnType(r)), MethodType.methodType(r, PACKED),
        reorder);
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
   * Checks the companions at {@code point} (one value per parameter of the primal's handle) along
   * {@code directions} random directions drawn from {@code seed}; throws {@link AssertionError} at
   * the first disagreement. With {@code oneSidedAtKinks}, a tangent that disagrees with central
   * differences but agrees with a one-sided difference (the point is a kink, such as {@code abs}
   * at 0, where the companions take one side by the rules) passes. The point's arrays are read,
   * never written.
   *
   * @throws IllegalArgumentException when the method has no differentiable input, or its value is
   *     not finite at the point
   * @throws IllegalStateException when the method or a companion throws
   */
  public void check(long seed, boolean oneSidedAtKinks, int directions, Object... point) {
    if (point.length != types.length) {
      throw new IllegalArgumentException(name + " takes " + types.length + " arguments, not " + point.length);
    }
    new Run(point).run(seed, oneSidedAtKinks, directions);
  }

  /** One check at one point, with the buffers its evaluations reuse. */
  private final class Run {
    private final Object[] point;
    /** Where each parameter's values start in the input vector (scalars first, then array contents). */
    private final int[] offsets = new int[types.length];
    private final int inputs, scalars;
    /** The arguments of the primal, the tangent and the adjoint, rewritten in place for each call. */
    private final Object[] args, tangentArgs, adjointArgs;
    /** Per differentiable array parameter, its buffer in each call (the adjoint's holds its adjoint). */
    private final Object[] values, tangents, bars;
    private final double[] scalarBars, shifted;
    private double scale = 1;
    private int outputs = -1;

    Run(Object[] point) {
      this.point = point;
      int s = 0, n = 0;
      for (int k = 0; k < types.length; k++) {
        if (slots[k] != null && !types[k].isArray()) offsets[k] = s++;
      }
      n = s;
      for (int k = 0; k < types.length; k++) {
        if (slots[k] != null && types[k].isArray()) {
          offsets[k] = n;
          n += slots[k].size(point[k]);
        }
      }
      this.inputs = n;
      this.scalars = s;
      this.values = new Object[types.length];
      this.tangents = new Object[types.length];
      this.bars = new Object[types.length];
      this.args = new Object[types.length];
      this.tangentArgs = new Object[tangentLayout.params.size()];
      this.adjointArgs = new Object[adjointLayout.params.size()];
      // the objects each call takes, set once: passive values, and the buffers whose contents each call rewrites
      for (int k = 0; k < types.length; k++) {
        boolean array = slots[k] != null && types[k].isArray();
        if (array) {
          values[k] = slots[k].buffer(point[k]);
          tangents[k] = slots[k].buffer(point[k]);
          bars[k] = slots[k].buffer(point[k]);
        }
        args[k] = array ? values[k] : slots[k] == null ? point[k] : null;
      }
      // in the contract's layout (scalars and their tangents come from the packed vectors instead)
      for (Param q : tangentLayout.params) {
        tangentArgs[q.index] = q.primal >= 0 ? args[q.primal] : q.role == Role.TANGENT ? tangents[q.of.primal] : null;
      }
      for (Param q : adjointLayout.params) {
        adjointArgs[q.index] = q.primal >= 0 ? args[q.primal] : q.role == Role.ADJOINT ? bars[q.of.primal] : null;
      }
      this.scalarBars = new double[s];
      this.shifted = new double[n];
    }

    void run(long seed, boolean oneSided, int directions) {
      double[] x = new double[inputs];
      for (int k = 0; k < types.length; k++) {
        if (slots[k] != null) slots[k].read(point[k], x, offsets[k]);
      }
      if (x.length == 0) throw new IllegalArgumentException(where() + " has no differentiable input to check");
      for (double xi : x) scale = Math.max(scale, Math.abs(xi));
      double[] y = evaluate(x, null);
      for (double v : y) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException(where() + " is not finite at this point: " + Arrays.toString(y));
      }
      SplittableRandom random = new SplittableRandom(seed);
      for (int d = 0; d < directions; d++) {
        double[] v = direction(random, x.length);
        double[] w = direction(random, y.length);
        double[] jv = tangent == null ? null : tangent(x, v);
        double[] jtw = adjoint == null ? null : adjoint(x, w);
        if (jv != null) {
          compareWithFiniteDifferences(x, y, v, jv, oneSided);
        } else if (jtw != null) {
          compareAdjointWithFiniteDifferences(x, y, v, w, jtw, oneSided);
        }
        if (jv != null && jtw != null) dotProductTest(v, w, jv, jtw);
      }
    }

    private void dotProductTest(double[] v, double[] w, double[] jv, double[] jtw) {
      if (!dotProductAgrees(v, w, jv, jtw, floats)) {
        throw new AssertionError("leibniz check: " + where() + ": the adjoint disagrees with the tangent (dot-product test):"
            + " <w, J v> = " + dot(w, jv) + " by the tangent but <J^T w, v> = " + dot(jtw, v) + " by the adjoint, for v = "
            + Arrays.toString(v) + ", w = " + Arrays.toString(w));
      }
    }

    /** Without a tangent: {@code <J^T w, v>} by the adjoint against {@code <w, J v>} by finite differences. */
    private void compareAdjointWithFiniteDifferences(double[] x, double[] y, double[] v, double[] w, double[] jtw,
        boolean oneSided) {
      double[][] estimates = differences(x, y, v, 0);
      double[] best = bestEstimates(estimates);
      double[] error = errors(estimates);
      double byAdjoint = dot(jtw, v), byDifferences = dot(w, best), tolerance = 0;
      for (int i = 0; i < w.length; i++) {
        tolerance += Math.abs(w[i]) * (10 * error[i] + (floats ? 1e-3 : 1e-6) * Math.max(1, Math.abs(best[i])));
      }
      if (Math.abs(byAdjoint - byDifferences) <= tolerance) return;
      if (oneSided && (agrees(byAdjoint, dot(w, bestEstimates(differences(x, y, v, 1))), tolerance)
          || agrees(byAdjoint, dot(w, bestEstimates(differences(x, y, v, -1))), tolerance))) {
        return;
      }
      throw new AssertionError("leibniz check: " + where() + ": the adjoint disagrees with central finite differences:"
          + " <J^T w, v> = " + byAdjoint + " by the adjoint, <w, J v> = " + byDifferences + " (± " + tolerance
          + ") by finite differences, for v = " + Arrays.toString(v) + ", w = " + Arrays.toString(w));
    }

    private void compareWithFiniteDifferences(double[] x, double[] y, double[] v, double[] jv, boolean oneSided) {
      double[][] estimates = differences(x, y, v, 0);
      double[] best = bestEstimates(estimates), error = errors(estimates);
      double[] forward = null, backward = null;
      for (int i = 0; i < jv.length; i++) {
        double tolerance = 10 * error[i] + (floats ? 1e-3 : 1e-6) * Math.max(1, Math.abs(best[i]));
        if (Math.abs(jv[i] - best[i]) <= tolerance) continue;
        if (oneSided) {
          if (forward == null) {
            forward = bestEstimates(differences(x, y, v, 1));
            backward = bestEstimates(differences(x, y, v, -1));
          }
          double side = (floats ? 1e-3 : 1e-5) * Math.max(1, Math.abs(jv[i]));
          if (agrees(jv[i], forward[i], side) || agrees(jv[i], backward[i], side)) continue;
        }
        throw new AssertionError("leibniz check: " + where() + ": the tangent disagrees with central finite differences"
            + " in output " + i + ": " + jv[i] + " by the tangent, " + best[i] + " (± " + error[i] + ") by finite differences,"
            + " along v = " + Arrays.toString(v));
      }
    }

    /**
     * Difference quotients along {@code v} for each step of {@link #STEPS}, per output: central
     * ({@code side} 0), forward (1) or backward (-1); {@code y} is the value at {@code x}.
     */
    private double[][] differences(double[] x, double[] y, double[] v, int side) {
      double[][] estimates = new double[STEPS.length][outputs];
      double[] plus = side < 0 ? y : new double[outputs], minus = side > 0 ? y : new double[outputs];
      for (int s = 0; s < STEPS.length; s++) {
        double h = STEPS[s] * scale * (floats ? 100 : 1) * (side == 0 ? 1 : 0.01);
        if (side >= 0) evaluate(axpy(h, v, x), plus);
        if (side <= 0) evaluate(axpy(-h, v, x), minus);
        double width = side == 0 ? 2 * h : h;
        for (int i = 0; i < outputs; i++) estimates[s][i] = (plus[i] - minus[i]) / width;
      }
      return estimates;
    }

    // ---------------------------------------------------------------- the three evaluations

    /** The outputs at {@code x}, into {@code out} (a new array when null: the first evaluation). */
    private double[] evaluate(double[] x, double[] out) {
      for (int k = 0; k < types.length; k++) {
        if (values[k] != null) slots[k].write(x, offsets[k], values[k]);
      }
      double value = 0;
      Object r = null;
      if (scalarResult) value = callForDouble(primal, x, NONE, args);
      else r = callForObject(primal, x, NONE, args);
      if (out == null) {
        outputs = (result == null ? 0 : scalarResult ? 1 : result.size(r)) + inputs - scalars;
        out = new double[outputs];
        if (result != null && !scalarResult && adjoint != null) {
          adjointArgs[seedAt] = result.buffer(r); // the seed's shape
        }
      }
      collect(value, r, values, out);
      return out;
    }

    /** {@code J v}: the tangent companion with {@code v} as the input tangents. */
    private double[] tangent(double[] x, double[] v) {
      for (int k = 0; k < types.length; k++) {
        if (values[k] != null) {
          slots[k].write(x, offsets[k], values[k]);
          slots[k].write(v, offsets[k], tangents[k]);
        }
      }
      double value = 0;
      Object r = null;
      if (scalarResult) value = callForDouble(tangent, x, v, tangentArgs);
      else r = callForObject(tangent, x, v, tangentArgs);
      double[] out = new double[outputs];
      collect(value, r, tangents, out);
      return out;
    }

    /** {@code J^T w}: the adjoint companion seeded with {@code w}. */
    private double[] adjoint(double[] x, double[] w) {
      int at = outputs - (inputs - scalars);
      for (int k = 0; k < types.length; k++) {
        if (values[k] != null) {
          slots[k].write(x, offsets[k], values[k]);
          slots[k].write(w, at, bars[k]);
          at += slots[k].size(bars[k]);
        }
      }
      if (result != null && !scalarResult) result.write(w, 0, adjointArgs[seedAt]);
      Arrays.fill(scalarBars, 0);
      if (scalarBarsAt >= 0) adjointArgs[scalarBarsAt] = scalarBars;
      if (scalarResult) callForDouble(adjoint, x, w, adjointArgs);
      else callForObject(adjoint, x, w, adjointArgs);
      double[] out = new double[inputs];
      System.arraycopy(scalarBars, 0, out, 0, scalars);
      for (int k = 0; k < types.length; k++) {
        if (bars[k] != null) slots[k].read(bars[k], out, offsets[k]);
      }
      return out;
    }

    /** The result ({@code value} for a scalar one, else {@code r}), then the contents of the arrays in {@code arrays}. */
    private void collect(double value, Object r, Object[] arrays, double[] out) {
      int at = 0;
      if (scalarResult) {
        out[at++] = value;
      } else if (result != null) {
        int size = result.size(r);
        if (size != outputs - (inputs - scalars)) {
          throw new IllegalArgumentException(where() + " returns results of different sizes at nearby points");
        }
        result.read(r, out, 0);
        at = size;
      }
      for (int k = 0; k < types.length; k++) {
        if (arrays[k] != null) {
          slots[k].read(arrays[k], out, at);
          at += slots[k].size(arrays[k]);
        }
      }
    }

    private double[] axpy(double a, double[] v, double[] x) {
      for (int i = 0; i < x.length; i++) shifted[i] = x[i] + a * v[i];
      return shifted;
    }

    private double callForDouble(MethodHandle h, double[] a, double[] b, Object[] objects) {
      try {
        return (double) h.invokeExact(a, b, objects);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable t) {
        throw new IllegalStateException(where() + " threw " + t, t);
      }
    }

    private Object callForObject(MethodHandle h, double[] a, double[] b, Object[] objects) {
      try {
        return (Object) h.invokeExact(a, b, objects);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable t) {
        throw new IllegalStateException(where() + " threw " + t, t);
      }
    }

    /** {@code com.acme.Model.f(0.5, [1.0, 2.0])}: the method and the point, for messages. */
    private String where() {
      StringBuilder sb = new StringBuilder(name).append('(');
      for (int k = receiverFirst ? 1 : 0, first = k; k < point.length; k++) {
        sb.append(k == first ? "" : ", ").append(text(point[k]));
      }
      return sb.append(')').toString();
    }
  }

  // ------------------------------------------------------------------ differentiable values

  /** How the differentiable values of one parameter (or the result) of a type are read and written. */
  private abstract static class Slot {
    static Slot of(Class<?> type) {
      if (type == double.class) return DOUBLE;
      if (type == float.class) return FLOAT;
      if (type == double[].class) return DOUBLE_ARRAY;
      if (type == float[].class) return FLOAT_ARRAY;
      return NESTED;
    }

    /** How many values {@code value} holds. */
    abstract int size(Object value);

    /** Its values into {@code out} from {@code at}. */
    abstract void read(Object value, double[] out, int at);

    /** A buffer of {@code value}'s shape for {@link #write} (null for a scalar). */
    abstract Object buffer(Object value);

    /** The value of {@code values} from {@code at}: written into {@code buffer}, or boxed for a scalar. */
    abstract Object write(double[] values, int at, Object buffer);
  }

  private static final Slot DOUBLE = new Slot() {
    int size(Object value) { return 1; }
    void read(Object value, double[] out, int at) { out[at] = ((Number) value).doubleValue(); }
    Object buffer(Object value) { return null; }
    Object write(double[] values, int at, Object buffer) { return values[at]; }
  };

  private static final Slot FLOAT = new Slot() {
    int size(Object value) { return 1; }
    void read(Object value, double[] out, int at) { out[at] = ((Number) value).doubleValue(); }
    Object buffer(Object value) { return null; }
    Object write(double[] values, int at, Object buffer) { return (float) values[at]; }
  };

  private static final Slot DOUBLE_ARRAY = new Slot() {
    int size(Object value) { return value == null ? 0 : ((double[]) value).length; }

    void read(Object value, double[] out, int at) {
      if (value != null) System.arraycopy((double[]) value, 0, out, at, ((double[]) value).length);
    }

    Object buffer(Object value) { return value == null ? null : new double[((double[]) value).length]; }

    Object write(double[] values, int at, Object buffer) {
      if (buffer != null) System.arraycopy(values, at, (double[]) buffer, 0, ((double[]) buffer).length);
      return buffer;
    }
  };

  private static final Slot FLOAT_ARRAY = new Slot() {
    int size(Object value) { return value == null ? 0 : ((float[]) value).length; }

    void read(Object value, double[] out, int at) {
      if (value == null) return;
      float[] a = (float[]) value;
      for (int i = 0; i < a.length; i++) out[at + i] = a[i];
    }

    Object buffer(Object value) { return value == null ? null : new float[((float[]) value).length]; }

    Object write(double[] values, int at, Object buffer) {
      if (buffer == null) return null;
      float[] a = (float[]) buffer;
      for (int i = 0; i < a.length; i++) a[i] = (float) values[at + i];
      return a;
    }
  };

  /** Arrays of rank two and more, through reflection. */
  private static final Slot NESTED = new Slot() {
    int size(Object value) { return GradientCheck.size(value); }
    void read(Object value, double[] out, int at) { flatten(value, out, at); }
    Object buffer(Object value) { return copyShape(value); }

    Object write(double[] values, int at, Object buffer) {
      return fill(buffer, values, new int[] {at});
    }
  };

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

  /**
   * The dot-product test {@code <w, J v> = <J^T w, v>} within rounding. The scale is that of the
   * terms summed ({@code sum |w_i (J v)_i|} and {@code sum |(J^T w)_i v_i|}), not only of the
   * results: for some directions the terms cancel (Black–Scholes' gradient, terms of size 18, along
   * a direction where they add up to 6e-5), and ulp-level differences between the modes' elementary
   * functions (an interpreted and a compiled {@code Math.exp} may differ in the last bit) then are
   * large relative to the result.
   */
  static boolean dotProductAgrees(double[] v, double[] w, double[] jv, double[] jtw, boolean floats) {
    double left = dot(w, jv), right = dot(jtw, v);
    double scale = Math.abs(left) + Math.abs(right) + norm(w) * norm(jv) + absDot(w, jv) + absDot(jtw, v);
    // float: rounding a tangent or adjoint to float leaves noise of about 1e-7 of the unit directions' size
    double floor = floats ? 1e-2 * norm(w) * norm(v) : 1e-300;
    return Math.abs(left - right) <= (floats ? 1e-4 : 1e-10) * Math.max(scale, floor);
  }

  private static double absDot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += Math.abs(a[i] * b[i]);
    return s;
  }

  private static boolean agrees(double a, double b, double tolerance) {
    return Math.abs(a - b) <= tolerance;
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
}
