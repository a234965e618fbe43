package dev.leibniz.core.reverse;

import dev.leibniz.core.Companions;
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

/**
 * Cuts a built adjoint between its sweeps, making it a split adjoint. Its forward sweep ends at
 * each former return by recording the <em>frame</em> — every forward value and variable that the
 * reverse sweep reads (trip counters, predecessors taken, values outside loops, the result) — and
 * which return it was, then returns the primal result (for an object result, the adjoint shadow of
 * the object returned is pushed last, for the caller to pop right after the call). A new entry dispatches on the mode: mode 2
 * restores the frame from the tape into the same locals and continues with the reverse of that
 * return. Per-iteration records stay where the forward sweep put them, below the frame.
 */
final class SplitCut {
  private SplitCut() {}

  static void cut(Graph g, Block forwardEntry, Insn mode, List<Block> exits, List<Value> results, List<Value> resultShadows,
      List<Block> reverses) {
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
