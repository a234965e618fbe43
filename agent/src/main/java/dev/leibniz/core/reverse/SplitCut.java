package dev.leibniz.core.reverse;

import dev.leibniz.core.Companions;
import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Builder;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.ir.Var;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodNode;

/**
 * Cuts a built adjoint between its sweeps, making it a split adjoint. Its forward sweep ends at
 * each former return by recording the <em>frame</em> — every forward value and variable that the
 * reverse sweep reads (trip counters, predecessors taken, values outside loops, the result) — and
 * which return it was, then returns the primal result (for an object result, the adjoint shadow of
 * the object returned is pushed last, for the caller to pop right after the call). A new entry dispatches on the mode: mode 2
 * restores the frame from the tape into the same locals and continues with the reverse of that
 * return. Per-iteration records stay where the forward sweep put them, below the frame. Values that
 * only some paths to the return define (a checkpointed loop's driver) are recorded on those paths
 * ({@link PathRecords}), so the frame holds what every path defines.
 *
 * <p>The cut graph is emitted as two methods ({@link #sweeps}): the forward sweep under the split
 * adjoint's name and the reverse sweep under {@link Companions#splitReverseName}, each holding only
 * the blocks its mode reaches. One method for both would be profiled as one: a caller's forward
 * sweep runs thousands of forward calls before the first reverse call, so C2 compiled the reverse
 * part as never taken and deoptimised and recompiled the whole method when it ran (issue 11).
 */
public final class SplitCut {
  private SplitCut() {}

  /** Emits one sweep of a split adjoint (the caller's lowering, size checks and relocation). */
  public interface Emission {
    MethodNode emit(Graph sweep) throws NotDifferentiable;
  }

  /**
   * The forward and the reverse sweep of split adjoint {@code g} (built by {@link AdjointBuilder#buildSplit}),
   * each emitted by {@code emission} with the entry's mode dispatch replaced by a jump to its own
   * part; {@code g} is left as it was. Both keep the split descriptor (the mode argument is unread).
   */
  public static List<MethodNode> sweeps(Graph g, Emission emission) throws NotDifferentiable {
    Block entry = g.entry();
    Insn dispatch = entry.terminator;
    if (dispatch.op != Op.IF || dispatch.targets.length != 2) {
      throw new IllegalStateException("not a split adjoint: " + g.name);
    }
    Block restore = dispatch.targets[0];
    Block forwardEntry = dispatch.targets[1];
    try {
      MethodNode forward = emission.emit(enter(g, forwardEntry, restore));
      MethodNode reverse = emission.emit(enter(g, restore, forwardEntry));
      reverse.name = Companions.splitReverseName(reverse.name);
      return List.of(forward, reverse);
    } finally {
      entry.terminator = dispatch;
      if (!forwardEntry.preds.contains(entry)) forwardEntry.preds.add(entry);
      if (!restore.preds.contains(entry)) restore.preds.add(entry);
    }
  }

  /** {@code g} entered at {@code part} only: the entry jumps there and {@code other} loses it as a predecessor. */
  private static Graph enter(Graph g, Block part, Block other) {
    Block entry = g.entry();
    Insn jump = g.newInsn(Op.GOTO, Type.VOID_TYPE, null);
    jump.targets = new Block[] {part};
    entry.terminator = jump;
    other.preds.remove(entry);
    if (!part.preds.contains(entry)) part.preds.add(entry);
    return g;
  }

  static void cut(Graph g, Block forwardEntry, Insn mode, List<Block> exits, List<Value> results, List<Value> resultShadows,
      List<Block> reverses, List<PathRecords.Merge> merges) {
    Set<Block> forward = reachable(List.of(forwardEntry));
    Set<Block> reverse = reachable(reverses);
    Set<Value> defined = new LinkedHashSet<>();
    Set<Var> written = new LinkedHashSet<>();
    for (Block blk : forward) {
      defined.addAll(blk.phis);
      for (Insn i : blk.insns) {
        if (i.op == Op.VAR_WRITE) written.add(i.var());
        if (i.hasResult() && i.op != Op.CONST && i.op != Op.PARAM) defined.add(i);
      }
    }
    Set<Value> frame = new LinkedHashSet<>();
    Set<Var> vars = new LinkedHashSet<>();
    for (Block blk : reverse) {
      for (Phi ph : blk.phis) {
        for (Value in : ph.inputs) if (defined.contains(in)) frame.add(in);
      }
      for (Insn i : blk.insns) {
        for (Value a : i.args) if (defined.contains(a)) frame.add(a);
        if (i.op == Op.VAR_READ && written.contains(i.var())) vars.add(i.var());
      }
      for (Value a : blk.terminator.args) if (defined.contains(a)) frame.add(a);
    }
    Builder b = new Builder(g, g.entry());
    Block restore = g.newBlock();
    b.terminate(Op.IF, Cond.EQ, new Block[] {restore, forwardEntry}, mode, b.constant(Type.INT_TYPE, Companions.SPLIT_REVERSE));
    PathRecords.place(g, forward, frame, vars, exits, merges); // what one path defines, that path records
    for (int k = 0; k < exits.size(); k++) {
      b.at(exits.get(k));
      List<Value> saved = new ArrayList<>(frame);
      for (Var v : vars) saved.add(b.read(v));
      saved.add(b.constant(Type.INT_TYPE, k));
      b.add(Op.TAPE_PUSH, Type.VOID_TYPE, null, saved.toArray(new Value[0]));
      if (resultShadows.get(k) != null) {
        b.add(Op.TAPE_PUSH, Type.VOID_TYPE, null, resultShadows.get(k)); // popped by the caller right after the call
      }
      Value r = results.get(k);
      if (r == null) {
        b.terminate(Op.RETURN, null, new Block[0]);
      } else {
        b.terminate(Op.RETURN, null, new Block[0], r);
      }
    }
    b.at(restore);
    Value which = b.add(Op.TAPE_POP, Type.INT_TYPE, null);
    List<Var> varList = new ArrayList<>(vars);
    for (int k = varList.size() - 1; k >= 0; k--) {
      Var v = varList.get(k);
      b.write(v, b.add(Op.TAPE_POP, v.type, null));
    }
    List<Value> frameList = new ArrayList<>(frame);
    for (int k = frameList.size() - 1; k >= 0; k--) {
      Value v = frameList.get(k);
      b.add(Op.RESTORE, Type.VOID_TYPE, v, b.add(Op.TAPE_POP, v.type, null));
    }
    int n = reverses.size();
    Block[] targets = new Block[n + 1];
    int[] keys = new int[n];
    for (int k = 0; k < n; k++) {
      keys[k] = k;
      targets[k] = reverses.get(k);
    }
    targets[n] = reverses.get(n - 1);
    b.terminate(Op.SWITCH, keys, targets, which);
  }

  private static Set<Block> reachable(List<Block> from) {
    Set<Block> seen = new LinkedHashSet<>();
    Deque<Block> work = new ArrayDeque<>(from);
    while (!work.isEmpty()) {
      Block x = work.pop();
      if (seen.add(x)) work.addAll(x.successors());
    }
    return seen;
  }
}
