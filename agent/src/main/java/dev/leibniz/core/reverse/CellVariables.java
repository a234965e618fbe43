package dev.leibniz.core.reverse;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.ir.Var;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Type;

/**
 * Gives each cell of a small array the graph makes a variable of its own, where every use of the
 * array is a load or a store at a constant index: {@code new double[3]} becomes three variables
 * set to 0 where the array was made, {@code a[1] = x} a write of the second, {@code a[1]} a read.
 * A vector adjoint's reverse sweep runs once per row over the shadows of the primal's small
 * temporaries (BA's projected point and its rotation, 2 and 3 cells) and zeroes them at each row
 * head; held in arrays, each of those accumulations is a load and a store that HotSpot's escape
 * analysis does not remove across the row loop (benchmarks/RESULTS.md, 5 Dec). Element types whose
 * store narrows its value ({@code byte}, {@code short}, {@code char}, {@code boolean}) keep their
 * arrays, as does any array used otherwise (passed on, merged, stored, measured).
 */
final class CellVariables {
  /** Longest array replaced: beyond this, a loop would index it and locals would crowd the method. */
  static final int MAX_CELLS = 16;

  private CellVariables() {}

  /** Replaces the qualifying arrays of {@code g}; returns how many. */
  static int apply(Graph g) {
    Map<Insn, List<Insn>> uses = candidates(g);
    Map<Value, Value> readsFor = new HashMap<>();
    for (Map.Entry<Insn, List<Insn>> e : uses.entrySet()) {
      Insn array = e.getKey();
      Type element = array.type.getElementType();
      Var[] cells = new Var[length(array)];
      for (int c = 0; c < cells.length; c++) cells[c] = g.newVar(element, "cell" + c + "of" + array.id);
      List<Insn> zeroes = new ArrayList<>();
      for (Var cell : cells) {
        Insn zero = g.newInsn(Op.CONST, element, zeroOf(element));
        zeroes.add(zero);
        zeroes.add(g.newInsn(Op.VAR_WRITE, Type.VOID_TYPE, cell, zero));
      }
      replaceInBlock(g, array, zeroes);
      for (Insn use : e.getValue()) {
        Var cell = cells[index(use)];
        if (use.op == Op.ASTORE) {
          replaceInBlock(g, use, List.of(g.newInsn(Op.VAR_WRITE, Type.VOID_TYPE, cell, use.arg(2))));
        } else {
          Insn read = g.newInsn(Op.VAR_READ, cell.type, cell);
          replaceInBlock(g, use, List.of(read));
          readsFor.put(use, read);
        }
      }
    }
    if (!readsFor.isEmpty()) g.replaceUses(readsFor);
    return uses.size();
  }

  /** Each qualifying array with its loads and stores. */
  private static Map<Insn, List<Insn>> candidates(Graph g) {
    Map<Insn, List<Insn>> uses = new LinkedHashMap<>();
    for (Block blk : g.blocks) {
      for (Insn i : blk.insns) if (isSmallNewArray(i)) uses.put(i, new ArrayList<>());
    }
    for (Block blk : g.blocks) {
      for (Phi p : blk.phis) for (Value v : p.inputs) uses.remove(v);
      for (Insn i : blk.insns) note(i, uses);
      if (blk.terminator != null) note(blk.terminator, uses);
    }
    return uses;
  }

  /** Records {@code i} as a cell access of a candidate, or drops each candidate it uses otherwise. */
  private static void note(Insn i, Map<Insn, List<Insn>> uses) {
    for (int a = 0; a < i.args.length; a++) {
      Value v = i.args[a];
      if (!(v instanceof Insn) || !uses.containsKey(v)) continue;
      boolean access = a == 0 && (i.op == Op.ALOAD || i.op == Op.ASTORE) && constantIndexWithin(i, length((Insn) v));
      if (access) {
        uses.get(v).add(i);
      } else {
        uses.remove(v);
      }
    }
  }

  private static boolean isSmallNewArray(Insn i) {
    if (i.op != Op.NEWARRAY || i.type.getDimensions() != 1 || !(i.arg(0) instanceof Insn)) return false;
    int sort = i.type.getElementType().getSort();
    if (sort != Type.INT && sort != Type.LONG && sort != Type.FLOAT && sort != Type.DOUBLE) return false;
    Insn n = (Insn) i.arg(0);
    if (n.op != Op.CONST || !(n.attr instanceof Integer)) return false;
    int length = (Integer) n.attr;
    return length >= 0 && length <= MAX_CELLS;
  }

  private static int length(Insn array) {
    return (Integer) ((Insn) array.arg(0)).attr;
  }

  private static boolean constantIndexWithin(Insn access, int length) {
    if (!(access.arg(1) instanceof Insn)) return false;
    Insn c = (Insn) access.arg(1);
    return c.op == Op.CONST && c.attr instanceof Integer && (Integer) c.attr >= 0 && (Integer) c.attr < length;
  }

  private static int index(Insn access) {
    return (Integer) ((Insn) access.arg(1)).attr;
  }

  private static Number zeroOf(Type t) {
    switch (t.getSort()) {
      case Type.DOUBLE: return 0.0;
      case Type.FLOAT: return 0.0f;
      case Type.LONG: return 0L;
      default: return 0;
    }
  }

  private static void replaceInBlock(Graph g, Insn old, List<Insn> with) {
    for (Block blk : g.blocks) {
      int at = blk.insns.indexOf(old);
      if (at < 0) continue;
      blk.insns.remove(at);
      blk.insns.addAll(at, with);
      return;
    }
    throw new IllegalStateException("instruction not in the graph: " + old.id);
  }
}
