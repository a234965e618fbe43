package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.outline.Checkpointer;
import dev.leibniz.oracle.fixtures.CheckpointedBesideARefusal;
import dev.leibniz.oracle.fixtures.CheckpointedLoops;
import dev.leibniz.testing.Transformed;
import java.lang.ref.SoftReference;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Checkpointing of long counted loops in reverse mode (README, "Limits and costs"): the same loops
 * with a tape budget far above their record (run as before) and with a tiny one (run as segments,
 * re-run from snapshots in the reverse sweep) give the same gradient, and both agree with the
 * tangent (made from the loop as written), central finite differences, the dot-product test and, for the
 * recurrence, the derivative computed by hand. The budget is the system property the agent's
 * {@code tape=SIZE} option sets.
 */
class CheckpointingTest {
  static final Class<?> T = Transformed.of(CheckpointedLoops.class).type;
  static final Class<?> D = double.class, I = int.class;
  static final String TINY = "4096";

  /** Runs {@code body} with the tape budget {@code bytes} (null: the default, a quarter of the heap). */
  static <R> R withBudget(String bytes, Supplier<R> body) {
    String before = System.getProperty(Checkpointer.BUDGET_PROPERTY);
    try {
      if (bytes == null) System.clearProperty(Checkpointer.BUDGET_PROPERTY);
      else System.setProperty(Checkpointer.BUDGET_PROPERTY, bytes);
      return body.get();
    } finally {
      if (before == null) System.clearProperty(Checkpointer.BUDGET_PROPERTY);
      else System.setProperty(Checkpointer.BUDGET_PROPERTY, before);
    }
  }

  /** s' = cos(s x) (s' x + s) along the recurrence, s = x, s' = 1 at the start. */
  static double recurrenceDerivative(double x, int n) {
    double s = x, ds = 1;
    for (int i = 0; i < n; i++) {
      ds = Math.cos(s * x) * (ds * x + s);
      s = Math.sin(s * x) + 0.5;
    }
    return ds;
  }

  /**
   * Checkpointed and not: equal gradients, each checked in both modes against the oracles, and the
   * thread's {@code double} tape of a fresh copy of the class shorter under the tiny budget (so the
   * loop really was checkpointed).
   */
  static void bothWays(String name, Class<?>[] params, double[] x, double[] expected) throws Exception {
    bothWays(false, 4096, name, params, x, expected);
  }

  /**
   * As above, for an instance method (called on a new instance) when {@code instance}, with the
   * checkpointed tape at most {@code bound} bytes: a loop whose trips are unknown at entry is taped
   * until its record passes 64 KiB before the budget is read, so it stays under twice that.
   */
  static void bothWays(boolean instance, int bound, String name, Class<?>[] params, double[] x, double[] expected) throws Exception {
    Class<?> taped = Transformed.of(CheckpointedLoops.class).type, segmented = Transformed.of(CheckpointedLoops.class).type;
    double[] plain = withBudget(null, () -> function(taped, instance, name, params).gradient(x));
    double[] checkpointed = withBudget(TINY, () -> function(segmented, instance, name, params).gradient(x));
    assertArrayEquals(plain, checkpointed, 1e-12 * Math.max(1, Math.abs(plain[0])), name + ": checkpointed vs taped");
    int whole = doubleTape(taped).length, bounded = doubleTape(segmented).length;
    assertTrue(bounded * 8 <= bound && whole > 4 * bounded, name + ": double tape " + bounded + " entries checkpointed, " + whole + " taped");
    ScalarFunction f = function(T, instance, name, params);
    withBudget(null, () -> { ConstructsTest.check(f, x, expected, 1e-9, true); return null; });
    withBudget(TINY, () -> { ConstructsTest.check(f, x, expected, 1e-9, true); return null; });
  }

