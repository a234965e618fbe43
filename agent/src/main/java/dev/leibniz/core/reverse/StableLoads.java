package dev.leibniz.core.reverse;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Value;

/**
 * Which loads give the same value in the reverse sweep as in the forward sweep, so they are
 * recomputed rather than taped ({@link TapePolicy}): loads from arrays that nothing in the method
 * writes, and loads after which nothing in the method writes their array (a table filled before the
 * loop that reads it: GMM's {@code qdiags}); in a split adjoint, none of those (anything may write
 * between its forward and its reverse call) except loads from the parameters its caller proves
 * unchanged until the reverse call.
 */
final class StableLoads {
  private final Graph src;
  private final WrittenArrays written;
  private final boolean split;
  /** A split adjoint's stable arguments (bit {@code a}: argument {@code a}, receiver first). */
  private final long stableParams;

  StableLoads(Graph src, WrittenArrays written, boolean split, long stableParams) {
    this.src = src;
    this.written = written;
    this.split = split;
    this.stableParams = stableParams;
  }

  /** True when loads from {@code array} (a value of the primal, or null) are stable. */
  boolean stable(Value array) {
    return stableParam(array) || !split && array != null && !written.isWritten(array);
  }

  /**
   * True when primal load {@code load} (in {@code block}) gives the same value in the reverse sweep:
   * its array is {@link #stable}, or, outside a split adjoint, nothing writes the array once the
   * load has read it ({@link WrittenArrays#unwrittenAfter}; the reverse sweep writes no primal array).
   */
  boolean stableAfter(Insn load, Block block) {
    return stable(load.arg(0)) || !split && block != null && written.unwrittenAfter(load, block);
  }

  /** A parameter the caller of this split adjoint proves unchanged until its reverse call. */
  private boolean stableParam(Value array) {
    if (stableParams == 0 || !(array instanceof Insn) || ((Insn) array).op != Op.PARAM) return false;
    int a = src.params.indexOf(array);
    return a >= 0 && a < Long.SIZE && (stableParams & (1L << a)) != 0;
  }
}
