package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.inLoaderOf;
import static dev.leibniz.corpus.Entry.knownWrong;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.mason.Double2D;
import dev.leibniz.corpus.mason.Double3D;
import dev.leibniz.corpus.mason.Int2D;
import dev.leibniz.corpus.mason.Int3D;
import dev.leibniz.corpus.mason.MutableDouble2D;
import dev.leibniz.corpus.mason.MutableDouble3D;
import dev.leibniz.corpus.mason.MutableInt2D;
import dev.leibniz.corpus.mason.MutableInt3D;
import dev.leibniz.corpus.mason.MutableNumberND;
import dev.leibniz.corpus.mason.Number2D;
import dev.leibniz.corpus.mason.Number3D;
import dev.leibniz.corpus.mason.NumberND;
import dev.leibniz.corpus.poi.Finance;
import dev.leibniz.corpus.poi.FinanceLib;
import dev.leibniz.corpus.poi.Irr;
import dev.leibniz.corpus.poi.Mirr;
import dev.leibniz.corpus.poi.Rate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The thirty-first round of the corpus table: two projects the corpus had not used. Apache POI's spreadsheet formula
 * functions (apache/poi, Apache-2.0; ids {@code poi/...}): the financial library behind Excel's FV, PV, NPV, PMT, NPER,
 * IPMT and PPMT (a special case at a zero rate, a boolean or int payment type), IRR and RATE by Newton's method to a
 * tolerance (RATE through a port of NumPy's derivative quotient), MIRR over a cash flow array, and the static statistics
 * and maths helpers of {@code StatsLib} and {@code MathX} (sums, deviations, in-place sorting for medians and k-th
 * values, BigDecimal rounding, hyperbolic functions written with {@code Math.pow(Math.E, d)}). MASON's geometry
 * (eclab/mason, Academic Free License 3.0; ids {@code mason/...}): the immutable {@code Double2D} and {@code Double3D}
 * (every operation a new object, guards that throw on NaN or infinite lengths) and the mutable {@code MutableDouble2D}
 * (fluent {@code return this;} writers), in their class tree {@code NumberND}/{@code Number2D}, whose distances dispatch
 * to the subclasses' {@code toArrayAsDouble} and {@code getVal}. Kept apart from {@link Corpus} so that rounds merge
 * without conflicts; {@link Corpus#entries()} appends it.
 */
final class ThirtyFirstRound {
  private ThirtyFirstRound() {}

  /**
   * FinanceLib's fv, pv, pmt and nper begin with {@code if (r == 0)} and return the formula for a zero rate, {@code -(p +
   * n*y)} and {@code -(f + p)/n}, the limits of the general formulas, which they drop the rate from: at r = 0 the
   * companions give 0 along r (the program's derivative) where the function's slope, the general formula's limit, is
   * 14500 (fv) and -100277.8 (pmt); the core warns of the exact test at the entry's line.
   */
  static final String ZERO_RATE = "known wrong, warned, at a zero rate: if (r == 0) takes the special formula -(p + n*y)"
      + " (fv) or -1*(f+p)/n (pmt), without the rate, so the companions give 0 along r where differences see the general"
      + " formula's slope at its limit (fv: 0.0 against 14500.0, pmt: 0.0 against -100277.8); the core warns of the exact"
      + " test at the entry's line (FinanceLib.java:87 and :151, an exact test of whether an active value equals a"
      + " constant)";

  static final String BIG_DECIMAL = "scaledRoundUsingBigDecimal(n, s, mode) calls BigDecimal.valueOf(double) on the"
      + " active n and s, a JDK method without a derivative rule (the result, a multiple of s, is a step function of n"
      + " and linear in s between steps); the s == 1.0 point takes Math.floor/Math.ceil, but the method holds both paths"
      + " (a refusal that is right: a rule for BigDecimal arithmetic is out of scope)";

  // ---- Apache POI: StatsLib and MathX are package-private, named through their loader
  private static final List<Class<?>> POI = List.of(FinanceLib.class, Finance.class, Irr.class, Rate.class, Mirr.class,
      named("poi.StatsLib"), named("poi.MathX"));

  private static Class<?> named(String name) {
    try {
      return Class.forName("dev.leibniz.corpus." + name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static Entry poi(Entry e) {
    return e.with(POI.stream().filter(c -> c != e.type()).toArray(Class<?>[]::new));
  }

  private static double[] flows() {
    return new double[] {-1000, 300, 420, 680};
  }

  private static double[] sample() {
    return new double[] {2.1, -0.4, 3.3, 1.7, 0.9};
  }

  private static List<Entry> poiEntries() {
    Class<?> stats = named("poi.StatsLib");
    Class<?> mathx = named("poi.MathX");
    List<Entry> all = new ArrayList<>(List.of(
        poi(correct("poi/FinanceLib.fv", FinanceLib.class, "fv", args(0.05, 10.0, -100.0, -1000.0, false),
            args(0.05, 10.0, -100.0, -1000.0, true))),
        poi(correct("poi/FinanceLib.pv", FinanceLib.class, "pv", args(0.05, 10.0, -100.0, 2000.0, false),
            args(0.05, 10.0, -100.0, 2000.0, true))),
        poi(correct("poi/FinanceLib.npv", FinanceLib.class, "npv", args(0.08, flows()))),
        poi(correct("poi/FinanceLib.pmt", FinanceLib.class, "pmt", args(0.005, 360.0, 200000.0, 0.0, false),
            args(0.005, 360.0, 200000.0, 5000.0, true))),
        poi(correct("poi/FinanceLib.nper", FinanceLib.class, "nper", args(0.01, -100.0, 1000.0, 0.0, false),
            args(0.01, 100.0, -1000.0, 50.0, true))),
        poi(correct("poi/Finance.pmt", Finance.class, "pmt", args(0.005, 360, 200000.0, 0.0, 0),
            args(0.005, 360, 200000.0, 1000.0, 1))),
        poi(correct("poi/Finance.ipmt", Finance.class, "ipmt", args(0.005, 12, 360, 200000.0, 0.0, 0),
            args(0.005, 12, 360, 200000.0, 0.0, 1))),
        poi(correct("poi/Finance.ppmt", Finance.class, "ppmt", args(0.005, 12, 360, 200000.0, 0.0, 0),
            args(0.005, 12, 360, 200000.0, 0.0, 1))),
        poi(correct("poi/Finance.fv", Finance.class, "fv", args(0.005, 120, -500.0, -10000.0, 1),
            args(0.005, 120, -500.0, -10000.0, 0))),
        poi(correct("poi/Irr.irr", Irr.class, "irr", args(flows(), 0.1),
            args(new double[] {-5000, 800, 1200, 1500, 1700, 2100, -400}, -0.3))),
        poi(correct("poi/Rate.calculateRate", Rate.class, "calculateRate", args(48.0, -200.0, 8000.0, 0.0, 0.0, 0.1),
            args(60.0, -150.0, 5000.0, 1500.0, 1.0, 0.3))),
        poi(correct("poi/Mirr.mirr", Mirr.class, "mirr", args(new double[] {-1000, -200, 500, 600, 700}, 0.1, 0.12)))));
    for (String m : List.of("avedev", "stdev", "stdevp", "var", "varp", "devsq", "median")) {
      // an even count too (median's mean of the two middle values)
      all.add(poi(correct("poi/StatsLib." + m, stats, m, args((Object) sample()),
          args((Object) new double[] {0.7, -1.3, 2.4, 1.1}))));
    }
    all.add(poi(correct("poi/StatsLib.kthLargest", stats, "kthLargest", args(sample(), 2), args(sample(), 1),
        args(sample(), 5))));
    all.add(poi(correct("poi/StatsLib.kthSmallest", stats, "kthSmallest", args(sample(), 2), args(sample(), 5))));
    for (String m : List.of("average", "sum", "sumsq", "product", "min", "max")) {
      all.add(poi(correct("poi/MathX." + m, mathx, m, args((Object) sample()), args((Object) new double[] {2.1, 0.0, 3.3}))));
    }
    all.add(poi(refused("poi/MathX.floor", mathx, "floor", BIG_DECIMAL, args(7.3, 2.0), args(7.3, 1.0))));
    all.add(poi(refused("poi/MathX.ceiling", mathx, "ceiling", BIG_DECIMAL, args(7.3, 2.0), args(7.3, 1.0))));
    all.add(poi(correct("poi/MathX.factorial", mathx, "factorial", args(5.5))));
    all.add(poi(correct("poi/MathX.mod", mathx, "mod", args(7.3, 2.5), args(-7.3, 2.5), args(7.3, -2.5))));
    all.add(poi(correct("poi/MathX.acosh", mathx, "acosh", args(1.7))));
    all.add(poi(correct("poi/MathX.asinh", mathx, "asinh", args(0.8))));
    all.add(poi(correct("poi/MathX.atanh", mathx, "atanh", args(0.4))));
    all.add(poi(correct("poi/MathX.cosh", mathx, "cosh", args(0.9))));
    all.add(poi(correct("poi/MathX.sinh", mathx, "sinh", args(0.9))));
    all.add(poi(correct("poi/MathX.tanh", mathx, "tanh", args(0.9))));
    // the special case of a zero rate (FinanceLib's r == 0 formulas, the limits of the general ones)
    all.add(poi(knownWrong("poi/FinanceLib.fv (zero rate)", FinanceLib.class, "fv", ZERO_RATE, args(0.0, 10.0, -100.0, -1000.0, false))));
    all.add(poi(knownWrong("poi/FinanceLib.pmt (zero rate)", FinanceLib.class, "pmt", ZERO_RATE, args(0.0, 360.0, 200000.0, 0.0, false))));
    return all;
  }

  /**
   * Double2D.resize begins with {@code if (dist == 0) return new Double2D(0, 0);}, the special case of the general
   * {@code (x * dist / temp, y * dist / temp)} at dist = 0 without dist: the companions give 0 along dist where the
   * general formula's slope is the unit vector (0.864 for x at (1.2, -0.7)); the core warns of the exact test at the line.
   */
  static final String ZERO_LENGTH = "known wrong, warned, at a zero length: if (dist == 0) return new Double2D(0, 0)"
      + " drops dist, so the companions give 0 along dist where differences see the unit vector (x: 0.0 against"
      + " 0.8638); the core warns of the exact test at Double2D.java:387";

  static final String NUM_DIMENSIONS = "int d = numDimensions() is a call on the active receiver to an abstract method"
      + " that is not @Differentiable (Double2D's and Double3D's return constants); the core cannot see that it writes"
      + " nothing and asks to annotate it or call it on a final class (getDistanceSq, reaching the subclasses through"
      + " toArrayAsDouble(), is correct)";

  // ---- MASON: the sim.util number classes are loaded (and differentiated) together
  private static final List<Class<?>> MASON = List.of(NumberND.class, MutableNumberND.class, Number2D.class,
      Number3D.class, Double2D.class, Double3D.class, MutableDouble2D.class, MutableDouble3D.class, Int2D.class,
      Int3D.class, MutableInt2D.class, MutableInt3D.class);

  private static Entry mason(Entry e) {
    return e.with(MASON.stream().filter(c -> c != e.type()).toArray(Class<?>[]::new));
  }

  private static Entry.InLoader d2(double x, double y) {
    return inLoaderOf(Double2D.class, x, y);
  }

  private static Entry.InLoader d3(double x, double y, double z) {
    return inLoaderOf(Double3D.class, x, y, z);
  }

  private static Entry.InLoader md2(double x, double y) {
    return inLoaderOf(MutableDouble2D.class, x, y);
  }

  /** A receiver of class {@code name} made in the entry's loader (an entry of the abstract NumberND). */
  private static Function<Class<?>, Object> made(String name, Object... args) {
    return c -> {
      try {
        return construct(args).apply(Class.forName("dev.leibniz.corpus.mason." + name, true, c.getClassLoader()));
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
    };
  }

  private static List<Entry> masonEntries() {
    Function<Class<?>, Object> a2 = construct(1.2, -0.7);
    Function<Class<?>, Object> a3 = construct(1.2, -0.7, 2.1);
    return List.of(
        mason(correct("mason/Double2D.distance", Double2D.class, "distance", args(d2(0.4, 1.9))).on(a2)),
        mason(correct("mason/Double2D.distanceSq", Double2D.class, "distanceSq", args(0.4, 1.9)).on(a2)),
        mason(correct("mason/Double2D.manhattanDistance", Double2D.class, "manhattanDistance", args(d2(0.4, 1.9))).on(a2)),
        mason(correct("mason/Double2D.add", Double2D.class, "add", args(d2(0.4, 1.9))).on(a2)),
        mason(correct("mason/Double2D.subtract", Double2D.class, "subtract", args(d2(0.4, 1.9))).on(a2)),
        mason(correct("mason/Double2D.length", Double2D.class, "length", args()).on(a2)),
        mason(correct("mason/Double2D.angle", Double2D.class, "angle", args()).on(a2)),
        mason(correct("mason/Double2D.lengthSq", Double2D.class, "lengthSq", args()).on(a2)),
        mason(correct("mason/Double2D.multiply", Double2D.class, "multiply", args(1.5)).on(a2)),
        mason(correct("mason/Double2D.resize", Double2D.class, "resize", args(2.5)).on(a2)),
        mason(knownWrong("mason/Double2D.resize (zero length)", Double2D.class, "resize", ZERO_LENGTH, args(0.0)).on(a2)),
        mason(correct("mason/Double2D.normalize", Double2D.class, "normalize", args()).on(a2)),
        mason(correct("mason/Double2D.dot", Double2D.class, "dot", args(d2(0.4, 1.9))).on(a2)),
        mason(correct("mason/Double2D.perpDot", Double2D.class, "perpDot", args(d2(0.4, 1.9))).on(a2)),
        mason(correct("mason/Double2D.negate", Double2D.class, "negate", args()).on(a2)),
        mason(correct("mason/Double2D.rotate", Double2D.class, "rotate", args(0.6)).on(a2)),
        mason(correct("mason/Double2D.max", Double2D.class, "max", args(d2(1.5, -1.9))).on(a2)),
        mason(correct("mason/Double2D.min", Double2D.class, "min", args(d2(1.5, -1.9))).on(a2)),
        mason(correct("mason/Double3D.distance", Double3D.class, "distance", args(d3(0.4, 1.9, -0.8))).on(a3)),
        mason(correct("mason/Double3D.distanceSq", Double3D.class, "distanceSq", args(0.4, 1.9, -0.8)).on(a3)),
        mason(correct("mason/Double3D.manhattanDistance", Double3D.class, "manhattanDistance", args(d3(0.4, 1.9, -0.8)))
            .on(a3)),
        mason(correct("mason/Double3D.add", Double3D.class, "add", args(d3(0.4, 1.9, -0.8))).on(a3)),
        mason(correct("mason/Double3D.subtract", Double3D.class, "subtract", args(d3(0.4, 1.9, -0.8))).on(a3)),
        mason(correct("mason/Double3D.length", Double3D.class, "length", args()).on(a3)),
        mason(correct("mason/Double3D.multiply", Double3D.class, "multiply", args(1.5)).on(a3)),
        mason(correct("mason/Double3D.resize", Double3D.class, "resize", args(2.5)).on(a3)),
        mason(correct("mason/Double3D.normalize", Double3D.class, "normalize", args()).on(a3)),
        mason(correct("mason/Double3D.dot", Double3D.class, "dot", args(d3(0.4, 1.9, -0.8))).on(a3)),
        mason(correct("mason/Double3D.negate", Double3D.class, "negate", args()).on(a3)),
        mason(correct("mason/MutableDouble2D.addIn", MutableDouble2D.class, "addIn", args(d2(0.4, 1.9))).on(a2)),
        mason(correct("mason/MutableDouble2D.add", MutableDouble2D.class, "add", args(md2(0.4, 1.9), md2(-0.3, 0.8)))
            .on(a2)),
        mason(correct("mason/MutableDouble2D.multiplyIn", MutableDouble2D.class, "multiplyIn", args(1.5)).on(a2)),
        mason(correct("mason/MutableDouble2D.normalize", MutableDouble2D.class, "normalize", args()).on(a2)),
        mason(correct("mason/MutableDouble2D.resize", MutableDouble2D.class, "resize", args(2.5)).on(a2)),
        mason(correct("mason/MutableDouble2D.rotate", MutableDouble2D.class, "rotate", args(0.6)).on(a2)),
        mason(correct("mason/MutableDouble2D.dot", MutableDouble2D.class, "dot", args(md2(0.4, 1.9))).on(a2)),
        mason(correct("mason/MutableDouble2D.negate", MutableDouble2D.class, "negate", args()).on(a2)),
        mason(correct("mason/MutableDouble2D.setToMinus", MutableDouble2D.class, "setToMinus", args(md2(0.4, 1.9)))
            .on(a2)),
        mason(correct("mason/MutableDouble2D.distance", MutableDouble2D.class, "distance", args(d2(0.4, 1.9))).on(a2)),
        mason(correct("mason/NumberND.getDistanceSq", NumberND.class, "getDistanceSq", args(d3(0.4, 1.9, -0.8)),
            args(d2(0.4, 1.9))).on(made("Double3D", 1.2, -0.7, 2.1))),
        mason(refused("mason/NumberND.getOffsets", NumberND.class, "getOffsets", NUM_DIMENSIONS, args(d2(0.4, 1.9)))
            .on(made("Double2D", 1.2, -0.7))));
  }

  static List<Entry> entries() {
    List<Entry> all = new ArrayList<>(poiEntries());
    all.addAll(masonEntries());
    return all;
  }
}
