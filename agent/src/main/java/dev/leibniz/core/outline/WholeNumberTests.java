package dev.leibniz.core.outline;

import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.analysis.Activity;
import dev.leibniz.core.analysis.DerivativeCuts;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.lift.InsnText;
import java.util.List;
import org.objectweb.asm.Type;

/**
 * Whether an outlined piece ({@code m$part1}, {@code m$loop0}, {@code m$arm2}, nested ones) keeps the
 * NaN of a whole-number test it holds, decided on its lifted graph (helpers inlined into it
 * included: a small {@code isWhole(a)} called in an arm is a test of the arm's).
 * {@code WholeNumberPoison} subtracts the poison of a holding test from every floating value
 * returned or stored after it, so a piece's floating results, which all go to the {@code double[]}
 * frame at its end, carry it to the method's result. What does not carry it: a value stored in the
 * passive {@code long[]} frame (an {@code int} local such as {@code k = whole(a) ? 1 : 2}, or which
 * way a piece ended), which later code may branch on, an integral result, and a graph whose entry
 * is a loop head (left warned only there). Such a piece is refused, so the method keeps one clear
 * diagnostic instead of a derivative that lost its NaN (review R6-F5).
 */
public final class WholeNumberTests {
  private WholeNumberTests() {}

  /** Whether {@code name} is a piece the outliner made (a part, a loop body or an arm, at any depth). */
  public static boolean isPiece(String name) {
    return name.matches(".*\\$(part|loop|arm)\\d+(\\$.*)?") && !name.contains("$adjoint") && !name.contains("$tangent");
  }

  /** The reason piece {@code g} would drop a whole-number test's NaN, or null when it keeps it or has none. */
  public static NotDifferentiable lost(Graph g, Activity activity) {
    List<Insn> tests = DerivativeCuts.integralityComparisons(g, activity);
    if (tests.isEmpty()) return null;
    Insn test = tests.get(0);
    String why = !g.entry().preds.isEmpty() ? "it starts with a loop"
        : integralResult(g) ? "its result is not a floating value"
        : integralStore(g) ? "it hands integral values (a counter, a flag, which way it ended) to the code after it" : null;
    if (why == null) return null;
    return new NotDifferentiable(test.line, InsnText.of(test.origin), "this method is too large for one compiled"
        + " method and would be split, but an outlined piece of it holds an exact whole-number test of an active value"
        + " (here or in a helper inlined here) whose NaN it cannot pass on: " + why + "; the method keeps its original"
        + " code; move the test out of the branch or loop that holds it, or split the method by hand");
  }

  private static boolean integralResult(Graph g) {
    for (Block b : g.blocks) {
      Insn t = b.terminator;
      if (t != null && t.op == Op.RETURN && t.args.length == 1 && !Types.isReference(t.arg(0).type)
          && t.arg(0).type.getSort() != Type.DOUBLE && t.arg(0).type.getSort() != Type.FLOAT) return true;
    }
    return false;
  }

  /**
   * Whether the piece hands an integral value to its caller: stored in an array it did not create
   * (its {@code long[]} frame parameter: a local, which way it ended) or in a field. Stores into the
   * frames it allocates for its own arms and bodies are their inputs: what those compute comes back
   * through the {@code double[]} frame and is poisoned here where it is stored or returned.
   */
  private static boolean integralStore(Graph g) {
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        if (i.op != Op.ASTORE && i.op != Op.PUTFIELD && i.op != Op.PUTSTATIC) continue;
        Type t = i.arg(i.args.length - 1).type;
        if (Types.isReference(t) || t.getSort() == Type.DOUBLE || t.getSort() == Type.FLOAT) continue;
        if (i.op == Op.ASTORE && i.arg(0) instanceof Insn array && array.op == Op.NEWARRAY) continue;
        return true;
      }
    }
    return false;
  }
}
