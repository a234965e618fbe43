package dev.leibniz.core.reverse;

import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Builder;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.ir.Var;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * Turns a built adjoint into a vector adjoint ({@code m$adjoints}): its forward sweep runs once,
 * then its reverse sweep once per row of seeds, {@code d = 0 .. k-1}. The reverse sweep is left as
 * it is; a new block at the head of each row (the <em>row head</em>) gives it row d's adjoint
 * arrays (the values {@code rows[d]} that stood for row 0 in the entry block move there, reading
 * d), zeroes the accumulators it keeps in variables and the shadows of the forward sweep's small
 * temporaries that it writes, and its return becomes the row's latch. What the reverse reads of
 * the forward sweep (locals, recorded paths) is the same for every row.
 *
 * <p>Only an adjoint whose reverse sweep leaves no state but those (no tape, no call but {@code
 * Math}'s, no field, no helper, stores only into row arrays and into constant-length temporaries
 * of primitives the forward sweep made and does not write) is turned; anything else is refused
 * with the reason, and the ordinary companions are unaffected.
 */
final class RowSweeps {
  /** Longest temporary shadow zeroed at each row head (BA's are 2 and 3). */
  private static final int MAX_ZEROED = 64;

  private final Graph g;
  private final Block exit;
  private final Block reverseEntry;
  private final Set<Block> forward;
  private final Set<Block> reverse;
  /** Rows in slices of flat arrays ({@link #loopIntoSlices}), else null. */
  private java.util.Map<Insn, Insn[]> slices;
  private int scalarLength;

  private RowSweeps(Graph g, Block exit, Block reverseEntry) {
    this.g = g;
    this.exit = exit;
    this.reverseEntry = reverseEntry;
    this.reverse = reachable(reverseEntry, null);
    this.forward = reachable(g.entry(), reverseEntry);
  }

  /**
   * Loops {@code g}'s reverse sweep over the rows. {@code exit} ends the forward sweep with a jump
   * to {@code reverseEntry}; each of {@code rowLoads} ({@code rows[0]}, in the entry block) becomes
   * {@code rows[d]} at the row head, followed there by each of {@code derived} (computed from
   * them); {@code k} is the number of rows.
   */
  static void loop(Graph g, Block exit, Block reverseEntry, List<Insn> rowLoads, List<Insn> derived, Value k)
      throws NotDifferentiable {
    new RowSweeps(g, exit, reverseEntry).build(rowLoads, derived, k, false);
  }

  /**
   * {@link #loop}, each row's reverse sweep writing ({@code =}) rather than adding into the rows
   * that hold no seed ({@code m$adjointsSet}, {@link OverwrittenRows}).
   */
  static void loopOverwriting(Graph g, Block exit, Block reverseEntry, List<Insn> rowLoads, List<Insn> derived, Value k)
      throws NotDifferentiable {
    new RowSweeps(g, exit, reverseEntry).build(rowLoads, derived, k, true);
  }

  /**
   * {@link #loopOverwriting}, each row a slice of a flat array ({@code m$adjointsInto}, {@link SliceRows}):
   * {@code slices} gives each row load's {@code at} and {@code stride} parameters, {@code scalarLength}
   * the scalar adjoints' row's length.
   */
  static void loopIntoSlices(Graph g, Block exit, Block reverseEntry, List<Insn> rowLoads, List<Insn> derived, Value k,
      java.util.Map<Insn, Insn[]> slices, int scalarLength) throws NotDifferentiable {
    RowSweeps r = new RowSweeps(g, exit, reverseEntry);
    r.slices = slices;
    r.scalarLength = scalarLength;
    r.build(rowLoads, derived, k, true);
  }

