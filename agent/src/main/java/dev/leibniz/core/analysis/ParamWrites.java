package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Which array parameters a method may write into (directly, through rows, or through callees).
 * An array traced back to a fresh allocation is the method's own; one that cannot be traced (a
 * callee's result) counts as every parameter. Joint-mode reversal snapshots an argument only when
 * it may change, so this decides how much the adjoint of a call copies.
 */
public final class ParamWrites {
  /** Every parameter, for a method that cannot be analysed. */
  public static final BitSet ALL = allBits();

  private ParamWrites() {}

  private static BitSet allBits() {
    BitSet b = new BitSet();
    b.set(0, 256);
    return b;
  }

  /**
   * The indices (in {@code g.params}, the receiver first) of the parameters {@code g} may write,
   * plus bit 255 when it writes a field or static. {@code calleeWrites.test(m, k)} says whether
   * callee {@code m} writes its {@code k}-th argument.
   */
  public static BitSet of(Graph g, BiPredicate<MethodRef, Integer> calleeWrites) {
    BitSet out = new BitSet();
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        switch (i.op) {
          case ASTORE:
            roots(g, i.arg(0), out);
            break;
          case PUTFIELD: case PUTSTATIC:
            out.set(255);
            break;
          case INVOKE:
            if (!(i.attr instanceof MethodRef)) {
              for (Value a : i.args) if (Types.isReference(a.type)) roots(g, a, out);
              break;
            }
            MethodRef m = i.method();
            ArrayIntrinsic k = ArrayIntrinsic.of(m);
            HelperIntrinsic h = HelperIntrinsic.of(m);
            if (h != null) {
              for (int a = 0; a < i.args.length; a++) {
                if (h.writes(a)) roots(g, i.arg(a), out);
              }
            } else if (k == ArrayIntrinsic.ARRAYCOPY) {
              roots(g, i.arg(2), out);
            } else if (k == ArrayIntrinsic.FILL || k == ArrayIntrinsic.FILL_RANGE) {
              roots(g, i.arg(0), out);
            } else if (k == null) {
              for (int a = 0; a < i.args.length; a++) {
                if (Types.isReference(i.arg(a).type) && calleeWrites.test(m, a)) {
                  roots(g, i.arg(a), out);
                }
              }
            }
            break;
          default:
        }
      }
    }
    return out;
  }

  /** Marks the parameters {@code array} may be (a row of). */
  private static void roots(Graph g, Value array, BitSet out) {
    Deque<Value> work = new ArrayDeque<>();
    Set<Value> seen = new HashSet<>();
    work.push(array);
    while (!work.isEmpty()) {
      Value v = work.pop();
      if (!seen.add(v)) continue;
      if (v instanceof Phi) {
        ((Phi) v).inputs.forEach(work::push);
      } else if (v instanceof Insn) {
        Insn i = (Insn) v;
        switch (i.op) {
          case PARAM:
            out.set(g.params.indexOf(i));
            break;
          case CHECKCAST: case ALOAD:
            work.push(i.arg(0));
            break;
          case NEWARRAY: case CONST: case GETFIELD: case GETSTATIC:
            break;
          case INVOKE:
            if (i.attr instanceof MethodRef && HelperIntrinsic.of(i.method()) != null) {
              if (HelperIntrinsic.of(i.method()).returnsArgument()) work.push(i.arg(0));
              break;
            }
            if (i.attr instanceof MethodRef && ArrayIntrinsic.of(i.method()) != null) {
              break;
            }
            out.or(ALL);
            return;
          default:
            out.or(ALL);
            return;
        }
      }
    }
  }
}