  static ScalarFunction function(Class<?> type, boolean instance, String name, Class<?>[] params) {
    try {
      Object receiver = instance ? type.getDeclaredConstructor().newInstance() : null;
      return new ScalarFunction(type, receiver, name, params);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void recurrence() throws Exception {
    for (double[] x : new double[][] {{0.7, 5000}, {1.3, 20000}}) {
      bothWays("recurrence", new Class<?>[] {D, I}, x, new double[] {recurrenceDerivative(x[0], (int) x[1])});
    }
    ScalarFunction f = new ScalarFunction(T, "recurrence", D, I);
    withBudget(TINY, () -> { ConstructsTest.check(f, new double[] {0.7, 3}, new double[] {recurrenceDerivative(0.7, 3)}); return null; });
  }

  @Test
  void twoCarriedValuesAndABranch() throws Exception {
    bothWays("twoStates", new Class<?>[] {D, D, I}, new double[] {0.8, 0.3, 6000}, null);
  }

  @Test
  void nestedLoops() throws Exception {
    bothWays("nested", new Class<?>[] {D, I, I}, new double[] {0.6, 3000, 3}, null);
  }

  @Test
  void loopCallingAHelper() throws Exception {
    bothWays("callsHelper", new Class<?>[] {D, I}, new double[] {0.9, 5000}, null);
  }

  /** Tape bound for loops whose trips are unknown at entry: 64 KiB taped before the budget is read, then segments. */
  static final int GROWN = 128 * 1024;

  /**
   * Loops that may end before the counter reaches its bound (a {@code break}, a second exit test)
   * are checkpointed once they run long: their driver leaves through the loop's exit, where the
   * segment that took the early exit stopped. Under a tiny budget they give the taped gradient and
   * primal (checked in both modes against the oracles); their tape is bounded once they run long,
   * and a run that ends early is taped as before.
   */
  static void earlyExit(String name, Class<?>[] params, double[] x, double[] expected, boolean long_) throws Exception {
    Class<?> taped = Transformed.of(CheckpointedLoops.class).type, tiny = Transformed.of(CheckpointedLoops.class).type;
    ScalarFunction plain = new ScalarFunction(taped, name, params), small = new ScalarFunction(tiny, name, params);
    double[] g = withBudget(null, () -> plain.gradient(x));
    double[] h = withBudget(TINY, () -> small.gradient(x));
    assertArrayEquals(g, h, 1e-12 * Math.max(1, Math.abs(g[0])), name + ": tiny budget vs taped");
    if (long_) {
      int whole = doubleTape(taped).length, bounded = doubleTape(tiny).length;
      assertTrue(bounded * 8 <= GROWN && whole > 4 * bounded, name + ": double tape " + bounded + " entries checkpointed, " + whole + " taped");
    }
    double[] dh = new double[h.length];
    double yTiny = withBudget(TINY, () -> small.adjoint(x, 1, dh));
    assertEquals(plain.value(x), yTiny, 0, name + ": primal returned by $adjoint under a tiny budget");
    withBudget(null, () -> { ConstructsTest.check(small, x, expected, 1e-9, true); return null; });
    withBudget(TINY, () -> { ConstructsTest.check(small, x, expected, 1e-9, true); return null; });
  }

  @Test
  void loopWithABreak() throws Exception {
    earlyExit("withBreak", new Class<?>[] {D, I, I}, new double[] {0.7, 1_000_000, 10}, new double[] {recurrenceDerivative(0.7, 11)}, false);
    earlyExit("withBreak", new Class<?>[] {D, I, I}, new double[] {0.7, 5000, 4000}, new double[] {recurrenceDerivative(0.7, 4001)}, false);
    earlyExit("withBreak", new Class<?>[] {D, I, I}, new double[] {0.7, 1_000_000, 40_000}, new double[] {recurrenceDerivative(0.7, 40_001)}, true);
  }

  @Test
  void loopWithASecondExitTest() throws Exception {
    earlyExit("untilSmall", new Class<?>[] {D, I}, new double[] {0.8, 1_000_000}, null, false);
    earlyExit("untilSmall", new Class<?>[] {D, I}, new double[] {0.8, 5}, null, false);
    for (int n : new int[] {1_000_000, 9_000}) { // ends by its second test, by its counter
      double x = 0.8, s = x, ds = 1, step = 1;
      for (int i = 0; i < n && step > 1e-3; i++) {
        step = 0.9995 * step;
        ds = ds + 0.01 * step * Math.cos(s * x) * (ds * x + s);
        s = s + 0.01 * step * Math.sin(s * x);
      }
      earlyExit("untilSmallSlowly", new Class<?>[] {D, I}, new double[] {x, n}, new double[] {ds}, true);
    }
  }

  @Test
  void whileLoopWithALongCounter() throws Exception {
    bothWays(false, GROWN, "whileLong", new Class<?>[] {D, I}, new double[] {0.7, 50_000}, new double[] {recurrenceDerivative(0.7, 50_000)});
    bothWays(false, GROWN, "whileLong", new Class<?>[] {D, I}, new double[] {1.3, 20_000}, new double[] {recurrenceDerivative(1.3, 20_000)});
    ScalarFunction f = new ScalarFunction(T, "whileLong", D, I);
    withBudget(TINY, () -> { ConstructsTest.check(f, new double[] {0.7, 3}, new double[] {recurrenceDerivative(0.7, 3)}); return null; });
  }

  @Test
  void doWhileLoop() throws Exception {
    bothWays(false, GROWN, "doWhile", new Class<?>[] {D, I}, new double[] {0.7, 50_000}, new double[] {recurrenceDerivative(0.7, 50_000)});
    ScalarFunction f = new ScalarFunction(T, "doWhile", D, I);
    withBudget(TINY, () -> { ConstructsTest.check(f, new double[] {0.9, 1}, new double[] {recurrenceDerivative(0.9, 1)}); return null; });
  }

  /** y' = -x y + sin t by Euler's method: the derivative by hand is the same Euler sweep over dy/dx' = -y - x dy/dx. */
  @Test
  void eulerWithVaryingSteps() throws Exception {
    for (double[] x : new double[][] {{0.8, 40}, {1.7, 25}}) {
      double y = 1, dy = 0, t = 0;
      while (t < x[1]) {
        double h = 1e-3 * (1 + 0.5 * Math.sin(3 * t));
        dy = dy + h * (-y - x[0] * dy);
        y = y + h * (-x[0] * y + Math.sin(t));
        t = t + h;
      }
      bothWays(false, GROWN, "euler", new Class<?>[] {D, I}, x, new double[] {dy});
    }
  }

  @Test
  void boundChangedInTheLoop() throws Exception {
    int n = 90_000, trips = 0;
    for (int i = 0; i < n; i++) {
      trips++;
      if (i % 3 == 0) n = n - 1;
    }
    bothWays(false, GROWN, "shrinkingBound", new Class<?>[] {D, I}, new double[] {0.7, 90_000}, new double[] {recurrenceDerivative(0.7, trips)});
  }

  @Test
  void countedLoopInsideAWhileLoop() throws Exception {
    double x = 0.6, s = x, ds = 1, t = 0;
    while (t < 30) {
      for (int j = 0; j < 3; j++) {
        ds = ds + 0.01 * Math.cos(s * x + j) * (ds * x + s);
        s = s + 0.01 * Math.sin(s * x + j);
      }
      ds = 0.99 * ds;
      s = 0.99 * s;
      t = t + 0.001;
    }
    bothWays(false, GROWN, "whileAroundFor", new Class<?>[] {D, I}, new double[] {x, 30}, new double[] {ds});
  }

  @Test
  void fieldsOfThisReadInTheLoop() throws Exception {
    double x = 0.6, s = x, ds = 1, rate = 0.97;
    double[] w = {0.3, -0.2, 0.5};
    for (int i = 0; i < 20_000; i++) {
      ds = rate * ds + w[i % 3] * Math.cos(s * x) * (ds * x + s);
      s = rate * s + w[i % 3] * Math.sin(s * x);
    }
    bothWays(true, 4096, "readsFields", new Class<?>[] {D, I}, new double[] {x, 20_000}, new double[] {ds});
    s = x;
    ds = 1;
    for (double t = 0; t < 60; t = t + 0.002) {
      double step = 0.3 * s, dstep = 0.3 * ds;
      for (int k = 0; k < 2; k++) {
        dstep += 0.25 * (Math.cos(s + k) * ds * x + Math.sin(s + k));
        step += 0.25 * Math.sin(s + k) * x;
      }
      ds = dstep + rate * 0.5 * ds;
      s = step + rate * 0.5 * s;
    }
    bothWays(true, GROWN, "fieldsAndHelper", new Class<?>[] {D, I}, new double[] {x, 60}, new double[] {ds});
  }

  /** A value with none at the loop's head read after its break: no segment, the loop taped whole, right. */
  @Test
  void valueReadAfterABreakKeepsTheLoopTaped() throws Exception {
    assertTrue(segments().stream().noneMatch(s -> s.startsWith("lastValue")), "segments " + segments());
    earlyExit("lastValue", new Class<?>[] {D, I}, new double[] {0.7, 30_000}, null, false);
  }

  static java.util.List<String> segments() {
    java.util.List<String> segments = new java.util.ArrayList<>();
    for (Method m : T.getDeclaredMethods()) {
      if (Checkpointer.isSegment(m.getName())) segments.add(m.getName());
    }
    return segments;
  }

  /** A loop whose trips are constant and few gets no segment (it would never run); one with many does. */
  @Test
  void constantBounds() throws Exception {
    java.util.List<String> segments = new java.util.ArrayList<>();
    for (Method m : T.getDeclaredMethods()) {
      if (Checkpointer.isSegment(m.getName())) segments.add(m.getName());
    }
    assertTrue(segments.stream().noneMatch(s -> s.startsWith("fewTrips")), "segments " + segments);
    // nor a helper's for (int k = 0; k < 2; k++): a constant bound, not in javac's counted shape
    assertTrue(segments.stream().noneMatch(s -> s.startsWith("step$")), "segments " + segments);
    // an array field read in a loop that writes an array: that array could be the field's, not snapshotted
    assertTrue(segments.stream().noneMatch(s -> s.startsWith("fieldArrayAndAWrite")), "segments " + segments);
    assertTrue(segments.stream().anyMatch(s -> s.startsWith("manyTrips")), "segments " + segments);
    // the tangent tapes nothing: it is made from the loop as written, and segments get no tangent
    assertTrue(segments.stream().noneMatch(s -> s.contains("$tangent")), "segments " + segments);
    ScalarFunction few = new ScalarFunction(T, "fewTrips", D);
    withBudget(TINY, () -> { ConstructsTest.check(few, new double[] {0.7}, new double[] {recurrenceDerivative(0.7, 200)}, 1e-9, true); return null; });
    bothWays("manyTrips", new Class<?>[] {D}, new double[] {0.7}, new double[] {recurrenceDerivative(0.7, 100_000)});
  }

  @Test
  void loopWritingAnArray() throws Exception {
    double[] a0 = {0.3, -0.2, 0.9, 0.5, -0.7};
    int n = 7000;
    double[][] grads = new double[2][];
    int[] tapes = new int[2];
    int k = 0;
    for (String budget : new String[] {null, TINY}) {
      Class<?> type = Transformed.of(CheckpointedLoops.class).type;
      Method primal = type.getMethod("writesArray", double[].class, int.class);
      Method adjoint = type.getMethod("writesArray$adjoint", double[].class, double[].class, int.class, double.class);
      Method tangent = type.getMethod("writesArray$tangent", double[].class, double[].class, int.class);
      double[] g = new double[5];
      double[] a = a0.clone();
      double y = withBudget(budget, () -> call(adjoint, a, g, n, 1.0));
      tapes[k] = doubleTape(type).length;
      assertEquals(call(primal, a0.clone(), n), y, 0, "primal returned by $adjoint");
      assertArrayEquals(finalState(primal, a0, n), a, 0, "the array's final contents, as the primal leaves them");
      grads[k++] = g;
      for (int i = 0; i < 5; i++) {
        double[] e = new double[5];
        e[i] = 1;
        double dy = withBudget(budget, () -> call(tangent, a0.clone(), e.clone(), n));
        assertEquals(g[i], dy, 1e-11 * Math.max(1, Math.abs(dy)), "tangent vs adjoint " + i);
        int j = i;
        FiniteDifferences.Estimate est = FiniteDifferences.directional(v -> new double[] {call(primal, v.clone(), n)}, a0, e)[0];
        assertEquals(est.value(), g[j], est.tolerance(1e-7), "adjoint vs finite differences " + j + " " + est);
      }
    }
    assertArrayEquals(grads[0], grads[1], 1e-12, "checkpointed vs taped");
    assertTrue(tapes[1] * 8 <= 4096 && tapes[0] > tapes[1], "double tape " + tapes[1] + " entries checkpointed, " + tapes[0] + " taped");
  }

  private static double[] finalState(Method primal, double[] a0, int n) {
    double[] a = a0.clone();
    call(primal, a, n);
    return a;
  }

  private static double call(Method m, Object... args) {
    try {
      return (double) m.invoke(null, args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Fails if checkpointing were silently off: with a budget of 4 KiB, 10^5 trips of the recurrence
   * (800 KB of tape taped as before) leave the thread's {@code double} tape at a few dozen entries;
   * with the default budget the same call tapes every trip.
   */
  @Test
  void tapeStaysWithinATinyBudget() throws Exception {
    Class<?> fresh = Transformed.of(CheckpointedLoops.class).type;
    ScalarFunction f = new ScalarFunction(fresh, "recurrence", D, I);
    double[] x = {0.7, 100_000};
    double[] g = withBudget(TINY, () -> f.gradient(x));
    assertEquals(recurrenceDerivative(0.7, 100_000), g[0], 1e-9 * Math.max(1, Math.abs(g[0])));
    int entries = doubleTape(fresh).length;
    assertTrue(entries * 8 <= 4096, "double tape of " + entries + " entries within a 4 KiB budget");
    withBudget(null, () -> f.gradient(x));
    assertTrue(doubleTape(fresh).length >= 100_000, "the default budget tapes every trip: " + doubleTape(fresh).length);
  }

  /**
   * The budget property in the agent option's own syntax, set by hand ({@code -Dleibniz.tape=4k}),
   * checkpoints as the plain number does; a value that is no size falls back to the default (a
   * quarter of the heap, which tapes every trip here) instead of throwing inside the application.
   */
  @Test
  void budgetWithASuffixOrUnreadable() throws Exception {
    double[] x = {0.7, 100_000};
    double expected = recurrenceDerivative(0.7, 100_000);
    for (String budget : new String[] {"4k", "4K", "4096"}) {
      Class<?> fresh = Transformed.of(CheckpointedLoops.class).type;
      double[] g = withBudget(budget, () -> new ScalarFunction(fresh, "recurrence", D, I).gradient(x));
      assertEquals(expected, g[0], 1e-9 * Math.max(1, Math.abs(g[0])), budget);
      assertTrue(doubleTape(fresh).length * 8 <= 4096, budget + ": double tape of " + doubleTape(fresh).length + " entries");
    }
    for (String budget : new String[] {String.valueOf(Long.MAX_VALUE), "99999999999999999999g"}) { // tape=unbounded, saturated
      Class<?> fresh = Transformed.of(CheckpointedLoops.class).type;
      withBudget(budget, () -> new ScalarFunction(fresh, "recurrence", D, I).gradient(x));
      assertTrue(doubleTape(fresh).length >= 100_000, budget + ": unbounded tapes every trip");
    }
    for (String budget : new String[] {"lots", "", "64q", "12x4", "-5"}) {
      Class<?> fresh = Transformed.of(CheckpointedLoops.class).type;
      double[] g = withBudget(budget, () -> new ScalarFunction(fresh, "recurrence", D, I).gradient(x));
      assertEquals(expected, g[0], 1e-9 * Math.max(1, Math.abs(g[0])), budget);
      assertTrue(doubleTape(fresh).length >= 100_000, "'" + budget + "': the default budget tapes every trip");
    }
  }

  /**
   * A diagnostic of a method that checkpointing did not rewrite does not make the class be
   * differentiated again without checkpointing: each companion graph is built once, the loop keeps
   * its segment and the refused method its one diagnostic.
   */
  @Test
  void anUnrelatedRefusalDoesNotRedoTheClass() throws Exception {
    byte[] bytes;
    try (java.io.InputStream in = CheckpointedBesideARefusal.class.getResourceAsStream("CheckpointedBesideARefusal.class")) {
      bytes = in.readAllBytes();
    }
    java.util.List<String> built = new java.util.ArrayList<>();
    dev.leibniz.core.Result r = new dev.leibniz.core.ClassDifferentiator(
        dev.leibniz.core.ClassFinder.of(CheckpointedBesideARefusal.class.getClassLoader()),
        (source, lifted, derivative) -> built.add(derivative.name)).differentiate(bytes);
    assertEquals(1, r.diagnostics().size(), "" + r.diagnostics());
    assertTrue(r.diagnostics().get(0).method().startsWith("locked("), "" + r.diagnostics());
    assertTrue(r.generated().stream().anyMatch(g -> g.contains("recurrence$ckpt0")), "" + r.generated());
    assertEquals(1, built.stream().filter(n -> n.equals("recurrence$tangent")).count(), "graphs built " + built);
  }

  /** The calling thread's cached {@code double} tape of {@code type}'s adjoints (workspace slot 0). */
  static double[] doubleTape(Class<?> type) throws Exception {
    Field cache = type.getDeclaredField("leibniz$tapes");
    cache.setAccessible(true);
    Object ref = ((ThreadLocal<?>) cache.get(null)).get();
    Object[] workspace = (Object[]) ((SoftReference<?>) ref).get();
    return (double[]) workspace[0];
  }

  /** s' = cos(s x) (s' x + s) w[i & 1] along {@code s = sin(s x) w[i & 1] + 0.5}, s = x, s' = 1 at the start. */
  static double weightedDerivative(double x, int n, double[] w) {
    double s = x, ds = 1;
    for (int i = 0; i < n; i++) {
      ds = Math.cos(s * x) * (ds * x + s) * w[i & 1];
      s = Math.sin(s * x) * w[i & 1] + 0.5;
    }
    return ds;
  }

  /**
   * A loop reading an array held in a static or a field that the method writes after the loop: a
   * segment re-run in the reverse sweep read the array as the method left it, nothing snapshotted
   * it (adjoint 0.3428 for 0.2095 under the tiny budget). The loop is not checkpointed now; under
   * both budgets both modes agree with the derivative by hand, differences and the dot-product test.
   */
  @Test
  void fieldOrStaticArrayWrittenAfterTheLoop() throws Exception {
    double x = 0.7;
    int n = 20_000;
    double expected = weightedDerivative(x, n, new double[] {0.5, 0.25});
    for (String name : new String[] {"staticArrayWrittenAfter", "staticArrayWrittenAfterLong", "fieldArrayWrittenAfter", "fieldArrayWrittenAfterLong"}) {
      boolean instance = name.startsWith("field");
      for (String budget : new String[] {null, TINY}) {
        ScalarFunction f = function(Transformed.of(CheckpointedLoops.class).type, instance, name, new Class<?>[] {D, I});
        withBudget(budget, () -> { ConstructsTest.check(f, new double[] {x, n}, new double[] {expected}, 1e-9, true); return null; });
        double[] g = withBudget(budget, () -> f.gradient(new double[] {x, n}));
        assertEquals(expected, g[0], 1e-9 * Math.abs(expected), name + " under budget " + budget);
      }
    }
  }
}
