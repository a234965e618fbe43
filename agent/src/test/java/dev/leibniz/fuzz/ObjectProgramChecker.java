package dev.leibniz.fuzz;

import dev.leibniz.Derivatives;
import dev.leibniz.fuzz.ObjectGraph.Slot;
import dev.leibniz.fuzz.ObjectProgram.Kind;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;

/**
 * Checks one generated object program's companions, with the numbers of the object graph as
 * inputs (the scalar arguments, then every double field and array element reachable from the
 * receiver and the arguments, on entry) and outputs (the result, then the same numbers on exit):
 *
 * <ol>
 *   <li>the transformed primal computes bit for bit what the original computes, graph included;
 *   <li>the tangent, with the direction set into zero shadows from {@link Derivatives#zeroShadows},
 *       leaves the primal graph as the primal does and matches Richardson-extrapolated central
 *       differences of the all-double program where differences with steps h, h/2, h/4 agree;
 *   <li>the adjoint returns the primal's result, and with seeds set into the adjoint shadows it
 *       passes the dot-product test against the tangent.
 * </ol>
 */
final class ObjectProgramChecker {
  private final Class<?> original;
  private final Class<?> transformed;
  private final Class<?> widened;

  /** The marked class, untransformed, transformed, and widened (every float a double: the oracle). */
  ObjectProgramChecker(Class<?> original, Class<?> transformed, Class<?> widened) {
    this.original = original;
    this.transformed = transformed;
    this.widened = widened;
  }

  /** What became of one program's check: a failure (null when it passed), and what was checked. */
  record Verdict(String failure, boolean tangentChecked, boolean dotChecked) {}

  static final class Mismatch extends RuntimeException {
    Mismatch(String message) {
      super(message, null, false, false);
    }
  }

  Verdict check(ObjectProgram p, long pointSeed, boolean adjointExpected) {
    try {
      return run(p, pointSeed, adjointExpected);
    } catch (Mismatch m) {
      return new Verdict(m.getMessage(), false, false);
    }
  }

