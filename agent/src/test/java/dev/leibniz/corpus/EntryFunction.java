package dev.leibniz.corpus;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

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
  /** Makes the receiver afresh for each call (null for a static entry): a call may change its fields. */
  private final Supplier<Object> receivers;
  /**
   * The companions take the receiver's shadow first (README, "Objects": an instance method of a class whose
   * fields the code writes): the receiver's fields are inputs (before the parameters) and outputs (last).
   */
  private final boolean receiverShadowed;
  /** The receiver's contents at the point (its fields as the constructor made them), when shadowed. */
  private final Object receiverTemplate;
  /**
   * How many outputs the shadowed receiver's fields make after the call: its inputs' count unless the call changes
   * their shape (Uncommons Maths' DataSet.addValue on a full set replaces its held array by a longer one).
   */
  private final int receiverOut;
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
   * The result is a new object whose companions carry its derivative (README, "Objects": object results): the
   * tangent returns its shadow, the adjoint takes its seed (a shadow of the result class). Its fields are outputs,
   * first, as a differentiable result's values.
   */
  final boolean newResult;

  /**
   * The object parameter with a shadow that the primal returns (a fluent {@code return xy;}), or -1: its
   * derivative is that parameter's, already an output; the tangent must return that parameter's shadow.
   */
  private final int returnedParam;

  /** The primal returns its receiver (a fluent {@code return this;}) and the receiver has a shadow. */
  private final boolean returnsReceiver;

  /**
   * The companions of {@code primal}, or the reason they cannot be found; {@code receiverShadow}: they take
   * the receiver's shadow as their first parameter.
   */
  record Companions(Method tangent, Method adjoint, boolean receiverShadow) {
    Companions(Method tangent, Method adjoint) {
      this(tangent, adjoint, false);
    }
  }

  EntryFunction(Method primal, Supplier<Object> receivers, Object[] point) {
    this.primal = primal;
    this.params = primal.getParameterTypes();
    this.receivers = Modifier.isStatic(primal.getModifiers()) ? null : receivers;
    this.receiverShadowed = this.receivers != null && companions(primal.getDeclaringClass(), primal).receiverShadow();
    this.receiverTemplate = receiverShadowed ? this.receivers.get() : null;
    this.point = point;
    this.loader = primal.getDeclaringClass().getClassLoader();
    this.active = new boolean[params.length];
    this.shadowed = shadowedParams(primal.getDeclaringClass(), primal);
    boolean anyFloat = Shapes.isFloat(primal.getReturnType()) && Shapes.differentiable(primal.getReturnType())
        || receiverShadowed && ObjectShapes.hasFloats(receiverTemplate);
    int inputs = receiverShadowed ? ObjectShapes.size(receiverTemplate) : 0;
    for (int i = 0; i < params.length; i++) {
      active[i] = Shapes.differentiable(params[i]) || shadowed[i];
      if (active[i]) {
        inputs += size(i);
        anyFloat |= Shapes.isFloat(params[i]) || shadowed[i] && ObjectShapes.hasFloats(Shapes.copyPassive(point[i], loader));
      }
    }
    this.n = inputs;
    this.floats = anyFloat || FloatRounding.inside(primal);
    this.result = primal.getReturnType();
    this.resultActive = Shapes.differentiable(result) || result == Double.class; // a Double result: a scalar, boxed (the contract)
    primal.setAccessible(true);
    double[] x0 = values();
    Object[] args0 = primalArgs(x0);
    Object receiver0 = receiverFor(x0, false, x0);
    Object r = call(primal, receiver0, args0);
    this.returnedParam = returnedParam(args0, r);
    this.returnsReceiver = receiverShadowed && r != null && r == receiver0;
    this.receiverOut = receiverShadowed ? ObjectShapes.size(receiver0) : 0;
    boolean otherObject = !result.isPrimitive() && !resultActive && returnedParam < 0 && !returnsReceiver;
    Companions made = otherObject ? companions(primal.getDeclaringClass(), primal) : null;
    // the tangent returns the result's shadow; an adjoint alone (the tangent refused) takes its seed and returns it
    boolean carried = made != null && (made.tangent() != null ? made.tangent().getReturnType() == result
        : made.adjoint() != null && made.adjoint().getReturnType() == result
            && java.util.Arrays.asList(made.adjoint().getParameterTypes()).contains(result));
    this.newResult = otherObject && objectType(result) && r != null && carried;
    this.objectResult = otherObject && !newResult;
    this.resultTemplate = resultActive || newResult ? r : null;
    int outputs = resultActive ? Shapes.size(r) : newResult ? ObjectShapes.size(r) : 0;
    for (int i = 0; i < params.length; i++) {
      if (active[i] && inPlace(i)) outputs += size(i);
    }
    this.m = outputs + receiverOut;
  }

  /**
   * The receiver for a call: a fresh one, for a shadowed receiver holding {@code flat[0...]} (its shadow
   * instead with {@code shadow}: a zero shadow of a fresh receiver holding {@code flat[0...]}).
   */
  private Object receiverFor(double[] x, boolean shadow, double[] flat) {
    if (receivers == null) return null;
    Object fresh = receivers.get();
    if (!receiverShadowed) return fresh;
    ObjectShapes.fill(fresh, false, x, 0);
    return shadow ? ObjectShapes.fill(fresh, true, flat, 0) : fresh;
  }

  /** Where the parameters' inputs start in the flat input vector (after the receiver's, when shadowed). */
  private int paramsStart() {
    return receiverShadowed ? ObjectShapes.size(receiverTemplate) : 0;
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
    int pos = receiverShadowed ? ObjectShapes.write(receiverTemplate, x, 0) : 0;
    for (int i = 0; i < params.length; i++) {
      if (active[i]) pos = shadowed[i] ? ObjectShapes.write(Shapes.copyPassive(point[i], loader), x, pos) : Shapes.write(point[i], x, pos);
    }
    return x;
  }

  private int size(int i) {
    return shadowed[i] ? ObjectShapes.size(Shapes.copyPassive(point[i], loader)) : Shapes.size(point[i]);
  }

  /** True for parameters whose final contents are outputs: differentiable arrays and objects with shadows. */
  private boolean inPlace(int i) {
    return params[i].isArray() || shadowed[i];
  }

  /** The argument for parameter {@code i} holding {@code flat[pos...]} ({@code shadow}: its shadow). */
  private Object fill(int i, boolean shadow, double[] flat, int pos) {
    return shadowed[i] ? ObjectShapes.fill(Shapes.copyPassive(point[i], loader), shadow, flat, pos) : Shapes.fill(params[i], point[i], flat, pos);
  }

  /**
   * The parameters that are objects with shadows: those (of classes outside the JDK) whose
   * companion, found in {@code type}, takes each followed by its shadow. Some object parameters may be passive
   * while others have shadows (JBox2D's {@code Transform.mulToOut(T, v, out)}: a Transform holds only objects, so it
   * has no shadow, while the Vec2s v and out do), so each subset of them is tried, all of them first.
   */
  static boolean[] shadowedParams(Class<?> type, Method primal) {
    Class<?>[] ps = primal.getParameterTypes();
    boolean[] none = new boolean[ps.length];
    if (hasTangent(type, primal, none)) return none;
    List<Integer> objects = new ArrayList<>();
    for (int i = 0; i < ps.length; i++) {
      Class<?> e = ps[i];
      while (e.isArray()) e = e.getComponentType();
      if (!e.isPrimitive() && !e.getName().startsWith("java.")) objects.add(i);
    }
    if (objects.size() > 10) return none;
    for (int mask = (1 << objects.size()) - 1; mask > 0; mask--) {
      boolean[] out = new boolean[ps.length];
      for (int k = 0; k < objects.size(); k++) out[objects.get(k)] = (mask & (1 << k)) != 0;
      if (hasTangent(type, primal, out)) return out;
    }
    return none;
  }

  /**
   * Whether a tangent companion taking the parameters {@code shadowed} marks each followed by its shadow exists, with
   * or without the receiver's shadow first (typed as the entry's class or a superclass): jblas'
   * {@code ComplexDouble.muli(c, result)} writes fields of its own class, so its companions take the receiver's shadow
   * and those of c and result, and looking for the parameters' shadows without the receiver's found none ("no
   * companion and no diagnostic").
   */
  private static boolean hasTangent(Class<?> type, Method primal, boolean[] shadowed) {
    if (companions(type, primal, shadowed).tangent() != null) return true;
    if (Modifier.isStatic(primal.getModifiers())) return false;
    for (Class<?> r = primal.getDeclaringClass(); r != null && r != Object.class; r = r.getSuperclass()) {
      if (companions(type, primal, shadowed, r).tangent() != null) return true;
    }
    return false;
  }

  /** The companion methods the contract names, looked up in {@code type}; null where missing. */
  static Companions companions(Class<?> type, Method primal) {
    boolean[] shadowed = shadowedParams(type, primal);
    Companions plain = companions(type, primal, shadowed, (Class<?>) null);
    if (plain.tangent() != null || plain.adjoint() != null || Modifier.isStatic(primal.getModifiers())) return plain;
    // the receiver's shadow is typed as the highest class with shadows (README: a superclass declaring the field
    // written, Neuroph's TransferFunction.output), so each superclass in turn
    Companions withShadow = null;
    for (Class<?> r = primal.getDeclaringClass(); r != null && r != Object.class; r = r.getSuperclass()) {
      withShadow = companions(type, primal, shadowed, r);
      if (withShadow.tangent() != null || withShadow.adjoint() != null) return withShadow;
    }
    return withShadow;
  }

  private static Companions companions(Class<?> type, Method primal, boolean[] shadowed) {
    return companions(type, primal, shadowed, null);
  }

  /** {@code receiverShadow}: the type of the companions' first parameter, the receiver's shadow; null: none. */
  private static Companions companions(Class<?> type, Method primal, boolean[] shadowed, Class<?> receiverShadow) {
    Class<?>[] ps = primal.getParameterTypes();
    List<Class<?>> t = new ArrayList<>(), a = new ArrayList<>();
    if (receiverShadow != null) {
      t.add(receiverShadow);
      a.add(receiverShadow);
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
    if (Shapes.differentiable(primal.getReturnType()) || primal.getReturnType() == Double.class) a.add(primal.getReturnType());
    List<Class<?>> seeded = new ArrayList<>(a); // an object result with a shadow takes its adjoint seed as a shadow
    if (objectType(primal.getReturnType())) seeded.add(primal.getReturnType());
    if (anyScalar) {
      a.add(double[].class);
      seeded.add(double[].class);
    }
    Method adjoint = find(type, primal, "$adjoint", a);
    if (adjoint == null && seeded.size() > a.size()) adjoint = find(type, primal, "$adjoint", seeded);
    return new Companions(find(type, primal, "$tangent", t), adjoint, receiverShadow != null);
  }

  /** A class outside the JDK (not an array, not primitive): one that may have shadows. */
  private static boolean objectType(Class<?> c) {
    return !c.isPrimitive() && !c.isArray() && !c.getName().startsWith("java.");
  }

  /**
   * The companion {@code suffix} of {@code primal} taking {@code params}: of the contract, so static as the primal is and
   * not synthetic (an overload's private helper companion may have the same parameters: S2's static {@code crossProd(a,
   * b)} beside the instance {@code crossProd(b)}).
   */
  private static Method find(Class<?> type, Method primal, String suffix, List<Class<?>> params) {
    try {
      Method m = type.getDeclaredMethod(primal.getName() + suffix, params.toArray(Class<?>[]::new));
      if (m.isSynthetic() || Modifier.isStatic(m.getModifiers()) != Modifier.isStatic(primal.getModifiers())) return null;
      m.setAccessible(true);
      return m;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** {@code F(x)}. */
  double[] primal(double[] x) {
    Object[] args = primalArgs(x);
    Object receiver = receiverFor(x, false, x);
    Object r = call(primal, receiver, args);
    return outputs(r, args, 1, receiver);
  }

  /** {@code J(x) xdot} by the tangent companion. */
  double[] tangent(Method tangent, double[] x, double[] xdot) {
    List<Object> args = new ArrayList<>();
    Object receiver = receiverFor(x, false, x);
    Object receiverShadow = receiverShadowed ? receiverFor(x, true, xdot) : null;
    if (receiverShadowed) args.add(receiverShadow);
    int pos = paramsStart();
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
    Object r = call(tangent, receiver, all);
    if (returnedParam >= 0 && r != all[shadowSlot(returnedParam)]) {
      throw new CompanionFailure(tangent.getName() + " returned " + r + ", not the shadow of parameter " + returnedParam
          + " (the object the primal returns)", null);
    }
    if (returnsReceiver && r != receiverShadow) {
      throw new CompanionFailure(tangent.getName() + " returned " + r + ", not the receiver's shadow (the primal returns this)", null);
    }
    Object[] params = receiverShadowed ? java.util.Arrays.copyOfRange(all, 1, all.length) : all;
    // the result's class, not its declared type: a result declared with an interface (ta4j's Num) is of its class's shadow
    if (newResult && (r == null || r.getClass() != resultTemplate.getClass())) {
      throw new CompanionFailure(tangent.getName() + " returned " + r + ", not a shadow of the new "
          + resultTemplate.getClass().getSimpleName() + " the primal returns", null);
    }
    return outputs(resultActive || newResult ? r : null, params, 2, receiverShadow);
  }

  /** The index in the tangent's arguments of the shadow of parameter {@code p}. */
  private int shadowSlot(int p) {
    int slot = receiverShadowed ? 1 : 0;
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
    boolean resultSeed = (returnedParam >= 0 || returnsReceiver) && objectType(result)
        && adjoint.getParameterCount() > adjointArity();
    boolean throughResult = resultSeed && (seedThroughResult = !seedThroughResult);
    Object resultSeedShadow = null;
    Object receiver = receiverFor(x, false, x);
    int receiverSeedPos = m - receiverOut;
    // the shadow passed in has the fields' shape before the call: it cannot hold the seeds of those after it, so the
    // companion must stop with its own run-time error when given seeds there (all ones: REFUSED), and is WRONG otherwise
    boolean reshaped = receiverOut != paramsStart();
    Object receiverShadow = null;
    if (receiverShadowed) {
      double[] seed = new double[paramsStart()];
      if (reshaped) java.util.Arrays.fill(seed, 1.0);
      else System.arraycopy(ybar, receiverSeedPos, seed, 0, seed.length);
      Object seeded = receiverFor(x, true, seed), zero = receiverFor(x, true, new double[seed.length]);
      receiverShadow = returnsReceiver && resultSeed && throughResult ? zero : seeded;
      if (returnsReceiver && resultSeed) resultSeedShadow = throughResult ? seeded : receiverFor(x, true, new double[seed.length]);
      args.add(receiverShadow);
    }
    int pos = paramsStart(), seedPos = resultActive ? Shapes.size(resultTemplate) : newResult ? ObjectShapes.size(resultTemplate) : 0, scalars = 0;
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
    if (newResult) args.add(ObjectShapes.fill(resultTemplate, true, ybar, 0)); // the new result's seed: a shadow of it
    double[] scalarAdjoints = new double[scalars];
    if (scalars > 0) args.add(scalarAdjoints);
    Object[] all = args.toArray();
    returned[0] = call(adjoint, receiver, all);
    if (reshaped) {
      throw new CompanionFailure(adjoint.getName() + " exists, but the receiver's fields change shape in the call ("
          + paramsStart() + " numbers before, " + receiverOut + " after): its shadow cannot take their seeds, and the"
          + " adjoint returned instead of refusing them", null);
    }
    double[] xbar = new double[n];
    int out = receiverShadowed ? ObjectShapes.write(receiverShadow, xbar, 0) : 0, k = 0;
    for (int slot : adjointSlots) {
      if (slot < 0) xbar[out++] = scalarAdjoints[k++];
      else out = all[slot] instanceof double[] || all[slot] instanceof float[] || Shapes.differentiable(all[slot].getClass())
          ? Shapes.write(all[slot], xbar, out) : ObjectShapes.write(all[slot], xbar, out);
    }
    return xbar;
  }

  /** The adjoint companion's parameter count without a seed for an object result. */
  private int adjointArity() {
    int count = receiverShadowed ? 1 : 0;
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
    if (newResult) {
      double[] y = new double[ObjectShapes.size(resultTemplate)];
      if (r == null || r.getClass() != resultTemplate.getClass()) {
        throw new CompanionFailure("the adjoint returned " + r + ", not the new " + resultTemplate.getClass().getSimpleName(), null);
      }
      ObjectShapes.write(r, y, 0);
      return y;
    }
    if (!resultActive) return new double[0];
    double[] y = new double[Shapes.size(r)];
    Shapes.write(r, y, 0);
    return y;
  }

  private Object[] primalArgs(double[] x) {
    Object[] args = new Object[params.length];
    int pos = paramsStart();
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

  /**
   * The result (when differentiable), the arrays in the differentiable array slots of {@code args}, then
   * the fields of {@code receiver} (the receiver or its shadow) when it is shadowed.
   */
  private double[] outputs(Object r, Object[] args, int stride, Object receiver) {
    double[] y = new double[m];
    if (receiverShadowed) ObjectShapes.write(receiver, y, m - receiverOut);
    int pos = resultActive ? Shapes.write(r, y, 0) : newResult ? ObjectShapes.write(r, y, 0) : 0;
    for (int i = 0, slot = 0; i < params.length; i++) {
      if (active[i] && inPlace(i)) {
        pos = shadowed[i] ? ObjectShapes.write(args[slot + stride - 1], y, pos) : Shapes.write(args[slot + stride - 1], y, pos);
      }
      slot += active[i] ? stride : 1;
    }
    return y;
  }

  private Object call(Method method, Object receiver, Object[] args) {
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