  private void build(List<Insn> rowLoads, List<Insn> derived, Value k, boolean overwrite) throws NotDifferentiable {
    for (Block blk : forward) {
      if (reverse.contains(blk)) refuse("its forward sweep and its reverse sweep share a block");
      for (Insn i : blk.insns) {
        if (i.op == Op.TAPE_PUSH || i.op == Op.TAPE_POP || i.op == Op.TAPE_RESERVE) {
          refuse("its adjoint keeps a tape (a loop or a call reversed through it)");
        }
      }
    }
    List<Insn> moved = new ArrayList<>(rowLoads);
    moved.addAll(derived);
    for (Insn v : moved) {
      if (usedIn(forward, v, moved)) refuse("its forward sweep reads an adjoint array");
    }
    Set<Var> forwardVars = written(forward);
    Set<Var> reset = new LinkedHashSet<>();
    List<Insn> temporaries = new ArrayList<>();
    for (Block blk : reverse) {
      for (Insn i : blk.insns) check(i, moved, forwardVars, reset, temporaries);
      check(blk.terminator, moved, forwardVars, reset, temporaries);
    }
    List<Insn> overwritten = overwrite ? OverwrittenRows.of(rowLoads, derived, forward) : List.of();
    Var row = g.newVar(Type.INT_TYPE, "row");
    Builder b = new Builder(g, exit);
    distinctPrimals(b, overwritten);
    SliceRows sliced = slices == null ? null : SliceRows.before(g, b, rowLoads, derived, scalarLength);
    if (sliced != null && overwrite) sliced.checkSeedsApart(b, k, seedRows(derived, overwritten), slices);
    if (sliced != null) sliced.checkInside(b, k, rowLoads, slices);
    Block test = g.newBlock(), head = g.newBlock(), latch = g.newBlock(), done = g.newBlock();
    reverseEntry.preds.remove(exit);
    b.write(row, b.constant(Type.INT_TYPE, 0));
    b.jump(test);
    b.at(test);
    b.terminate(Op.IF, Cond.LT, new Block[] {head, done}, b.read(row), k);
    b.at(head);
    Value d = b.read(row);
    for (Var v : reset) b.write(v, b.constant(v.type, 0));
    for (Insn t : temporaries) {
      Type element = t.type.getElementType();
      int n = ((Number) ((Insn) t.arg(0)).attr).intValue();
      for (int e = 0; e < n; e++) {
        b.add(Op.ASTORE, Type.VOID_TYPE, null, t, b.constant(Type.INT_TYPE, e), b.constant(element, 0));
      }
    }
    for (Insn v : moved) {
      for (Block blk : g.blocks) blk.insns.remove(v);
      if (rowLoads.contains(v)) v.args[1] = d;
      b.block().insns.add(v);
    }
    if (overwrite) {
      if (sliced == null) {
        distinctRows(b, moved, overwritten);
      } else {
        sliced.starts(b, d, rowLoads, derived, slices);
        sliced.checkDisjoint(b, checkedRows(moved, overwritten));
      }
      OverwrittenRows.apply(g, reverse, reverseEntry, overwritten, b);
      if (sliced != null) sliced.rewrite();
    }
    b.jump(reverseEntry);
    for (Block blk : reverse) {
      if (blk.terminator.op == Op.RETURN) {
        if (blk.terminator.args.length > 0) refuse("it returns a result");
        b.at(blk);
        b.jump(latch);
      }
    }
    b.at(latch);
    b.write(row, b.plus(b.read(row), b.constant(Type.INT_TYPE, 1)));
    b.jump(test);
    b.at(done);
    b.terminate(Op.RETURN, null, new Block[0]);
  }

  /** Once: no overwritten row's array is an array the forward sweep writes under another parameter's name. */
  private void distinctPrimals(Builder b, List<Insn> overwritten) {
    for (Insn s : overwritten) {
      if (s.op != Op.SHADOW) continue;
      for (Value q : OverwrittenRows.storedInto(forward)) {
        if (q.type.equals(s.arg(0).type)) {
          OverwrittenRows.distinct(g, b, s.arg(0), q, "an array given twice, once as an array the method writes:"
              + " m$adjointsSet overwrites the adjoints of the arrays it does not write; pass distinct arrays or use m$adjoints");
        }
      }
    }
  }

  /** At each row head: each overwritten row is an array of its own (shared with another row, it would lose what that one receives). */
  private void distinctRows(Builder b, List<Insn> moved, List<Insn> overwritten) {
    List<Insn> rows = checkedRows(moved, overwritten);
    for (int x = 0; x < rows.size(); x++) {
      for (int y = x + 1; y < rows.size(); y++) {
        if (overwritten.contains(rows.get(x)) || overwritten.contains(rows.get(y))) {
          OverwrittenRows.distinct(g, b, rows.get(x), rows.get(y), "one array given as two adjoint rows: m$adjointsSet"
              + " overwrites its rows; pass distinct arrays or use m$adjoints");
        }
      }
    }
  }

  /** The rows of the arrays the method writes: their slices hold the seed in and the adjoint out. */
  private static List<Insn> seedRows(List<Insn> derived, List<Insn> overwritten) {
    List<Insn> seeded = new ArrayList<>();
    for (Insn v : derived) if (v.op == Op.SHADOW && !overwritten.contains(v)) seeded.add(v);
    return seeded;
  }

  /** The rows the row head checks apart: the arrays' shadows and the overwritten rows. */
  private static List<Insn> checkedRows(List<Insn> moved, List<Insn> overwritten) {
    List<Insn> rows = new ArrayList<>();
    for (Insn v : moved) if (v.op == Op.SHADOW || overwritten.contains(v)) rows.add(v);
    return rows;
  }

