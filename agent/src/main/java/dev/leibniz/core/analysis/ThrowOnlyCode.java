package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.TryBodies;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The code of a graph from which no {@code return} can be reached: an argument check's branch that builds a message and
 * throws ({@code String msg = Logging.getMessage("Geom.EyeAndCenterInvalid", eye, center); Logging.logger().severe(msg);
 * throw new IllegalArgumentException(msg);}). Once control is there, the method ends by an exception (or never ends),
 * in the primal and in both companions alike: no derivative is delivered from it, so what a call there computes or
 * writes cannot reach one in this method, and keeping its primal call is exact (the adjoint's reverse sweep never
 * starts). A block inside the body of a recovering {@code try} ({@link TryBodies}) counts as reaching a return, since
 * at run time an exception thrown there lands in its handler, which may return; a caller's recovering try may catch the
 * exception too, so {@code Activity.checkWritesBeforeRecovery} refuses a call there of a callee whose write summary
 * (which reads every path) says it may write a field that is not a whole number.
 */
public final class ThrowOnlyCode {
  private final Set<Insn> insns = new HashSet<>();

  private ThrowOnlyCode(Graph g) {
    TryBodies tries = TryBodies.of(g);
    // predecessors from the terminators themselves, so that no edge a pass left out of Block.preds is missed
    Map<Block, List<Block>> preds = new HashMap<>();
    for (Block b : g.blocks) {
      for (Block s : b.successors()) preds.computeIfAbsent(s, k -> new ArrayList<>()).add(b);
    }
    Set<Block> returning = new HashSet<>();
    Deque<Block> open = new ArrayDeque<>();
    for (Block b : g.blocks) {
      // an end that is not a throw counts as a return (conservative for any exit this analysis does not know)
      boolean exits = b.terminator == null || b.terminator.op == Op.RETURN || b.successors().isEmpty() && b.terminator.op != Op.THROW;
      if (exits || tries.inBody(b)) {
        if (returning.add(b)) open.add(b);
      }
    }
    while (!open.isEmpty()) {
      for (Block p : preds.getOrDefault(open.poll(), List.of())) {
        if (returning.add(p)) open.add(p);
      }
    }
    for (Block b : g.blocks) {
      if (returning.contains(b)) continue;
      insns.addAll(b.insns);
      if (b.terminator != null) insns.add(b.terminator);
    }
  }

  public static ThrowOnlyCode of(Graph g) {
    return new ThrowOnlyCode(g);
  }

  /** True when no return of the method can follow {@code i}. */
  public boolean contains(Insn i) {
    return insns.contains(i);
  }
}