  private Verdict run(ObjectProgram p, long graphSeed, boolean adjointExpected) {
    Random r = new Random(graphSeed ^ 0x5DEECE66DL);
    boolean single = p.source().contains("float");
    // 1. the primal, before and after the transformation
    Object[] g0 = ObjectGraph.build(p, original, graphSeed);
    String at = ObjectGraph.show(g0);
    Object result0 = call(original, "run", g0, plainArgs(p, g0), true, "original primal at " + at);
    List<Slot> slots0 = ObjectGraph.slots(p, g0);
    int scalars = (int) p.params().stream().filter(k -> k == Kind.DOUBLE).count();
    double[] y0 = outputs(p, result0, slots0, scalars);
    if (!Values.allFinite(y0)) {
      return new Verdict(null, false, false);
    }
    Object[] g1 = ObjectGraph.build(p, transformed, graphSeed);
    Object result1 = call(transformed, "run", g1, plainArgs(p, g1), false, "transformed primal");
    double[] y1 = outputs(p, result1, ObjectGraph.slots(p, g1), scalars);
    if (!Arrays.equals(y0, y1)) {
      throw new Mismatch("transformed primal differs at " + at + ": " + Arrays.toString(y1) + " instead of " + Arrays.toString(y0));
    }

    // 2. the tangent, through the shadows
    Object[] g2 = ObjectGraph.build(p, transformed, graphSeed);
    List<Slot> slots2 = ObjectGraph.slots(p, g2);
    double[] xdot = r.doubles(slots2.size(), -1, 1).toArray();
    Object[] shadows = shadowsOf(g2);
    Object[] scalarTangents = new Object[g2.length];
    IdentityHashMap<Object, Object> map = correspondence(g2, shadows);
    List<Slot> tangentSlots = new ArrayList<>();
    for (Slot s : slots2) tangentSlots.add(s.in(map, scalarTangents));
    for (int i = 0; i < xdot.length; i++) tangentSlots.get(i).set(xdot[i]);
    Object tresult = call(transformed, "run$tangent", g2, companionArgs(p, g2, shadows, scalarTangents, false, null, null), false,
        "tangent at " + at + " along " + Arrays.toString(xdot));
    double[] afterTangent = outputs(p, result0, slots2, scalars);
    if (!Arrays.equals(y0, afterTangent)) {
      throw new Mismatch("the tangent leaves the primal graph as " + Arrays.toString(afterTangent) + ", the primal "
          + Arrays.toString(y0) + " at " + at);
    }
    double[] ydot = outputs(p, tresult, tangentSlots, scalars);
    boolean tangentChecked = checkTangent(p, graphSeed, xdot, ydot, y0, single, at);

    // 3. the adjoint and the dot-product test
    if (!adjointExpected) {
      return new Verdict(null, tangentChecked, false);
    }
    Object[] g3 = ObjectGraph.build(p, transformed, graphSeed);
    List<Slot> slots3 = ObjectGraph.slots(p, g3);
    Object[] adjoints = shadowsOf(g3);
    IdentityHashMap<Object, Object> amap = correspondence(g3, adjoints);
    double[] grad = new double[scalars];
    Object[] unusedScalars = new Object[g3.length];
    List<Slot> adjointSlots = new ArrayList<>();
    for (Slot s : slots3) adjointSlots.add(s.in(amap, unusedScalars));
    double[] ybar = r.doubles(slots3.size(), -1, 1).toArray();
    for (int i = scalars; i < ybar.length; i++) adjointSlots.get(i).set(ybar[i]);
    double seed = 2 * r.nextDouble() - 1;
    Object aresult = call(transformed, "run$adjoint", g3, companionArgs(p, g3, adjoints, null, true, seed, grad), false,
        "adjoint at " + at + " seeded " + seed + " " + Arrays.toString(ybar));
    if (p.returnsDouble() && !Values.sameBits(result0, aresult)) {
      throw new Mismatch("adjoint returns " + aresult + ", primal " + result0 + " at " + at);
    }
    double[] xbar = new double[slots3.size()];
    System.arraycopy(grad, 0, xbar, 0, scalars);
    for (int i = scalars; i < xbar.length; i++) xbar[i] = adjointSlots.get(i).get();
    double lhs = 0, rhs = 0, scale = 0;
    int offset = p.returnsDouble() ? 1 : 0;
    if (p.returnsDouble()) {
      lhs += seed * ydot[0];
      scale += Math.abs(seed * ydot[0]);
    }
    for (int i = scalars; i < ybar.length; i++) {
      double term = ybar[i] * ydot[offset + i - scalars];
      lhs += term;
      scale += Math.abs(term);
    }
    for (int i = 0; i < xbar.length; i++) {
      rhs += xbar[i] * xdot[i];
      scale += Math.abs(xbar[i] * xdot[i]);
    }
    boolean dotChecked = Double.isFinite(lhs) && Double.isFinite(rhs);
    if (tangentChecked && Double.isFinite(lhs) && !Double.isFinite(rhs) && !p.source().contains("hypot(")) {
      throw new Mismatch("adjoint is not finite where the tangent and finite differences are: " + Arrays.toString(xbar) + " at " + at);
    }
    double tolerance = (single ? 1e-4 : 1e-10) * scale + (single ? 1e-6 : 1e-13) * (Values.sumAbs(ybar) + Math.abs(seed)) * Values.sumAbs(xdot);
    if (dotChecked && Math.abs(lhs - rhs) > tolerance + 1e-300) {
      throw new Mismatch(String.format("dot-product test fails: <ybar, J xdot> = %.17g but <J^T ybar, xdot> = %.17g (relative %.3g)"
          + " at %s, xdot %s, ybar %s seed %s; tangent outputs %s; adjoints %s", lhs, rhs, Math.abs(lhs - rhs) / scale, at,
          Arrays.toString(xdot), Arrays.toString(ybar), seed, Arrays.toString(ydot), Arrays.toString(xbar)));
    }
    return new Verdict(null, tangentChecked, dotChecked);
  }

  private boolean checkTangent(ObjectProgram p, long graphSeed, double[] xdot, double[] ydot, double[] y0, boolean single, String at) {
    double[] ys = shifted(p, graphSeed, xdot, 0);
    if (Values.maxAbsDiff(ys, y0) > (single ? 1e-4 : 0) * Math.max(1, Values.maxAbs(ys))) {
      return false; // the float program took another path than its all-double twin
    }
    double h = ProgramChecker.H;
    double[] d1 = central(p, graphSeed, xdot, h), d2 = central(p, graphSeed, xdot, h / 2), d4 = central(p, graphSeed, xdot, h / 4);
    double[] r1 = new double[d1.length], r2 = new double[d1.length];
    for (int i = 0; i < d1.length; i++) {
      r1[i] = (4 * d2[i] - d1[i]) / 3;
      r2[i] = (4 * d4[i] - d2[i]) / 3;
    }
    double scale = Math.max(1, Values.maxAbs(r2));
    if (!Values.allFinite(r1) || !Values.allFinite(r2) || Values.maxAbsDiff(r1, r2) > 1e-6 * scale) {
      return false; // near a kink or a jump: differences cannot be trusted here
    }
    if (!Values.allFinite(ydot) || Values.maxAbsDiff(ydot, r2) > (single ? 2e-3 : 1e-5) * scale) {
      throw new Mismatch("tangent differs from finite differences at " + at + " along " + Arrays.toString(xdot) + ": tangent "
          + Arrays.toString(ydot) + ", differences " + Arrays.toString(r2));
    }
    return true;
  }

