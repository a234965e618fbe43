package dev.leibniz.core.reverse;

import dev.leibniz.core.analysis.Activity;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The active scalar operations whose adjoint is exactly zero on every run: no use of theirs reaches an output, a
 * store, a call or a merge, only comparisons, passive calls ({@code Double.isFinite}), conversions to integers, and
 * other such operations ({@code isFinite(n * Math.pow(m, p))}, Julia's overflow test in generic_normp). Reversing
 * one adds zeros into its operands; {@link Adjoints} does not count that as an accumulation into a singular source's
 * adjoint, so the source's strong zero still applies ({@code 0·∞ = 0}, not NaN). Conservative: a merge (phi), a
 * terminator, a store and a call that is not passive all count as uses that reach an output.
 */
final class DeadValues {
  private DeadValues() {}

  static Set<Insn> of(Graph g, Activity activity) {
    Map<Value, List<Insn>> users = new HashMap<>();
    Set<Value> rooted = new HashSet<>();
    List<Insn> candidates = new ArrayList<>();
    for (Block blk : g.blocks) {
      for (Phi p : blk.phis) rooted.addAll(p.inputs);
      for (Insn i : blk.insns) {
        for (Value a : i.args) users.computeIfAbsent(a, x -> new ArrayList<>()).add(i);
        if (i.op != Op.INVOKE && i.op != Op.PARAM && Types.isScalar(i.type) && activity.isActive(i)) candidates.add(i);
      }
      if (blk.terminator != null) rooted.addAll(java.util.Arrays.asList(blk.terminator.args));
    }
    Set<Insn> live = new HashSet<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Insn i : candidates) {
        if (live.contains(i)) continue;
        if (rooted.contains(i) || users.getOrDefault(i, List.of()).stream().anyMatch(j -> carries(j, activity, live))) {
          live.add(i);
          changed = true;
        }
      }
    }
    Set<Insn> dead = new HashSet<>(candidates);
    dead.removeAll(live);
    return dead;
  }

  /** Whether use {@code j} may carry a nonzero adjoint back to its operands. */
  private static boolean carries(Insn j, Activity activity, Set<Insn> live) {
    if (j.op == Op.CMP) return false;
    if (j.op == Op.INVOKE) return !onlyReads(j, activity);
    if (j.op == Op.PUTFIELD || j.op == Op.ASTORE || j.op == Op.PUTSTATIC) return true;
    if (!Types.isScalar(j.type) || !activity.isActive(j)) return false;
    return live.contains(j);
  }

  /**
   * A passive call that answers with a yes/no or a whole number ({@code Double.isFinite}, {@code Double.compare}):
   * it only reads its arguments. A passive call returning a box may carry the result's seed ({@code
   * analysis.BoxedResults}: a {@code Double} result's box is kept as a primal call and seeded through it), so it counts
   * as a use that reaches an output.
   */
  static boolean onlyReads(Insn call, Activity activity) {
    int sort = call.type.getSort();
    boolean wholeOrTest = sort == org.objectweb.asm.Type.BOOLEAN || sort == org.objectweb.asm.Type.INT
        || sort == org.objectweb.asm.Type.LONG || sort == org.objectweb.asm.Type.SHORT
        || sort == org.objectweb.asm.Type.BYTE || sort == org.objectweb.asm.Type.CHAR;
    return wholeOrTest && activity.isPassiveCall(call);
  }
}
