package dev.leibniz.corpus;

import dev.leibniz.Differentiable;
import dev.leibniz.corpus.EntryFunction.Companions;
import dev.leibniz.corpus.EntryFunction.CompanionFailure;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.FiniteDifferences.Estimate;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Runs the core on an entry's class bytes, in process, and classifies the entry: CORRECT when both
 * companions exist and, at every point, the tangent matches central finite differences along unit
 * (or, for many inputs, random) directions, the adjoint matches finite differences along random
 * directions and returns the primal value, and the two modes pass the dot-product test; REFUSED when
 * a companion is missing and the core said why, or when a companion stops with the core's own
 * run-time error (an exception whose message starts with "leibniz:", e.g. a callback receiver without
 * a companion); WRONG when a companion disagrees or throws anything else, when
 * a companion is missing without a diagnostic, or when the transformed class does not verify.
 * NAN_AT_POINT when both companions exist and are right as for CORRECT except that, at some point,
 * the derivative along some unit directions is NaN (tangent, and the same inputs' adjoints) while
 * finite differences are finite, and the core warned that its companions return NaN there ({@link
 * #NAN_WARNING}: an exact whole/half-number test that holds); the other inputs are still checked.
 */
final class Classifier {
  /** Relative floors over the finite-difference error estimate, for double and float code. */
  private static final double FD_DOUBLE = 1e-6, FD_FLOAT = 2e-3;

  /** Relative tolerance of the dot-product test (both modes compute the same partials). */
  private static final double DOT_DOUBLE = 1e-10, DOT_FLOAT = 1e-5;

  /** Up to this many inputs, every unit direction is checked; beyond, random ones. */
  private static final int UNIT_DIRECTIONS = 24;

  /** The words of the core's warning that its companions return NaN at a point (DerivativeCuts.integralityTests). */
  static final String NAN_WARNING = "the companions return NaN for the derivative";

  private Classifier() {}

  /** A class after differentiation: the loaded class and the core's diagnostics for it. */
  record Subject(Class<?> type, List<String> diagnostics) {}

  /** Runs the core in process on the entry's class (and those it names) and loads them as the agent would. */
  static Subject differentiate(Entry entry) {
    List<Class<?>> types = new ArrayList<>();
    types.add(entry.type());
    types.addAll(entry.alsoTransformed());
    List<String> diagnostics = new ArrayList<>();
    CorpusLoader loader = CorpusLoader.differentiate(types, diagnostics);
    try {
      return new Subject(loader.loadClass(entry.type().getName()), diagnostics);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  static Outcome classify(Entry entry) {
    return classify(entry, type -> differentiate(entry));
  }

  /** Classifies {@code entry} with {@code core} standing for the differentiation (tests of the harness pass others). */
  static Outcome classify(Entry entry, Function<Class<?>, Subject> core) {
    Subject t;
    try {
      t = core.apply(entry.type());
    } catch (Throwable e) {
      return Outcome.wrong("the transformed class does not verify or load: " + firstLine(e), List.of());
    }
    try {
      return check(entry, t);
    } catch (LinkageError e) {
      return Outcome.wrong("the transformed class fails the JVM's verification or linking: " + firstLine(e)
          + " " + String.valueOf(e.getMessage()).replace('\n', ' '), t.diagnostics());
    }
  }

  private static Outcome check(Entry entry, Subject t) {
    List<String> diagnostics = ownDiagnostics(t.type(), entry.method(), t.diagnostics());
    Method primal = entryMethod(t.type(), entry.method());
    Companions c = EntryFunction.companions(t.type(), primal);
    if (c.tangent() == null && c.adjoint() == null) {
      return diagnostics.isEmpty()
          ? Outcome.wrong("no companion and no diagnostic", diagnostics)
          : Outcome.refused(String.join("\n", diagnostics), diagnostics);
    }
    // a receiver made afresh for each call: a call may change its fields (a filter's state)
    java.util.function.Supplier<Object> receiver = entry.receiver() == null ? null : () -> entry.receiver().apply(t.type());
    StringBuilder checked = new StringBuilder();
    boolean nanWarned = diagnostics.stream().anyMatch(d -> d.contains(NAN_WARNING));
    StringBuilder nanAt = new StringBuilder();
    try {
      for (Object[] point : entry.points()) {
        EntryFunction f = new EntryFunction(primal, receiver, point);
        checkPoint(f, c, checked, nanWarned, nanAt);
      }
    } catch (CompanionFailure e) {
      Throwable cause = e.getCause();
      if (cause != null && String.valueOf(cause.getMessage()).startsWith("leibniz:")) {
        // the core's own run-time refusal (e.g. a callback whose class has no companion): honest, located
        List<String> withRunTime = new ArrayList<>(diagnostics);
        withRunTime.add(0, cause.getMessage());
        return Outcome.refused("at run time: " + cause, withRunTime);
      }
      return Outcome.wrong(e.getMessage() + stackTop(cause), diagnostics);
    } catch (Mismatch e) {
      return Outcome.wrong(e.getMessage(), diagnostics);
    }
    if (c.tangent() == null || c.adjoint() == null) {
      String missing = c.tangent() == null ? "tangent" : "adjoint";
      String why = diagnostics.isEmpty() ? "no diagnostic" : String.join("\n", diagnostics);
      if (diagnostics.isEmpty()) return Outcome.wrong("no " + missing + " companion and " + why, diagnostics);
      String nanNote = nanAt.length() == 0 ? "" : " (the other companion: NaN as warned: " + nanAt + ")";
      return Outcome.refused("(" + missing + " only) " + why + nanNote, diagnostics);
    }
    String notes = diagnostics.isEmpty() ? "" : " (with diagnostics: " + String.join(" / ", diagnostics) + ")";
    if (nanAt.length() > 0) return Outcome.nanAtPoint("NaN as warned: " + nanAt + "; elsewhere " + checked + notes, diagnostics);
    return Outcome.correct(checked + notes, diagnostics);
  }

  private static void checkPoint(EntryFunction f, Companions c, StringBuilder checked, boolean nanWarned, StringBuilder nanAt) {
    double[] x = f.values();
    if (f.n == 0) {
      throw new AssertionError("the entry has no differentiable input under the contract: not a corpus entry");
    }
    if (f.objectResult) {
      throw new Mismatch("companions were generated for a method whose result is an object, which carries "
          + "active values in the corpus entries: its derivative is dropped without a diagnostic");
    }
    if (f.m == 0) {
      throw new Mismatch("companions were generated but the entry has no differentiable output "
          + "(its derivative can only flow into objects or fields): the derivative is dropped without a diagnostic");
    }
    double floor = f.floats ? FD_FLOAT : FD_DOUBLE;
    // An output that is NaN at the point is a "no value" marker (JTS' Coordinate z = NULL_ORDINATE in a new point):
    // nothing to compare, its seed 0; every other output is checked as usual
    boolean[] none = noValue(f.primal(x));
    Random rnd = new Random(42);
    List<double[]> directions = new ArrayList<>();
    if (f.n <= UNIT_DIRECTIONS) {
      for (int j = 0; j < f.n; j++) {
        double[] e = new double[f.n];
        e[j] = 1;
        directions.add(e);
      }
    } else {
      for (int k = 0; k < 6; k++) directions.add(gaussian(rnd, f.n, f.floats));
    }
    List<Estimate[]> columns = new ArrayList<>();
    boolean[] nan = new boolean[f.n]; // unit directions whose derivative is NaN as the core warned
    for (int d = 0; d < directions.size(); d++) {
      double[] v = directions.get(d);
      Estimate[] fd = FiniteDifferences.directional(f::primal, x, v, f.floats);
      requireFinite(fd, v, none);
      columns.add(fd);
      if (c.tangent() != null) {
        double[] ydot = f.tangent(c.tangent(), x, v);
        boolean allNaN = true;
        for (double y : ydot) allNaN &= Double.isNaN(y);
        if (allNaN && nanWarned && f.n <= UNIT_DIRECTIONS) {
          nan[d] = true;
          nanAt.append("tangent along ").append(brief(v)).append(" at x=").append(brief(x)).append(' ');
          continue;
        }
        for (int i = 0; i < f.m; i++) {
          if (none[i]) continue;
          if (!(Math.abs(ydot[i] - fd[i].value()) <= fd[i].tolerance(floor))) {
            throw new Mismatch(String.format(
                "tangent: output %d along %s at x=%s is %s, finite differences say %s",
                i, brief(v), brief(x), ydot[i], fd[i]));
          }
        }
      }
    }
    if (c.adjoint() != null) {
      double[] expected = f.primal(x);
      for (int k = 0; k < 3; k++) {
        double[] v = gaussian(rnd, f.n, f.floats), ybar = gaussian(rnd, f.m, f.floats);
        for (int i = 0; i < f.m; i++) if (none[i]) ybar[i] = 0;
        Object[] returned = new Object[1];
        double[] xbar = f.adjoint(c.adjoint(), x, ybar, returned);
        for (int j = 0; j < f.n; j++) {
          if (Double.isNaN(xbar[j]) != (nan[j] || (c.tangent() == null && nanWarned && nanColumn(xbar, j, nanAt, x)))) {
            throw new Mismatch("adjoint: input " + j + " is " + xbar[j] + " at x=" + brief(x)
                + (nan[j] ? " but the tangent along it is NaN as warned" : ""));
          }
          if (Double.isNaN(xbar[j])) {
            nan[j] = true;
            v[j] = 0; // the other inputs are still checked
            xbar[j] = 0;
          }
        }
        double[] value = f.result(returned[0]);
        for (int i = 0; i < value.length; i++) {
          if (none[i] && Double.isNaN(value[i])) continue;
          if (!close(value[i], expected[i], 1e-12)) {
            throw new Mismatch("adjoint returns " + value[i] + " but the primal is " + expected[i]);
          }
        }
        double byFd = 0, tolerance = 0, byAdjoint = dot(xbar, v);
        if (f.n <= UNIT_DIRECTIONS) {
          // J v from the unit-direction columns: a step along a mixed direction is scaled to the
          // smallest input, which is too small for the others (a tolerance of 1e-15 next to x = 0.8)
          for (int j = 0; j < f.n; j++) {
            for (int i = 0; i < f.m; i++) {
              if (none[i]) continue;
              byFd += ybar[i] * v[j] * columns.get(j)[i].value();
              tolerance += Math.abs(ybar[i] * v[j]) * columns.get(j)[i].tolerance(floor);
            }
          }
        } else {
          Estimate[] fd = FiniteDifferences.directional(f::primal, x, v, f.floats);
          requireFinite(fd, v, none);
          for (int i = 0; i < f.m; i++) {
            if (none[i]) continue;
            byFd += ybar[i] * fd[i].value();
            tolerance += Math.abs(ybar[i]) * fd[i].tolerance(floor);
          }
        }
        if (!(Math.abs(byAdjoint - byFd) <= tolerance)) {
          throw new Mismatch(String.format(
              "adjoint: <xbar, v> = %s but <ybar, J v> by finite differences = %s (tolerance %s) at x=%s",
              byAdjoint, byFd, tolerance, brief(x)));
        }
        if (c.tangent() != null) dotProduct(f, c, x, v, ybar, xbar);
      }
    }
    checked.append(f.n).append(" inputs, ").append(f.m).append(" outputs, ").append(directions.size()).append(" directions; ");
  }

  /** {@code <ybar, J v>} by the tangent equals {@code <J^T ybar, v>} by the adjoint. */
  private static void dotProduct(EntryFunction f, Companions c, double[] x, double[] v, double[] ybar, double[] xbar) {
    double[] ydot = f.tangent(c.tangent(), x, v); // v is 0 along NaN inputs: their tangent is exact 0 there
    double left = dot(ybar, ydot), right = dot(xbar, v), scale = 0;
    for (int i = 0; i < ybar.length; i++) scale += Math.abs(ybar[i] * ydot[i]);
    for (int i = 0; i < v.length; i++) scale += Math.abs(xbar[i] * v[i]);
    double relative = f.floats ? DOT_FLOAT : DOT_DOUBLE;
    double tolerance = relative * Math.max(scale, Double.MIN_NORMAL);
    if (Math.abs(left - right) <= tolerance) return;
    tolerance += 4 * roundingNoise(f, c, x, v, ybar, left, right); // measured only when needed: it costs six calls
    if (!(Math.abs(left - right) <= tolerance)) {
      throw new Mismatch("dot-product test: <ybar, J xdot> = " + left + " but <J^T ybar, xdot> = " + right
          + " (tolerance " + tolerance + ")");
    }
  }

  /**
   * How far each mode's rounding moves its side of the dot product, measured on the
   * mode itself — its side again with the seed scaled by 3, 5 and 7 (not powers of two, so every
   * product of the derivative sweep rounds differently) and scaled back. In exact arithmetic both
   * are linear in their seed. Partials formed by cancelling terms much larger than themselves carry
   * float rounding of those terms: jMetal's sDecept at B = 0.001 sums terms of ~1e6 into a partial
   * in B of ~0.7, which float tangent and adjoint get 3 % apart while the double rewrite of the same
   * code agrees with Hipparchus to 1e-10 (OwnOverridableHelpersTest: a running error bound
   * covers both float modes' distance to the double derivative). The relative tolerance alone
   * measures rounding against the partials, not against those terms. Double code too: Enzyme.jl's
   * series of J_0 at z = -17.1 sums terms of 5e5 into 0.16, and its modes, each within 5e-11 of the
   * program's exact derivative (BigDecimal), differ by 2e-10 relative (HarnessTest, CancellingSeries);
   * an adjoint 1e-8 off stays WRONG, as no rounding of its code comes near.
   */
  private static double roundingNoise(EntryFunction f, Companions c, double[] x, double[] v, double[] ybar, double left, double right) {
    double noise = 0;
    for (double s : new double[] {3, 5, 7}) {
      double[] sv = v.clone(), sy = ybar.clone();
      for (int i = 0; i < sv.length; i++) sv[i] *= s;
      for (int i = 0; i < sy.length; i++) sy[i] *= s;
      noise = Math.max(noise, Math.abs(dot(ybar, f.tangent(c.tangent(), x, sv)) / s - left));
      double[] xbar = f.adjoint(c.adjoint(), x, sy, new Object[1]);
      for (int i = 0; i < xbar.length; i++) if (v[i] == 0) xbar[i] = 0; // NaN as warned along an input left out
      noise = Math.max(noise, Math.abs(dot(xbar, v) / s - right));
    }
    return noise;
  }

  /** Without a tangent: an adjoint input that is NaN as warned, recorded. */
  private static boolean nanColumn(double[] xbar, int j, StringBuilder nanAt, double[] x) {
    if (!Double.isNaN(xbar[j])) return false;
    nanAt.append("adjoint of input ").append(j).append(" at x=").append(brief(x)).append(' ');
    return true;
  }

  /** The outputs that are NaN at the point: "no value" markers, left out of the comparisons. */
  private static boolean[] noValue(double[] y) {
    boolean[] none = new boolean[y.length];
    for (int i = 0; i < y.length; i++) none[i] = Double.isNaN(y[i]);
    return none;
  }

  private static void requireFinite(Estimate[] fd, double[] v, boolean[] none) {
    for (int i = 0; i < fd.length; i++) {
      Estimate e = fd[i];
      if (!none[i] && !Double.isFinite(e.value())) {
        throw new AssertionError("finite differences are not finite along " + brief(v) + ": choose another point");
      }
      if (!none[i] && !e.settles()) {
        throw new AssertionError("finite differences do not settle along " + brief(v) + " (" + e + ": a jump at the"
            + " point?): they cannot judge a derivative there; choose another point");
      }
    }
  }

  /**
   * The diagnostics that concern the entry {@code name} of {@code type}: those that name it, and those that name no
   * other marked method of the class. Several entries share a class (the peer round puts a source file's functions in
   * one), and a sibling's refusal is no reason for this entry's missing companion, nor its NaN warning this entry's.
   */
  static List<String> ownDiagnostics(Class<?> type, String name, List<String> all) {
    // from the name: getSimpleName() reads the InnerClasses attribute, which for a nested entry loaded next to its
    // transformed copy disagrees with the outer class of the parent loader (IncompatibleClassChangeError)
    String simple = type.getName().substring(Math.max(type.getName().lastIndexOf('.'), type.getName().lastIndexOf('$')) + 1);
    List<String> others = new ArrayList<>();
    for (Method m : type.getDeclaredMethods()) {
      if (m.isAnnotationPresent(Differentiable.class) && !m.isBridge() && !m.getName().equals(name)) others.add(m.getName());
    }
    List<String> own = new ArrayList<>();
    for (String d : all) {
      boolean names = d.contains(simple + "." + name + "(");
      boolean namesOther = others.stream().anyMatch(o -> d.contains(simple + "." + o + "("));
      if (names || !namesOther) own.add(d);
    }
    return own;
  }

  /**
   * The method {@code name} of {@code type} that carries {@code @Differentiable}; not a bridge, onto which javac copies
   * the annotation of a method implementing a generic interface (Smile's {@code k(double[], double[])} of {@code
   * MercerKernel<double[]>}).
   */
  static Method entryMethod(Class<?> type, String name) {
    for (Method m : type.getDeclaredMethods()) {
      if (m.getName().equals(name) && m.isAnnotationPresent(Differentiable.class) && !m.isBridge()) return m;
    }
    throw new AssertionError("no @Differentiable method " + name + " in " + type.getName());
  }

  private static boolean close(double a, double b, double relative) {
    return a == b || Math.abs(a - b) <= relative * Math.max(Math.abs(a), Math.abs(b)) || Double.isNaN(a) && Double.isNaN(b);
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  private static double[] gaussian(Random rnd, int n, boolean floats) {
    double[] v = new double[n];
    // for float code, on a grid of 1/16: x +- h v is then exact in float for the larger steps (FiniteDifferences)
    for (int i = 0; i < n; i++) v[i] = floats ? Math.rint(16 * rnd.nextGaussian()) / 16 : rnd.nextGaussian();
    return v;
  }

  private static String brief(double[] v) {
    String s = Arrays.toString(v);
    return s.length() > 120 ? s.substring(0, 117) + "..." : s;
  }

  private static String firstLine(Throwable e) {
    String s = String.valueOf(e);
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static String stackTop(Throwable e) {
    if (e == null || e.getStackTrace().length == 0) return "";
    return " at " + e.getStackTrace()[0];
  }

  /** A companion that disagrees with an oracle. */
  static final class Mismatch extends RuntimeException {
    Mismatch(String message) {
      super(message);
    }
  }
}
