package dev.leibniz.core.reverse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.explain.Explainer;
import dev.leibniz.core.explain.Explanation;
import dev.leibniz.core.fixtures.CheckpointedHelpers;
import dev.leibniz.core.fixtures.OversizedLoopHelpers;
import dev.leibniz.core.fixtures.TapePlans;
import dev.leibniz.oracle.fixtures.CheckpointedGmm;
import dev.leibniz.oracle.fixtures.ForwardedStores;
import dev.leibniz.oracle.fixtures.RereadTables;
import dev.leibniz.oracle.fixtures.TripsFromBounds;
import dev.leibniz.testing.Transformed;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Golden tape plans, one per construct: how each forward value an adjoint's reverse sweep reads
 * gets there (kept in a local, recomputed, from the trip counter, once per loop run, taped per
 * block execution), and the loops that reserve their tape room before they run (TapeReservations:
 * trips from the bounds, entries per trip by kind). A change in what is taped changes a line here.
 */
class TapePlanTest {
  static final Explainer.Explained EXPLAINED = Explainer.explain(Transformed.bytesOf(TapePlans.class), ClassFinder.NONE);

  static String plan(String method) {
    for (Explanation e : EXPLAINED.companions()) {
      if (e.companion().contains("." + method + "$adjoint(")) {
        String ir = e.derivative();
        return ir.substring(ir.indexOf("tape plan"));
      }
    }
    throw new AssertionError("no adjoint of " + method);
  }

  /** The plan of {@code method}'s adjoint in fixture class {@code fixture}. */
  static String plan(String method, Class<?> fixture) {
    for (Explanation e : Explainer.explain(Transformed.bytesOf(fixture), ClassFinder.NONE).companions()) {
      if (e.companion().contains("." + method + "$adjoint(")) {
        String ir = e.derivative();
        return ir.substring(ir.indexOf("tape plan"));
      }
    }
    throw new AssertionError("no adjoint of " + method);
  }

  /** The plan of the companion whose name contains {@code name} ({@code dot$adjoint$split$stable1(}). */
  static String planOf(String name) {
    for (Explanation e : EXPLAINED.companions()) {
      if (e.companion().contains("." + name)) {
        String ir = e.derivative();
        return ir.substring(ir.indexOf("tape plan"));
      }
    }
    throw new AssertionError("no companion " + name + " in " + EXPLAINED.companions().stream().map(Explanation::companion).toList());
  }

  static final String HEADER = "tape plan (per reversed block, each forward value its reverse reads):\n";

  @Test
  void straightLineCodeKeepsEverythingInLocals() {
    assertEquals(HEADER + """
        B1 v1: double = param 1: kept in a local
        B1 v5: double = div v0 v1: kept in a local
        B1 v3: double = mul v0 v1: kept in a local
        B1 v0: double = param 0: kept in a local
        """, plan("straight"));
  }

  /**
   * The loop also has a checkpointed form (README, "Checkpointing"), chosen at run time and out of
   * line (a continuation method, reversed jointly: B3 keeps its arguments for the reverse call);
   * the loop as it runs without checkpointing tapes the carried value only, as it did before
   * checkpointing existed.
   */
  @Test
  void aNonlinearRecurrenceTapesTheCarriedValueOnly() {
    assertEquals(HEADER + """
        B3 v0: double = param 0: kept in a local
        B3 v1: int = param 1: kept in a local
        B6 v31: double = phi of B5: taped each time its block runs
        B6 v36: double = mul v31 v0: recomputed
        B6 v0: double = param 0: kept in a local
        B7 v1: int = param 1: kept in a local
        B5 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, v1 - 0)
        B5 tape reserved before the loop: (max(0, v1 - 0) + 1) x (1 double) per trip
        """, plan("recurrence"));
  }

