package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.rules.DerivativeRule;
import dev.leibniz.core.rules.MathRules;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Whether the special case an exact test {@code t == c} selects can give a derivative that is not the function's.
 *
 * <p>Where the test holds, the branch taken computes its results {@code y} with a formula {@code g}, the other branch
 * with {@code f}; code after the two meet is the same function {@code H(x, y)} for both, so the derivative is right
 * when {@code ∇g = ∇f} at the point (chain rule), and only the branch's results matter: the values it returns, stores,
 * passes to calls, or gives the phis where the branches meet. A special case has the general formula's value on the
 * level set {@code t = c}, so {@code g - f} vanishes there and, where {@code ∇t ≠ 0}, {@code ∇g - ∇f = λ ∇t}: the
 * derivative is right along every direction that keeps {@code t = c} and wrong across it when {@code λ ≠ 0}, which a
 * static look cannot tell in general. The criterion, on dependence:
 * <ul>
 *   <li>{@code g} does not depend on an input {@code x_j} that {@code t} depends on (GraphHopper's horizontal edge drops
 *       {@code b_lat}): its partial in {@code x_j} is 0, right only if {@code f}'s is 0 too. Warned, unless {@code f}
 *       does not depend on {@code x_j} either, other than through a product of two factors that both vanish at the
 *       point ({@code x == 0 ? 0 : x * x}, a hypot's {@code a == 0 ? |b| : sqrt(a * a + b * b)}): such a product has
 *       derivative {@code u dv + v du = 0} there, so both partials in {@code x_j} are 0, which forces {@code λ = 0} (when
 *       {@code ∂t/∂x_j ≠ 0}) and the whole gradient is right. A factor vanishes when it is {@code t} (or {@code t - c})
 *       scaled, negated or multiplied, computed with finite partials only (no division, no {@code sqrt}): {@code
 *       sqrt(t) * sqrt(t)} has derivative 1 at 0, not 0.</li>
 *   <li>{@code g} depends on every input {@code t} depends on (Bundle Adjustment's {@code R(r) p ≈ p + r × p} at
 *       {@code r = 0}): warned. It may be the general formula's expansion at the point (BA's is, and its gradient is
 *       right) or have another slope across the level set ({@code t = x y; t == 0 ? x + y : (x + y) e^t} gives 1 for
 *       {@code ∂/∂x} at {@code (0, 3)}, the function 10), and a static look cannot tell which (R10-F5).</li>
 * </ul>
 * Not a false alarm, and still warned: Hipparchus' {@code regularizedGammaP(a, x)} returns 0 at {@code x == 0}, whose
 * partial in {@code x} is {@code x^(a-1) e^-x / Γ(a)} there (1 at {@code a = 1}, infinite below). ({@code Erf.erf(x)}
 * is {@code P(1/2, x²)}, whose companions gave 0 at 0 instead of {@code 2/√π}: it has a rule now, {@code rules.LibraryMath}.)
 */
final class SpecialCases {
  private final Activity activity;
  private final Value tested;
  private final double constant;
  private final Map<Value, Boolean> vanishing = new HashMap<>();
  private final Map<Insn, Boolean> flat = new HashMap<>();
  /**
   * The bit of each input: a parameter, or a location read from memory that must be the same one (a field of one
   * object value, a static, an element of one array value at one index value or constant).
   */
  private final Map<Object, Integer> bits = new HashMap<>();
  /** Per bit, the inputs it may be (its may-alias class, below): a parameter is itself. */
  private final Map<Integer, BitSet> mayBe = new HashMap<>();
  /** The may-alias bit of each class: a field on any object, a constant index in any array, a computed index. */
  private final Map<Object, Integer> classes = new HashMap<>();
  private static final String COMPUTED_INDEX = "an element at a computed index";

  private SpecialCases(Activity activity, Value tested, double constant) {
    this.activity = activity;
    this.tested = tested;
    this.constant = constant;
  }

  /**
   * Whether the branch {@code b} takes where {@code tested} equals {@code constant} can give a derivative that is not
   * the function's (see the class comment). {@code equalWhenZero}: the {@code IF} tests a comparison ({@code DCMPL},
   * {@code Double.compare}), 0 when equal; else a {@code boolean}, true when equal ({@code Double.equals}).
   */
  static boolean canBeWrong(Graph graph, Activity activity, Block b, boolean equalWhenZero, Value tested, Insn constant) {
    Insn test = b.terminator;
    boolean first = (test.cond() == Cond.EQ) == equalWhenZero; // targets[0] is taken when the condition holds
    return canBeWrong(graph, activity, b, first ? test.targets[0] : test.targets[1], tested, ((Number) constant.attr).doubleValue(), true);
  }

