package dev.leibniz.core.objects;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.lift.PhiCleaner;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

/**
 * Branches whose outcome is known before differentiation, taken out of the graph: a null test of
 * an object created here ({@code new} never gives null: a library's {@code if (output == null)
 * output = new ...} after inlining, EJML's {@code reshapeOrDeclare}) and a test of an integer
 * constant (what {@link ScalarReplacement} folds an identity test into). The branch becomes a
 * jump, blocks no longer reached are removed, and a phi left with one input is that input, so an
 * object merged only with itself along dead paths is one object again and can be taken apart.
 */
final class ConstantBranches {
  private ConstantBranches() {}

  /** True when the graph changed. */
  static boolean prune(Graph g) {
    boolean changed = false;
    for (Block b : g.blocks) {
      Insn t = b.terminator;
      if (t == null || t.op != Op.IF || t.targets.length != 2) continue;
      Boolean holds = outcome(t);
      if (holds == null) continue;
      Block taken = t.targets[holds ? 0 : 1], dropped = t.targets[holds ? 1 : 0];
      Insn jump = g.newInsn(Op.GOTO, org.objectweb.asm.Type.VOID_TYPE, null);
      jump.targets = new Block[] {taken};
      jump.line = t.line;
      b.terminator = jump;
      removeEdge(b, dropped);
      changed = true;
    }
    if (!changed) return false;
    removeUnreachable(g);
    PhiCleaner.clean(g);
    return true;
  }

  /** The test's outcome when it is known, else null. */
  private static Boolean outcome(Insn t) {
    if (t.args.length != 1) return null;
    Value v = t.arg(0);
    while (v instanceof Insn && ((Insn) v).op == Op.CHECKCAST) v = ((Insn) v).arg(0);
    Cond c = t.cond();
    if (v instanceof Insn && ((Insn) v).op == Op.NEW && (c == Cond.NULL || c == Cond.NONNULL)) return c == Cond.NONNULL;
    // the constant null (a library's output parameter given null, once its code is inlined)
    if (v instanceof Insn && ((Insn) v).op == Op.CONST && v.type.equals(dev.leibniz.core.ir.Types.NULL)
        && (c == Cond.NULL || c == Cond.NONNULL)) return c == Cond.NULL;
    if (v instanceof Insn && ((Insn) v).op == Op.CONST && ((Insn) v).attr instanceof Integer) {
      int k = (Integer) ((Insn) v).attr;
      switch (c) {
        case EQ: return k == 0;
        case NE: return k != 0;
        case LT: return k < 0;
        case GE: return k >= 0;
        case GT: return k > 0;
        case LE: return k <= 0;
        default: return null;
      }
    }
    return null;
  }

  /** Removes one edge {@code from -> to}: its entry in {@code to}'s predecessors and phis. */
  private static void removeEdge(Block from, Block to) {
    int at = to.preds.lastIndexOf(from);
    if (at < 0) return;
    to.preds.remove(at);
    for (Phi p : to.phis) p.inputs.remove(at);
  }

  /**
   * Removes the blocks no path from the entry reaches, with their edges into reached blocks; true when it removed any.
   * Also after inlining a method that only throws (a validator's {@code fails(...)}), whose call leaves the code after
   * it unreached but still jumping to a merge: the adjoint has no reverse for such a predecessor.
   */
  static boolean removeUnreachable(Graph g) {
    Set<Block> reached = new HashSet<>();
    ArrayDeque<Block> work = new ArrayDeque<>();
    work.add(g.entry());
    while (!work.isEmpty()) {
      Block b = work.poll();
      if (!reached.add(b)) continue;
      work.addAll(b.successors());
    }
    for (Block b : g.blocks) {
      if (reached.contains(b)) continue;
      for (Block s : b.successors()) {
        if (reached.contains(s)) {
          while (s.preds.contains(b)) removeEdge(b, s);
        }
      }
    }
    return g.blocks.removeIf(b -> !reached.contains(b));
  }
}
