package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.correct;

import java.util.List;
import java.util.stream.Stream;

/**
 * The thirty-fifth round of the corpus table: the MOEA Framework (MOEAFramework/MOEAFramework 4.5, LGPL-3.0-or-later;
 * ids {@code moea/...}, code in {@code moea/}), taken from its sources jar on Maven Central: the Walking Fish Group
 * test problems as the framework ports them (transition functions with floors, abs and correction to [0, 1], shape
 * functions, the nine problems chaining them over fresh arrays), the CEC 2009 competition problems (UF1-UF10, CF1-CF10
 * writing objectives and constraints into arrays, and the rotation transform behind UF11-UF13), and the framework's
 * vector helpers (new arrays from loops, Gram-Schmidt over a {@code double[][]}), its constraint penalties (abs,
 * epsilon tests, {@code Math.nextUp}) and its Gaussian elimination with row swaps in the caller's matrix. Kept apart from {@link Corpus} so
 * that rounds merge without conflicts; {@link Corpus#entries()} appends it.
 */
final class ThirtyFifthRound {
  private ThirtyFifthRound() {}

  private static Class<?> named(String name) {
    try {
      return Class.forName("dev.leibniz.corpus.moea." + name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static final List<Class<?>> MOEA = Stream.of("Misc", "TransitionFunctions", "ShapeFunctions",
      "FrameworkFunctions", "Transitions", "Shapes", "Problems", "CEC2009", "Vector", "Constraint", "LinearAlgebra", "Settings", "Validate",
      "Validate$IntegerValidator", "Validate$ObjectValidator").map(ThirtyFifthRound::named).toList();

  private static Entry moea(String cls, String method, String suffix, Object[]... points) {
    Class<?> type = named(cls);
    Entry e = correct("moea/" + cls + "." + method + suffix, type, method, points);
    return e.with(MOEA.stream().filter(c -> c != type).toArray(Class<?>[]::new));
  }

  private static Entry moea(String cls, String method, Object[]... points) {
    return moea(cls, method, "", points);
  }

  /** Six decision values in [0, 1], away from the kinks of the transitions (0.35 +- 0.001, the flat 0.75..0.85). */
  private static double[] y() {
    return new double[] {0.21, 0.43, 0.57, 0.68, 0.12, 0.93};
  }

  private static List<Entry> wfgFunctions() {
    String t = "TransitionFunctions";
    String s = "ShapeFunctions";
    return List.of(
        moea("Misc", "correct_to_01", args(0.4), args(-0.3)),
        moea(t, "b_poly", args(0.3, 0.02), args(0.7, 0.5)),
        // below B, on the flat part between B and C, above C
        moea(t, "b_flat", args(0.3, 0.8, 0.75, 0.85), args(0.8, 0.8, 0.75, 0.85), args(0.95, 0.8, 0.75, 0.85)),
        moea(t, "b_param", args(0.6, 0.3, 0.5, 0.02, 50.0), args(0.4, 0.8, 0.98 / 49.98, 0.02, 50.0)),
        moea(t, "s_linear", args(0.6, 0.35), args(0.2, 0.35)),
        moea(t, "s_decept", args(0.6, 0.35, 0.001, 0.05), args(0.1, 0.35, 0.001, 0.05)),
        moea(t, "s_multi", args(0.6, 30, 10.0, 0.35), args(0.2, 30, 95.0, 0.35)),
        moea(t, "r_sum", args(new double[] {0.2, 0.5, 0.7}, new double[] {2.0, 4.0, 6.0})),
        moea(t, "r_nonsep", args(new double[] {0.2, 0.5, 0.7, 0.9}, 2), args(new double[] {0.2, 0.5, 0.7, 0.9}, 4)),
        moea(s, "linear", args(new double[] {0.3, 0.6, 0.8}, 1), args(new double[] {0.3, 0.6, 0.8}, 2)),
        moea(s, "convex", args(new double[] {0.3, 0.6, 0.8}, 1), args(new double[] {0.3, 0.6, 0.8}, 3)),
        moea(s, "concave", args(new double[] {0.3, 0.6, 0.8}, 1), args(new double[] {0.3, 0.6, 0.8}, 2)),
        moea(s, "mixed", args(new double[] {0.3, 0.6}, 5, 1.0), args(new double[] {0.7, 0.6}, 1, 2.0)),
        moea(s, "disc", args(new double[] {0.3, 0.6}, 5, 1.0, 1.0), args(new double[] {0.7, 0.6}, 2, 1.0, 0.5)),
        moea("FrameworkFunctions", "calculate_x", args(new double[] {0.3, 0.6, 0.8}, new int[] {1, 0})),
        moea("FrameworkFunctions", "calculate_f", args(1.0, new double[] {0.3, 0.6, 0.8}, new double[] {0.4, 0.5, 0.2},
            new double[] {2.0, 4.0, 6.0})));
  }

  private static List<Entry> wfgTransitions() {
    String t = "Transitions";
    List<Entry> entries = new java.util.ArrayList<>(List.of(
        moea(t, "WFG1_t1", args(y(), 4)),
        moea(t, "WFG1_t2", args(y(), 4)),
        moea(t, "WFG1_t3", args(y())),
        moea(t, "WFG1_t4", args(y(), 4, 3)),
        moea(t, "WFG2_t2", args(y(), 4)),
        moea(t, "WFG2_t3", args(new double[] {0.21, 0.43, 0.57, 0.68, 0.12}, 4, 3)),
        moea(t, "WFG4_t1", args(y())),
        moea(t, "WFG5_t1", args(y())),
        moea(t, "WFG6_t2", args(y(), 4, 3)),
        moea(t, "WFG7_t1", args(y(), 4)),
        moea(t, "WFG8_t1", args(y(), 4)),
        moea(t, "WFG9_t1", args(y())),
        moea(t, "WFG9_t2", args(y(), 4))));
    double[] tp = {0.3, 0.6, 0.45};
    for (int i = 1; i <= 4; i++) entries.add(moea("Shapes", "WFG" + i + "_shape", args(tp.clone())));
    // z_i in [0, 2i]; k = 4 position parameters, M = 3 objectives
    for (int i = 1; i <= 9; i++) {
      entries.add(moea("Problems", "WFG" + i, args(new double[] {0.5, 1.7, 2.2, 5.1, 3.3, 7.9}, 4, 3)));
    }
    return entries;
  }

  /** Deterministic decision vectors in the problems' boxes: x0 (and x1 for three objectives) in [0, 1], the rest in [lo, hi]. */
  private static double[] box(int n, int free, double lo, double hi, double phase) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      double u = 0.5 + 0.4 * Math.sin(1.7 * i + phase);
      x[i] = i < free ? u : lo + (hi - lo) * u;
    }
    return x;
  }

  private static List<Entry> cec2009() {
    List<Entry> entries = new java.util.ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      boolean three = i >= 8;
      double lo = i == 3 ? 0.0 : i == 4 ? -2.0 : three ? -2.0 : -1.0;
      double hi = i == 3 ? 1.0 : i == 4 ? 2.0 : three ? 2.0 : 1.0;
      int free = three ? 2 : 1;
      entries.add(moea("CEC2009", "UF" + i, args(box(6, free, lo, hi, 0.3), new double[three ? 3 : 2], 6),
          args(box(7, free, lo, hi, 1.9), new double[three ? 3 : 2], 7)));
    }
    for (int i = 1; i <= 10; i++) {
      boolean three = i >= 8;
      double lo = i == 1 ? 0.0 : i >= 4 && i <= 7 ? -2.0 : three ? -4.0 : -1.0;
      double hi = i == 1 ? 1.0 : i >= 4 && i <= 7 ? 2.0 : three ? 4.0 : 1.0;
      int free = three ? 2 : 1;
      int constraints = three ? 1 : i == 6 || i == 7 ? 2 : 1;
      entries.add(moea("CEC2009", "CF" + i, args(box(6, free, lo, hi, 0.3), new double[three ? 3 : 2],
          new double[constraints], 6)));
    }
    double[][] rotation = {{0.9, 0.1, 0.0, 0.2, 0.0}, {-0.1, 0.8, 0.3, 0.0, 0.1}, {0.0, -0.2, 0.9, 0.1, 0.0},
        {0.2, 0.0, -0.1, 0.7, 0.3}, {0.0, 0.1, 0.0, -0.3, 0.9}};
    double[] lambda = {0.5, 0.6, 0.7, 0.8, 0.9};
    // inside the unit box (every p_i = 0: psum = sqrt(0 + 0)), and with two coordinates rotated out of it
    entries.add(moea("CEC2009", "transform", args(new double[] {0.3, 0.4, 0.5, 0.6, 0.2}, new double[5], new double[3],
        rotation, lambda, 5, 3), args(new double[] {0.3, 1.4, 0.5, 0.6, -0.9}, new double[5], new double[3], rotation, lambda,
        5, 3)));
    return entries;
  }

