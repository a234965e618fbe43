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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The rows of a writing vector adjoint held in slices of flat arrays ({@code m$adjointsInto}): the
 * parameter that was k rows, {@code double[][] bars}, is {@code double[] bar, int at, int stride},
 * and row d is the slice of {@code bar} from {@code at + d·stride}, as long as the row (the array
 * parameter's length; the number of scalar adjoints). A caller filling a Jacobian in place (BA's
 * CSR values: a row's camera, point and weight entries side by side) then needs no copy of rows.
 *
 * <p>Built on the finished {@code m$adjointsSet} ({@link RowSweeps}, {@link OverwrittenRows}): at
 * each row head the slice's start is computed, and each load and store of a row at index i becomes
 * one of {@code bar} at {@code start + i}, each fill of a row one of its slice. A row used any
 * other way is refused. An adjoint array must be given ({@code IllegalArgumentException} for null:
 * no fresh zeros to point into); the scalar adjoints' array may be null (not wanted), as in {@code
 * m$adjointsSet}. Every row's slice must lie within its array, checked before any row is written ({@link
 * #checkInside}). Within a row, no two non-empty slices of one array may overlap, nor may a seeded array's
 * slices from one row to the next ({@code IllegalArgumentException}): an overwritten row assumes cells of its own,
 * and a seed row is read after another row may have left its adjoint there.
 */
final class SliceRows {
  private static final MethodRef FILL = new MethodRef(Opcodes.INVOKESTATIC, "java/util/Arrays", "fill", "([DIID)V", false);
  private static final Type DOUBLES = Type.getType(double[].class);

  /** A row: the flat array, where the row starts in it (this row head's), its length. */
  private record Slice(Insn array, Value start, Value length) {}

  private final Graph g;
  /** Each value standing for a row (its load {@code bars[d]}, the SHADOW made from it) and its slice. */
  private final Map<Insn, Slice> slices = new LinkedHashMap<>();

  private SliceRows(Graph g) {
    this.g = g;
  }

  /**
   * Before the rows ({@code b} at the end of the forward sweep): the adjoint arrays checked non-null and
   * the rows' lengths, the same for every row; then {@link #starts} at each row head.
   */
  static SliceRows before(Graph g, Builder b, List<Insn> rowLoads, List<Insn> derived, int scalarLength) {
    SliceRows s = new SliceRows(g);
    for (Insn load : rowLoads) {
      Insn array = (Insn) load.arg(0);
      Insn shadow = null;
      for (Insn v : derived) if (v.op == Op.SHADOW && v.arg(1) == load) shadow = v;
      Value length;
      if (shadow != null) {
        Block fail = g.newBlock(), next = g.newBlock();
        b.terminate(Op.IF, Cond.NULL, new Block[] {fail, next}, array);
        b.at(fail);
        OverwrittenRows.fail(b, "no adjoint array: m$adjointsInto writes and reads adjoints in the arrays given; pass an array");
        b.at(next);
        length = b.add(Op.ALENGTH, Type.INT_TYPE, null, shadow.arg(0));
        s.slices.put(shadow, new Slice(array, null, length));
      } else {
        length = b.constant(Type.INT_TYPE, scalarLength);
      }
      s.slices.put(load, new Slice(array, null, length));
    }
    return s;
  }

  /** At the row head {@code b} (row {@code d}): each row's start, from its {@code at} and {@code stride} parameters ({@code params}, by row load). */
  void starts(Builder b, Value d, List<Insn> rowLoads, List<Insn> derived, Map<Insn, Insn[]> params) {
    for (Insn load : rowLoads) {
      Insn[] atStride = params.get(load);
      Value start = b.plus(atStride[0], b.times(d, atStride[1]));
      for (Map.Entry<Insn, Slice> e : slices.entrySet()) {
        Insn row = e.getKey();
        if (row == load || (derived.contains(row) && row.arg(1) == load)) {
          e.setValue(new Slice(e.getValue().array, start, e.getValue().length));
        }
      }
    }
  }

