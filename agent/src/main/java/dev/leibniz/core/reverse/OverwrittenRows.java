package dev.leibniz.core.reverse;

import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Builder;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The rows a writing vector adjoint ({@code m$adjointsSet}) overwrites: the adjoints of the arrays
 * the method does not write, and the scalar adjoints. Their entry contents are no seed (nothing
 * reads them), so each row's reverse sweep makes them from zero itself, and its caller need not
 * zero them. Per cell at a constant index, along the reverse sweep's paths from the row head: a
 * load where no path has yet stored the cell reads a known zero (the load becomes the constant,
 * so the first {@code cell += a} is {@code cell = 0 + a}); a cell stored on every path before each
 * load that could see a store, and before the row ends, needs no zeroing at all; any other cell is
 * zeroed at the row head, and the cells past the highest constant index (to the row's length) by
 * {@code Arrays.fill}. A row accessed at a computed index, or through anything but its own loads
 * and stores, is zeroed whole at the row head instead.
 */
final class OverwrittenRows {
  private static final int UNSEEN = 0, UNWRITTEN = 1, WRITTEN = 2, MIXED = 3;
  private static final MethodRef FILL = new MethodRef(Opcodes.INVOKESTATIC, "java/util/Arrays", "fill", "([DIID)V", false);
  static final MethodRef FILL_ALL = new MethodRef(Opcodes.INVOKESTATIC, "java/util/Arrays", "fill", "([DD)V", false);
  private static final MethodRef MIN = new MethodRef(Opcodes.INVOKESTATIC, "java/lang/Math", "min", "(II)I", false);

  private final Graph g;
  private final Set<Block> reverse;
  private final Block reverseEntry;
  /** Each overwritten row, its first cell's position in the cell states (-1: zeroed whole). */
  private final Map<Insn, Integer> first = new LinkedHashMap<>();
  /** Each overwritten row's count of cells with a constant index (its highest + 1). */
  private final Map<Insn, Integer> width = new HashMap<>();
  private int cells;
  /** The cells the row head zeroes. */
  private boolean[] zeroed;

  private OverwrittenRows(Graph g, Set<Block> reverse, Block reverseEntry) {
    this.g = g;
    this.reverse = reverse;
    this.reverseEntry = reverseEntry;
  }

  /**
   * Makes {@code rows} (values at the row head: a {@code SHADOW}, never null, or the scalar adjoints'
   * row, possibly null) overwritten by each row's reverse sweep; the zeroing goes into the row
   * head at {@code b}, whose block ends after this.
   */
  static void apply(Graph g, Set<Block> reverse, Block reverseEntry, List<Insn> rows, Builder b) {
    OverwrittenRows o = new OverwrittenRows(g, reverse, reverseEntry);
    for (Insn row : rows) o.measure(row);
    o.zeroed = new boolean[o.cells];
    Map<Block, int[]> in = o.flow();
    o.decide(in);
    o.emit(b);
  }

  /** The constant-index cells of {@code row} the reverse touches, or -1 when it touches the row otherwise. */
  private void measure(Insn row) {
    int highest = -1;
    boolean whole = false;
    for (Block blk : reverse) {
      for (Phi p : blk.phis) whole |= p.inputs.contains(row);
      for (Insn i : blk.insns) {
        int at = Arrays.asList(i.args).indexOf(row);
        if (at < 0) continue;
        if ((i.op == Op.ALOAD || i.op == Op.ASTORE) && at == 0) {
          Integer c = constantIndex(i);
          if (c == null || (i.op == Op.ASTORE && i.arg(2) == row)) whole = true;
          else highest = Math.max(highest, c);
        } else if (i.op != Op.ALENGTH) {
          whole = true;
        }
      }
      Insn t = blk.terminator;
      if (t != null && Arrays.asList(t.args).contains(row) && !(t.op == Op.IF && nullTest(t))) whole = true;
    }
    if (row.op == Op.SHADOW) whole |= usedRaw((Insn) row.arg(1));
    first.put(row, whole ? -1 : cells);
    width.put(row, whole ? 0 : highest + 1);
    if (!whole) cells += highest + 1;
  }

  /** Whether the reverse uses a SHADOW's raw row itself (it should use the shadow only). */
  private boolean usedRaw(Insn raw) {
    for (Block blk : reverse) {
      for (Insn i : blk.insns) if (Arrays.asList(i.args).contains(raw)) return true;
      for (Phi p : blk.phis) if (p.inputs.contains(raw)) return true;
      if (blk.terminator != null && Arrays.asList(blk.terminator.args).contains(raw)) return true;
    }
    return false;
  }

  private static Integer constantIndex(Insn access) {
    Value index = access.arg(1);
    if (index instanceof Insn && ((Insn) index).op == Op.CONST && ((Insn) index).attr instanceof Integer) {
      return (Integer) ((Insn) index).attr;
    }
    return null;
  }

  private static boolean nullTest(Insn t) {
    return t.cond() == Cond.NULL || t.cond() == Cond.NONNULL;
  }

  /** The state of each cell on entry to each reverse block, to a fixed point (unwritten at the row head). */
  private Map<Block, int[]> flow() {
    Map<Block, int[]> in = new HashMap<>();
    int[] start = new int[cells];
    Arrays.fill(start, UNWRITTEN);
    in.put(reverseEntry, start);
    Deque<Block> work = new ArrayDeque<>();
    work.add(reverseEntry);
    while (!work.isEmpty()) {
      Block blk = work.poll();
      int[] out = in.get(blk).clone();
      for (Insn i : blk.insns) store(i, out);
      Insn t = blk.terminator;
      for (int s = 0; s < t.targets.length; s++) {
        Block to = t.targets[s];
        if (!reverse.contains(to)) continue;
        int[] edge = out;
        Insn nulled = nulledOn(t, s);
        if (nulled != null) {
          edge = out.clone();
          Arrays.fill(edge, first.get(nulled), first.get(nulled) + width.get(nulled), WRITTEN); // no row: nothing to write
        }
        if (join(in, to, edge)) work.add(to);
      }
    }
    return in;
  }

  /** The overwritten row that target {@code s} of {@code t} is taken with as null, or null. */
  private Insn nulledOn(Insn t, int s) {
    if (t.op != Op.IF || !nullTest(t) || !(t.arg(0) instanceof Insn) || first.getOrDefault((Insn) t.arg(0), -1) < 0) return null;
    if (t.targets[0] == t.targets[1]) return null;
    return (t.cond() == Cond.NULL) == (s == 0) ? (Insn) t.arg(0) : null;
  }

  private boolean join(Map<Block, int[]> in, Block to, int[] edge) {
    int[] old = in.get(to);
    if (old == null) {
      in.put(to, edge.clone());
      return true;
    }
    boolean changed = false;
    for (int c = 0; c < cells; c++) {
      int j = old[c] == edge[c] ? old[c] : MIXED;
      if (j != old[c]) {
        old[c] = j;
        changed = true;
      }
    }
    return changed;
  }

  /** The cell {@code i} stores into, or -1. */
  private int cell(Insn i) {
    if (!(i.arg(0) instanceof Insn)) return -1;
    int at = first.getOrDefault((Insn) i.arg(0), -1);
    return at < 0 ? -1 : at + constantIndex(i);
  }

  private void store(Insn i, int[] state) {
    if (i.op != Op.ASTORE) return;
    int c = cell(i);
    if (c >= 0) state[c] = WRITTEN;
  }

  /** Loads of unwritten cells become zeros; cells read or left anywhere not written on every path are zeroed at the head. */
  private void decide(Map<Block, int[]> in) {
    Map<Value, Value> zeros = new HashMap<>();
    for (Block blk : reverse) {
      int[] state = in.get(blk);
      if (state == null) continue; // not reached from the row head
      state = state.clone();
      for (int k = 0; k < blk.insns.size(); k++) {
        Insn i = blk.insns.get(k);
        int c = i.op == Op.ALOAD ? cell(i) : -1;
        if (c >= 0 && state[c] == UNWRITTEN) {
          Insn zero = g.newInsn(Op.CONST, i.type, 0.0);
          blk.insns.set(k, zero);
          zeros.put(i, zero);
        } else if (c >= 0 && state[c] == MIXED) {
          zeroed[c] = true;
        }
        store(i, state);
      }
      if (blk.terminator.op == Op.RETURN) {
        for (int c = 0; c < cells; c++) if (state[c] != WRITTEN) zeroed[c] = true;
      }
    }
    g.replaceUses(zeros);
  }

  /** At the row head: each row's zeroed cells, its cells past the constant ones; a row that may be null only when it is not. */
  private void emit(Builder b) {
    for (Map.Entry<Insn, Integer> e : first.entrySet()) {
      Insn row = e.getKey();
      Block rest = null;
      if (row.op != Op.SHADOW) {
        Block some = g.newBlock();
        rest = g.newBlock();
        b.terminate(Op.IF, Cond.NONNULL, new Block[] {some, rest}, row);
        b.at(some);
      }
      if (e.getValue() < 0) {
        b.add(Op.INVOKE, Type.VOID_TYPE, FILL_ALL, row, b.constant(Type.DOUBLE_TYPE, 0));
      } else {
        int w = width.get(row);
        for (int c = 0; c < w; c++) {
          if (zeroed[e.getValue() + c]) b.add(Op.ASTORE, Type.VOID_TYPE, null, row, b.constant(Type.INT_TYPE, c), b.constant(Type.DOUBLE_TYPE, 0));
        }
        Insn length = b.add(Op.ALENGTH, Type.INT_TYPE, null, row);
        Insn from = b.add(Op.INVOKE, Type.INT_TYPE, MIN, b.constant(Type.INT_TYPE, w), length);
        b.add(Op.INVOKE, Type.VOID_TYPE, FILL, row, from, length, b.constant(Type.DOUBLE_TYPE, 0));
      }
      if (rest != null) {
        b.jump(rest);
        b.at(rest);
      }
    }
  }

  /**
   * The rows of {@code rowLoads} and {@code derived} a writing vector adjoint overwrites (see the
   * class comment): the shadows of the parameters the forward sweep does not store into, and the
   * scalar adjoints' row. Refused when the forward sweep may write a parameter otherwise than by a
   * store into it (through a merge, a cast, a call given an array): which rows hold seeds would be a guess.
   */
  static List<Insn> of(List<Insn> rowLoads, List<Insn> derived, Set<Block> forward) throws NotDifferentiable {
    for (Block blk : forward) {
      for (Insn i : blk.insns) {
        if (i.op == Op.INVOKE || i.op == Op.HELPER) {
          for (Value a : i.args) if (a.type.getSort() == Type.ARRAY) refuse("a call is given an array");
        }
        if (i.op == Op.ASTORE && !(i.arg(0) instanceof Insn && (((Insn) i.arg(0)).op == Op.PARAM || ((Insn) i.arg(0)).op == Op.NEWARRAY))) {
          refuse("an array parameter may be written through a merge or a cast");
        }
      }
    }
    List<Insn> out = new ArrayList<>();
    List<Value> shadowed = new ArrayList<>();
    for (Insn s : derived) {
      if (s.op != Op.SHADOW) continue;
      shadowed.add(s.arg(1));
      if (!storedInto(forward).contains(s.arg(0))) out.add(s);
    }
    for (Insn r : rowLoads) if (!shadowed.contains(r)) out.add(r); // the scalar adjoints' row
    for (Insn r : out) if (!r.type.equals(Type.getType(double[].class))) refuse("an adjoint row is " + r.type.getClassName());
    return out;
  }

  /** The parameters the forward sweep stores into. */
  static List<Value> storedInto(Set<Block> forward) {
    List<Value> out = new ArrayList<>();
    for (Block blk : forward) {
      for (Insn i : blk.insns) {
        if (i.op == Op.ASTORE && i.arg(0) instanceof Insn && ((Insn) i.arg(0)).op == Op.PARAM && !out.contains(i.arg(0))) {
          out.add(i.arg(0));
        }
      }
    }
    return out;
  }

  /**
   * At {@code b}: an {@link IllegalArgumentException} when {@code x} and {@code y} are one array
   * (the overwritten rows assume distinct arrays: a row shared with another, or the adjoint of an
   * array the method also writes under another name, would lose what the other receives).
   */
  static void distinct(Graph g, Builder b, Value x, Value y, String message) {
    Block fail = g.newBlock(), next = g.newBlock();
    b.terminate(Op.IF, Cond.EQ, new Block[] {fail, next}, x, y);
    b.at(fail);
    fail(b, message);
    b.at(next);
  }

  /** Ends {@code b}'s block by throwing an {@link IllegalArgumentException} with {@code message}. */
  static void fail(Builder b, String message) {
    Type iae = Type.getObjectType("java/lang/IllegalArgumentException");
    Insn ex = b.add(Op.NEW, iae, null);
    Insn text = b.add(Op.CONST, Type.getObjectType("java/lang/String"), message);
    b.add(Op.INVOKE, Type.VOID_TYPE, new MethodRef(Opcodes.INVOKESPECIAL, iae.getInternalName(), "<init>", "(Ljava/lang/String;)V", false),
        ex, text);
    b.terminate(Op.THROW, null, new Block[0], ex);
  }

  private static void refuse(String why) throws NotDifferentiable {
    throw new NotDifferentiable(-1, "", "no writing vector adjoint (m$adjointsSet): " + why + "; use m$adjoints with zeroed rows");
  }
}
