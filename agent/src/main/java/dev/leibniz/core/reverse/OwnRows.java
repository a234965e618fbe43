package dev.leibniz.core.reverse;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Whether an array of arrays (or of objects) is the method's own, so that storing a row into it moves no row the caller's
 * shadow holds ({@link ReplacedHeldArrays}): made here ({@code new double[n][2][]}, null), looked through casts and merges,
 * or a row of such an array ({@code out[i]} of {@code new double[n][2][]}) when the array never leaves the method but by
 * its return (given to no call, stored nowhere) and every row stored into it is its own as well. Anything else (a
 * parameter, a field, a call's result) may be the caller's.
 */
final class OwnRows {
  private final Graph graph;
  private final Map<Value, Boolean> known = new HashMap<>();

  OwnRows(Graph graph) {
    this.graph = graph;
  }

  boolean own(Value v) {
    Boolean k = known.get(v);
    if (k != null) return k;
    known.put(v, true); // a cycle through merges: decided by its other inputs
    boolean own = decide(v);
    known.put(v, own);
    return own;
  }

  private boolean decide(Value v) {
    if (v instanceof Phi p) {
      for (Value in : p.inputs) if (!own(in)) return false;
      return true;
    }
    if (!(v instanceof Insn a)) return false;
    return switch (a.op) {
      case NEWARRAY, CONST -> true;
      case CHECKCAST -> own(a.arg(0));
      case ALOAD -> own(a.arg(0)) && keptInside(a.arg(0));
      default -> false;
    };
  }

  /** True when {@code array} (and what derives from it) is only read, measured, returned or given own rows. */
  private boolean keptInside(Value array) {
    Set<Value> aliases = aliasesOf(array);
    for (Block b : graph.blocks) {
      for (Insn i : b.insns) {
        for (int k = 0; k < i.args.length; k++) {
          if (!aliases.contains(i.arg(k))) continue;
          boolean read = (i.op == Op.ALOAD || i.op == Op.ALENGTH || i.op == Op.CHECKCAST) && k == 0;
          boolean ownRowStored = i.op == Op.ASTORE && k == 0 && (Types.isScalar(i.arg(2).type) || own(i.arg(2)));
          if (!read && !ownRowStored) return false;
        }
      }
    }
    return true;
  }

  /** {@code array} and the values merged or cast from it. */
  private Set<Value> aliasesOf(Value array) {
    Set<Value> out = new HashSet<>();
    out.add(array);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Block b : graph.blocks) {
        for (Phi p : b.phis) {
          if (!out.contains(p) && p.inputs.stream().anyMatch(out::contains)) grew |= out.add(p);
        }
        for (Insn i : b.insns) {
          if (i.op == Op.CHECKCAST && out.contains(i.arg(0)) && !out.contains(i)) grew |= out.add(i);
        }
      }
    }
    return out;
  }
}