  /**
   * Once, before the rows: an {@link IllegalArgumentException} when a row's slice ({@code at + d·stride} to there plus
   * the row's length, for some {@code d < k}) leaves its array, so that no row is written when a later one could not be
   * (the JVM's bounds check would throw only after the earlier rows were written). The slices' starts are linear in
   * {@code d}: the first and the last row bound them all; {@code long} arithmetic, as {@code (k - 1)·stride} may not fit
   * an {@code int}. A null scalar adjoints' array (not wanted) is not checked.
   */
  void checkInside(Builder b, Value k, List<Insn> rowLoads, Map<Insn, Insn[]> params) {
    Block rows = g.newBlock(), done = g.newBlock();
    b.terminate(Op.IF, Cond.GT, new Block[] {rows, done}, k, b.constant(Type.INT_TYPE, 0));
    b.at(rows);
    for (Insn load : rowLoads) {
      Slice s = slices.get(load);
      Insn[] atStride = params.get(load);
      Block given = g.newBlock(), next = g.newBlock(), fail = g.newBlock();
      b.terminate(Op.IF, Cond.NULL, new Block[] {next, given}, s.array);
      b.at(given);
      Value room = b.convert(b.minus(b.add(Op.ALENGTH, Type.INT_TYPE, null, s.array), s.length), Type.LONG_TYPE);
      Value first = b.convert(atStride[0], Type.LONG_TYPE);
      Value rest = b.convert(b.minus(k, b.constant(Type.INT_TYPE, 1)), Type.LONG_TYPE);
      Value last = b.plus(first, b.times(rest, b.convert(atStride[1], Type.LONG_TYPE)));
      for (Value start : new Value[] {first, last}) {
        Block above = g.newBlock(), inside = g.newBlock();
        b.terminate(Op.IF, Cond.LT, new Block[] {fail, above}, compare(b, start, b.constant(Type.LONG_TYPE, 0)));
        b.at(above);
        b.terminate(Op.IF, Cond.GT, new Block[] {fail, inside}, compare(b, start, room));
        b.at(inside);
      }
      b.jump(next);
      b.at(fail);
      int array = (Integer) ((Insn) load.arg(0)).attr;
      OverwrittenRows.fail(b, "the " + ordinal(array) + " parameter's slices run past its array: m$adjointsInto writes"
          + " row d from at + d·stride (the " + ordinal(array + 1) + " and " + ordinal(array + 2) + " parameters), as long"
          + " as the row, for every d < k; pass an array that holds them or a smaller at or stride");
      b.at(next);
    }
    b.jump(done);
    b.at(done);
  }

  /** {@code LCMP}: below, at or above zero as {@code x} is below, equal to or above {@code y}. */
  private static Value compare(Builder b, Value x, Value y) {
    return b.add(Op.CMP, Type.INT_TYPE, Opcodes.LCMP, x, y);
  }

  /** 1 → "1st": the parameter {@code index} (from 0) in words that cannot be read as counted from either. */
  private static String ordinal(int index) {
    int n = index + 1;
    String suffix = n % 100 / 10 == 1 ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return n + suffix;
  }

  /**
   * At {@code b} (a row head): an {@link IllegalArgumentException} when two non-empty rows ({@code rows}) overlap in one
   * array: an overwritten row assumes cells of its own, and a seed row (of an array the method writes) is read after
   * another row's reverse may have left its adjoint there.
   */
  void checkDisjoint(Builder b, List<Insn> rows) {
    for (int x = 0; x < rows.size(); x++) {
      for (int y = x + 1; y < rows.size(); y++) {
        Slice p = slices.get(rows.get(x)), q = slices.get(rows.get(y));
        Block sameArray = g.newBlock(), after = g.newBlock(), fail = g.newBlock(), next = g.newBlock();
        b.terminate(Op.IF, Cond.EQ, new Block[] {sameArray, next}, p.array, q.array);
        b.at(sameArray);
        b.terminate(Op.IF, Cond.LT, new Block[] {after, next}, p.start, b.plus(q.start, q.length));
        b.at(after);
        Block nonEmpty = g.newBlock();
        b.terminate(Op.IF, Cond.LT, new Block[] {nonEmpty, next}, q.start, b.plus(p.start, p.length));
        b.at(nonEmpty); // p.start < q.end and q.start < p.end: they share a cell unless one is empty
        Block bothHold = g.newBlock();
        b.terminate(Op.IF, Cond.GT, new Block[] {bothHold, next}, p.length, b.constant(Type.INT_TYPE, 0));
        b.at(bothHold);
        b.terminate(Op.IF, Cond.GT, new Block[] {fail, next}, q.length, b.constant(Type.INT_TYPE, 0));
        b.at(fail);
        OverwrittenRows.fail(b, "two adjoint rows overlap in one array: m$adjointsInto overwrites its rows and reads the"
            + " seeds of the arrays the method writes from theirs; pass slices apart or use m$adjoints");
        b.at(next);
      }
    }
  }

