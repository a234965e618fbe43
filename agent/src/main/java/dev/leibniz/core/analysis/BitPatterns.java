package dev.leibniz.core.analysis;

import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.lift.InsnText;
import java.util.Set;

/**
 * Refuses code that reads the bit pattern of an active value ({@code Double.doubleToRawLongBits}
 * and friends): table-driven library functions (FastMath's {@code log}, {@code exp}) compute
 * their result from those bits, and differentiating them line by line would silently give a zero
 * or partial derivative. Applied to code the user did not mark (methods of other classes).
 */
public final class BitPatterns {
  private static final Set<String> BITS = Set.of(
      "java/lang/Double.doubleToRawLongBits", "java/lang/Double.doubleToLongBits",
      "java/lang/Float.floatToRawIntBits", "java/lang/Float.floatToIntBits");

  private BitPatterns() {}

  /**
   * True when the bits of {@code bits} only clear low mantissa bits and become a number again
   * (the Veltkamp/Dekker split of {@code linearCombination}) whose low part is computed too:
   * piecewise constant, the derivative flows through the low part ({@link DerivativeCuts#isSplitHigh}).
   */
  private static boolean onlyTruncated(Graph g, Insn bits) {
    boolean used = false;
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        if (!uses(i, bits)) continue;
        if (i.op != Op.AND) return false;
        for (Block b2 : g.blocks) {
          for (Insn j : b2.insns) {
            if (uses(j, i) && !DerivativeCuts.isSplitHigh(g, j)) return false;
          }
          for (dev.leibniz.core.ir.Phi p : b2.phis) if (p.inputs.contains(i)) return false;
          if (b2.terminator != null && uses(b2.terminator, i)) return false;
        }
        used = true;
      }
      for (dev.leibniz.core.ir.Phi p : b.phis) if (p.inputs.contains(bits)) return false;
      if (b.terminator != null && uses(b.terminator, bits)) return false;
    }
    return used;
  }

  private static boolean uses(Insn i, Insn v) {
    for (dev.leibniz.core.ir.Value a : i.args) if (a == v) return true;
    return false;
  }

  public static void check(Graph g, Activity activity) throws NotDifferentiable {
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        if (i.op == Op.INVOKE && i.attr instanceof MethodRef && i.args.length == 1 && activity.isActive(i.arg(0))) {
          MethodRef m = i.method();
          if (BITS.contains(m.owner() + "." + m.name()) && !onlyTruncated(g, i) && !StepBits.onlySteps(g, i)) {
            throw new NotDifferentiable(i.line, InsnText.of(i.origin),
                "reads the bit pattern of an active value, so its result would lose the derivative;"
                    + " give a rule for the method (@DerivativeRules)");
          }
        }
      }
    }
  }
}
