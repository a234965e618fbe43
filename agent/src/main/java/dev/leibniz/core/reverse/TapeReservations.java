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
 * carry no growth check ({@code Op.TAPE_RESERVE}, then unchecked {@code Op.TAPE_PUSH}es): a
 * counted loop ({@link CountedLoops}, step ±1) whose bound is defined before it, whose own blocks
 * form one straight chain back to its header (no branch, so no second exit and no pushed branch
 * index), each inner loop of it entered through its header and left by one edge into the chain,
 * and which calls nothing (a callee pushes on the same tapes). Its header runs exactly {@code
 * max(0, bound - start) + 1} times (the step −1 form: {@code start - bound}), and every other
 * block of the chain, and every entry into an inner loop, one time fewer, so reserving {@code
 * (max(0, trips) + 1) ×} the entries they push per trip is never too little — when the inner
 * loops push nothing (the builder checks it: their trip counts come from their bounds, their
 * values are taped at their exits, which are in the chain; {@code AdjointBuilder.reserveTapes}).
 */
final class TapeReservations {
  private TapeReservations() {}

  /**
   * A loop fit for a reservation: its induction variable, its bound (null: zero; when {@code
   * lengthOf} is not null, the bound is that array's length, which javac reads again in the
   * header), its step, its own blocks ({@code body}: each runs at most once per trip), the blocks
   * of its inner loops ({@code nested}), and per inner loop's header the index of its entering
   * predecessor.
   */
  record Site(Phi counter, Value bound, Value lengthOf, int step, List<Block> body, List<Block> nested,
      Map<Block, Integer> nestedEntries) {}

  /**
   * The site of the counted loop headed by {@code header} (entered through predecessor {@code
   * entry}, repeated through {@code latch}), or null when its tape cannot be reserved up front.
   */
  static Site of(Graph g, Block header, int entry, int latch, Loops loops, Dominators dominators, Map<Value, Block> defs) {
    int loop = loops.innermost(header);
    if (loop < 0 || loops.header(loop) != header || header.preds.size() != 2) return null;
    Map<Block, Integer> nestedEntries = new HashMap<>();
    for (int inner : loops.children(loop)) {
      int enteredBy = enteredOnlyByHeader(loops, inner);
      if (enteredBy < 0 || !leftByOneEdgeInto(loops, inner, loop)) return null;
      nestedEntries.put(loops.header(inner), enteredBy);
    }
    List<Block> body = new ArrayList<>();
    List<Block> nested = new ArrayList<>();
    for (Block blk : g.blocks) {
      if (!loops.contains(loop, blk)) continue;
      for (Insn i : blk.insns) {
        if (i.op == Op.INVOKE) return null;
      }
      if (loops.innermost(blk) != loop) {
        nested.add(blk);
        continue;
      }
      if (blk != header && (blk.preds.size() != 1 || blk.successors().size() != 1)) return null;
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
        return new Site(ph, bound, null, step, body, nested, nestedEntries);
      }
      if (bound instanceof Insn && ((Insn) bound).op == Op.ALENGTH
          && definedBefore(((Insn) bound).arg(0), header, loop, loops, dominators, defs)) {
        return new Site(ph, bound, ((Insn) bound).arg(0), step, body, nested, nestedEntries);
      }
      return null;
    }
    return null;
  }

  /**
   * The index of the one predecessor from outside by which loop {@code inner}'s header is entered,
   * or −1 when there are several or another block of it is entered from outside (an irreducible
   * cycle, whose trips nothing bounds).
   */
  private static int enteredOnlyByHeader(Loops loops, int inner) {
    Block h = loops.header(inner);
    int enteredBy = -1;
    for (Block blk : loops.body(inner)) {
      for (int k = 0; k < blk.preds.size(); k++) {
        if (loops.contains(inner, blk.preds.get(k))) continue;
        if (blk != h || enteredBy >= 0) return -1;
        enteredBy = k;
      }
    }
    return enteredBy;
  }

  /** True when loop {@code inner} is left by one edge only, into a block of {@code outer}. */
  private static boolean leftByOneEdgeInto(Loops loops, int inner, int outer) {
    int exits = 0;
    for (Block blk : loops.body(inner)) {
      for (Block s : blk.successors()) {
        if (loops.contains(inner, s)) continue;
        if (!loops.contains(outer, s)) return false;
        exits++;
      }
    }
    return exits == 1;
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