  /**
   * The merge after a branch inside a loop records the path taken on the int tape per trip
   * (ControlFlowRecorder); the loop itself counts its trips. A merge moving to the tape, or a loop
   * losing its counter, changes a line here.
   */
  @Test
  void aBranchInALoopTapesThePathTaken() {
    assertEquals(HEADER + """
        B3 (adjoint's own) v4: double[] = helper dev/leibniz/core/fixtures/TapePlans.leibniz$sink([D[D[Ljava/lang/Object;)[D v1 v0 v3: kept in a local
        B3 v7: int = phi of B2: recomputed from the trip counter
        B4 v7: int = phi of B2: recomputed from the trip counter
        B4 v14: double = aload 49 v0 v7: recomputed
        B4 v6: double = phi of B2: taped each time its block runs
        B4 (adjoint's own) v4: double[] = helper dev/leibniz/core/fixtures/TapePlans.leibniz$sink([D[D[Ljava/lang/Object;)[D v1 v0 v3: kept in a local
        B5 (adjoint's own) v4: double[] = helper dev/leibniz/core/fixtures/TapePlans.leibniz$sink([D[D[Ljava/lang/Object;)[D v1 v0 v3: kept in a local
        B5 v7: int = phi of B2: recomputed from the trip counter
        B7 v0: double[] = param 0: kept in a local
        B2 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, v0.length - 0)
        B6 path taken: on the int tape each time it is entered
        """, plan("branchInLoop"));
  }

  @Test
  void aCountedLoopOverAnUnwrittenArrayTapesNothing() {
    assertEquals(HEADER + """
        B3 v7: int = phi of B2: recomputed from the trip counter
        B3 v11: double = aload 49 v0 v7: recomputed
        B3 v10: double = aload 49 v0 v7: recomputed
        B3 (adjoint's own) v4: double[] = helper dev/leibniz/core/fixtures/TapePlans.leibniz$sink([D[D[Ljava/lang/Object;)[D v1 v0 v3: kept in a local
        B4 v0: double[] = param 0: kept in a local
        B2 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, v0.length - 0)
        """, plan("sumOfSquares"));
  }

  /**
   * The inner loop has a checkpointed form too (B5 to B14: its driver, one loop of segment calls
   * per number of levels, long trip counters), as in the recurrence above; the loop itself (B15)
   * keeps its int trip counter and tapes the outer value once per run.
   */
  @Test
  void anOuterLoopsValueIsTapedOncePerRunOfTheInnerLoop() {
    assertEquals(HEADER + """
        B3 v13: double = math exp v12: taped each time its block runs
        B3 (adjoint's own) v5: double[] = helper dev/leibniz/core/fixtures/TapePlans.leibniz$sink([D[D[Ljava/lang/Object;)[D v1 v0 v4: kept in a local
        B3 v9: int = phi of B2: recomputed from the trip counter
        B5 (adjoint's own) v45: double[] = helper dev/leibniz/core/fixtures/TapePlans.leibniz$newD([Ljava/lang/Object;I)[D v4 v43: taped each time its block runs
        B6 (adjoint's own) v61: double[] = checkcast double[] v60: taped each time its block runs
        B6 (adjoint's own) v45: double[] = helper dev/leibniz/core/fixtures/TapePlans.leibniz$newD([Ljava/lang/Object;I)[D v4 v43: taped once per run of the loop
        B6 (adjoint's own) v63: long[] = checkcast long[] v62: taped each time its block runs
        B6 v34: long = invoke dev/leibniz/core/fixtures/TapePlans.leibniz$checkpointPlan(JJJIILjava/lang/String;)J v17 v23 v18 v31 v32 v33: taped once per run of the loop
        B6 v35: int = conv l2i v34: recomputed
        B9 (adjoint's own) v74: double[] = checkcast double[] v73: taped each time its block runs
        B9 (adjoint's own) v45: double[] = helper dev/leibniz/core/fixtures/TapePlans.leibniz$newD([Ljava/lang/Object;I)[D v4 v43: taped once per run of the loop
        B9 (adjoint's own) v76: long[] = checkcast long[] v75: taped each time its block runs
        B9 v34: long = invoke dev/leibniz/core/fixtures/TapePlans.leibniz$checkpointPlan(JJJIILjava/lang/String;)J v17 v23 v18 v31 v32 v33: taped once per run of the loop
        B9 v35: int = conv l2i v34: recomputed
        B9 v39: long = invoke dev/leibniz/core/fixtures/TapePlans.leibniz$checkpointPlan(JJJIILjava/lang/String;)J v17 v23 v18 v36 v37 v38: taped once per run of the loop
        B9 v40: int = conv l2i v39: recomputed
        B12 (adjoint's own) v86: double[] = checkcast double[] v85: taped each time its block runs
        B12 (adjoint's own) v45: double[] = helper dev/leibniz/core/fixtures/TapePlans.leibniz$newD([Ljava/lang/Object;I)[D v4 v43: taped each time its block runs
        B12 (adjoint's own) v88: long[] = checkcast long[] v87: taped each time its block runs
        B12 v34: long = invoke dev/leibniz/core/fixtures/TapePlans.leibniz$checkpointPlan(JJJIILjava/lang/String;)J v17 v23 v18 v31 v32 v33: taped each time its block runs
        B12 v35: int = conv l2i v34: recomputed
        B12 v39: long = invoke dev/leibniz/core/fixtures/TapePlans.leibniz$checkpointPlan(JJJIILjava/lang/String;)J v17 v23 v18 v36 v37 v38: taped each time its block runs
        B12 v40: int = conv l2i v39: recomputed
        B13 (adjoint's own) v45: double[] = helper dev/leibniz/core/fixtures/TapePlans.leibniz$newD([Ljava/lang/Object;I)[D v4 v43: taped each time its block runs
        B16 v153: double = phi of B15: taped each time its block runs
        B16 v13: double = math exp v12: taped once per run of the loop
        B18 v0: double[] = param 0: kept in a local
        B2 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, v0.length - 0)
        B6 trip counter: long
        B9 trip counter: long
        B12 trip counter: long
        B15 trip counter: int (counted loop), tested with != 0 (2^31 trips or more not excluded)
        B13 path taken: on the int tape each time it is entered
        B14 path taken: on the int tape each time it is entered
        B15 tape reserved before the loop: (max(0, v1 - v147) + 1) x (1 double) per trip
        """, plan("nested"));
  }

