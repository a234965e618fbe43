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

  public static void check(Graph g, Activity activity) throws NotDifferentiable {
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        if (i.op == Op.INVOKE && i.attr instanceof MethodRef && i.args.length == 1 && activity.isActive(i.arg(0))) {
          MethodRef m = i.method();
          if (BITS.contains(m.owner() + "." + m.name())) {
            throw new NotDifferentiable(i.line, InsnText.of(i.origin),
                "reads the bit pattern of an active value, so its result would lose the derivative;"
                    + " give a rule for the method (@DerivativeRules)");
          }
        }
      }
    }
  }
}
