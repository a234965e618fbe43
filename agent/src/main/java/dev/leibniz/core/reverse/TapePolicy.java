package dev.leibniz.core.reverse;

import dev.leibniz.core.analysis.Cycles;
import dev.leibniz.core.analysis.Dominators;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Builder;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.ir.Var;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * The tape policy: how each forward value the reverse sweep reads gets there, decided in this one
 * place and recorded in the {@link TapePlan}. A value that no later iteration can overwrite is read
 * from its local; an induction variable of a counted loop is recomputed from the loop's trip
 * counter; cheap values that can be overwritten (integer index arithmetic, {@link
 * StableLoads stable} loads, arithmetic with a constant) are recomputed from their own operands; a
 * second load of a cell its block already loaded, with nothing written between, reads the first
 * one's entry ({@link RepeatedLoads}); a value defined outside the innermost loop around the reversed block (or a loop-invariant read of
 * it) is recorded once per run of the loop, at its sole exit; the rest are pushed at the end of the
 * block's forward sweep and popped at the start of its reverse.
 */
final class TapePolicy {
  /** What the policy reads of the adjoint's two sweeps as the builder makes them. */
  interface Sweeps {
    /** The primal block whose forward copy defines forward value {@code v}, or null (the method's entry values). */
    Block home(Value v);

    /** The primal value forward value {@code v} copies, or null. */
    Value source(Value v);

    /** The forward copy of primal value {@code v}. */
    Value primal(Value v);

    /** The block that reverses primal block {@code blk}, or null (a block that throws has none). */
    Block reverseOf(Block blk);

    /** The loop-invariant reads of the loop with header {@code header} whose adjoints the loop's reverse sums in a local. */
    List<Insn> invariantReads(Block header);
  }

  private static final int RECOMPUTE_DEPTH = 6;

  private final Sweeps sweep;
  private final Graph dst;
  private final Builder b;
  private final Cycles cycles;
  private final Dominators dominators;
  private final Loops loops;
  private final ControlFlowRecorder flow;
  private final StableLoads stable;
  private final ForwardedLoads forwarded;
  private final TapePlan plan;
  /** Per reversed block: the values its forward sweep pushes at its end, in push order (its reverse pops them last first). */
  private final Map<Block, List<Value>> pushes = new HashMap<>();
  /** Per reversed block: what each forward value became there (popped, recomputed, read back). */
  private final Map<Block, Map<Value, Value>> popped = new HashMap<>();
  /** Per loop exit block: the loop invariants recorded there, each with the variable it is read into. */
  private final Map<Block, Map<Value, Var>> invariants = new HashMap<>();
  /** Values already reported as kept in a local, per reversed block. */
  private final Map<Block, Set<Value>> reported = new HashMap<>();
  private Block reversing;

  TapePolicy(Sweeps sweep, Graph dst, Builder b, Cycles cycles, Dominators dominators, Loops loops,
      ControlFlowRecorder flow, StableLoads stable, ForwardedLoads forwarded, TapePlan plan) {
    this.sweep = sweep;
    this.dst = dst;
    this.b = b;
    this.cycles = cycles;
    this.dominators = dominators;
    this.loops = loops;
    this.flow = flow;
    this.stable = stable;
    this.forwarded = forwarded;
    this.plan = plan;
  }

  /** The primal block whose reverse is being built; {@link #need} builds at the builder's position in it. */
  void reversing(Block blk) {
    reversing = blk;
  }

  /** Per reversed block: the values its forward sweep must push at its end. */
  Map<Block, List<Value>> pushes() {
    return Collections.unmodifiableMap(pushes);
  }

  /** Per loop exit block: the values to record at the start of its forward sweep and read back into their variables. */
  Map<Block, Map<Value, Var>> invariants() {
    return Collections.unmodifiableMap(invariants);
  }

  /** True when forward value {@code v} reaches the reverse of {@code blk} without a tape entry (decided before any reverse is built). */
  boolean freeIn(Block blk, Value v) {
    Block saved = reversing;
    reversing = blk;
    try {
      return tapeFree(v, 0);
    } finally {
      reversing = saved;
    }
  }

  /** Forward value {@code v} for use in the reverse of the block being reversed. */
  Value need(Value v) {
    return need(v, 0);
  }

  private Value need(Value v, int depth) {
    if (isConstant(v)) {
      return v;
    }
    Block h = sweep.home(v);
    if (h == null || !cycles.sameCycle(h, reversing)) {
      if (depth == 0 && reported.computeIfAbsent(reversing, x -> new HashSet<>()).add(v)) {
        plan.add(sweep.source(v), v, reversing, TapePlan.How.LOCAL);
      }
      return v;
    }
    Map<Value, Value> mine = popped.computeIfAbsent(reversing, x -> new HashMap<>());
    Value got = mine.get(v);
    if (got == null) {
      got = reach(v, depth);
      mine.put(v, got);
    }
    return got;
  }