  /**
   * A loop with a {@code long} counter: its trips are unknown at entry, so it is checkpointed by its
   * growth (README, "Checkpointing"): a loop around it (B2, entered again after the budget is read)
   * and the segments' driver (B10 to B12); the loop itself still tapes the carried value only.
   */
  @Test
  void aLongCounterLoopKeepsALongTripCounter() {
    assertEquals(HEADER + """
        B5 v0: double = param 0: kept in a local
        B5 v16: double = phi of B3: taped each time its block runs
        B10 (adjoint's own) v47: double[] = helper dev/leibniz/core/fixtures/TapePlans.leibniz$newD([Ljava/lang/Object;I)[D v4 v45: kept in a local
        B11 (adjoint's own) v60: double[] = checkcast double[] v59: taped each time its block runs
        B11 (adjoint's own) v47: double[] = helper dev/leibniz/core/fixtures/TapePlans.leibniz$newD([Ljava/lang/Object;I)[D v4 v45: kept in a local
        B11 (adjoint's own) v62: long[] = checkcast long[] v61: taped each time its block runs
        B11 v46: int = conv l2i v45: kept in a local
        B12 (adjoint's own) v47: double[] = helper dev/leibniz/core/fixtures/TapePlans.leibniz$newD([Ljava/lang/Object;I)[D v4 v45: kept in a local
        B2 trip counter: long
        B3 trip counter: long
        B11 trip counter: long
        """, plan("longLoop"));
  }

  @Test
  void aSplitCalleeRecomputesLoadsFromAnArrayItsCallerNeverWrites() {
    // w (argument 0) is stable: loads from it recomputed; t is rewritten before each call: taped
    assertEquals(HEADER + """
        B3 v13: double = aload 49 v1 v9: taped each time its block runs
        B3 v9: int = phi of B2: recomputed from the trip counter
        B3 v12: double = aload 49 v0 v9: recomputed
        B3 (adjoint's own) v8: double[] = helper dev/leibniz/core/fixtures/TapePlans.leibniz$sink([D[D[Ljava/lang/Object;)[D v3 v2 v5: kept in a local
        B3 (adjoint's own) v7: double[] = helper dev/leibniz/core/fixtures/TapePlans.leibniz$sink([D[D[Ljava/lang/Object;)[D v1 v0 v5: kept in a local
        B4 v0: double[] = param 0: kept in a local
        B2 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, v0.length - 0)
        B2 tape reserved before the loop: (max(0, v0.length - 0) + 1) x (1 double) per trip
        """, planOf("dot$adjoint$split$stable1("));
  }

