package dev.leibniz.core.reverse;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Builder;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.rules.DerivativeRule;
import java.util.HashSet;
import java.util.Set;

/**
 * Which of a rule's inputs (arguments, then the result) its partials read, found by running the
 * rule once on marker values. The reverse sweep tapes only those: {@code exp} needs its result,
 * {@code sin} its argument.
 */
final class RuleUsage {
  private RuleUsage() {}

  static boolean[] of(DerivativeRule rule, Insn call) {
    Graph scratch = new Graph("scratch", "scratch", "()V", 0);
    Block blk = scratch.newBlock();
    Builder b = new Builder(scratch, blk);
    Value[] markers = new Value[call.args.length];
    for (int k = 0; k < markers.length; k++) {
      markers[k] = b.add(Op.PARAM, call.arg(k).type, k);
    }
    Value y = b.add(Op.PARAM, call.type, markers.length);
    Value[] partials = rule.partials(b, markers, y);
    Set<Value> used = new HashSet<>();
    for (Insn i : blk.insns) {
      for (Value a : i.args) used.add(a);
    }
    for (Value p : partials) {
      if (p != null) used.add(p);
    }
    boolean[] out = new boolean[markers.length + 1];
    for (int k = 0; k < markers.length; k++) out[k] = used.contains(markers[k]);
    out[markers.length] = used.contains(y);
    return out;
  }
}