  /**
   * Whether {@code taken}, the way out of {@code b} taken where {@code tested} is {@code constant} (or within a tolerance
   * of it: {@link ToleranceTests}), can give a derivative that is not the function's (see the class comment). {@code
   * keepingIsSuspect}: whether a special case that keeps every tested input counts (an exact test's, whose slope cannot
   * be checked); a tolerance test's is most often a series of the same function near the point ({@code |x| < 2^-28 ?
   * x + c x : erf(x)}), whose slope is the function's to its accuracy, so only a dropped input counts there.
   */
  static boolean canBeWrong(Graph graph, Activity activity, Block b, Block taken, Value tested, double constant,
      boolean keepingIsSuspect) {
    return canBeWrong(graph, activity, b, taken, tested, constant, keepingIsSuspect, false);
  }

  /**
   * Whether {@code taken}, the way out of {@code b} taken where {@code tested} is {@code constant} after a {@linkplain
   * StrictPairs pair of order tests}, drops an input the tested value depends on in which the other way is not flat
   * (a special case that keeps the inputs is the one-sided formula, most often). In a loop, what the way delivers is
   * judged per trip: the values carried into this trip (the phis of the blocks that head the loop) hold earlier trips'
   * inputs, not this trip's tested element, though a static look sees the same location (MIRR's {@code pv} kept where a
   * zero flow is skipped).
   */
  static boolean dropsAtPoint(Graph graph, Activity activity, Block b, Block taken, Value tested, double constant) {
    return canBeWrong(graph, activity, b, taken, tested, constant, false, true);
  }

  private static boolean canBeWrong(Graph graph, Activity activity, Block b, Block taken, Value tested, double constant,
      boolean keepingIsSuspect, boolean perTrip) {
    Insn test = b.terminator;
    Block other = taken == test.targets[0] ? test.targets[1] : test.targets[0];
    if (taken == other) return false;
    // not through the test itself: in a loop each arm would reach the other by the next trip (one trip is one choice)
    Set<Block> fromTaken = reachable(taken, b), fromOther = reachable(other, b);
    Set<Block> special = new HashSet<>(fromTaken), general = new HashSet<>(fromOther);
    special.removeAll(fromOther);
    general.removeAll(fromTaken);
    SpecialCases c = new SpecialCases(activity, tested, constant);
    Map<Value, BitSet> plain = c.sources(graph, false, Set.of()), effective = c.sources(graph, true, Set.of());
    Map<Value, BitSet> thisTrip = perTrip ? c.sources(graph, true, carriedIn(graph, b)) : effective;
    BitSet dropped = (BitSet) plain.getOrDefault(tested, new BitSet()).clone();
    dropped.andNot(c.resultSources(thisTrip, b, taken, special)); // kept only where the special side must read it
    if (dropped.isEmpty()) return keepingIsSuspect; // keeps every tested input: its slope across t = c cannot be checked here
    return c.mayBe(dropped).intersects(c.mayBe(c.resultSources(effective, b, other, general))); // used where it may be
  }

  /** The may-alias classes of {@code inputs}: what those inputs may be read as elsewhere (R10-F12). */
  private BitSet mayBe(BitSet inputs) {
    BitSet out = new BitSet();
    inputs.stream().forEach(k -> out.or(mayBe.getOrDefault(k, new BitSet())));
    return out;
  }

  /** The sources of the results of the branch entered at {@code entry} from {@code b}, whose own blocks are {@code region}. */
  private BitSet resultSources(Map<Value, BitSet> sources, Block b, Block entry, Set<Block> region) {
    BitSet out = new BitSet();
    if (!region.contains(entry)) addPhiInputs(sources, entry, b, out); // the branch is the edge itself
    for (Block r : region) {
      for (Insn i : r.insns) {
        // a call may write what it is given; a passive one (a message, a box compared) gives no result a derivative reaches
        boolean call = i.op == Op.INVOKE && !activity.isPassiveCall(i);
        boolean result = i.op == Op.ASTORE || i.op == Op.PUTFIELD || i.op == Op.PUTSTATIC || call;
        if (result) for (Value a : i.args) out.or(sources.getOrDefault(a, new BitSet()));
      }
      if (r.terminator != null && r.terminator.op == Op.RETURN) {
        for (Value a : r.terminator.args) out.or(sources.getOrDefault(a, new BitSet()));
      }
      for (Block s : r.successors()) {
        if (!region.contains(s)) addPhiInputs(sources, s, r, out);
      }
    }
    return out;
  }

