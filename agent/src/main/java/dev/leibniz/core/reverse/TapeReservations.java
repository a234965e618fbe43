package dev.leibniz.core.reverse;

import dev.leibniz.core.analysis.Dominators;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Type;

/**
 * Loops whose tape entries can be reserved once, before the loop, so that the pushes inside it
 * carry no growth check ({@code Op.TAPE_RESERVE}, then unchecked {@code Op.TAPE_PUSH}es): an
 * innermost counted loop ({@link CountedLoops}, step ±1) whose bound is defined before it, whose
 * body is one straight chain of blocks back to its header (no branch, so no second exit and no
 * pushed branch index) and calls nothing (a callee pushes on the same tapes). Its header runs
 * exactly {@code max(0, bound - start) + 1} times (the step −1 form: {@code start - bound}), and
 * every other block of it one time fewer, so reserving {@code (max(0, trips) + 1) ×} the loop's
 * entries per trip is never too little.
 */
final class TapeReservations {
  private TapeReservations() {}

  /**
   * A loop fit for a reservation: its induction variable, its bound (null: zero; when {@code
   * lengthOf} is not null, the bound is that array's length, which javac reads again in the
   * header), its step and its blocks.
   */
  record Site(Phi counter, Value bound, Value lengthOf, int step, List<Block> body) {}

  /**
   * The site of the counted loop headed by {@code header} (entered through predecessor {@code
   * entry}, repeated through {@code latch}), or null when its tape cannot be reserved up front.
   */
  static Site of(Graph g, Block header, int entry, int latch, Loops loops, Dominators dominators, Map<Value, Block> defs) {
    int loop = loops.innermost(header);
    if (loop < 0 || loops.header(loop) != header || header.preds.size() != 2) return null;
    List<Block> body = new ArrayList<>();
    for (Block blk : g.blocks) {
      if (!loops.contains(loop, blk)) continue;
      if (loops.innermost(blk) != loop) return null;
      if (blk != header && (blk.preds.size() != 1 || blk.successors().size() != 1)) return null;
      for (Insn i : blk.insns) {
        if (i.op == Op.INVOKE) return null;
      }
      body.add(blk);
    }
    Insn t = header.terminator;
    if (t.op != Op.IF || t.args.length == 0) return null;
    for (int side = 0; side < t.args.length; side++) {
      if (!(t.args[side] instanceof Phi) || ((Phi) t.args[side]).block != header) continue;
      Phi ph = (Phi) t.args[side];
      int step = CountedLoops.step(ph, latch);
      if (step != 1 && step != -1) continue;
      Value bound = t.args.length == 1 ? null : t.args[1 - side];
      if (bound == null || definedBefore(bound, header, loop, loops, dominators, defs)) {
        return new Site(ph, bound, null, step, body);
      }
      if (bound instanceof Insn && ((Insn) bound).op == Op.ALENGTH
          && definedBefore(((Insn) bound).arg(0), header, loop, loops, dominators, defs)) {
        return new Site(ph, bound, ((Insn) bound).arg(0), step, body);
      }
      return null;
    }
    return null;
  }

  /** Tape entries per trip by kind ({@code D I J A}) of the values {@code pushes} records for the blocks of {@code site}. */
  static int[] perTrip(Site site, Map<Block, List<Value>> pushes) {
    int[] counts = new int[4];
    for (Block blk : site.body()) {
      for (Value v : pushes.getOrDefault(blk, List.of())) counts["DIJA".indexOf(kind(v.type))]++;
    }
    return counts;
  }

  /** The tape a value of type {@code t} goes on (as the emitter files it). */
  static char kind(Type t) {
    switch (t.getSort()) {
      case Type.DOUBLE: case Type.FLOAT: return 'D';
      case Type.LONG: return 'J';
      case Type.INT: case Type.BOOLEAN: case Type.BYTE: case Type.CHAR: case Type.SHORT: return 'I';
      default: return 'A';
    }
  }

  static boolean definedBefore(Value v, Block header, int loop, Loops loops, Dominators dominators, Map<Value, Block> defs) {
    if (v instanceof Insn && ((Insn) v).op == Op.CONST) return true;
    Block d = defs.get(v);
    return d != null && !loops.contains(loop, d) && dominators.dominates(d, header);
  }

  /** Where each value of {@code g} is defined. */
  static Map<Value, Block> definitions(Graph g) {
    return definitions(g.blocks);
  }

  /** Where each value of {@code blocks} is defined. */
  static Map<Value, Block> definitions(List<Block> blocks) {
    Map<Value, Block> defs = new HashMap<>();
    for (Block blk : blocks) {
      for (Phi ph : blk.phis) defs.put(ph, blk);
      for (Insn i : blk.insns) defs.put(i, blk);
    }
    return defs;
  }
}
