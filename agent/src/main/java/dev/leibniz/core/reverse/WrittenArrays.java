package dev.leibniz.core.reverse;

import dev.leibniz.core.Companions;
import dev.leibniz.core.analysis.Activity;
import dev.leibniz.core.analysis.ArrayIntrinsic;
import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The arrays a method may overwrite, by alias class. In joint mode the reverse sweep calls a
 * callee's adjoint with the arguments of the original call; an array argument needs a snapshot
 * when it may hold something else by then: when the callee writes arrays, or when the caller
 * writes into that array's alias class anywhere.
 */
final class WrittenArrays {
  private final Activity activity;
  private final Callees callees;
  private final List<Value> written = new ArrayList<>();
  private int maxScalars;

  WrittenArrays(Graph g, Activity activity, Callees callees) {
    this.activity = activity;
    this.callees = callees;
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        if (i.op == Op.ASTORE) {
          written.add(i.arg(0));
        } else if (i.op == Op.INVOKE && i.attr instanceof MethodRef) {
          MethodRef m = i.method();
          ArrayIntrinsic k = ArrayIntrinsic.of(m);
          if (k == ArrayIntrinsic.ARRAYCOPY) {
            written.add(i.arg(2));
          } else if (k == ArrayIntrinsic.FILL || k == ArrayIntrinsic.FILL_RANGE) {
            written.add(i.arg(0));
          } else if (k == null) {
            for (int a = 0; a < i.args.length; a++) {
              if (Types.isReference(i.arg(a).type) && callees.writesArgument(m, a)) written.add(i.arg(a));
            }
          }
          if (k == null && callees.isDifferentiable(m) && anyActive(i)) {
            maxScalars = Math.max(maxScalars, Companions.scalarCount(m.desc()));
          }
        }
      }
    }
  }

  private boolean anyActive(Insn i) {
    for (Value a : i.args) {
      if (activity.isActive(a)) return true;
    }
    return false;
  }

  int maxCalleeScalars() {
    return maxScalars;
  }

  /** True when the method (or a callee) may write into {@code array}'s alias class. */
  boolean isWritten(Value array) {
    for (Value w : written) {
      if (activity.sameClass(w, array)) {
        return true;
      }
    }
    return false;
  }

  /** True when argument {@code argIndex} of {@code call} may not hold its contents until the reverse sweep. */
  boolean needsSnapshot(Insn call, int argIndex) {
    return callees.writesArgument(call.method(), argIndex) || isWritten(call.arg(argIndex));
  }
}