  /** {@code v}, which a later iteration could overwrite, brought to the reverse: the choice, cheapest first. */
  private Value reach(Value v, int depth) {
    Value induction = depth < RECOMPUTE_DEPTH ? induction(v, depth) : null;
    if (induction != null) {
      return planned(v, induction, TapePlan.How.INDUCTION, depth);
    }
    if (depth < RECOMPUTE_DEPTH && recomputable(v)) {
      return planned(v, recompute((Insn) v, depth), TapePlan.How.RECOMPUTED, depth);
    }
    Value again = repeatedLoad(v);
    if (again != null) {
      return planned(v, need(again, depth), TapePlan.How.REPEATED_LOAD, depth);
    }
    Block exit = invariantExit(v);
    if (exit != null) {
      return planned(v, oncePerLoopRun(v, exit), TapePlan.How.ONCE_PER_LOOP_RUN, depth);
    }
    ForwardedLoads.Forward store = depth < RECOMPUTE_DEPTH ? forwardedStore(v) : null;
    if (store != null) {
      return planned(v, storedValue(store, store.store().arg(2), depth), TapePlan.How.FORWARDED, depth);
    }
    return planned(v, taped(v), TapePlan.How.TAPED, depth);
  }

  /** Records {@code how} in the plan (an operand recomputed for another value is not a decision of its own). */
  private Value planned(Value v, Value got, TapePlan.How how, int depth) {
    if (depth == 0 || how != TapePlan.How.RECOMPUTED) {
      plan.add(sweep.source(v), v, reversing, how);
    }
    return got;
  }

  private Value recompute(Insn i, int depth) {
    Value[] args = new Value[i.args.length];
    for (int k = 0; k < args.length; k++) {
      args[k] = need(i.args[k], depth + 1);
    }
    return b.add(i.op, i.type, i.attr, args);
  }

  /** The forward copy of an earlier load of the cell {@code v} loads in the same block ({@link RepeatedLoads}), or null. */
  private Value repeatedLoad(Value v) {
    Value s = sweep.source(v);
    Block h = sweep.home(v);
    if (!(s instanceof Insn) || h == null) return null;
    Insn first = RepeatedLoads.earlier(h, (Insn) s);
    return first == null ? null : sweep.primal(first);
  }

  /** The store of an earlier loop whose value load {@code v} reads ({@link ForwardedLoads}), or null. */
  private ForwardedLoads.Forward forwardedStore(Value v) {
    Value s = sweep.source(v);
    if (!(s instanceof Insn) || ((Insn) s).op != Op.ALOAD) return null;
    return forwarded.find((Insn) s, sweep.home(v), p -> tapeFree(sweep.primal(p), 1));
  }

  /** Primal value {@code p} of the stored value's expression, rebuilt for the load's trip (its loop's index for the store's). */
  private Value storedValue(ForwardedLoads.Forward f, Value p, int depth) {
    if (p == f.storeIndex()) return need(sweep.primal(f.loadIndex()), depth + 1);
    Insn i = p instanceof Insn ? (Insn) p : null;
    if (i == null || i.op == Op.CONST || !loops.contains(f.storeLoop(), sweep.home(sweep.primal(p)))) {
      return need(sweep.primal(p), depth + 1);
    }
    Value[] args = new Value[i.args.length];
    for (int k = 0; k < args.length; k++) {
      args[k] = storedValue(f, i.args[k], depth + 1);
    }
    return b.add(i.op, i.type, i.attr, args);
  }

  /** {@code v} read back from the variable its loop's exit records it into. */
  private Value oncePerLoopRun(Value v, Block exit) {
    Var inv = invariants.computeIfAbsent(exit, x -> new LinkedHashMap<>())
        .computeIfAbsent(v, x -> dst.newVar(x.type, "invariant"));
    return b.read(inv);
  }

  /** {@code v} pushed at the end of the block's forward sweep, popped at the start of its reverse. */
  private Value taped(Value v) {
    pushes.computeIfAbsent(reversing, x -> new ArrayList<>()).add(v);
    Insn pop = dst.newInsn(Op.TAPE_POP, v.type, null);
    sweep.reverseOf(reversing).insns.add(0, pop);
    return pop;
  }

  /**
   * For a value defined outside the innermost loop around {@link #reversing} (but on a cycle with
   * it): that loop's sole exit block, where the value is recorded once per run of the loop (the
   * reverse sweep reads it into a variable there, before it reverses the loop's iterations); null
   * when the loop has several exits or none of this kind.
   */
  private Block invariantExit(Value v) {
    int loop = loops.innermost(reversing);
    Block h = sweep.home(v);
    if (loop < 0 || h == null) return null;
    boolean outside = !loops.contains(loop, h) && dominators.dominates(h, loops.header(loop));
    if (!outside && !invariantReadOf(v, loop)) return null;
    Block exit = loops.soleExit(loop);
    return exit != null && sweep.reverseOf(exit) != null ? exit : null;
  }