  /**
   * GMM's {@code qTimesX} shape called with fresh, distinct arrays: its split adjoint is built with
   * distinct parameters ({@code $distinct}), so {@code v[i]} (v27) is invariant in the inner loop:
   * taped once per run of it (its adjoint summed in a local, B4), and the inner loop tapes nothing
   * per trip, so the column loop (B2) reserves what the inner loop's exit tapes, {@code v[i]} and
   * {@code p}, before it runs (TapeReservations); {@code l[p]} is recomputed ({@code l} is stable).
   */
  @Test
  void distinctFreshArraysMakeAReadInvariantInTheInnerLoop() {
    assertEquals(HEADER + """
        B4 (adjoint's own) v10: double[] = helper dev/leibniz/core/fixtures/TapePlans.leibniz$sink([D[D[Ljava/lang/Object;)[D v3 v2 v7: kept in a local
        B4 v11: int = phi of B2: recomputed from the trip counter
        B5 (adjoint's own) v6: double[] = shadow v4 v5: kept in a local
        B5 v11: int = phi of B2: recomputed from the trip counter
        B5 v22: int = phi of B4: recomputed from the trip counter
        B5 v27: double = aload 49 v1 v11: taped once per run of the loop
        B5 v10: int = phi of B2: taped once per run of the loop
        B5 v20: int = phi of B4: recomputed from the trip counter
        B5 v26: double = aload 49 v0 v20: recomputed
        B5 (adjoint's own) v9: double[] = helper dev/leibniz/core/fixtures/TapePlans.leibniz$sink([D[D[Ljava/lang/Object;)[D v1 v0 v7: kept in a local
        B6 v2: double[] = param 2: kept in a local
        B6 v11: int = phi of B2: recomputed from the trip counter
        B6 v15: int = add v11 v14: recomputed
        B7 v1: double[] = param 1: kept in a local
        B2 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, v1.length - 0)
        B4 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, v2.length - v15)
        B2 tape reserved before the loop: (max(0, v1.length - 0) + 1) x (1 double + 1 int) per trip
        """, planOf("lowerTimes$adjoint$split$distinct$stable1("));
  }

  /**
   * The same helper called in a loop ({@code lowerInLoop}): inlined into the adjoint (no split
   * companion of {@code lowerTimes} is built for it), {@code v[i]} is still taped once per run of the
   * inner loop although the method writes {@code v} (not in that loop), and the inner loop tapes
   * nothing per trip (its column loop, B11, reserves room for what its exit tapes).
   */
  @Test
  void aLoopHelperCalledInALoopIsInlined() {
    assertEquals(HEADER + """
        B5 (adjoint's own) v12: double[] = helper dev/leibniz/core/fixtures/TapePlans.leibniz$newD([Ljava/lang/Object;I)[D v5 v10: kept in a local
        B5 v26: int = phi of B4: recomputed from the trip counter
        B5 v15: int = phi of B2: recomputed from the trip counter
        B5 v32: double = conv i2d v31: recomputed
        B5 (adjoint's own) v7: double[] = helper dev/leibniz/core/fixtures/TapePlans.leibniz$sink([D[D[Ljava/lang/Object;)[D v3 v2 v5: kept in a local
        B6 v1: double[] = param 1: kept in a local
        B13 (adjoint's own) v12: double[] = helper dev/leibniz/core/fixtures/TapePlans.leibniz$newD([Ljava/lang/Object;I)[D v5 v10: kept in a local
        B13 v49: int = phi of B11: recomputed from the trip counter
        B14 (adjoint's own) v15: double[] = helper dev/leibniz/core/fixtures/TapePlans.leibniz$newD([Ljava/lang/Object;I)[D v5 v13: kept in a local
        B14 v49: int = phi of B11: recomputed from the trip counter
        B14 v51: int = phi of B13: recomputed from the trip counter
        B14 v60: double = aload 49 v5 v49: taped once per run of the loop
        B14 v48: int = phi of B11: taped once per run of the loop
        B14 v50: int = phi of B13: recomputed from the trip counter
        B14 v59: double = aload 49 v0 v50: recomputed
        B14 (adjoint's own) v6: double[] = helper dev/leibniz/core/fixtures/TapePlans.leibniz$sink([D[D[Ljava/lang/Object;)[D v1 v0 v5: kept in a local
        B15 v7: double[] = newarray v6: kept in a local
        B15 v49: int = phi of B11: recomputed from the trip counter
        B15 v56: int = add v49 v55: recomputed
        B16 v5: double[] = newarray v4: kept in a local
        B8 (adjoint's own) v15: double[] = helper dev/leibniz/core/fixtures/TapePlans.leibniz$newD([Ljava/lang/Object;I)[D v5 v13: kept in a local
        B8 v41: int = sub v39 v40: recomputed
        B2 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, 2 - 0)
        B4 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, v1.length - 0)
        B11 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, v5.length - 0)
        B13 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, v7.length - v56)
        B11 tape reserved before the loop: (max(0, v5.length - 0) + 1) x (1 double + 1 int) per trip
        """, plan("lowerInLoop"));
    for (Explanation e : EXPLAINED.companions()) {
      if (e.companion().contains(".lowerInLoop$adjoint")) {
        assertFalse(e.derivative().contains("lowerTimes"), e.companion() + " calls no companion of lowerTimes");
      }
    }
  }