  private static List<Entry> vectors() {
    String v = "Vector";
    double[] u = {0.3, -1.2, 2.5};
    double[] w = {1.1, 0.4, -0.7};
    return List.of(
        moea(v, "subtract", args(u, w)),
        moea(v, "add", args(u, w)),
        moea(v, "multiply", args(1.7, u)),
        moea(v, "negate", args(u)),
        moea(v, "divide", args(u, 1.7)),
        moea(v, "dot", args(u, w)),
        moea(v, "magnitude", args(u)),
        moea(v, "normalize", args(u)),
        moea(v, "project", args(u, w)),
        moea(v, "orthogonalize", args((Object) new double[][] {{1.0, 0.2, 0.1}, {0.3, 1.1, -0.2}, {0.5, -0.4, 0.9}})),
        moea(v, "mean", args((Object) new double[][] {{1.0, 0.2, 0.1}, {0.3, 1.1, -0.2}})),
        moea(v, "pointLineDistance", args(u, w)));
  }

  /** The recorded refusals of the round, by id: the first blocker the core names. */
  private static final java.util.Map<String, String> REFUSED = java.util.Map.of(); // none since rows stored into a local copy are followed

  private static Entry recorded(Entry e) {
    String why = REFUSED.get(e.id());
    return why == null ? e : new Entry(e.id(), e.type(), e.method(), e.receiver(), e.points(), Entry.Status.REFUSED, why,
        e.alsoTransformed());
  }

