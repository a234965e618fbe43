package dev.leibniz.core.reverse;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Value;
import java.util.Objects;

/**
 * A load of an array cell that an earlier load of the same block already read, with only loads and
 * arithmetic between them ({@code v[off + i] * v[off + i]}, where the bytecode computes the index
 * twice): both give the same value, so the reverse sweep reads the first one's tape entry (or
 * recomputation) for the second instead of taping the value twice. Each load still gets its own
 * adjoint; only the forward value is shared.
 *
 * <p>Exact: a cell changes only by a store (or a call, which may store); no store, call or field
 * write lies between the two, and the array and index are the same values or the same pure
 * arithmetic on the same values.
 */
final class RepeatedLoads {
  /** How deep the index expressions are compared (the same limit as recomputation's). */
  private static final int DEPTH = 6;

  private RepeatedLoads() {}

  /** The earliest load of {@code blk} that reads the cell primal load {@code load} reads, with no write between; null if none. */
  static Insn earlier(Block blk, Insn load) {
    if (load.op != Op.ALOAD) return null;
    int at = blk.insns.indexOf(load);
    Insn found = null;
    for (int k = at - 1; k >= 0; k--) {
      Insn i = blk.insns.get(k);
      if (!readsOnly(i.op)) break;
      if (i.op == Op.ALOAD && i.type.equals(load.type) && same(i.arg(0), load.arg(0), 0)
          && same(i.arg(1), load.arg(1), 0)) {
        found = i;
      }
    }
    return found;
  }

  /** Operations that write no array cell and no field and call nothing. */
  private static boolean readsOnly(Op op) {
    switch (op) {
      case ALOAD: case CONST: case ALENGTH: case DIV: case REM: case MATH:
        return true;
      default:
        return op.isCheapArithmetic();
    }
  }

  /** The same value: the same instruction, or the same pure arithmetic (or constant) on the same values. */
  private static boolean same(Value a, Value b, int depth) {
    if (a == b) return true;
    if (depth >= DEPTH || !(a instanceof Insn) || !(b instanceof Insn)) return false;
    Insn x = (Insn) a;
    Insn y = (Insn) b;
    if (x.op != y.op || !x.type.equals(y.type) || !Objects.equals(x.attr, y.attr) || x.args.length != y.args.length) {
      return false;
    }
    if (x.op == Op.CONST) return true;
    if (!x.op.isCheapArithmetic()) return false;
    for (int k = 0; k < x.args.length; k++) {
      if (!same(x.arg(k), y.arg(k), depth + 1)) return false;
    }
    return true;
  }
}