  /**
   * What {@code i} of the reverse sweep needs at each row head: the variables it writes reset (unless
   * the forward sweep writes them: refused), the temporaries it stores into zeroed; refuses what
   * would carry state from one row to the next.
   */
  private void check(Insn i, List<Insn> rows, Set<Var> forwardVars, Set<Var> reset, List<Insn> temporaries)
      throws NotDifferentiable {
    switch (i.op) {
      case VAR_WRITE:
      case VAR_READ:
        if (i.op == Op.VAR_WRITE && forwardVars.contains(i.var())) refuse("a variable is written in both sweeps");
        if (!forwardVars.contains(i.var())) {
          if (i.var().type.getSort() > Type.DOUBLE) refuse("its reverse sweep keeps a reference in a variable");
          reset.add(i.var());
        }
        return;
      case ASTORE: {
        Value a = i.arg(0);
        if (rows.contains(a) || temporaries.contains(a)) return;
        if (isZeroableTemporary(a)) {
          temporaries.add((Insn) a);
          return;
        }
        refuse("its reverse sweep writes an array that is not an adjoint of this row");
        return;
      }
      case INVOKE: {
        String owner = i.method().owner();
        if (owner.equals("java/lang/Math") || owner.equals("java/lang/StrictMath")) return;
        refuse("its reverse sweep calls " + owner.replace('/', '.') + "." + i.method().name());
        return;
      }
      case PUTFIELD: case PUTSTATIC: case HELPER: case TAPE_PUSH: case TAPE_POP: case TAPE_RESERVE: case RESTORE:
      case NEW: case NEWARRAY: case MONITOR_ENTER: case MONITOR_EXIT: case TRY_ENTER: case TRY_EXIT:
        refuse("its reverse sweep does more than arithmetic on adjoints (" + i.op.name().toLowerCase() + ")");
        return;
      default:
    }
  }

  /** A {@code new T[c]} of the forward sweep, T primitive, c a small constant, that the forward sweep never writes. */
  private boolean isZeroableTemporary(Value a) {
    if (!(a instanceof Insn) || ((Insn) a).op != Op.NEWARRAY) return false;
    Insn n = (Insn) a;
    if (!inBlocks(forward, n) || !(n.arg(0) instanceof Insn) || ((Insn) n.arg(0)).op != Op.CONST) return false;
    if (n.type.getDimensions() != 1 || n.type.getElementType().getSort() > Type.DOUBLE) return false;
    int length = ((Number) ((Insn) n.arg(0)).attr).intValue();
    if (length > MAX_ZEROED) return false;
    for (Block blk : forward) {
      for (Insn i : blk.insns) {
        if (i.op == Op.ASTORE && i.arg(0) == a) return false;
        if ((i.op == Op.INVOKE || i.op == Op.HELPER) && java.util.Arrays.asList(i.args).contains(a)) return false;
      }
      for (Phi p : blk.phis) if (p.inputs.contains(a)) return false;
    }
    return true;
  }

  private static boolean inBlocks(Set<Block> blocks, Insn i) {
    for (Block blk : blocks) if (blk.insns.contains(i)) return true;
    return false;
  }

  /** Whether an instruction or phi of {@code blocks} other than those in {@code except} uses {@code v}. */
  private static boolean usedIn(Set<Block> blocks, Value v, List<Insn> except) {
    for (Block blk : blocks) {
      for (Phi p : blk.phis) if (p.inputs.contains(v)) return true;
      for (Insn i : blk.insns) {
        if (!except.contains(i) && java.util.Arrays.asList(i.args).contains(v)) return true;
      }
      if (blk.terminator != null && java.util.Arrays.asList(blk.terminator.args).contains(v)) return true;
    }
    return false;
  }

  private static Set<Var> written(Set<Block> blocks) {
    Set<Var> out = new LinkedHashSet<>();
    for (Block blk : blocks) {
      for (Insn i : blk.insns) if (i.op == Op.VAR_WRITE) out.add(i.var());
    }
    return out;
  }

  /** The blocks reachable from {@code from} without entering {@code stop}. */
  private static Set<Block> reachable(Block from, Block stop) {
    Set<Block> seen = new LinkedHashSet<>();
    Deque<Block> work = new ArrayDeque<>();
    work.push(from);
    while (!work.isEmpty()) {
      Block blk = work.pop();
      if (blk == stop || !seen.add(blk)) continue;
      if (blk.terminator != null) for (Block s : blk.terminator.targets) work.push(s);
    }
    return seen;
  }

  private static void refuse(String why) throws NotDifferentiable {
    throw new NotDifferentiable(-1, "", "no vector adjoint: " + why + "; call m$adjoint once per row instead");
  }
}