  private static List<Entry> constraints() {
    String c = "Constraint";
    double[][] a = {{1.0, 2.0, 0.5}, {4.0, 1.0, -1.0}, {0.3, -2.0, 3.0}};
    return List.of(
        // violated (the penalty is the distance) and satisfied (0) where the core reaches both
        moea(c, "equal", args(0.3, 0.8)),
        moea(c, "notEqual", args(0.3, 0.8)),
        moea(c, "lessThanOrEqual", args(0.9, 0.4), args(0.2, 0.4)),
        moea(c, "greaterThanOrEqual", args(0.2, 0.4), args(0.9, 0.4)),
        moea(c, "lessThan", args(0.9, 0.4), args(0.2, 0.4)),
        moea(c, "greaterThan", args(0.2, 0.4), args(0.9, 0.4)),
        moea(c, "between", args(0.0, -0.3, 1.0), args(0.0, 1.4, 1.0), args(0.0, 0.5, 1.0)),
        moea(c, "outside", args(0.0, 0.3, 1.0), args(0.0, 0.8, 1.0), args(0.0, -0.5, 1.0)),
        // partial pivoting swaps the rows of the caller's A (4.0 first) and the entries of b
        moea("LinearAlgebra", "lsolve", args(a, new double[] {1.0, 2.0, 3.0})));
  }

  static List<Entry> entries() {
    return Stream.of(wfgFunctions(), wfgTransitions(), cec2009(), vectors(), constraints()).flatMap(List::stream)
        .map(ThirtyFifthRound::recorded).toList();
  }
}