  private static void addPhiInputs(Map<Value, BitSet> sources, Block merge, Block pred, BitSet out) {
    for (Phi p : merge.phis) out.or(sources.getOrDefault(p.input(pred), new BitSet()));
  }

  /**
   * The active inputs each value depends on through active values: parameters and values read from memory (array
   * elements, fields) are inputs. With {@code effective}, a product of two factors vanishing at the point depends on
   * nothing (its derivative there is 0).
   */
  private Map<Value, BitSet> sources(Graph graph, boolean effective, Set<Phi> cut) {
    Map<Value, BitSet> out = new HashMap<>();
    for (Insn p : graph.params) if (activity.isActive(p)) out.put(p, bitOf(p));
    Set<Integer> constantIndices = constantIndices(graph);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Block b : graph.blocks) {
        for (Phi p : b.phis) {
          if (activity.isActive(p) && !cut.contains(p)) changed |= join(out, p, p.inputs.toArray(new Value[0]));
        }
        for (Insn i : b.insns) {
          if (!i.hasResult() || !activity.isActive(i)) continue;
          if (i.op == Op.ALOAD || i.op == Op.GETFIELD || i.op == Op.GETSTATIC) {
            changed |= out.putIfAbsent(i, location(i, constantIndices)) == null;
          } else if (!(effective && isFlatProduct(i))) {
            changed |= join(out, i, i.args);
          }
        }
      }
    }
    return out;
  }

  private boolean join(Map<Value, BitSet> out, Value v, Value[] args) {
    BitSet s = out.computeIfAbsent(v, k -> new BitSet());
    int before = s.cardinality();
    for (Value a : args) {
      BitSet in = out.get(a);
      if (in != null && activity.isActive(a)) s.or(in);
    }
    return s.cardinality() != before;
  }

  private BitSet bitOf(Object input) {
    return bitOf(input, classOf(input));
  }

  private BitSet bitOf(Object input, BitSet mayBeClasses) {
    int bit = bits.computeIfAbsent(input, k -> bits.size());
    mayBe.putIfAbsent(bit, mayBeClasses);
    BitSet s = new BitSet();
    s.set(bit);
    return s;
  }

  private BitSet classOf(Object key) {
    BitSet s = new BitSet();
    s.set(classes.computeIfAbsent(key, k -> classes.size()));
    return s;
  }

  /**
   * The input a load reads: its location, not the instruction, since javac reads {@code v[0]} or {@code this.x} again
   * at each use ({@code if (v[0] == 0) return 0; return v[0] * v[1];} must see the general formula use the tested
   * input, R10-F4). The input is the location that must be the same (the same object or array value, field, index
   * value or constant), so the special side keeps an input only where it surely reads it ({@code if (v[0] == 0)
   * return w[0];} drops {@code v[0]}, R10-F12); its may-alias classes, for the general side, over-approximate, since
   * another array or object may be the same one: a field on any object, a static, a constant index in any array, and
   * an element at a computed index may be any element. Either way only a warning can be kept.
   */
  private BitSet location(Insn load, Set<Integer> constantIndices) {
    if (load.op == Op.GETSTATIC) return bitOf(load.attr);
    if (load.op == Op.GETFIELD) return bitOf(java.util.List.of(load.arg(0), load.attr), classOf(load.attr));
    Integer k = constantIndex(load.arg(1));
    Object index = k != null ? k : load.arg(1);
    BitSet may = k != null ? classOf(k) : classOf(COMPUTED_INDEX);
    if (k == null) for (int c : constantIndices) may.or(classOf(c));
    return bitOf(java.util.List.of(load.arg(0), index), may);
  }

  private static Set<Integer> constantIndices(Graph graph) {
    Set<Integer> out = new HashSet<>();
    for (Block b : graph.blocks) {
      for (Insn i : b.insns) {
        if (i.op != Op.ALOAD && i.op != Op.ASTORE) continue;
        Integer k = constantIndex(i.arg(1));
        if (k != null) out.add(k);
      }
    }
    return out;
  }

  private static Integer constantIndex(Value index) {
    return index instanceof Insn c && c.op == Op.CONST && c.attr instanceof Number n ? n.intValue() : null;
  }

  /**
   * {@code u * v} with both factors vanishing at the point: derivative {@code u dv + v du = 0} there; or with one
   * factor such a product and the other of finite partials ({@code x * x * cos(x)}): {@code u = du = 0} there.
   */
  private boolean isFlatProduct(Insn i) {
    if (i.op != Op.MUL) return false;
    Boolean known = flat.get(i);
    if (known != null) return known;
    boolean f = vanishes(i.arg(0)) && vanishes(i.arg(1));
    for (int k = 0; k < 2 && !f; k++) {
      f = i.arg(k) instanceof Insn u && isFlatProduct(u) && finitePartials(i.arg(1 - k), new HashSet<>());
    }
    flat.put(i, f);
    return f;
  }

  /** Whether {@code v} is 0 where the test holds and has finite partials there ({@code t}, {@code t - c}, {@code -t}, {@code k t}). */
  private boolean vanishes(Value v) {
    Boolean known = vanishing.get(v);
    if (known != null) return known;
    vanishing.put(v, false); // cycles through phis: not known to vanish
    boolean z = false;
    if (v == tested) {
      z = constant == 0 && finitePartials(v, new HashSet<>());
    } else if (v instanceof Insn i) {
      z = switch (i.op) {
        case NEG, CONV -> vanishes(i.arg(0));
        case MUL -> (vanishes(i.arg(0)) && finitePartials(i.arg(1), new HashSet<>()))
            || (vanishes(i.arg(1)) && finitePartials(i.arg(0), new HashSet<>()));
        case SUB -> (i.arg(0) == tested && isConstant(i.arg(1)) || i.arg(1) == tested && isConstant(i.arg(0)))
            && finitePartials(tested, new HashSet<>());
        default -> false;
      };
    }
    vanishing.put(v, z);
    return z;
  }

  private boolean isConstant(Value v) {
    return v instanceof Insn i && i.op == Op.CONST && i.attr instanceof Number n && n.doubleValue() == constant;
  }

  /**
   * Whether {@code v} is computed from its inputs with finite partials only: sums, products, negations, conversions,
   * phis and math functions without a singular rule ({@code abs}, {@code sin}, {@code cos}); no division and no
   * {@code sqrt}, whose partials are infinite where the tested value may be 0.
   */
  private boolean finitePartials(Value v, Set<Value> seen) {
    if (!activity.isActive(v) || !seen.add(v)) return true;
    if (v instanceof Phi p) return p.inputs.stream().allMatch(in -> finitePartials(in, seen));
    Insn i = (Insn) v;
    return switch (i.op) {
      case PARAM, ALOAD, GETFIELD, GETSTATIC -> true;
      case ADD, SUB, MUL, NEG, CONV -> java.util.Arrays.stream(i.args).allMatch(a -> finitePartials(a, seen));
      case MATH -> {
        DerivativeRule r = MathRules.find(i.method());
        yield r != null && !r.singular() && java.util.Arrays.stream(i.args).allMatch(a -> finitePartials(a, seen));
      }
      default -> false;
    };
  }

  /**
   * The phis that carry values into a trip of the loops around {@code b}: those of the blocks on a cycle through {@code
   * b} that every path to {@code b} passes (the loop headers); empty outside loops.
   */
  private static Set<Phi> carriedIn(Graph graph, Block b) {
    Set<Block> after = new HashSet<>();
    ArrayDeque<Block> work = new ArrayDeque<>(b.successors());
    while (!work.isEmpty()) {
      Block c = work.pop();
      if (after.add(c)) c.successors().forEach(work::push);
    }
    Set<Phi> out = new HashSet<>();
    if (!after.contains(b)) return out;
    Dominators dominators = new Dominators(graph);
    for (Block h : graph.blocks) {
      if (after.contains(h) && dominators.dominates(h, b)) out.addAll(h.phis);
    }
    return out;
  }

  /** The blocks reachable from {@code start}, itself included. */
  private static Set<Block> reachable(Block start, Block test) {
    Set<Block> seen = new HashSet<>();
    seen.add(test);
    ArrayDeque<Block> work = new ArrayDeque<>();
    work.push(start);
    while (!work.isEmpty()) {
      Block c = work.pop();
      if (seen.add(c)) c.successors().forEach(work::push);
    }
    if (start != test) seen.remove(test);
    return seen;
  }
}
