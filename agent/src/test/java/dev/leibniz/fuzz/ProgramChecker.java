package dev.leibniz.fuzz;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Checks one generated program's companions against the contract and two oracles:
 *
 * <ol>
 *   <li>the primal of the transformed class returns, bit for bit, what the untransformed class
 *       returns (result and final array contents), and so do the primal parts of both companions;
 *   <li>the tangent matches a Richardson-extrapolated central difference of the all-double shadow
 *       program, at points where differences with steps h, h/2 and h/4 agree (near a kink they do
 *       not, and the point is skipped); there the tangent and the adjoint must be finite (a NaN
 *       from {@code 0·∞} at a guarded singular point is a failure);
 *   <li>tangent and adjoint pass the dot-product test {@code <ybar, J xdot> = <J^T ybar, xdot>};
 *   <li>scalar adjoints accumulate: a second call adds the same gradient again;
 *   <li>{@code null} for one array's tangent or adjoint means that array is passive.
 * </ol>
 */
final class ProgramChecker {
  static final double H = 1e-3;

  private final Class<?> original;
  private final Class<?> transformed;
  private final Class<?> shadow;

  ProgramChecker(Class<?> original, Class<?> transformed, Class<?> shadow) {
    this.original = original;
    this.transformed = transformed;
    this.shadow = shadow;
  }

  /** What became of one program: a failure message (null when it passed) and what was checked. */
  record Verdict(String failure, boolean tangentChecked, boolean dotChecked) {
    static Verdict fail(String why) {
      return new Verdict(why, false, false);
    }
  }

  /** Thrown inside the checks to report a failure with its context. */
  static final class Mismatch extends RuntimeException {
    Mismatch(String message) {
      super(message, null, false, false);
    }
  }

  Verdict check(Program p, long pointSeed) {
    try {
      return run(p, new Random(pointSeed));
    } catch (Mismatch m) {
      return Verdict.fail(m.getMessage());
    }
  }