  /**
   * True when {@code v} is an invariant read of {@code loop} ({@link Sweeps#invariantReads}): the same
   * value in every trip of a run of the loop, so recorded once per run like a value defined outside
   * it (its local holds the last trip's load at the exit; a run of no trip never reads it back).
   */
  private boolean invariantReadOf(Value v, int loop) {
    Value s = sweep.source(v);
    Block h = sweep.home(v);
    return s instanceof Insn && h != null && loops.innermost(h) == loop
        && sweep.invariantReads(loops.header(loop)).contains(s);
  }

  /**
   * An int induction variable of a counted loop ({@code i = phi(i0, i + c)}) in the reverse of
   * an iteration: {@code i0 + c * trips}, from the loop's trip counter, with no tape at all.
   */
  private Value induction(Value v, int depth) {
    Value s = sweep.source(v);
    if (!(s instanceof Phi) || s.type.getSort() != Type.INT) {
      return null;
    }
    Phi ph = (Phi) s;
    ControlFlowRecorder.LoopCounter loop = flow.counter(ph.block);
    if (loop == null || !loop.isInduction(ph)) {
      return null;
    }
    Insn add = (Insn) ph.inputs.get(loop.latch);
    Value step = add.arg(0) == ph ? add.arg(1) : add.arg(0);
    Value start = need(sweep.primal(ph.inputs.get(loop.entry)), depth + 1);
    // int arithmetic wraps as the primal's did, so the low 32 bits of the count suffice here.
    Value trips = b.convert(b.read(loop.count), Type.INT_TYPE);
    Value c = b.constant(Type.INT_TYPE, (Number) ((Insn) step).attr);
    return b.add(Op.ADD, Type.INT_TYPE, null, start, b.add(Op.MUL, Type.INT_TYPE, null, trips, c));
  }

  /** Cheaper to recompute in the reverse sweep than to tape. */
  private boolean recomputable(Value v) {
    if (!(v instanceof Insn)) {
      return false;
    }
    Insn i = (Insn) v;
    if (i.op.isCheapArithmetic()) {
      // One arithmetic operation is cheaper than a tape entry. Recompute when at most one operand
      // would itself have to be taped (so recomputing never tapes more than taping the result).
      return !Types.isScalar(i.type) || freeOperands(i) >= i.args.length - 1;
    }
    return recomputableAccess(i);
  }

  /** An array's length, or a load that gives the same value in the reverse sweep ({@link StableLoads}). */
  private boolean recomputableAccess(Insn i) {
    if (i.op == Op.ALENGTH) return true;
    if (i.op != Op.ALOAD) return false;
    Value load = sweep.source(i);
    return load instanceof Insn ? stable.stableAfter((Insn) load, sweep.home(i)) : stable.stable(sweep.source(i.arg(0)));
  }

  /** Operands available in the reverse of {@link #reversing} without a tape entry. */
  private int freeOperands(Insn i) {
    int free = 0;
    for (Value a : i.args) {
      if (tapeFree(a, 0)) free++;
    }
    return free;
  }

  /**
   * True when {@code v} is available in the reverse of {@link #reversing} without any tape entry:
   * a constant, a value no later iteration overwrites, one already popped or recomputed there, or
   * one recomputable from such values (arithmetic, stable loads, induction variables).
   */
  private boolean tapeFree(Value v, int depth) {
    if (isConstant(v)) {
      return true;
    }
    Block h = sweep.home(v);
    Map<Value, Value> mine = popped.get(reversing);
    if (h == null || !cycles.sameCycle(h, reversing) || (mine != null && mine.containsKey(v))) {
      return true;
    }
    if (depth >= RECOMPUTE_DEPTH) {
      return false;
    }
    Value s = sweep.source(v);
    if (s instanceof Phi) {
      Phi ph = (Phi) s;
      ControlFlowRecorder.LoopCounter loop = flow.counter(ph.block);
      return loop != null && s.type.getSort() == Type.INT && loop.isInduction(ph)
          && tapeFree(sweep.primal(ph.inputs.get(loop.entry)), depth + 1);
    }
    if (!(v instanceof Insn)) {
      return false;
    }
    Insn i = (Insn) v;
    if (!i.op.isCheapArithmetic() && !recomputableAccess(i)) {
      return false;
    }
    for (Value a : i.args) {
      if (!tapeFree(a, depth + 1)) return false;
    }
    return true;
  }

  private static boolean isConstant(Value v) {
    return v instanceof Insn && ((Insn) v).op == Op.CONST;
  }
}