  /**
   * A loop helper whose own loop checkpointing rewrites, called in a loop, is inlined as written:
   * no checkpoint preamble per call (no "path taken" records, no call of its continuation
   * {@code sumOfSquares$ckpt0$from}); the caller's loop keeps its own checkpoints. With the
   * checkpointed form inlined, GMM's adjoint passed the compile limit and fell back to calling
   * split helpers.
   */
  @Test
  void aCheckpointedLoopHelperIsInlinedAsWritten() {
    assertEquals(HEADER + """
        B20 v11: int = phi of B2: taped once per run of the loop
        B20 v18: int = phi of B3: recomputed from the trip counter
        B20 v119: int = phi of B19: recomputed from the trip counter
        B20 v125: double = aload 49 v0 v124: recomputed
        B20 v123: double = aload 49 v0 v122: recomputed
        B20 (adjoint's own) v5: double[] = helper dev/leibniz/core/fixtures/CheckpointedHelpers.leibniz$sink([D[D[Ljava/lang/Object;)[D v1 v0 v4: kept in a local
        B21 v1: int = param 1: kept in a local
        B16 v118: double = phi of B19: taped each time its block runs
        B16 v31: double = add v28 v118: recomputed
        B13 (adjoint's own) v85: double[] = helper dev/leibniz/core/fixtures/CheckpointedHelpers.leibniz$newD([Ljava/lang/Object;I)[D v4 v83: kept in a local
        B14 (adjoint's own) v98: double[] = checkcast double[] v97: taped each time its block runs
        B14 (adjoint's own) v85: double[] = helper dev/leibniz/core/fixtures/CheckpointedHelpers.leibniz$newD([Ljava/lang/Object;I)[D v4 v83: kept in a local
        B14 (adjoint's own) v100: long[] = checkcast long[] v99: taped each time its block runs
        B14 v73: int = conv l2i v72: kept in a local
        B14 v0: double[] = param 0: kept in a local
        B14 (adjoint's own) v5: double[] = helper dev/leibniz/core/fixtures/CheckpointedHelpers.leibniz$sink([D[D[Ljava/lang/Object;)[D v1 v0 v4: kept in a local
        B15 (adjoint's own) v85: double[] = helper dev/leibniz/core/fixtures/CheckpointedHelpers.leibniz$newD([Ljava/lang/Object;I)[D v4 v83: kept in a local
        B2 trip counter: long
        B3 trip counter: long
        B19 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, v1 - 0)
        B14 trip counter: long
        """, plan("blocks", CheckpointedHelpers.class));
    for (Explanation e : Explainer.explain(Transformed.bytesOf(CheckpointedHelpers.class), ClassFinder.NONE).companions()) {
      if (e.companion().contains(".blocks$") && e.companion().contains("$adjoint")) { // the tangent calls helpers
        assertFalse(e.derivative().contains("sumOfSquares"), e.companion() + " calls no companion of sumOfSquares");
      }
    }
  }