  private Verdict run(Program p, Random r) {
    List<ParamKind> kinds = p.params();
    boolean single = p.usesFloat();
    Method primalBefore = method(original, p.name(), p.parameterTypes(), "original primal");
    Method primalAfter = method(transformed, p.name(), p.parameterTypes(), "transformed primal");
    Method shadowPrimal = method(single ? shadow : original, p.name(), p.shadowParameterTypes(), "shadow");
    Method tangent = method(transformed, p.name() + "$tangent", tangentTypes(p), "companion");
    Method adjoint = method(transformed, p.name() + "$adjoint", adjointTypes(p), "companion");

    Object[] x = Values.point(kinds, r);
    Object[] before = Values.copyAll(x);
    Object resultBefore = invoke(primalBefore, before, "original primal at " + Values.show(x), true);
    Object[] after = Values.copyAll(x);
    Object resultAfter = invoke(primalAfter, after, "transformed primal", false);
    if (!Values.sameBits(resultBefore, resultAfter) || !sameArrays(before, after)) {
      throw new Mismatch("transformed primal differs at " + Values.show(x) + ": " + Values.show(resultAfter)
          + " " + Values.show(after) + " instead of " + Values.show(resultBefore) + " " + Values.show(before));
    }
    double[] y = Values.flattenOutputs(kinds, p.returns(), resultBefore, before);
    if (!Values.allFinite(y)) {
      return new Verdict(null, false, false);
    }

    // Tangent: one directional derivative, and the primal it computes on the way.
    Object[] xdot = Values.direction(kinds, x, r);
    Object[] tangentPrimal = Values.copyAll(x);
    Object[] tangentOut = new Object[kinds.size()];
    Object tresult = callTangent(tangent, p, tangentPrimal, xdot, tangentOut, -1);
    if (!sameArrays(before, tangentPrimal)) {
      throw new Mismatch("tangent leaves arrays " + Values.show(tangentPrimal) + ", primal " + Values.show(before)
          + " at " + Values.show(x));
    }
    double[] ydot = Values.flattenOutputs(kinds, p.returns(), tresult, tangentOut);

    boolean tangentChecked = checkTangent(p, x, xdot, ydot, y, shadowPrimal, single);

    // Adjoint, seeded with a random ybar; called twice to see the scalar adjoints accumulate.
    Object[] ybar = Values.direction(kinds, x, r);
    Object seed = p.returns() == ParamKind.FLOAT ? (Object) (float) (2 * r.nextDouble() - 1)
        : p.returns() == ParamKind.DOUBLE ? (Object) (2 * r.nextDouble() - 1) : null;
    int scalarCount = (int) kinds.stream().filter(ParamKind::isScalar).count();
    double[] scalarBar = scalarCount > 0 ? new double[scalarCount] : null;
    Object[] arrayBar = new Object[kinds.size()];
    Object aresult = callAdjoint(adjoint, p, x, ybar, seed, scalarBar, arrayBar);
    if (!Values.sameBits(resultBefore, aresult)) {
      throw new Mismatch("adjoint returns " + Values.show(aresult) + ", primal " + Values.show(resultBefore)
          + " at " + Values.show(x));
    }
    double[] xbar = Values.append(scalarBar == null ? new double[0] : scalarBar.clone(), Values.arrays(kinds, arrayBar));
    double[] ybarFlat = Values.flattenOutputs(kinds, p.returns(), seed, ybar);
    double[] xdotFlat = Values.flattenInputs(kinds, xdot);
    double lhs = 0, rhs = 0, scale = 0;
    for (int i = 0; i < ybarFlat.length; i++) {
      lhs += ybarFlat[i] * ydot[i];
      scale += Math.abs(ybarFlat[i] * ydot[i]);
    }
    for (int i = 0; i < xdotFlat.length; i++) {
      rhs += xbar[i] * xdotFlat[i];
      scale += Math.abs(xbar[i] * xdotFlat[i]);
    }
    boolean dotChecked = Double.isFinite(lhs) && Double.isFinite(rhs);
    if (tangentChecked && Double.isFinite(lhs) && !Double.isFinite(rhs)) {
      // where finite differences converge and the tangent is finite, so must the adjoint be (0·∞ = 0)
      throw new Mismatch("adjoint is not finite where the tangent and finite differences are: adjoints "
          + Values.show(xbar) + " at " + Values.show(x) + ", ybar " + Values.show(ybar) + " seed " + Values.show(seed));
    }
    // Relative to the terms, with a floor for results that cancel to (float) rounding noise,
    // e.g. (c - (float) c): there the terms are tiny but the rounding is of order |ybar| |xdot|.
    double floor = (single ? 1e-6 : 1e-13) * Values.sumAbs(ybarFlat) * Values.sumAbs(xdotFlat);
    double dotTolerance = (single ? 1e-4 : 1e-10) * scale + floor;
    if (dotChecked && Math.abs(lhs - rhs) > dotTolerance + 1e-300) {
      throw new Mismatch(String.format(
          "dot-product test fails: <ybar, J xdot> = %.17g but <J^T ybar, xdot> = %.17g (relative %.3g)"
              + " at %s, xdot %s, ybar %s seed %s; tangent outputs %s; adjoints %s",
          lhs, rhs, Math.abs(lhs - rhs) / scale, Values.show(x), Values.show(xdot), Values.show(ybar),
          Values.show(seed), Values.show(ydot), Values.show(xbar)));
    }
    List<Integer> arrays = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      if (kinds.get(i).array) {
        arrays.add(i);
      }
    }
    if (!arrays.isEmpty()) {
      checkNullMeansPassive(p, tangent, adjoint, x, xdot, ybar, seed, arrays.get(r.nextInt(arrays.size())));
    }
    if (scalarBar != null) {
      double[] first = scalarBar.clone();
      callAdjoint(adjoint, p, x, ybar, seed, scalarBar, new Object[kinds.size()]);
      for (int i = 0; i < first.length; i++) {
        if (Math.abs(scalarBar[i] - 2 * first[i]) > 1e-12 * Math.abs(first[i]) + 1e-300
            && Double.isFinite(first[i])) {
          throw new Mismatch("scalar adjoints do not accumulate: second call leaves " + Values.show(scalarBar)
              + " after " + Values.show(first) + " at " + Values.show(x));
        }
      }
    }
    return new Verdict(null, tangentChecked, dotChecked);
  }

  private boolean checkTangent(Program p, Object[] x, Object[] xdot, double[] ydot, double[] y, Method shadowPrimal,
      boolean single) {
    List<ParamKind> kinds = p.params();
    double[] ys = shadowOutputs(p, shadowPrimal, Values.shifted(kinds, x, xdot, 0));
    double yscale = Math.max(1, Values.maxAbs(ys));
    if (Values.maxAbsDiff(ys, y) > (single ? 1e-4 : 0) * yscale) {
      return false; // the float program took another path than its all-double shadow
    }
    double[] d1 = central(p, shadowPrimal, x, xdot, H);
    double[] d2 = central(p, shadowPrimal, x, xdot, H / 2);
    double[] d4 = central(p, shadowPrimal, x, xdot, H / 4);
    double[] r1 = new double[d1.length], r2 = new double[d1.length];
    for (int i = 0; i < d1.length; i++) {
      r1[i] = (4 * d2[i] - d1[i]) / 3;
      r2[i] = (4 * d4[i] - d2[i]) / 3;
    }
    double scale = Math.max(1, Values.maxAbs(r2));
    if (!Values.allFinite(r1) || !Values.allFinite(r2) || Values.maxAbsDiff(r1, r2) > 1e-6 * scale) {
      return false; // near a kink or a jump: finite differences cannot be trusted here
    }
    double tolerance = (single ? 2e-3 : 1e-5) * scale;
    if (!Values.allFinite(ydot) || Values.maxAbsDiff(ydot, r2) > tolerance) { // NaN: e.g. 0·∞ (strong zero)
      throw new Mismatch("tangent differs from finite differences at " + Values.show(x) + " along "
          + Values.show(xdot) + ": tangent " + Values.show(ydot) + ", differences " + Values.show(r2));
    }
    return true;
  }

  private double[] central(Program p, Method shadowPrimal, Object[] x, Object[] xdot, double h) {
    double[] plus = shadowOutputs(p, shadowPrimal, Values.shifted(p.params(), x, xdot, h));
    double[] minus = shadowOutputs(p, shadowPrimal, Values.shifted(p.params(), x, xdot, -h));
    double[] d = new double[plus.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = (plus[i] - minus[i]) / (2 * h);
    }
    return d;
  }

  private double[] shadowOutputs(Program p, Method shadowPrimal, Object[] args) {
    Object result = invoke(shadowPrimal, args, "shadow", true);
    return Values.flattenOutputs(p.params(), p.returns() == ParamKind.FLOAT ? ParamKind.DOUBLE : p.returns(), result, args);
  }

  /**
   * {@code null} for the tangent or adjoint array of parameter {@code passive} means that array is
   * passive: every other derivative is as if its tangent (or adjoint seed) were zero.
   */
  private void checkNullMeansPassive(Program p, Method tangent, Method adjoint, Object[] x, Object[] xdot,
      Object[] ybar, Object seed, int passive) {
    List<ParamKind> kinds = p.params();
    Object[] zeroDot = xdot.clone();
    zeroDot[passive] = Values.zeroLike(xdot[passive]);
    Object[] withZero = new Object[kinds.size()], withNull = new Object[kinds.size()];
    Object t0 = callTangent(tangent, p, Values.copyAll(x), zeroDot, withZero, -1);
    Object t1 = callTangent(tangent, p, Values.copyAll(x), zeroDot, withNull, passive);
    withZero[passive] = null;
    double[] expected = Values.flattenOutputs(kinds, p.returns(), t0, withZero);
    double[] actual = Values.flattenOutputs(kinds, p.returns(), t1, withNull);
    if (!Values.close(expected, actual, 1e-12)) {
      throw new Mismatch("tangent with null for the tangent of parameter " + passive + " gives " + Values.show(actual)
          + ", with zeros " + Values.show(expected) + " at " + Values.show(x) + " along " + Values.show(xdot));
    }
    Object[] zeroBar = ybar.clone();
    zeroBar[passive] = Values.zeroLike(ybar[passive]);
    int scalars = (int) kinds.stream().filter(ParamKind::isScalar).count();
    double[] g0 = scalars > 0 ? new double[scalars] : null, g1 = scalars > 0 ? new double[scalars] : null;
    Object[] bar0 = new Object[kinds.size()], bar1 = new Object[kinds.size()];
    callAdjoint(adjoint, p, x, zeroBar, seed, g0, bar0);
    callAdjoint(adjoint, p, x, zeroBar, seed, g1, bar1, passive);
    bar0[passive] = null;
    bar1[passive] = null;
    expected = Values.append(g0 == null ? new double[0] : g0, Values.arrays(kinds, bar0));
    actual = Values.append(g1 == null ? new double[0] : g1, Values.arrays(kinds, bar1));
    if (!Values.close(expected, actual, 1e-12)) {
      throw new Mismatch("adjoint with null for the adjoint of parameter " + passive + " gives " + Values.show(actual)
          + ", with zeros " + Values.show(expected) + " at " + Values.show(x) + " seeded " + Values.show(ybar));
    }
  }

  /** Calls the tangent; {@code tangentOut[i]} receives the tangent array passed for parameter i. */
  private Object callTangent(Method tangent, Program p, Object[] primal, Object[] xdot, Object[] tangentOut,
      int nullArray) {
    List<ParamKind> kinds = p.params();
    List<Object> targs = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      targs.add(primal[i]);
      if (kinds.get(i).differentiable) {
        tangentOut[i] = i == nullArray ? null : Values.copy(xdot[i]);
        targs.add(tangentOut[i]);
      }
    }
    return invoke(tangent, targs.toArray(), "tangent at " + Values.show(primal) + " along " + Values.show(xdot)
        + (nullArray >= 0 ? " with null for parameter " + nullArray + "'s tangent" : ""), false);
  }

  private Object callAdjoint(Method adjoint, Program p, Object[] x, Object[] ybar, Object seed, double[] scalarBar,
      Object[] arrayBar) {
    return callAdjoint(adjoint, p, x, ybar, seed, scalarBar, arrayBar, -1);
  }

  private Object callAdjoint(Method adjoint, Program p, Object[] x, Object[] ybar, Object seed, double[] scalarBar,
      Object[] arrayBar, int nullArray) {
    List<ParamKind> kinds = p.params();
    List<Object> args = new ArrayList<>();
    Object[] primal = Values.copyAll(x);
    for (int i = 0; i < kinds.size(); i++) {
      args.add(primal[i]);
      if (kinds.get(i).array) {
        arrayBar[i] = i == nullArray ? null : Values.copy(ybar[i]);
        args.add(arrayBar[i]);
      }
    }
    if (p.returns().differentiable) {
      args.add(seed);
    }
    if (scalarBar != null) {
      args.add(scalarBar);
    }
    return invoke(adjoint, args.toArray(), "adjoint at " + Values.show(x) + " seeded " + Values.show(ybar) + " "
        + Values.show(seed) + (nullArray >= 0 ? " with null for parameter " + nullArray + "'s adjoint" : ""), false);
  }

  static Class<?>[] tangentTypes(Program p) {
    List<Class<?>> types = new ArrayList<>();
    for (ParamKind k : p.params()) {
      types.add(k.type);
      if (k.differentiable) {
        types.add(k.type);
      }
    }
    return types.toArray(Class<?>[]::new);
  }

  static Class<?>[] adjointTypes(Program p) {
    List<Class<?>> types = new ArrayList<>();
    for (ParamKind k : p.params()) {
      types.add(k.type);
      if (k.array) {
        types.add(k.type);
      }
    }
    if (p.returns().differentiable) {
      types.add(p.returns().type);
    }
    if (p.params().stream().anyMatch(ParamKind::isScalar)) {
      types.add(double[].class);
    }
    return types.toArray(Class<?>[]::new);
  }

  private static boolean sameArrays(Object[] a, Object[] b) {
    for (int i = 0; i < a.length; i++) {
      if (!Values.sameBits(a[i], b[i])) {
        return false;
      }
    }
    return true;
  }

  private static Method method(Class<?> owner, String name, Class<?>[] types, String what) {
    try {
      Method m = owner.getDeclaredMethod(name, types);
      m.setAccessible(true);
      return m;
    } catch (NoSuchMethodException e) {
      throw new Mismatch("missing " + what + " " + owner.getName() + "." + name
          + java.lang.invoke.MethodType.methodType(void.class, types).toMethodDescriptorString());
    }
  }

  private static Object invoke(Method m, Object[] args, String what, boolean oracle) {
    try {
      return m.invoke(null, args);
    } catch (InvocationTargetException e) {
      java.io.StringWriter trace = new java.io.StringWriter();
      e.getCause().printStackTrace(new java.io.PrintWriter(trace));
      throw new Mismatch((oracle ? "GENERATOR BUG: " : "") + what + " throws " + trace);
    } catch (IllegalAccessException e) {
      throw new Mismatch("cannot call " + m + ": " + e);
    }
  }
}
