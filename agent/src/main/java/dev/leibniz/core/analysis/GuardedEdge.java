package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Types;
import java.util.Set;

/**
 * The edge on which a test holds together with the conditions joined to it by {@code &&}. Java compiles {@code if (A &&
 * B) body} as A's block branching to B's block or to the code after the {@code if}, and B's block branching to the body
 * or to that same code. Where A holds but B fails, the code run is the code run where A fails, the one a neighbouring
 * point runs, so what {@link WholeNumberPoison} guards against (a formula made for the tested point) is only behind the
 * edge where all of them hold: Hipparchus' {@code Gamma.gamma} tests {@code x == rint(x) && x <= 0} and returns NaN there,
 * and at a whole {@code x > 0} its general formula gives the function's derivative.
 *
 * <p>A block counts as a further condition only if it does nothing but test: one predecessor, no phis, instructions
 * that cannot throw or write ({@link #PURE}), an {@code IF} whose other edge goes where the test's failing edge goes
 * (through blocks that only jump), bringing the same values to the phis there.
 */
final class GuardedEdge {
  private static final Set<Op> PURE = Set.of(Op.CONST, Op.CMP, Op.ADD, Op.SUB, Op.MUL, Op.NEG, Op.CONV, Op.MATH);

  /** The block ending with the branch and the index of its target on the edge where every joined condition holds. */
  record Edge(Block from, int target) {}

  private GuardedEdge() {}

  /** From the edge {@code holds} of {@code test}'s branch, on through the conditions joined to it by {@code &&}. */
  static Edge whereAllHold(Block test, int holds) {
    Block from = test;
    int target = holds;
    Block[] fails = follow(test, test.terminator.targets[1 - holds]);
    for (int depth = 0; depth < 16; depth++) {
      Block next = from.terminator.targets[target];
      if (!onlyTests(next)) break;
      Block[] t = next.terminator.targets;
      int failing = follow(next, t[0])[1] == fails[1] ? 0 : follow(next, t[1])[1] == fails[1] ? 1 : -1;
      if (failing < 0 || follow(next, t[1 - failing])[1] == fails[1]) break;
      if (!sameArrival(fails, follow(next, t[failing]))) break;
      from = next;
      target = 1 - failing;
    }
    return new Edge(from, target);
  }

  /**
   * Whether two paths into the same block bring the same values to its phis: then a run that fails the later condition
   * continues exactly as one that fails the test.
   */
  private static boolean sameArrival(Block[] a, Block[] b) {
    Block join = a[1];
    int i = join.preds.indexOf(a[0]), j = join.preds.indexOf(b[0]);
    if (i < 0 || j < 0) return false;
    for (dev.leibniz.core.ir.Phi p : join.phis) {
      if (p.inputs.get(i) != p.inputs.get(j)) return false;
    }
    return true;
  }

  private static boolean onlyTests(Block b) {
    Insn branch = b.terminator;
    if (b.preds.size() != 1 || !b.phis.isEmpty() || branch == null || branch.op != Op.IF || branch.targets.length != 2) {
      return false;
    }
    for (Insn i : b.insns) {
      boolean floatingDivision = (i.op == Op.DIV || i.op == Op.REM) && Types.isScalar(i.type);
      if (!PURE.contains(i.op) && !floatingDivision) return false;
    }
    return true;
  }

  /**
   * From the edge {@code from -> b}, past blocks that only jump on (no phis, no instructions, a {@code GOTO}): the block
   * arrived at and the predecessor it is entered from, as {@code {predecessor, block}}.
   */
  private static Block[] follow(Block from, Block b) {
    Block pred = from;
    for (int i = 0; i < 16 && b.phis.isEmpty() && b.insns.isEmpty() && b.terminator != null
        && b.terminator.op == Op.GOTO; i++) {
      pred = b;
      b = b.terminator.targets[0];
    }
    return new Block[] {pred, b};
  }
}