  /** The same helper called with parameters that may be one array: {@code out[j]} may be {@code v[i]}, so v27 is taped per trip. */
  @Test
  void parametersThatMayBeOneArrayTapeTheReadPerTrip() {
    assertEquals(HEADER + """
        B5 (adjoint's own) v8: double[] = shadow v6 v7: kept in a local
        B5 v11: int = phi of B2: recomputed from the trip counter
        B5 v22: int = phi of B4: recomputed from the trip counter
        B5 v27: double = aload 49 v1 v11: taped each time its block runs
        B5 v26: double = aload 49 v0 v20: taped each time its block runs
        B5 (adjoint's own) v5: double[] = shadow v3 v4: kept in a local
        B5 (adjoint's own) v2: double[] = shadow v0 v1: kept in a local
        B5 v10: int = phi of B2: taped once per run of the loop
        B5 v20: int = phi of B4: recomputed from the trip counter
        B6 v2: double[] = param 2: kept in a local
        B6 v11: int = phi of B2: recomputed from the trip counter
        B6 v15: int = add v11 v14: recomputed
        B7 v1: double[] = param 1: kept in a local
        B2 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, v1.length - 0)
        B4 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, v2.length - v15)
        B4 tape reserved before the loop: (max(0, v2.length - v15) + 1) x (2 doubles) per trip
        """, planOf("lowerTimes$adjoint$split("));
  }

  /** The counter lines of {@code TripsFromBounds}' companion whose name contains {@code name}. */
  static String counters(String name) {
    for (Explanation e : Explainer.explain(Transformed.bytesOf(TripsFromBounds.class), ClassFinder.NONE).companions()) {
      if (e.companion().contains("." + name)) {
        String ir = e.derivative();
        return ir.substring(ir.indexOf("tape plan")).lines().filter(l -> l.matches("B\\d+ trip counter: .*")).collect(Collectors.joining("\n", "", "\n"));
      }
    }
    throw new AssertionError("no companion " + name + " in " + Explainer.explain(Transformed.bytesOf(TripsFromBounds.class), ClassFinder.NONE).companions().stream().map(Explanation::companion).toList());
  }

  /**
   * The trip count of a loop left only by its header's test, bounded by a value defined before it,
   * is computed from the bounds in the reverse sweep (not counted, not taped once per run of the
   * inner loop): GMM's triangular loop in a split helper ({@code j = i + 1 .. x.length}, v11 = i + 1),
   * a loop counting down to zero. A bound the body changes (in the checkpointed inner loop of {@code
   * shrinking}) and an early exit keep their counters ({@code TripsFromBoundsTest}: gradients).
   */
  @Test
  void tripsFromBoundsOnlyWhereTheBoundsDecideTheTrips() {
    assertEquals("""
        B2 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, v0.length - 0)
        B4 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, v0.length - v11)
        """, counters("pairs$adjoint$split$stable1(")); // the form its caller uses: the others are not emitted
    assertEquals("""
        B2 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, v5 - 0)
        B4 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, v9 - 0)
        """, counters("countdown$adjoint$body("));
    assertEquals("""
        B2 trip counter: int (counted loop)
        """, counters("shrinking$ckpt0$adjoint$distinct("));
    assertEquals("""
        B2 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, v0.length - 0)
        B4 trip counter: int (counted loop)
        """, counters("earlyExit$adjoint$body("));
  }

  /**
   * Two loads of one cell with nothing written between them (GMM's {@code sqnorm}): the second
   * reads the first one's tape entry, so the loop tapes 1 double per trip, not 2 (RepeatedLoads).
   * B3 calls the loop's checkpointed form, out of line.
   */
  @Test
  void aRepeatedLoadIsTapedOnce() {
    assertEquals(HEADER + """
        B3 v0: int = param 0: kept in a local
        B3 v1: double[] = param 1: kept in a local
        B3 (adjoint's own) v7: double[] = helper dev/leibniz/core/fixtures/TapePlans.leibniz$sink([D[D[Ljava/lang/Object;)[D v2 v1 v5: kept in a local
        B3 v2: int = param 2: kept in a local
        B6 v41: double = aload 49 v1 v40: taped each time its block runs
        B6 v43: double = aload 49 v1 v42: the same cell's earlier load in the block
        B6 (adjoint's own) v7: double[] = helper dev/leibniz/core/fixtures/TapePlans.leibniz$sink([D[D[Ljava/lang/Object;)[D v2 v1 v5: kept in a local
        B6 v36: int = phi of B5: recomputed from the trip counter
        B6 v42: int = add v2 v36: recomputed
        B6 v40: int = add v2 v36: recomputed
        B7 v0: int = param 0: kept in a local
        B5 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, v0 - 0)
        B5 tape reserved before the loop: (max(0, v0 - 0) + 1) x (1 double) per trip
        """, planOf("squares$adjoint$split("));
  }

