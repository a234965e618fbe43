package dev.leibniz.core.reverse;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.IrPrinter;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each forward value that an adjoint's reverse sweep reads gets there, decided in one place
 * ({@link TapePolicy}) and recorded here: kept in its local, recomputed, read from the
 * loop's trip counter, recorded once per run of a loop, or taped each time its block runs; which
 * loops count their trips and which merges tape the path taken ({@link ControlFlowRecorder}); and
 * which loops reserve their tape room before they run ({@link TapeReservations}). Printed
 * into the dump's IR text and pinned by golden tests ({@code TapePlanTest}), so a tape regression
 * shows as a changed line, not only in a benchmark.
 */
public final class TapePlan {
  /** The ways a forward value reaches the reverse sweep, cheapest first. */
  public enum How {
    LOCAL("kept in a local"),
    RECOMPUTED("recomputed"),
    INDUCTION("recomputed from the trip counter"),
    ONCE_PER_LOOP_RUN("taped once per run of the loop"),
    REPEATED_LOAD("the same cell's earlier load in the block"),
    FORWARDED("recomputed as the value an earlier loop stored there"),
    TAPED("taped each time its block runs");

    final String text;

    How(String text) {
      this.text = text;
    }
  }

  private record Entry(String value, Block reversing, How how) {}

  private final List<Entry> entries = new ArrayList<>();
  /** One line per loop reversed from a trip counter: its header and the counter's type. */
  private final Map<Block, String> counters = new LinkedHashMap<>();

  /** One line per merge that records the edge taken on the tape ({@link #pathOnTape}). */
  private final List<String> paths = new ArrayList<>();

  /** One line per loop whose tape room is reserved before it runs ({@link TapeReservations}). */
  private final List<String> reservations = new ArrayList<>();

  /**
   * The loop headed by {@code header} reserves its tape room before it runs ({@link
   * TapeReservations}): {@code perTrip} entries per trip by kind ({@code D I J A}), for {@code
   * max(0, bound - start) + 1} trips (step −1: {@code start - bound}), so its pushes carry no
   * growth check.
   */
  void reservation(Block header, TapeReservations.Site site, Value start, int[] perTrip) {
    String bound = site.lengthOf() != null ? site.lengthOf() + ".length" : site.bound() == null ? "0" : operand(site.bound());
    String trips = site.step() > 0 ? bound + " - " + operand(start) : operand(start) + " - " + bound;
    StringBuilder per = new StringBuilder();
    String[] kinds = {"double", "int", "long", "reference"};
    for (int k = 0; k < perTrip.length; k++) {
      if (perTrip[k] == 0) continue;
      if (per.length() > 0) per.append(" + ");
      per.append(perTrip[k]).append(' ').append(kinds[k]).append(perTrip[k] == 1 ? "" : "s");
    }
    reservations.add(header + " tape reserved before the loop: (max(0, " + trips + ") + 1) x (" + per + ") per trip");
  }

  /** A constant by its value, any other value by its name. */
  private static String operand(Value v) {
    return v instanceof Insn && ((Insn) v).op == dev.leibniz.core.ir.Op.CONST ? String.valueOf(((Insn) v).attr) : v.toString();
  }

  /**
   * The loop headed by {@code header} is reversed from a trip counter: an {@code int} for a counted
   * loop ({@code CountedLoops}), else a {@code long}.
   */
  void counter(Block header, boolean counted, boolean fitsInt) {
    counters.put(header, header + " trip counter: " + (counted ? "int (counted loop)" : "long")
        + (counted && !fitsInt ? ", tested with != 0 (2^31 trips or more not excluded)" : ""));
  }

  /** The trip count of loop {@code header} is computed from its bounds in the reverse sweep, as {@code trips}. */
  void tripsFromBounds(Block header, String trips, boolean fitsInt) {
    counters.put(header, header + " trip counter: int (counted loop)"
        + (fitsInt ? "" : ", tested with != 0 (2^31 trips or more not excluded)") + ", computed from the bounds in the reverse: " + trips);
  }

  /** {@link #reservation}'s text of the trips of a loop: {@code bound - start} (step −1: {@code start - bound}). */
  static String trips(Value start, Value bound, Value lengthOf, int step) {
    String n = lengthOf != null ? lengthOf + ".length" : bound == null ? "0" : operand(bound);
    return "max(0, " + (step > 0 ? n + " - " + operand(start) : operand(start) + " - " + n) + ")";
  }

  /**
   * Merge {@code blk} lies on a cycle but heads no loop with a trip counter: the edge it was entered
   * by goes on the {@code int} tape each time ({@link ControlFlowRecorder}; a merge outside cycles
   * keeps it in a local and is not listed).
   */
  void pathOnTape(Block blk) {
    paths.add(blk + " path taken: on the int tape each time it is entered");
  }

  /** {@code srcValue} (the method's own value, or null for one the adjoint made) as read in the reverse of {@code reversing}. */
  void add(Value srcValue, Value forward, Block reversing, How how) {
    String text = srcValue instanceof Insn ? IrPrinter.insn((Insn) srcValue)
        : srcValue instanceof Phi ? srcValue + ": " + IrPrinter.typeName(srcValue.type) + " = phi of " + ((Phi) srcValue).block
        : srcValue != null ? srcValue.toString()
        : "(adjoint's own) " + (forward instanceof Insn ? IrPrinter.insn((Insn) forward) : String.valueOf(forward));
    entries.add(new Entry(text, reversing, how));
  }

  /** Counts the entries decided {@code how}. */
  public long count(How how) {
    return entries.stream().filter(e -> e.how == how).count();
  }

  /** One line per value and block whose reverse reads it: {@code B2 v7: double = mul v3 v5: taped each time its block runs}. */
  public String print() {
    StringBuilder sb = new StringBuilder();
    for (Entry e : entries) {
      sb.append(e.reversing).append(' ').append(e.value).append(": ").append(e.how.text).append('\n');
    }
    for (String c : counters.values()) sb.append(c).append('\n');
    for (String p : paths) sb.append(p).append('\n');
    for (String r : reservations) sb.append(r).append('\n');
    return sb.toString();
  }
}
