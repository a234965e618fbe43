package dev.leibniz.core.analysis;

import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.lift.InsnText;
import dev.leibniz.core.rules.MathRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * Places where an active value loses its derivative without a documented rule, because it left
 * the floating-point world and came back: its bit pattern ({@code doubleToRawLongBits}, kept in a
 * {@code long}, a {@code long[]}, a field or an {@code AtomicLong}) or its text ({@code
 * String.valueOf}, concatenation, a {@code StringBuilder}) turned back into a number. The
 * recognised bit idioms (sign flip, abs, float round trip) were rewritten by {@code BitIdioms}
 * before; what is left here is an error. A value rounded to an integer that indexes a table (a
 * passive floating array) is only a warning: its derivative is zero by construction, which is
 * rarely what the user meant.
 *
 * <p>Values derived from the bits or text are followed through integer and reference operations,
 * calls and phis; once such a value is stored anywhere (array, field, call), every integer (for
 * bits) or string (for text) read back in the method counts as derived too: conservative, and
 * only a turn back into a floating value is reported.
 */
public final class DerivativeCuts {
  private enum Kind { BITS, TEXT }

  private static final Set<String> BIT_SOURCES = Set.of(
      "java/lang/Double.doubleToRawLongBits(D)J", "java/lang/Double.doubleToLongBits(D)J",
      "java/lang/Float.floatToRawIntBits(F)I", "java/lang/Float.floatToIntBits(F)I");

  private final Graph graph;
  private final Activity activity;
  private final Map<Value, Kind> derived = new HashMap<>();
  private Kind stored;

  private DerivativeCuts(Graph graph, Activity activity) {
    this.graph = graph;
    this.activity = activity;
  }

  /** Fails at the first place where bits or text of an active value become a number again. */
  static void check(Graph graph, Activity activity) throws NotDifferentiable {
    DerivativeCuts c = new DerivativeCuts(graph, activity);
    c.propagate();
    c.findSink();
  }