  /**
   * A table filled before the loop that reads it, never written after ({@code RereadTables}, GMM's
   * {@code qdiags}): its loads are read again in the reverse sweep ("recomputed"), not taped; a
   * table that a later trip writes after the read is taped per trip (RereadTablesTest: gradients).
   */
  @Test
  void aTableFilledBeforeItsLoopIsReadAgain() {
    assertEquals(HEADER + """
        B3 (adjoint's own) v8: double[] = helper dev/leibniz/oracle/fixtures/RereadTables.leibniz$newD([Ljava/lang/Object;I)[D v3 v6: kept in a local
        B3 v8: int = phi of B2: recomputed from the trip counter
        B3 (adjoint's own) v4: double[] = helper dev/leibniz/oracle/fixtures/RereadTables.leibniz$sink([D[D[Ljava/lang/Object;)[D v1 v0 v3: kept in a local
        B4 v0: double[] = param 0: kept in a local
        B8 v33: int = phi of B7: recomputed from the trip counter
        B8 v37: double = aload 49 v0 v33: recomputed
        B8 v36: double = aload 49 v3 v33: recomputed
        B8 (adjoint's own) v4: double[] = helper dev/leibniz/oracle/fixtures/RereadTables.leibniz$sink([D[D[Ljava/lang/Object;)[D v1 v0 v3: kept in a local
        B8 (adjoint's own) v8: double[] = helper dev/leibniz/oracle/fixtures/RereadTables.leibniz$newD([Ljava/lang/Object;I)[D v3 v6: kept in a local
        B9 v0: double[] = param 0: kept in a local
        B2 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, v0.length - 0)
        B5 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, 3 - 0)
        B7 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, v0.length - 0)
        """, plan("tableReadInALoop", RereadTables.class));
  }

  @Test
  void aTableWrittenAfterItsReadStaysTaped() {
    assertEquals(HEADER + """
        B3 (adjoint's own) v8: double[] = helper dev/leibniz/oracle/fixtures/RereadTables.leibniz$newD([Ljava/lang/Object;I)[D v3 v6: kept in a local
        B3 v8: int = phi of B2: recomputed from the trip counter
        B3 (adjoint's own) v4: double[] = helper dev/leibniz/oracle/fixtures/RereadTables.leibniz$sink([D[D[Ljava/lang/Object;)[D v1 v0 v3: kept in a local
        B4 v0: double[] = param 0: kept in a local
        B8 v33: int = phi of B7: recomputed from the trip counter
        B8 v37: double = aload 49 v0 v33: recomputed
        B8 v36: double = aload 49 v3 v33: taped each time its block runs
        B8 (adjoint's own) v4: double[] = helper dev/leibniz/oracle/fixtures/RereadTables.leibniz$sink([D[D[Ljava/lang/Object;)[D v1 v0 v3: kept in a local
        B8 (adjoint's own) v8: double[] = helper dev/leibniz/oracle/fixtures/RereadTables.leibniz$newD([Ljava/lang/Object;I)[D v3 v6: kept in a local
        B9 v0: double[] = param 0: kept in a local
        B11 (adjoint's own) v8: double[] = helper dev/leibniz/oracle/fixtures/RereadTables.leibniz$newD([Ljava/lang/Object;I)[D v3 v6: kept in a local
        B11 v49: int = phi of B10: recomputed from the trip counter
        B12 v0: double[] = param 0: kept in a local
        B2 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, v0.length - 0)
        B5 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, 3 - 0)
        B7 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, v0.length - 0)
        B10 trip counter: int (counted loop), computed from the bounds in the reverse: max(0, v0.length - 0)
        B7 tape reserved before the loop: (max(0, v0.length - 0) + 1) x (1 double) per trip
        """, plan("tableDoubledAfterEachRead", RereadTables.class));
  }