  /**
   * Once, before the rows: an {@link IllegalArgumentException} when a seed row ({@code seedRows}: of an array the method
   * writes, holding the seed in and the adjoint out) overlaps itself from one row to the next ({@code k > 1}, a
   * non-empty slice, {@code |stride| <} its length): a later row would take an earlier row's adjoint as its seed.
   */
  void checkSeedsApart(Builder b, Value k, List<Insn> seedRows, Map<Insn, Insn[]> params) {
    Value zero = b.constant(Type.INT_TYPE, 0);
    for (Insn row : seedRows) {
      Value stride = params.get((Insn) row.arg(1))[1], length = slices.get(row).length;
      Block rows = g.newBlock(), held = g.newBlock(), below = g.newBlock(), fail = g.newBlock(), next = g.newBlock();
      b.terminate(Op.IF, Cond.GT, new Block[] {rows, next}, k, b.constant(Type.INT_TYPE, 1));
      b.at(rows);
      b.terminate(Op.IF, Cond.GT, new Block[] {held, next}, length, zero);
      b.at(held);
      b.terminate(Op.IF, Cond.LT, new Block[] {below, next}, stride, length);
      b.at(below);
      b.terminate(Op.IF, Cond.LT, new Block[] {fail, next}, b.minus(zero, stride), length);
      b.at(fail);
      OverwrittenRows.fail(b, "the slices of one seeded array overlap from one row to the next (|stride| < its length):"
          + " m$adjointsInto reads each row's seed from its slice; pass a stride at least the array's length");
      b.at(next);
    }
  }

  /** Every use of a row becomes a use of its slice; the rows' loads and shadows go. */
  void rewrite() throws NotDifferentiable {
    Map<Value, Value> lengths = new HashMap<>();
    for (Block blk : g.blocks) {
      for (Phi p : blk.phis) for (Value v : p.inputs) if (slices.containsKey(v)) refuse();
      List<Insn> out = new ArrayList<>();
      for (Insn i : blk.insns) {
        if (slices.containsKey(i)) continue; // the row itself: dropped
        Slice s = rowArgument(i);
        if (s == null) {
          out.add(i);
        } else if (i.op == Op.ALENGTH) {
          lengths.put(i, s.length);
        } else if ((i.op == Op.ALOAD || i.op == Op.ASTORE) && !slices.containsKey(i.args[i.args.length - 1])) {
          i.args[0] = s.array;
          i.args[1] = offset(out, s, i.arg(1));
          out.add(i);
        } else if (i.op == Op.INVOKE && i.attr.equals(FILL)) {
          i.args[0] = s.array;
          i.args[1] = offset(out, s, i.arg(1));
          i.args[2] = offset(out, s, i.arg(2));
          out.add(i);
        } else if (i.op == Op.INVOKE && i.attr.equals(OverwrittenRows.FILL_ALL)) {
          out.add(g.newInsn(Op.INVOKE, Type.VOID_TYPE, FILL, s.array, s.start, offset(out, s, s.length), i.arg(1)));
        } else {
          refuse();
        }
      }
      blk.insns.clear();
      blk.insns.addAll(out);
      Insn t = blk.terminator;
      if (t != null) {
        for (int k = 0; k < t.args.length; k++) {
          Slice s = slices.get(t.args[k]);
          if (s == null) continue;
          if (t.op != Op.IF || (t.cond() != Cond.NULL && t.cond() != Cond.NONNULL)) refuse();
          t.args[k] = s.array;
        }
      }
    }
    g.replaceUses(lengths);
    for (Slice s : slices.values()) s.array.type = DOUBLES;
  }

  /** The slice of the row {@code i} reads or writes through its first argument, or null. */
  private Slice rowArgument(Insn i) throws NotDifferentiable {
    Slice s = null;
    for (int k = 0; k < i.args.length; k++) {
      if (!slices.containsKey(i.args[k])) continue;
      if (k != 0) refuse();
      s = slices.get(i.args[k]);
    }
    return s;
  }

  /** {@code start + index}, placed before the access. */
  private Value offset(List<Insn> out, Slice s, Value index) {
    Insn sum = g.newInsn(Op.ADD, Type.INT_TYPE, null, s.start, index);
    out.add(sum);
    return sum;
  }

  private static void refuse() throws NotDifferentiable {
    throw new NotDifferentiable(-1, "", "no vector adjoint into slices (m$adjointsInto): a row is used otherwise than by"
        + " its loads, stores and fills; use m$adjointsSet");
  }
}
