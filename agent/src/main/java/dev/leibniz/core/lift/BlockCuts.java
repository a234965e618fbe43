package dev.leibniz.core.lift;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Insn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The blocks of a graph being cut at the calls a pass inlines ({@link Inliner#spliceCallLeavingInstructions}), their
 * instructions left in the lists that held them until {@link #apply}: meanwhile a block is a range of such a list,
 * with the instructions dropped from it and the casts that go before its calls noted aside. One pass then gives every
 * block its instructions, so that a block cut at n calls costs O(n) moves, where moving the rest of the block at each
 * cut costs O(n^2) (JSOFA's {@code jauNut00a}: 1365 constructions of a table's objects in one block). The graph's
 * other blocks and instructions are what they would be with the moves made at each cut.
 */
public final class BlockCuts {
  private final Map<Block, Range> ranges = new LinkedHashMap<>();
  private final Set<Insn> dropped = new HashSet<>();
  private final Map<Insn, Insn> castsBefore = new HashMap<>();

  /** A block's instructions: {@code list[from, to)}, less those dropped; {@code edited} when that is not its own list. */
  private static final class Range {
    final List<Insn> list;
    final int from;
    int to;
    boolean edited;

    Range(List<Insn> list, int from, int to) {
      this.list = list;
      this.from = from;
      this.to = to;
    }
  }

  private Range range(Block b) {
    return ranges.computeIfAbsent(b, k -> new Range(k.insns, 0, k.insns.size()));
  }

  /** The instructions {@code b} holds now, dropped ones included (a view, valid until its next cut). */
  public List<Insn> of(Block b) {
    Range r = range(b);
    return r.list.subList(r.from, r.to);
  }

  /** {@code b} cut at index {@code j} of {@link #of}: what follows goes to {@code post}, the call itself is dropped. */
  public void cut(Block b, int j, Block post) {
    Range r = range(b);
    dropped.add(r.list.get(r.from + j));
    Range rest = new Range(r.list, r.from + j + 1, r.to);
    rest.edited = true;
    ranges.put(post, rest);
    r.to = r.from + j + 1; // the call stays listed, dropped, so that a cast noted before it is kept (castBefore)
    r.edited = true;
  }

  /** Drops {@code insn}, an instruction of {@code b}. */
  public void drop(Block b, Insn insn) {
    dropped.add(insn);
    range(b).edited = true;
  }

  /** Whether {@code insn} was dropped or inlined here: still in a list until {@link #apply}, but no longer in the code. */
  public boolean gone(Insn insn) {
    return dropped.contains(insn);
  }

  /** Puts {@code cast} before {@code call}, an instruction of {@code b}. */
  public void castBefore(Block b, Insn call, Insn cast) {
    castsBefore.put(call, cast);
    range(b).edited = true;
  }

  /** Gives each block edited its instructions; the cuts are then forgotten. Returns the number of instructions moved. */
  public long apply() {
    long moved = 0;
    Map<Block, List<Insn>> made = new LinkedHashMap<>();
    for (Map.Entry<Block, Range> e : ranges.entrySet()) {
      Range r = e.getValue();
      if (!r.edited) continue;
      List<Insn> insns = new ArrayList<>(r.to - r.from);
      for (Insn i : r.list.subList(r.from, r.to)) {
        Insn cast = castsBefore.get(i);
        if (cast != null) insns.add(cast); // before its call, also when the call was inlined (dropped)
        if (!dropped.contains(i)) insns.add(i);
      }
      made.put(e.getKey(), insns);
    }
    for (Map.Entry<Block, List<Insn>> e : made.entrySet()) { // after reading every range: they share lists
      e.getKey().insns.clear();
      e.getKey().insns.addAll(e.getValue());
      moved += e.getValue().size();
    }
    ranges.clear();
    dropped.clear();
    castsBefore.clear();
    return moved;
  }
}