  /** Warnings: table lookups at an index rounded from an active value (the value read has derivative 0). */
  public static List<NotDifferentiable> tableLookups(Graph graph, Activity activity, Callees callees) {
    Map<Value, Boolean> rounded = new HashMap<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Block b : graph.blocks) {
        for (Phi p : b.phis) {
          if (!rounded.containsKey(p) && p.inputs.stream().anyMatch(rounded::containsKey)) changed |= rounded.put(p, true) == null;
        }
        for (Insn i : b.insns) {
          if (rounded.containsKey(i) || activity.isActive(i) || !i.hasResult() || Types.isReference(i.type)) continue;
          if (roundsActive(i, activity, rounded) || roundedByCallee(i, activity, callees)) {
            changed |= rounded.put(i, true) == null;
          }
        }
      }
    }
    java.util.Set<Insn> bitIndexed = new java.util.HashSet<>(); // read at an index taken from an active value's bits (StepBits)
    for (Block b : graph.blocks) {
      for (Insn i : b.insns) {
        if (i.op == Op.INVOKE && i.attr instanceof MethodRef m && BIT_SOURCES.contains(m.owner() + "." + m.name() + m.desc())
            && anyActive(activity, i)) {
          bitIndexed.addAll(StepBits.of(graph, i).tableReads());
        }
      }
    }
    List<NotDifferentiable> out = new ArrayList<>();
    for (Block b : graph.blocks) {
      for (Insn i : b.insns) {
        if (i.op == Op.ALOAD && Types.isScalar(i.type) && !activity.isActive(i.arg(0))
            && (rounded.containsKey(i.arg(1)) || bitIndexed.contains(i))) {
          out.add(new NotDifferentiable(i.line, InsnText.of(i.origin), "a table lookup at an index rounded from an active value:"
              + " the value read has derivative 0 (piecewise constant); if the table samples a smooth function,"
              + " call the function (e.g. Math.sin) or interpolate with the active value"));
        }
      }
    }
    return out;
  }

  /** Whether passive instruction {@code i} is a call whose integer result its callee may have rounded from an active argument. */
  private static boolean roundedByCallee(Insn i, Activity activity, Callees callees) {
    return i.op == Op.INVOKE && anyActive(activity, i) && callees.mayReturnRounded(i.method());
  }

  /**
   * Whether passive instruction {@code i} holds a value rounded from an active one: a conversion of an
   * active value or a zero-derivative math function of one ({@code floor}, {@code rint}), or arithmetic
   * on such a value.
   */
  private static boolean roundsActive(Insn i, Activity activity, Map<Value, Boolean> rounded) {
    boolean source = (i.op == Op.CONV && activity.isActive(i.arg(0)))
        || (i.op == Op.MATH && MathRules.find(i.method()).isZero() && anyActive(activity, i));
    return source || (i.op.isArithmetic() && java.util.Arrays.stream(i.args).anyMatch(rounded::containsKey));
  }

  /**
   * Warnings: exact tests of whether an active value is a whole or half number ({@code Math.floor(a)
   * == a}, {@code Math.rint(z) == z}, {@code Math.abs(Math.floor(a) - a) == 0.5}, {@code x % 1.0 == 0}). Library code uses
   * them to switch to a formula made for those points (a factorial table, a finite sum whose only
   * use of {@code a} is a loop bound: Commons Numbers' {@code BoostGamma.tgamma}, {@code gammaP}),
   * and there the derivative is that formula's, often 0 in the tested value, not the function's.
   */
  public static List<NotDifferentiable> integralityTests(Graph graph, Activity activity) {
    List<NotDifferentiable> out = new ArrayList<>();
    for (Insn cmp : integralityComparisons(graph, activity)) {
      out.add(new NotDifferentiable(cmp.line, InsnText.of(cmp.origin), "an exact test of whether an active value is a"
          + " whole (or half) number: where it holds, the branch taken is a formula made for that point, and the"
          + " derivative there is that formula's (often 0 in the tested value, e.g. a table entry or a loop bound),"
          + " not the function's; the companions return NaN for the derivative in the tested value on a run where"
          + " the test holds, with any condition joined to it by && (the other derivatives stay exact); differentiate at other points, or give a rule for"
          + " this method"));
    }
    return out;
  }

  /**
   * Warnings: a root of a square of an active value ({@code Math.sqrt(x * x)}, {@code Math.cbrt(x * x)},
   * {@code Math.pow(x * x, e)}), which is {@code |x|} (or a power of it): at {@code x = 0} it has a kink
   * (one-sided derivatives ±1 for the square root) or a cusp, and no derivative; the companions give
   * 0 there (a zero tangent of the square meets the root's infinite partial: the strong zero), which
   * is neither, while {@code Math.abs} gives ±1 at ±0. A sum of squares under the root (a norm) is
   * left unwarned: its 0 at the origin is the usual choice (the smallest subgradient), documented.
   */
  public static List<NotDifferentiable> rootsOfSquares(Graph graph, Activity activity) {
    List<NotDifferentiable> out = new ArrayList<>();
    for (Block b : graph.blocks) {
      for (Insn i : b.insns) {
        if (i.op != Op.MATH || !(i.attr instanceof MethodRef m) || !"java/lang/Math".equals(m.owner())
            || !(m.name().equals("sqrt") || m.name().equals("cbrt") || m.name().equals("pow"))) continue;
        if (!(i.arg(0) instanceof Insn sq) || sq.op != Op.MUL || sq.arg(0) != sq.arg(1) || !activity.isActive(sq.arg(0))) continue;
        out.add(new NotDifferentiable(i.line, InsnText.of(i.origin), "Math." + m.name() + " of a square (x * x) is a power of"
            + " |x|, which has no derivative at x = 0 (a kink: one-sided derivatives differ); the companions give 0 there, as"
            + " for a norm at the origin, not NaN; write Math.abs(x) (derivative +1 at +0.0, -1 at -0.0) where that is"
            + " what you mean, or keep x away from 0"));
      }
    }
    return out;
  }

  /**
   * Warnings: {@code Math.signum} of an active value multiplied by an active value ({@code Math.signum(x) * g}, the odd
   * extension of a formula in |x|: tinygrad's erf, {@code sign(x) * (1 - t * poly(t) * exp(-x * x))}). At {@code x = 0}
   * signum is 0 and its derivative is taken as 0 (piecewise constant), so the product's derivative there is 0: where
   * {@code g(0) = 0} the function is continuous and its derivative is {@code g'(0)} from either side (erf's 2 / sqrt(pi);
   * eighth peer round, silently 0 before), and where {@code g(0) != 0} it jumps and has none. {@code Math.copySign(g, x)}
   * carries g's derivative at ±0.0.
   */
  public static List<NotDifferentiable> signTimesActive(Graph graph, Activity activity) {
    List<NotDifferentiable> out = new ArrayList<>();
    for (Block b : graph.blocks) {
      for (Insn i : b.insns) {
        if (i.op != Op.MUL) continue;
        Value a = i.arg(0), c = i.arg(1);
        // sign(x) * x is |x|: a kink at 0, where 0 is the documented subgradient, not an odd extension's lost slope
        boolean signTimes = isSignumOfActive(a, activity) && activity.isActive(c) && ((Insn) a).arg(0) != c
            || isSignumOfActive(c, activity) && activity.isActive(a) && ((Insn) c).arg(0) != a;
        if (!signTimes) continue;
        out.add(new NotDifferentiable(i.line, InsnText.of(i.origin), "Math.signum(x) of an active x times an active value g:"
            + " at x = 0 signum is 0 and its derivative is taken as 0, so the companions give the product the derivative 0"
            + " there, where sign(x) * g is continuous only if g is 0 at x = 0 (an odd extension, whose derivative there is"
            + " g's slope, not 0) and jumps otherwise; write Math.copySign(g, x) (g's derivative at +0.0 and -0.0) where g"
            + " is a formula in |x|, or keep x away from 0"));
      }
    }
    return out;
  }

  private static boolean isSignumOfActive(Value v, Activity activity) {
    return v instanceof Insn s && s.op == Op.MATH && s.attr instanceof MethodRef m && "java/lang/Math".equals(m.owner())
        && m.name().equals("signum") && activity.isActive(s.arg(0));
  }

  /** The comparisons ({@code CMP} feeding an {@code IF} on equality) that {@link #integralityTests} reports. */
  public static List<Insn> integralityComparisons(Graph graph, Activity activity) {
    Map<Value, Boolean> rounded = new HashMap<>(), fraction = new HashMap<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Block b : graph.blocks) {
        for (Insn i : b.insns) {
          if (!i.hasResult() || Types.isReference(i.type)) continue;
          if (activity.isActive(i)) {
            // x % c with a passive c: its equality test asks whether x lies on a lattice (x % 1.0 == 0)
            if (i.op == Op.REM && !activity.isActive(i.arg(1))) changed |= fraction.put(i, true) == null;
            boolean mixed = java.util.Arrays.stream(i.args).anyMatch(a -> rounded.containsKey(a) || fraction.containsKey(a));
            if (mixed && i.op != Op.CMP) changed |= fraction.put(i, true) == null;
            continue;
          }
          if (roundsActive(i, activity, rounded)) changed |= rounded.put(i, true) == null;
        }
      }
    }
    List<Insn> out = new ArrayList<>();
    for (Block b : graph.blocks) {
      // a compiled comparison only (WholeNumberPoison rebuilds it): not a Double.compare call
      Insn cmp = equalityTest(b);
      if (cmp == null || cmp.op != Op.CMP) continue;
      Value x = cmp.arg(0), y = cmp.arg(1);
      // a value compared with itself tests whether it is NaN, not whether it is whole: WholeNumberPoison's own
      // check (x - y) == (x - y) is one, and the mode built second saw it as a second test on the same line
      if (x == y) continue;
      boolean test = fraction.containsKey(x) || fraction.containsKey(y)
          || activity.isActive(x) && rounded.containsKey(y) || activity.isActive(y) && rounded.containsKey(x);
      if (test) out.add(cmp);
    }
    return out;
  }

  /**
   * Warnings: an exact equality test of an active floating value with a constant outside loops ({@link #pointTest}), not
   * a whole-number test, whose special case can give a wrong derivative ({@link SpecialCases}: unless it drops an input
   * the tested value depends on in which the general formula is flat). Where it holds, the branch taken is a special formula for that point, and the companions
   * differentiate that formula: GraphHopper's {@code if (delta_lat == 0) return calcNormalizedDist(a_lat, r_lon, r_lat,
   * r_lon)} has the general formula's value at a horizontal edge but not its derivative in the edge's latitudes (corpus
   * round 8: tangent 0 where finite differences say -8.7e-7, without a word). Only warned: the NaN of {@code
   * WholeNumberPoison} would spread, in reverse mode, to inputs the tested value depends on with a zero partial
   * ({@code (b_lon - a_lon) * shrink} at a vertical edge gives {@code a_lat} a NaN adjoint and an exact tangent).
   */
  public static List<NotDifferentiable> constantEqualityTests(Graph graph, Activity activity) {
    List<NotDifferentiable> out = new ArrayList<>();
    for (Block b : graph.blocks) {
      Insn cmp = equalityTest(b);
      boolean compared = cmp != null;
      if (!compared) cmp = boxedEquality(b);
      if (cmp == null) {
        Insn query = objectEquality(b, activity);
        if (query != null) {
          out.add(new NotDifferentiable(query.line, InsnText.of(query.origin), "an exact test of whether an object with"
              + " derivatives equals one without (equals(Object) compares their numbers: a special case such as 'if"
              + " (axis.equals(ZERO))'): where it holds, the branch taken is a formula made for that point, and the"
              + " companions give that formula's derivative" + SPECIAL_CASE_TAIL));
        }
        continue;
      }
      Value x = compared ? cmp.arg(0) : ((Insn) cmp.arg(0)).arg(0); // Double.valueOf(x).equals(Double.valueOf(y))
      Value y = compared ? cmp.arg(1) : ((Insn) cmp.arg(1)).arg(0);
      if (!pointTest(activity, b, x, y)) continue;
      Value tested = activity.isActive(x) ? x : y;
      if (!SpecialCases.canBeWrong(graph, activity, b, compared, tested, (Insn) (tested == x ? y : x))) continue;
      out.add(new NotDifferentiable(cmp.line, InsnText.of(cmp.origin), "an exact test of whether an active value equals"
          + " a constant (a special case such as 'if (d == 0)'): where it holds, the branch taken is a formula made for"
          + " that point, and the companions give that formula's derivative" + SPECIAL_CASE_TAIL));
    }
    return out;
  }

  private static final String SPECIAL_CASE_TAIL = ", which is not the function's where it drops"
      + " an input the tested value depends on and the general formula is not flat in it (a horizontal edge's case"
      + " that ignores the latitude of the edge's end), or keeps the inputs with another slope (which cannot be"
      + " checked statically); differentiate at points where the test fails, or drop the special case where the general formula holds"
      + " there too";

  /**
   * The call {@code b} ends on when it branches on {@code a.equals(c)} of two objects, not boxes ({@link #boxedEquality}),
   * of which one carries derivatives and the other does not (Ardor3D's {@code axis.equals(Vector3.ZERO)}, named on the
   * receiver's type or on {@code Object}), outside loops as {@link #pointTest}'s: a test of whether the object's numbers
   * are the constant's, as {@code d == 0} tests one number (its result carries no derivative; its implementations are
   * judged where the call is dispatched). Warned always: which of the object's numbers the test drops is not followed
   * through its fields. Two objects with derivatives compared are not warned, as {@code r == max} is not. Null otherwise.
   */
  private static Insn objectEquality(Block b, Activity activity) {
    Insn t = b.terminator;
    if (t == null || t.op != Op.IF || t.args.length != 1 || !(t.arg(0) instanceof Insn call) || call.op != Op.INVOKE
        || !(call.attr instanceof MethodRef m) || m.isStatic() || call.args.length != 2 || !m.name().equals("equals")
        || !m.desc().equals("(Ljava/lang/Object;)Z") || isBoxing(call.arg(0)) || isBoxing(call.arg(1))
        || call.arg(0).type.getSort() == Type.ARRAY) return null; // an array's equals is identity
    if (inLoop(b) && !staysInLoop(b)) return null;
    return activity.isActive(call.arg(0)) != activity.isActive(call.arg(1)) ? call : null;
  }

  /**
   * Warnings: bracketing searches ({@link BracketSearches}: bisection, regula falsi), at the comparison that chooses
   * which carried value the loop keeps. The result is where the comparisons led; its derivative is the inverse slope
   * of the searched function at the root, which no step computes, and the companions give that of the starting bracket
   * carried through the steps (datumbox's {@code chisquareInverseCdf}: -6.41 where it is -8.42, corpus round 34).
   */
  public static List<NotDifferentiable> bracketSearches(Graph graph, Activity activity) {
    List<NotDifferentiable> out = new ArrayList<>();
    for (BracketSearches.Search s : BracketSearches.of(graph, activity)) {
      out.add(new NotDifferentiable(s.decision().line, InsnText.of(s.decision().origin), "a bracketing search (bisection,"
          + " regula falsi): the loop keeps one of two values it carries by this comparison of active values and stops on"
          + " a test of active values, so its result is where the comparisons led; its derivative is the searched"
          + " function's inverse slope at the root (for F(x, p) = 0: -(dF/dp) / (dF/dx)), which no step computes, and the"
          + " companions give that of the starting bracket carried through the steps instead; differentiate the"
          + " equation at the result (one Newton step x - F(x, p) / F_x(x, p) from it carries the right derivative), or"
          + " call a solver whose derivative is defined"));
    }
    return out;
  }

  /**
   * Warnings: two strict order tests of an active value against one constant ({@link StrictPairs}: {@code x < 0} and
   * {@code x > 0}, or {@code x <= 0} and {@code x >= 0} both taken), which at {@code x == c} act as the exact test {@code
   * x == c}, warned by its criterion ({@link #constantEqualityTests}) where the way one of them takes at the point drops
   * an input the tested value depends on in which its other way is not flat ({@link SpecialCases#dropsAtPoint}). POI's
   * {@code Mirr.mirr} skips a zero cash flow in both loops; with both rates 0 the function has a kink there (slopes
   * 2.9e-4 and 1.6e-4) and the companions gave 0 without a word (corpus round 31). Tests in a loop that may leave it (a
   * stopping test) are left alone, as for the exact tests. Two tests of the same two active values ({@code x > y} and
   * {@code x < y}) are warned at the second, always: at a tie the ways taken belong to different sides (MLX's
   * logaddexp by ternaries, (0, 1) where the function has (1/2, 1/2), silent before: {@code oracle.MinMaxTiesTest}).
   */
  public static List<NotDifferentiable> strictPairTests(Graph graph, Activity activity) {
    List<NotDifferentiable> out = new ArrayList<>();
    Set<Insn> warned = new java.util.HashSet<>();
    for (StrictPairs.Pair p : StrictPairs.of(graph, activity)) {
      List<StrictPairs.OrderTest> both = List.of(p.first(), p.second());
      if (both.stream().anyMatch(t -> inLoop(t.block()) && !staysInLoop(t.block()))) continue;
      if (p.first().tie()) {
        if (warned.add(p.second().cmp())) out.add(tiePairWarning(p.second(), p.first()));
        continue;
      }
      for (StrictPairs.OrderTest t : both) {
        if (!SpecialCases.dropsAtPoint(graph, activity, t.block(), t.atPoint(), t.tested(), t.constant())) continue;
        StrictPairs.OrderTest other = t == p.first() ? p.second() : p.first();
        if (warned.add(t.cmp())) out.add(strictPairWarning(t, other));
        break;
      }
    }
    return out;
  }

  private static NotDifferentiable strictPairWarning(StrictPairs.OrderTest at, StrictPairs.OrderTest other) {
    String c = constantText(at.constant());
    return new NotDifferentiable(at.cmp().line, InsnText.of(at.cmp().origin), "two strict order tests of an active value"
        + " against the same constant (here and at line " + other.cmp().line + ", such as 'if (x < " + c + ")' and"
        + " 'if (x > " + c + ")') both fail (or, as 'x <= " + c + "' and 'x >= " + c + "', both hold) only at x == " + c + ", so together they are an exact test 'x == " + c + "':"
        + " there the way taken drops the tested value's contribution (or one of its inputs) where the other way"
        + " does not, and the companions give neither one-sided derivative (a kink) nor the function's; differentiate at"
        + " points where x != " + c + ", or make the tests complementary ('x < " + c + "' and 'x >= " + c + "') so that the"
        + " point takes one side's formula");
  }

  private static NotDifferentiable tiePairWarning(StrictPairs.OrderTest at, StrictPairs.OrderTest other) {
    return new NotDifferentiable(at.cmp().line, InsnText.of(at.cmp().origin), "two order tests comparing the same two"
        + " active values (here and at line " + other.cmp().line + ", such as 'x > y ? x : y' and 'x < y ? x : y') group"
        + " a tie x == y with different sides: there one takes the way of x < y and the other the way of x > y, so at a"
        + " tie the program is a special case of neither side, and the companions give that special case's derivative,"
        + " which need not be the function's (MLX's logaddexp so written gives (0, 1) where it is (1/2, 1/2));"
        + " differentiate at points where x != y, or make the tests group the tie with one side ('x > y' and 'x <= y',"
        + " or Math.max(x, y) and Math.min(x, y)) so that a tie takes one side's formula");
  }

  private static String constantText(double c) {
    return c == Math.rint(c) && Math.abs(c) < 1e15 ? Long.toString((long) c) : Double.toString(c);
  }

  /**
   * Warnings: a tolerance test of an active value ({@link ToleranceTests}: {@code Math.abs(a) < 1.19e-7}, here or in a
   * helper such as JOGL's {@code FloatUtil.isZero}) whose special case drops an input the tested value depends on in
   * which the general formula is not flat, by the criterion of the exact tests ({@link #constantEqualityTests}, {@link
   * SpecialCases}, the point being 0), where both ways can deliver a derivative (a branch that only throws cannot) and
   * the special one does not leave a loop (a convergence test, {@code if (|g1| < eps && |g2| < eps) break;}: the
   * loop's derivative is the one meant). Where the test holds, the program is the special formula on the whole
   * tolerance interval, and the companions give its derivative, exactly the program's, but not the function's that
   * both branches stand for: JOGL's {@code Quaternion.setFromEuler} at zero angles returns the identity, slope 0 where
   * the rotation's is 0.5 (corpus round 30, silent before).
   */
  public static List<NotDifferentiable> toleranceTests(Graph graph, Activity activity, Callees callees) {
    List<NotDifferentiable> out = new ArrayList<>();
    ThrowOnlyCode throwing = null;
    for (ToleranceTests.Test t : ToleranceTests.of(graph, callees)) {
      Block b = t.block();
      if (inLoop(b) && mayLeave(t.holds(), b)) continue;
      Block other = t.holds() == b.terminator.targets[0] ? b.terminator.targets[1] : b.terminator.targets[0];
      if (throwing == null) throwing = ThrowOnlyCode.of(graph);
      if (throwing.contains(t.holds().terminator) || throwing.contains(other.terminator)) continue;
      boolean wrong = false;
      for (Value v : t.tested()) {
        wrong |= activity.isActive(v) && isFloating(v.type) && SpecialCases.canBeWrong(graph, activity, b, t.holds(), v, 0, false);
      }
      if (!wrong) continue;
      Insn at = b.terminator.arg(0) instanceof Insn i ? i : b.terminator; // the comparison or call, else the branch
      out.add(new NotDifferentiable(at.line, InsnText.of(at.origin), "a tolerance test of whether an active value is"
          + " within a small constant of 0 (a special case such as 'if (Math.abs(a) < EPSILON)', here or in a helper it"
          + " calls): where it holds, the branch taken is a formula made for the point 0, and the companions give that"
          + " formula's derivative, constant on the tolerance interval, which is not the function's where it drops an"
          + " input the tested value depends on and the general formula is not flat in it (a rotation's identity at zero"
          + " angles: slope 0 where the rotation's is 0.5); differentiate at points outside the tolerance, or let the"
          + " general formula handle the point (it often does: sin(a / 2) is 0 at a = 0)"));
    }
    return out;
  }

  /**
   * Warnings: an exact equality test of an active floating value with a value kept in a field, a static or an array
   * a field holds — the key of a cache of the last argument ({@code if (x != lastX) { lastX = x; lastY = f(x); }
   * return lastY;}) — outside loops, whose special case can give a wrong derivative ({@link SpecialCases}). Where the key
   * matches (the cache is warm: the program called the method at the same point before), the branch taken returns the
   * stored result, whose derivative is what the object's shadow holds for it (what the caller passed, usually 0), not
   * the function's: 0 instead of f'(x), without a word, before this warning. When both sides are kept ({@code if (p.x
   * != lastX)}, the argument read from an object's field), the key is told by the write of its location where the values
   * differ ({@link #keyedAgainst}).
   */
  public static List<NotDifferentiable> storedKeyTests(Graph graph, Activity activity) {
    List<NotDifferentiable> out = new ArrayList<>();
    for (Block b : graph.blocks) {
      Insn cmp = equalityTest(b);
      if (cmp == null) cmp = arraysEquality(b);
      if (cmp == null || inLoop(b) && !staysInLoop(b)) continue;
      Value x = cmp.arg(0), y = cmp.arg(1);
      // no look at what the branches compute: a key found equal may end the method through a flag (a loop comparing
      // the elements sets 'same = false'), and the stored result is state, which no data flow here follows
      Value tested = isStored(y) && !isStored(x) ? x : isStored(x) && !isStored(y) ? y : keyedAgainst(b, cmp, x, y);
      if (tested == null || !activity.isActive(tested)) continue;
      out.add(new NotDifferentiable(cmp.line, InsnText.of(cmp.origin), "an exact test of whether an active value equals"
          + " a value kept in a field or static (a cache of the last argument, 'if (x != lastX) { lastX = x; lastY = f(x); }'):"
          + " where it holds, the branch taken uses what was stored before, and the companions give the derivative of the"
          + " stored result as the object's shadow holds it (usually 0), not the function's; take derivatives on an object"
          + " whose cache is cold (or clear it first), or move the cache out of the differentiated method"));
    }
    return out;
  }

  /**
   * When both sides of {@code b}'s test are kept in fields or statics ({@code if (p.x != lastX)}, a cache keyed by another
   * object's field): the side compared with the key, the key being the side whose location — the same field of the same
   * object, or the same static — the method writes on the way taken when the values differ (and not on the other way);
   * null when neither side is such a key (two fields compared, no cache).
   */
  private static Value keyedAgainst(Block b, Insn cmp, Value x, Value y) {
    List<Block> ways = b.successors();
    if (ways.size() != 2 || !isStored(x) || !isStored(y)) return null;
    // IF goes to its first target when the condition holds: on a comparison, EQ holds when equal; on Arrays.equals' result, when not
    boolean firstWhenEqual = (b.terminator.cond() == dev.leibniz.core.ir.Cond.EQ) == (cmp.op != Op.INVOKE);
    Block differ = ways.get(firstWhenEqual ? 1 : 0), same = ways.get(firstWhenEqual ? 0 : 1);
    java.util.Set<Block> branch = reachable(differ);
    branch.removeAll(reachable(same));
    return writesLocation(branch, y) ? x : writesLocation(branch, x) ? y : null;
  }

  /** Whether a block of {@code blocks} writes where {@code read} (a field or static read) reads: the same field of the same object, or the static. */
  private static boolean writesLocation(java.util.Set<Block> blocks, Value read) {
    Insn r = (Insn) read;
    if (r.op != Op.GETFIELD && r.op != Op.GETSTATIC) return false;
    for (Block c : blocks) {
      for (Insn i : c.insns) {
        boolean field = r.op == Op.GETFIELD && i.op == Op.PUTFIELD && i.arg(0) == r.arg(0);
        boolean staticField = r.op == Op.GETSTATIC && i.op == Op.PUTSTATIC;
        if ((field || staticField) && i.attr.equals(r.attr)) return true;
      }
    }
    return false;
  }

  /** The blocks reachable from {@code from}, itself included. */
  private static java.util.Set<Block> reachable(Block from) {
    java.util.ArrayDeque<Block> work = new java.util.ArrayDeque<>(List.of(from));
    java.util.Set<Block> seen = new java.util.LinkedHashSet<>();
    while (!work.isEmpty()) {
      Block c = work.pop();
      if (seen.add(c)) work.addAll(c.successors());
    }
    return seen;
  }

  /** The {@code Arrays.equals(double[], double[])} (or {@code float[]}) call {@code b} branches on; null otherwise. */
  private static Insn arraysEquality(Block b) {
    Insn t = b.terminator;
    if (t == null || t.op != Op.IF || t.args.length != 1 || !(t.arg(0) instanceof Insn call) || call.op != Op.INVOKE
        || !(call.attr instanceof MethodRef m)) return null;
    boolean equals = m.owner().equals("java/util/Arrays") && m.name().equals("equals")
        && (m.desc().equals("([D[D)Z") || m.desc().equals("([F[F)Z"));
    return equals ? call : null;
  }

  /** A value read from a field or a static, or from an array a field or static holds: state kept between calls. */
  private static boolean isStored(Value v) {
    if (!(v instanceof Insn i)) return false;
    if (i.op == Op.GETFIELD || i.op == Op.GETSTATIC) return true;
    return i.op == Op.ALOAD && i.arg(0) instanceof Insn a && (a.op == Op.GETFIELD || a.op == Op.GETSTATIC);
  }

  /**
   * An equality test of an active floating value with a constant ({@code if (deltaLat == 0)}, GraphHopper's horizontal
   * edge) outside loops, or in a loop where both of its ways go on with the loop (a special case per element). Tests
   * that leave a loop are left alone: an iteration may end when a term is exactly 0, and its derivative is the loop's. Tests of two active values neither: {@code r == max}
   * with {@code max} chosen from {@code r} holds along every direction.
   */
  private static boolean pointTest(Activity activity, Block b, Value x, Value y) {
    if (!isFloating(x.type) || !isFloating(y.type)) return false;
    boolean oneConstant = activity.isActive(x) && isConstant(y) || activity.isActive(y) && isConstant(x);
    return oneConstant && (!inLoop(b) || staysInLoop(b));
  }

  /**
   * True when every way out of {@code b} comes back to it: the test picks a formula per trip ({@code v == 0 ? 1 :
   * sin(v) / v} for each element), it does not end the loop as a series' exactly-zero term does.
   */
  private static boolean staysInLoop(Block b) {
    for (Block s : b.successors()) {
      if (s != b && !reaches(s, b)) return false;
    }
    return true;
  }

  private static boolean reaches(Block from, Block to) {
    java.util.ArrayDeque<Block> work = new java.util.ArrayDeque<>(java.util.List.of(from));
    java.util.Set<Block> seen = new java.util.HashSet<>();
    while (!work.isEmpty()) {
      Block c = work.pop();
      if (c == to) return true;
      if (seen.add(c)) work.addAll(c.successors());
    }
    return false;
  }

  /** Whether a way from {@code from}, not through the loop test {@code b}, reaches a block from which {@code b} cannot be reached (leaves the loop). */
  private static boolean mayLeave(Block from, Block b) {
    java.util.ArrayDeque<Block> work = new java.util.ArrayDeque<>(java.util.List.of(from));
    java.util.Set<Block> seen = new java.util.HashSet<>(java.util.List.of(b));
    while (!work.isEmpty()) {
      Block c = work.pop();
      if (!seen.add(c)) continue;
      if (!reaches(c, b)) return true;
      work.addAll(c.successors());
    }
    return false;
  }

  /** The comparison {@code b} ends on when it branches on whether it is 0 ({@code ==}, {@code !=}); null otherwise. */
  private static Insn equalityTest(Block b) {
    Insn t = b.terminator;
    if (t == null || t.op != Op.IF || t.args.length != 1
        || (t.cond() != dev.leibniz.core.ir.Cond.EQ && t.cond() != dev.leibniz.core.ir.Cond.NE)) return null;
    return t.arg(0) instanceof Insn cmp && isComparison(cmp) ? cmp : null;
  }

  /**
   * The call {@code b} ends on when it branches on {@code Double.valueOf(x).equals(y)} (or {@code Float}'s, or {@code
   * Objects.equals} of two such boxes; autoboxing makes them): a test of {@code x == y} on the values (bits, which for a
   * constant other than NaN is the same point but {@code -0.0}); null otherwise. Its arguments are the two boxings.
   */
  private static Insn boxedEquality(Block b) {
    Insn t = b.terminator;
    if (t == null || t.op != Op.IF || t.args.length != 1 || !(t.arg(0) instanceof Insn call) || call.op != Op.INVOKE
        || !(call.attr instanceof MethodRef m) || call.args.length != 2) return null;
    boolean equals = m.name().equals("equals") && m.desc().equals("(Ljava/lang/Object;)Z")
        && (m.owner().equals("java/lang/Double") || m.owner().equals("java/lang/Float"));
    boolean objects = m.owner().equals("java/util/Objects") && m.name().equals("equals");
    return (equals || objects) && isBoxing(call.arg(0)) && isBoxing(call.arg(1)) ? call : null;
  }

  private static boolean isBoxing(Value v) {
    return v instanceof Insn i && i.op == Op.INVOKE && i.attr instanceof MethodRef m && m.isStatic() && m.name().equals("valueOf")
        && (m.desc().equals("(D)Ljava/lang/Double;") || m.desc().equals("(F)Ljava/lang/Float;"));
  }

  /** {@code x < y} compiled ({@code DCMPL}...), or {@code Double.compare(x, y)} / {@code Float.compare(x, y)}, tested against 0. */
  private static boolean isComparison(Insn i) {
    if (i.op == Op.CMP) return true;
    return i.op == Op.INVOKE && i.attr instanceof MethodRef m && m.isStatic() && m.name().equals("compare")
        && (m.owner().equals("java/lang/Double") || m.owner().equals("java/lang/Float")) && i.args.length == 2;
  }

  private static boolean isConstant(Value v) {
    return v instanceof Insn i && i.op == Op.CONST;
  }

  private static boolean isFloating(Type t) {
    return t.getSort() == Type.DOUBLE || t.getSort() == Type.FLOAT;
  }

  /** Whether {@code b} can reach itself (lies on a cycle of the control flow). */
  static boolean inLoop(Block b) {
    java.util.ArrayDeque<Block> work = new java.util.ArrayDeque<>(b.successors());
    java.util.Set<Block> seen = new java.util.HashSet<>();
    while (!work.isEmpty()) {
      Block c = work.pop();
      if (c == b) return true;
      if (seen.add(c)) work.addAll(c.successors());
    }
    return false;
  }


  private static boolean anyActive(Activity activity, Insn i) {
    for (Value a : i.args) if (activity.isActive(a)) return true;
    return false;
  }

  private void propagate() {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Block b : graph.blocks) {
        for (Phi p : b.phis) {
          for (Value in : p.inputs) {
            if (derived.containsKey(in)) changed |= mark(p, derived.get(in));
          }
        }
        for (Insn i : b.insns) {
          changed |= visit(i);
        }
      }
    }
  }

  private boolean mark(Value v, Kind k) {
    return v != null && !Types.isScalar(v.type) && derived.putIfAbsent(v, k) == null;
  }

  private boolean visit(Insn i) {
    if (stored == null && i.op == Op.INVOKE && i.attr instanceof MethodRef && anyActive(activity, i)
        && readsBits(i.method())) {
      stored = Kind.BITS; // the callee may have left the bits in an array, a field or a static it was given or can reach
      return true;
    }
    Kind source = sourceKind(i);
    if (source != null) {
      boolean appended = i.attr instanceof MethodRef && !i.method().isStatic() && mark(i.arg(0), source); // StringBuilder.append
      return mark(i, source) | appended;
    }
    Kind in = derivedArgument(i);
    boolean changed = false;
    if (in != null && (i.op == Op.ASTORE || i.op == Op.PUTFIELD || i.op == Op.PUTSTATIC
        || (i.op == Op.INVOKE && !isSink(i)))) {
      if (stored == null) {
        stored = in;
        changed = true;
      }
      if (i.op == Op.INVOKE && i.args.length > 0 && !i.method().isStatic()) {
        changed |= mark(i.arg(0), in); // a StringBuilder appended to, an AtomicLong set
      }
    }
    if (in != null && i.hasResult() && !Types.isScalar(i.type)) {
      changed |= mark(i, in);
    }
    if (stored != null && holds(i.type, stored)
        && (i.op == Op.ALOAD || i.op == Op.GETFIELD || i.op == Op.GETSTATIC || i.op == Op.INVOKE)) {
      changed |= mark(i, stored);
    }
    return changed;
  }

  /** True for the types a stored pattern of kind {@code k} can be read back as: integers for bits, strings for text. */
  private static boolean holds(Type t, Kind k) {
    if (k == Kind.BITS) return t.getSort() == Type.LONG || t.getSort() == Type.INT;
    return t.getSort() == Type.OBJECT && t.getInternalName().equals("java/lang/String");
  }

  /** {@code BITS} or {@code TEXT} when {@code i} makes bits or text of an active value. */
  private Kind sourceKind(Insn i) {
    if (i.op != Op.INVOKE || !anyActive(activity, i)) return null;
    if (i.attr instanceof InvokeDynamicInsnNode) return Kind.TEXT; // string concatenation
    MethodRef m = i.method();
    if (BIT_SOURCES.contains(m.owner() + "." + m.name() + m.desc())) {
      return StepBits.onlySteps(graph, i) ? null : Kind.BITS; // a sign or NaN test, the exponent, a table index: a step (StepBits)
    }
    if (returnsBitsOf(m)) return Kind.BITS;
    Type r = Type.getReturnType(m.desc());
    boolean text = r.getSort() == Type.OBJECT && (r.getInternalName().equals("java/lang/String")
        || r.getInternalName().equals("java/lang/StringBuilder") || r.getInternalName().equals("java/lang/StringBuffer"));
    return text && PassiveCalls.isSafe(m) ? Kind.TEXT : null;
  }

  /**
   * A callee given an active value that returns an integer and reads the bit pattern of a floating
   * value, itself or through its callees ({@code static long bits(double x) { return
   * Double.doubleToRawLongBits(x); }}): its result may be those bits, so it counts as bits of an
   * active value, and a helper that turns them back into a number is reported like {@code
   * longBitsToDouble} itself. Such a callee may also have left the bits in an array or field: after
   * the call, every integer read counts as bits (see {@link #visit}).
   */
  private boolean returnsBitsOf(MethodRef m) {
    int sort = Type.getReturnType(m.desc()).getSort();
    return (sort == Type.LONG || sort == Type.INT) && readsBits(m);
  }

  /**
   * A callee other than the JDK's bit sources that reads the bit pattern of a floating value, itself or through its
   * callees. An abstract or interface method whose implementations are not known here is not one: like every
   * implementation reached by dispatch it is judged by its own code when its companion is made at its first dispatch
   * ({@link Callees#dispatchedWithoutCode}), not taken to leave bits wherever it could (S2's {@code uvToX} of a transform
   * a helper returns was refused as "reads the bit pattern" for want of code).
   */
  private boolean readsBits(MethodRef m) {
    return !BIT_SOURCES.contains(m.owner() + "." + m.name() + m.desc()) && !m.owner().startsWith("java/")
        && !activity.callees().dispatchedWithoutCode(m) && activity.callees().writesArgument(m, ParamWrites.BIT_PATTERNS);
  }

  private Kind derivedArgument(Insn i) {
    for (Value a : i.args) {
      Kind k = derived.get(a);
      if (k != null) return k;
    }
    return null;
  }

  /** A call that takes bits or text of an active value and returns a floating value. */
  private boolean isSink(Insn i) {
    return i.op == Op.INVOKE && Types.isScalar(i.type) && derivedArgument(i) != null && !isSplitHigh(graph, i);
  }

  /**
   * A {@linkplain #isMantissaTruncation mantissa truncation} {@code high} of {@code x} whose low part
   * {@code x - high} is also computed in {@code g}: the split of exact products, where the low part
   * carries the derivative. Without the low part the truncated value stands for {@code x} itself
   * (Lucene's {@code haversinSortKey} clears three bits of its result) and its derivative 0 would be
   * silently wrong.
   */
  static boolean isSplitHigh(Graph g, Insn i) {
    if (!isMantissaTruncation(i)) return false;
    Insn and = (Insn) i.arg(0);
    Value x = null;
    for (Value a : and.args) {
      if (a instanceof Insn && ((Insn) a).op == Op.INVOKE && ((Insn) a).attr instanceof MethodRef
          && BIT_SOURCES.contains(bitSource((Insn) a))) {
        x = ((Insn) a).arg(0);
      }
    }
    for (Block b : g.blocks) {
      for (Insn j : b.insns) {
        if (j.op == Op.SUB && j.args.length == 2 && j.arg(0) == x && j.arg(1) == i) return true;
      }
    }
    return false;
  }

  /**
   * {@code longBitsToDouble(doubleToRawLongBits(x) & (-1L << k))} (or the float form): {@code x}
   * with its low mantissa bits cleared, the Veltkamp/Dekker split of exact products (Hipparchus'
   * and Commons Math's {@code linearCombination}). Like {@code floor}, it is piecewise constant:
   * its derivative is 0 by the documented rule, and the split's low part {@code x - high} then
   * carries the whole derivative of {@code x}, as the algebra of the split requires.
   */
  static boolean isMantissaTruncation(Insn i) {
    if (!(i.attr instanceof MethodRef) || !(i.arg(0) instanceof Insn)) return false;
    String m = i.method().owner() + "." + i.method().name() + i.method().desc();
    boolean dbl = m.equals("java/lang/Double.longBitsToDouble(J)D");
    if (!dbl && !m.equals("java/lang/Float.intBitsToFloat(I)F")) return false;
    Insn and = (Insn) i.arg(0);
    if (and.op != Op.AND) return false;
    for (int k = 0; k < 2; k++) {
      if (isTruncationMask(and.arg(k), dbl) && and.arg(1 - k) instanceof Insn
          && ((Insn) and.arg(1 - k)).attr instanceof MethodRef
          && BIT_SOURCES.contains(bitSource((Insn) and.arg(1 - k)))) {
        return true;
      }
    }
    return false;
  }

  private static String bitSource(Insn i) {
    MethodRef m = i.method();
    return m.owner() + "." + m.name() + m.desc();
  }

  /** {@code -1 << k} clearing only mantissa bits: 1 <= k <= 52 for double, 1 <= k <= 23 for float. */
  private static boolean isTruncationMask(Value v, boolean dbl) {
    if (!(v instanceof Insn) || ((Insn) v).op != Op.CONST || !(((Insn) v).attr instanceof Number)) return false;
    long mask = ((Number) ((Insn) v).attr).longValue();
    int maxShift = dbl ? 52 : 23;
    for (int k = 1; k <= maxShift; k++) {
      if (mask == (dbl ? -1L << k : (long) (-1 << k))) return true;
    }
    return false;
  }

  private void findSink() throws NotDifferentiable {
    for (Block b : graph.blocks) {
      for (Insn i : b.insns) {
        if (!isSink(i)) continue;
        String callee = i.attr instanceof MethodRef ? dev.leibniz.core.JavaSignature.method(i.method()) : "a call";
        throw new NotDifferentiable(i.line, InsnText.of(i.origin), derivedArgument(i) == Kind.BITS
            ? "reads the bit pattern of an active value and turns it back into a number through " + callee + ": its"
                + " derivative would be lost; write the arithmetic instead (-x, Math.abs(x), Math.copySign, a (float) cast),"
                + " which is differentiated, or give a rule for the method (@DerivativeRules)"
            : "the text of an active value becomes a number again through " + callee + ": its derivative would be lost;"
                + " use the value itself instead of its string form");
      }
    }
  }
}