  /**
   * GMM's objective ({@code CheckpointedGmm}, the examples' {@code Gmm} line for line) inlines the loop helpers it calls in its
   * loop into its adjoint: no adjoint companion of {@code objective} calls one of theirs, and no {@code verbose} line says
   * it fell back to calling them (ModeUnit.withLoopHelpers). When the inlined build passed the
   * compile limit, the fallback went unnoticed for a day and cost GMM about 10%.
   */
  @Test
  void gmmsAdjointInlinesItsLoopHelpers() {
    byte[] bytes = Transformed.bytesOf(CheckpointedGmm.class);
    for (Explanation e : Explainer.explain(bytes, ClassFinder.NONE).companions()) {
      if (e.companion().contains(".objective$adjoint") && !e.companion().contains("$tangent")) {
        for (String helper : new String[] {"subtract", "qTimesX", "sqnorm"}) { // logsumexp(k, alphas) after the loop stays a call
          assertFalse(e.derivative().contains(helper + "$"), e.companion() + " calls no companion of " + helper);
        }
      }
    }
    var result = new dev.leibniz.core.ClassDifferentiator(ClassFinder.NONE).differentiate(bytes);
    assertTrue(result.plans().stream().noneMatch(p -> p.contains("loop helpers")), () -> "" + result.plans());
  }

  /** A caller whose adjoint would pass the compile limit with its helpers inlined calls them, and says so under {@code verbose}. */
  @Test
  void anAdjointThatCannotInlineItsLoopHelpersSaysSo() {
    var result = new dev.leibniz.core.ClassDifferentiator(ClassFinder.NONE).differentiate(Transformed.bytesOf(OversizedLoopHelpers.class));
    assertTrue(result.plans().stream().anyMatch(p -> p.startsWith("leibniz: the adjoint of " + OversizedLoopHelpers.class.getName()
        + ".eightCalls calls its loop helpers instead of inlining them (slower): inlined, the generated adjoint ")),
        () -> "" + result.plans());
  }

  static final String FORWARDED = "recomputed as the value an earlier loop stored there";

  /** The plan's lines about loads from arrays ({@code aload}) in {@code method}'s adjoint of {@link ForwardedStores}. */
  static java.util.List<String> loadLines(String method) {
    return plan(method, ForwardedStores.class).lines().filter(l -> l.contains(": double = aload ")).toList();
  }

  /**
   * A loop stores {@code v[i] = 2 x[i] - 1}, the next loop over the same bounds reads {@code v[i]} (GMM's
   * {@code subtract} then {@code qTimesX}): the read is recomputed from the stored value's expression
   * (ForwardedLoads), and no loop reserves tape for it; ForwardedStoresTest checks the gradients.
   */
  @Test
  void aLoadOfWhatAnEarlierLoopStoredIsRecomputed() {
    java.util.List<String> loads = loadLines("storedThenRead");
    assertTrue(loads.stream().anyMatch(l -> l.endsWith(FORWARDED)), () -> String.join("\n", loads));
    assertTrue(loads.stream().noneMatch(l -> l.contains("taped")), () -> String.join("\n", loads));
    String plan = plan("storedThenRead", ForwardedStores.class);
    // the reading loop reserves room for v[i]² alone (the product, taped), no longer for v[i]
    assertTrue(plan.contains("tape reserved before the loop: (max(0, v2 - 0) + 1) x (1 double) per trip"), plan);
    assertFalse(plan.contains("2 doubles"), plan);
  }

  /** Not where the array is written between the loops, the store loop runs fewer trips, or the reading loop is not counted. */
  @Test
  void aLoadNotMatchedToAStoreOfTheSameTripsStaysTaped() {
    for (String m : new String[] {"overwrittenBetween", "storedOverFewerTrips", "readIrregularly"}) {
      java.util.List<String> loads = loadLines(m);
      assertTrue(loads.stream().noneMatch(l -> l.endsWith(FORWARDED)), () -> m + ":\n" + String.join("\n", loads));
      assertTrue(loads.stream().anyMatch(l -> l.endsWith("taped each time its block runs")), () -> m + ":\n" + String.join("\n", loads));
    }
  }
}
