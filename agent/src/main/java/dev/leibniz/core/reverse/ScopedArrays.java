package dev.leibniz.core.reverse;

import dev.leibniz.core.analysis.ArrayIntrinsic;
import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.analysis.Cycles;
import dev.leibniz.core.analysis.ParamWrites;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * The {@code double[]} arrays a method allocates that nothing can reach once the gradient that
 * made them has ended: used only as arrays (elements read and written, length, copies, fills,
 * identity tests), merged only with each other or other arrays, and passed only to methods of the
 * same class that write no field or static (analysed, not guessed), take no array of references
 * and return no reference. The adjoint takes such an array (and its shadow) from the gradient's
 * workspace ({@code leibniz$newD}, zeroed) instead of allocating it: the next gradient on the
 * thread reuses it, so a method that allocates temporaries per call allocates nothing in steady
 * state, as a hand-written gradient would not.
 */
final class ScopedArrays {
  private final Callees callees;
  private final String owner;
  private final Map<Value, List<Insn>> users = new HashMap<>();
  private final Map<Value, List<Phi>> phiUsers = new HashMap<>();
  private final Map<Insn, Block> blockOf = new HashMap<>();

  ScopedArrays(Graph g, Callees callees) {
    this.callees = callees;
    this.owner = g.owner;
    for (Block blk : g.blocks) {
      for (Phi ph : blk.phis) {
        for (Value in : ph.inputs) phiUsers.computeIfAbsent(in, v -> new ArrayList<>()).add(ph);
      }
      for (Insn i : blk.insns) {
        addUses(i);
        blockOf.put(i, blk);
      }
      addUses(blk.terminator);
    }
  }

  private void addUses(Insn i) {
    for (Value a : i.args) users.computeIfAbsent(a, v -> new ArrayList<>()).add(i);
  }

  /** True for a {@code new double[n]} that stays inside the gradient (see the class comment). */
  boolean scoped(Insn alloc) {
    if (alloc.op != Op.NEWARRAY || !alloc.type.equals(Type.getType(double[].class))) return false;
    Set<Value> seen = new HashSet<>();
    Deque<Value> work = new ArrayDeque<>();
    work.push(alloc);
    while (!work.isEmpty()) {
      Value v = work.pop();
      if (!seen.add(v)) continue;
      work.addAll(phiUsers.getOrDefault(v, List.of()));
      for (Insn u : users.getOrDefault(v, List.of())) {
        if (u.op == Op.CHECKCAST) {
          work.push(u);
        } else if (!harmless(u, v)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * True for a scoped {@code new double[c]} ({@code c} a small constant) outside every cycle,
   * whose every use is an element load or store at a constant index outside every cycle, merged
   * into no phi. Once the adjoint is compiled the JIT's escape analysis replaces such an array, and
   * its shadow, by scalars, as it does in the primal; a workspace array ({@code newD}) would cost a
   * take, a fill and loads and stores per call instead.
   */
  boolean scalarReplaceable(Insn alloc, Cycles cycles) {
    if (!scoped(alloc) || cycles.inCycle(blockOf.get(alloc)) || phiUsers.containsKey(alloc) || !smallConstant(alloc.arg(0))) {
      return false;
    }
    for (Insn u : users.getOrDefault(alloc, List.of())) {
      boolean element = (u.op == Op.ALOAD || u.op == Op.ASTORE && u.arg(2) != alloc) && u.arg(0) == alloc && isConstant(u.arg(1));
      if (!element || cycles.inCycle(blockOf.get(u))) return false;
    }
    return true;
  }

  /** Arrays up to this length; C2 replaces arrays up to {@code EliminateAllocationArraySizeLimit} (64) elements. */
  private static final int SCALAR_LIMIT = 16;

  private static boolean smallConstant(Value v) {
    return isConstant(v) && (Integer) ((Insn) v).attr <= SCALAR_LIMIT;
  }

  private static boolean isConstant(Value v) {
    return v instanceof Insn && ((Insn) v).op == Op.CONST && ((Insn) v).attr instanceof Integer;
  }

  /** A use of array {@code v} by {@code u} after which nothing else holds {@code v}. */
  private boolean harmless(Insn u, Value v) {
    switch (u.op) {
      case ALOAD: case ALENGTH: case IF:
        return true;
      case ASTORE:
        return u.arg(2) != v;
      case INVOKE:
        return harmlessCall(u, v);
      default:
        return false;
    }
  }

  private boolean harmlessCall(Insn call, Value v) {
    if (!(call.attr instanceof MethodRef)) return false;
    MethodRef m = call.method();
    ArrayIntrinsic k = ArrayIntrinsic.of(m);
    if (k != null) {
      // clone and copies make new arrays; arraycopy and fill only write elements.
      return k != ArrayIntrinsic.ARRAYCOPY || call.arg(1) != v && call.arg(3) != v && call.arg(4) != v;
    }
    if (!m.owner().equals(owner) || Types.isReference(Type.getReturnType(m.desc()))) return false;
    if (callees.writesArgument(m, ParamWrites.FIELDS) || callees.writesArgument(m, ParamWrites.CALLEE_FIELDS)
        || callees.writesArgument(m, ParamWrites.UNKNOWN)) {
      return false;
    }
    for (Value a : call.args) {
      if (Types.isReference(a.type) && !(a.type.getSort() == Type.ARRAY && a.type.getDimensions() == 1
          && a.type.getElementType().getSort() <= Type.DOUBLE)) {
        return false; // an object or an array of references could keep it
      }
    }
    return true;
  }
}