  private double[] central(ObjectProgram p, long graphSeed, double[] xdot, double h) {
    double[] plus = shifted(p, graphSeed, xdot, h), minus = shifted(p, graphSeed, xdot, -h);
    double[] d = new double[plus.length];
    for (int i = 0; i < d.length; i++) d[i] = (plus[i] - minus[i]) / (2 * h);
    return d;
  }

  /** The widened program's outputs at {@code x + h xdot}. */
  private double[] shifted(ObjectProgram p, long graphSeed, double[] xdot, double h) {
    Object[] g = ObjectGraph.build(p, widened, graphSeed);
    List<Slot> slots = ObjectGraph.slots(p, g);
    for (int i = 0; i < xdot.length; i++) slots.get(i).set(slots.get(i).get() + h * xdot[i]);
    int scalars = (int) p.params().stream().filter(k -> k == Kind.DOUBLE).count();
    Object result = call(widened, "run", g, plainArgs(p, g), true, "all-double twin");
    return outputs(p, result, slots, scalars);
  }

  /** The result (when a double), then the values of the slots after the scalar arguments'. */
  private static double[] outputs(ObjectProgram p, Object result, List<Slot> slots, int scalars) {
    int head = p.returnsDouble() ? 1 : 0;
    double[] y = new double[head + slots.size() - scalars];
    if (head == 1) y[0] = ((Number) result).doubleValue();
    for (int i = scalars; i < slots.size(); i++) y[head + i - scalars] = slots.get(i).get();
    return y;
  }

  private static Object[] shadowsOf(Object[] roots) {
    List<Object> objects = new ArrayList<>();
    for (Object o : roots) if (o != null && !(o instanceof Number)) objects.add(o);
    Object[] made = Derivatives.zeroShadows(objects.toArray());
    Object[] shadows = new Object[roots.length];
    for (int i = 0, j = 0; i < roots.length; i++) if (roots[i] != null && !(roots[i] instanceof Number)) shadows[i] = made[j++];
    return shadows;
  }

  private static IdentityHashMap<Object, Object> correspondence(Object[] roots, Object[] shadows) {
    IdentityHashMap<Object, Object> map = new IdentityHashMap<>();
    try {
      for (int i = 0; i < roots.length; i++) ObjectGraph.correspond(roots[i], shadows[i], map);
    } catch (IllegalStateException e) {
      throw new Mismatch("Derivatives.zeroShadows: " + e.getMessage());
    }
    return map;
  }

  private static Object[] plainArgs(ObjectProgram p, Object[] roots) {
    return Arrays.copyOfRange(roots, 1, roots.length);
  }

  /**
   * The companion's arguments: the receiver's shadow first (instance), then each argument followed
   * by its tangent (doubles) or shadow (arrays, objects); for the adjoint, the seed and the
   * gradient of the scalars last.
   */
  private static Object[] companionArgs(ObjectProgram p, Object[] roots, Object[] shadows, Object[] scalarTangents, boolean adjoint,
      Double seed, double[] grad) {
    List<Object> args = new ArrayList<>();
    if (p.instance()) args.add(shadows[0]);
    for (int i = 0; i < p.params().size(); i++) {
      Kind k = p.params().get(i);
      args.add(roots[i + 1]);
      if (k == Kind.DOUBLE && !adjoint) args.add(scalarTangents[i + 1] == null ? 0.0 : scalarTangents[i + 1]);
      if (k == Kind.DOUBLE_ARRAY || k == Kind.OBJECT || k == Kind.OBJECT_ARRAY) args.add(shadows[i + 1]);
    }
    if (adjoint && p.returnsDouble()) args.add(seed);
    if (adjoint && grad.length > 0) args.add(grad);
    return args.toArray();
  }

  private static Object call(Class<?> c, String name, Object[] roots, Object[] args, boolean oracle, String what) {
    Method m = null;
    for (Method k : c.getDeclaredMethods()) {
      if (k.getName().equals(name)) m = k;
    }
    if (m == null) throw new Mismatch("missing " + c.getName() + "." + name);
    m.setAccessible(true);
    try {
      return m.invoke(Modifier.isStatic(m.getModifiers()) ? null : roots[0], args);
    } catch (InvocationTargetException e) {
      java.io.StringWriter trace = new java.io.StringWriter();
      e.getCause().printStackTrace(new java.io.PrintWriter(trace));
      throw new Mismatch((oracle ? "GENERATOR BUG: " : "") + what + " throws " + trace);
    } catch (IllegalAccessException | IllegalArgumentException e) {
      throw new Mismatch("cannot call " + m + " with " + Arrays.toString(args) + ": " + e);
    }
  }
}
