package dev.leibniz.core.reverse;

import dev.leibniz.core.analysis.Activity;
import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.analysis.Cycles;
import dev.leibniz.core.analysis.SingularCones;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Builder;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.ir.Var;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * The adjoints of a method's values while its reverse sweep is built: a mutable {@link Var} per
 * value ({@code bar}), read and zeroed where the value is defined ({@link #take}: zeroed only in a
 * block that may run again) and added to at each use ({@link #accumulate}); an active scalar used
 * only in its own block sums its adjoint as SSA values instead, with no variable at all. For a
 * singular source whose adjoint may be a zero of its own values, a flag records whether any use
 * accumulated into it ({@link #accumulatedYet}), so that its strong zero applies only then.
 */
final class Adjoints {
  private final Graph src;
  private final Graph dst;
  private final Builder b;
  private final Activity activity;
  private final Callees callees;
  private final Cycles cycles;
  /** Where a zero adjoint meets a singular source's infinite partial with the strong zero. */
  private final SingularCones cones;
  private final Map<Value, Var> adjoints = new HashMap<>();
  private final Set<Value> blockLocal;
  /** The operations whose adjoint is zero on every run ({@link DeadValues}). */
  private final Set<Insn> dead;
  private Insn reversingInsn;
  /** Where an accumulation finds the adjoint at 0 ({@link UsesOntoZero}), and the use site being reversed. */
  private final UsesOntoZero ontoZero;
  private Object useSite;
  /** Per singular source whose adjoint may be a zero of its own values ({@link #guarded}): 1 once a use accumulated into it. */
  private final Map<Value, Var> accumulated = new HashMap<>();
  private final Map<Value, Boolean> guarded = new HashMap<>();
  private final Map<Value, Value> localAdjoints = new HashMap<>();
  /**
   * Per guarded source whose adjoint takes one path ({@link SingularCones#singlePath}): 1 when a
   * partial on it that depends on the source's value was 0 while the adjoint reaching it was not
   * (and no independent partial nearer the source was 0), so that a zero adjoint is the source's
   * own; the operations that check their partial ({@link #checkPartial}), with the sources they
   * report to.
   */
  private final Map<Value, Var> dependentZero = new HashMap<>();
  private final Map<Insn, List<Value>> checking = new HashMap<>();
  private final Map<Value, SingularCones.Path> paths = new HashMap<>();
  /**
   * Per checked source defined outside every loop whose path enters one: the checked operation
   * where each trip's instance of the path ends ({@link #firstChecked}), and a flag, 1 once a trip
   * ended with a dependent zero or with an adjoint that is not 0 (trips may cancel).
   */
  private final Map<Value, Insn> folds = new HashMap<>();
  private final Map<Value, Var> dependentTrips = new HashMap<>();
  /** The block whose reverse is being built. */
  private Block reversing;
  /** The method's seed parameter, once the parameters are made (null without a result). */
  private Value seed;
  /**
   * Whether the scalar seed is the only way an adjoint enters: the method writes no memory and
   * hands no reference to a callee, so no seed in an array or object shadow can reach its values.
   */
  private final boolean seedIsTheOnlyEntry;

  Adjoints(Graph src, Graph dst, Builder b, Activity activity, Callees callees, Cycles cycles) {
    this.src = src;
    this.dst = dst;
    this.b = b;
    this.activity = activity;
    this.callees = callees;
    this.cycles = cycles;
    this.blockLocal = blockLocal(src, activity);
    this.ontoZero = new UsesOntoZero(src);
    this.dead = DeadValues.of(src, activity);
    this.cones = SingularCones.of(src, callees);
    this.seedIsTheOnlyEntry = writesNoMemory(src);
    findCheckedPaths();
  }

  /**
   * The guarded sources whose adjoint takes one path within one trip of any loop: each value on it
   * defined in its user's block, or neither of the two in a cycle (a use in a loop of a value
   * defined before it sums one adjoint per trip, which may cancel).
   */
  private void findCheckedPaths() {
    Map<Value, Block> blockOf = new HashMap<>();
    for (Block blk : src.blocks) {
      for (Phi p : blk.phis) blockOf.put(p, blk);
      for (Insn i : blk.insns) blockOf.put(i, blk);
    }
    for (Block blk : src.blocks) {
      for (Insn i : blk.insns) {
        if (!guarded(i)) continue;
        SingularCones.Path path = cones.singlePath(i);
        if (path == null) continue;
        boolean oneTrip = true;
        int entry = -1; // the step where the path enters a loop from outside every loop
        for (int k = 0; k + 1 < path.steps().size(); k++) {
          Block from = blockOf.get(path.steps().get(k)), to = blockOf.get(path.steps().get(k + 1));
          if (entry < 0 && !cycles.inCycle(from) && cycles.inCycle(to)) entry = k + 1;
          else oneTrip &= from == to || (!cycles.inCycle(from) && !cycles.inCycle(to));
        }
        Insn fold = entry < 0 ? null : firstChecked(path, entry);
        if (!oneTrip || (entry >= 0 && fold == null)) continue;
        dependentZero.put(i, dst.newVar(Type.DOUBLE_TYPE, "dependentZero"));
        if (fold != null) {
          folds.put(i, fold);
          dependentTrips.put(i, dst.newVar(Type.DOUBLE_TYPE, "dependentTrips"));
        }
        paths.put(i, path);
        for (Insn j : path.partials().keySet()) checking.computeIfAbsent(j, x -> new ArrayList<>()).add(i);
      }
    }
  }

  /**
   * The checked operation of {@code path} nearest the source, when it lies at or after step
   * {@code entry} (inside the loop), with none before it: where each trip's instance of the path
   * ends in the reverse.
   */
  private static Insn firstChecked(SingularCones.Path path, int entry) {
    for (int k = 1; k < path.steps().size(); k++) {
      Value step = path.steps().get(k);
      if (step instanceof Insn j && path.partials().containsKey(j)) return k >= entry ? j : null;
    }
    return null;
  }

  /**
   * Records, for the sources whose one path goes through {@code i} at operand {@code k}, whether
   * {@code i}'s partial there ({@code partial}, met by the adjoint {@code rb}) makes a zero adjoint
   * the source's own (a dependent partial 0 while {@code rb} is not: {@code cos(u)} at
   * {@code u = π/2}...) or an independent one (an independent partial 0: {@code y} in
   * {@code sin(u)·y}). No code for any other operation.
   */
  void checkPartial(Insn i, int k, Value partial, Value rb) {
    List<Value> sources = checking.get(i);
    if (sources == null) return;
    for (Value s : sources) {
      List<Value> steps = paths.get(s).steps();
      Value on = steps.get(steps.indexOf(i) - 1);
      if (on != i.arg(k)) continue; // the operand off the path
      if (k == 1 && i.arg(0) == on) continue; // w·w: its partial 2w is 0 when the first one, w, is
      Var flag = dependentZero.get(s);
      Value zero = b.constant(partial.type, 0), one = b.constant(Type.DOUBLE_TYPE, 1), was = b.read(flag);
      Value rbZero = b.constant(rb.type, 0);
      Value now = paths.get(s).partials().get(i)
          ? b.select(partial, Cond.EQ, zero, b.select(rb, Cond.NE, rbZero, one, was), was)
          : b.select(partial, Cond.EQ, zero, b.constant(Type.DOUBLE_TYPE, 0), was);
      if (folds.get(s) != i) {
        b.write(flag, now);
        continue;
      }
      // the end of one trip's instance: a dependent zero, or an adjoint that is not 0 (trips
      // that cancel, ∞ − ∞ in forward mode), makes the sum's zero the source's own
      Value reached = b.select(rb, Cond.NE, rbZero, b.select(partial, Cond.NE, zero, one, now), now);
      Var trips = dependentTrips.get(s);
      b.write(trips, b.select(reached, Cond.EQ, b.constant(Type.DOUBLE_TYPE, 0), b.read(trips), one));
      b.write(flag, b.constant(Type.DOUBLE_TYPE, 0));
    }
  }

  private static boolean writesNoMemory(Graph g) {
    for (Block blk : g.blocks) {
      for (Insn i : blk.insns) {
        if (i.op == Op.ASTORE || i.op == Op.PUTFIELD || i.op == Op.PUTSTATIC) return false;
        if (i.op == Op.INVOKE && Arrays.stream(i.args).anyMatch(a -> Types.isReference(a.type))) return false;
      }
    }
    return true;
  }

  void seed(Value seed) {
    this.seed = seed;
  }

  void reversing(Block blk) {
    this.reversing = blk;
  }

  /** The accumulator of {@code srcValue}'s adjoint (its scalar parameters' are read at the end). */
  Var of(Value srcValue) {
    return adjoints.computeIfAbsent(srcValue, v -> dst.newVar(v.type, "bar"));
  }

  /**
   * Reads the adjoint of {@code srcValue} at its definition, and zeroes it when the block may run
   * again (a loop reuses the accumulator).
   */
  Value take(Value srcValue) {
    if (blockLocal.contains(srcValue)) {
      Value sum = localAdjoints.remove(srcValue);
      return sum != null ? sum : b.constant(srcValue.type, 0);
    }
    Var a = of(srcValue);
    Value x = b.read(a);
    if (cycles.inCycle(reversing)) {
      b.write(a, b.constant(a.type, 0));
    }
    return x;
  }

  void accumulate(Value srcValue, Value x) {
    if (!activity.isActive(srcValue) || !Types.isScalar(srcValue.type)) {
      return;
    }
    // the reverse of an operation whose adjoint is always 0 adds nothing: not even 0·∞ (DeadValues)
    if (reversingInsn != null && dead.contains(reversingInsn)) {
      return;
    }
    if (blockLocal.contains(srcValue)) {
      Value c = b.convert(x, srcValue.type);
      localAdjoints.merge(srcValue, c, b::plus);
      return;
    }
    Var a = of(srcValue);
    // a write, not `a + x` onto a known 0: no chain of `+ 0.0` through a reversed reduction's trips
    Value add = b.convert(x, a.type);
    b.write(a, ontoZero.at(useSite, srcValue) ? add : b.plus(b.read(a), add));
    Var flag = guarded(srcValue) && !dependentZero.containsKey(srcValue) ? accumulatedFlag(srcValue) : null;
    if (flag != null) b.write(flag, b.constant(Type.DOUBLE_TYPE, 1));
  }

  /**
   * True when {@code v} is a singular source ({@link SingularCones#isAdjointSource}: {@code sqrt}, {@code log}...)
   * whose adjoint may be zero because of its own value ({@code √x·√x}, {@code cos(√x)} at 0;
   * {@link SingularCones#adjointIndependent}): its strong zero ({@code 0·∞ = 0}) is then right
   * only when no use accumulated into the adjoint at all (an untaken branch, an unused
   * {@code log(0)}); a flag records whether one did, else {@code 0·∞} stays NaN.
   */
  boolean guarded(Value v) {
    return guarded.computeIfAbsent(v, x -> x instanceof Insn && ((Insn) x).op == Op.MATH
        && SingularCones.isAdjointSource((Insn) x, callees) && !cones.adjointIndependent((Insn) x));
  }

  private Var accumulatedFlag(Value v) {
    if (v instanceof Insn && usedInItsBlock((Insn) v)) return null;
    return accumulated.computeIfAbsent(v, x -> dst.newVar(Type.DOUBLE_TYPE, "accumulated"));
  }

  /**
   * For a {@link #guarded} source {@code i}, read before its adjoint is taken: 0 when no use
   * accumulated into its adjoint on this run (reset for the next trip in a loop) or the scalar
   * seed is 0, else 1.
   */
  Value accumulatedYet(Insn i) {
    Value x;
    if (dependentZero.containsKey(i)) { // one path: the partials on it said whether a zero is its own
      Var flag = dependentTrips.getOrDefault(i, dependentZero.get(i));
      x = b.read(flag);
      if (cycles.inCycle(reversing)) b.write(flag, b.constant(Type.DOUBLE_TYPE, 0));
    } else if (blockLocal.contains(i)) {
      if (!localAdjoints.containsKey(i)) return b.constant(Type.DOUBLE_TYPE, 0);
      x = b.constant(Type.DOUBLE_TYPE, 1);
    } else if (usedInItsBlock(i)) {
      x = b.constant(Type.DOUBLE_TYPE, 1); // that use runs whenever i does: no flag
    } else {
      Var flag = accumulatedFlag(i);
      x = b.read(flag);
      if (cycles.inCycle(reversing)) b.write(flag, b.constant(Type.DOUBLE_TYPE, 0));
    }
    // a zero seed is an independent zero: every adjoint is 0 (a caller that does not use the result),
    // unless a seed in an output array or object shadow may enter too
    if (seed == null || !Types.isScalar(seed.type) || !seedIsTheOnlyEntry) return x;
    Value zero = b.constant(Type.DOUBLE_TYPE, 0);
    return b.select(seed, Cond.EQ, b.constant(seed.type, 0), zero, x);
  }

  /** True when an operation of {@code i}'s own block, after it, uses it so that it accumulates into its adjoint. */
  private boolean usedInItsBlock(Insn i) {
    for (Block blk : src.blocks) {
      if (!blk.insns.contains(i)) continue;
      for (Insn j : blk.insns) {
        if (accumulates(j) && Arrays.asList(j.args).contains(i)) return true;
      }
    }
    return false;
  }

  /**
   * True when reversing {@code j} may add a nonzero adjoint into its operands: not a comparison, a passive call answering yes/no or a whole number ({@code
   * Double.isFinite(big)}), an operation whose result carries no derivative ({@code (long) big}) or one whose adjoint
   * is always zero ({@link DeadValues}: {@code isFinite(n * big)}), which only read the value. Counted as
   * accumulations, such uses made a singular source's flag 1, and an overflow guard's untaken {@code pow} gave
   * {@code 0·∞ = NaN} in the adjoint (PassiveUsesOfSourcesTest).
   */
  private boolean accumulates(Insn j) {
    if (j.op == Op.CMP) return false;
    if (j.op == Op.INVOKE) return !DeadValues.onlyReads(j, activity);
    if (j.op == Op.PUTFIELD || j.op == Op.ASTORE) return true;
    return Types.isScalar(j.type) && activity.isActive(j) && !dead.contains(j);
  }

  /**
   * The use site being reversed, while it is ({@code null} otherwise): an operation, a terminator or a
   * {@link UsesOntoZero.Edge phi edge}; an accumulation there may find the adjoint at 0.
   */
  void useSite(Object site) {
    useSite = site;
  }

  /** The operation being reversed, while it is ({@code null} otherwise): a dead one accumulates nothing. */
  void reversingOperation(Insn i) {
    reversingInsn = i;
  }


  /**
   * Active scalars used only inside their own block (not by phis): their adjoints are summed as
   * SSA values while that block is reversed, with no accumulator variable at all.
   */
  private static Set<Value> blockLocal(Graph g, Activity activity) {
    Map<Value, Block> defs = new HashMap<>();
    Set<Value> escaping = new HashSet<>();
    for (Block blk : g.blocks) {
      for (Insn i : blk.insns) defs.put(i, blk);
      for (Phi p : blk.phis) {
        defs.put(p, blk);
        escaping.addAll(p.inputs);
        escaping.add(p);
      }
    }
    for (Block blk : g.blocks) {
      for (Insn i : blk.insns) {
        for (Value a : i.args) if (defs.get(a) != blk) escaping.add(a);
      }
      for (Value a : blk.terminator.args) if (defs.get(a) != blk) escaping.add(a);
    }
    Set<Value> local = new HashSet<>();
    for (Value v : defs.keySet()) {
      if (!escaping.contains(v) && Types.isScalar(v.type) && activity.isActive(v)
          && !(v instanceof Insn && ((Insn) v).op == Op.PARAM)) {
        local.add(v);
      }
    }
    return local;
  }
}
