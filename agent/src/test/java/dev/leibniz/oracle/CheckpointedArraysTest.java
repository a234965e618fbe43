package dev.leibniz.oracle;

import static dev.leibniz.oracle.CheckpointingTest.withBudget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.outline.Checkpointer;
import dev.leibniz.oracle.fixtures.ArrayStateLoops;
import dev.leibniz.testing.Transformed;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checkpointing a loop whose state is an array it writes whole at each step (README, "Limits and
 * costs"): joint reversal copies that array with each checkpoint, so the schedule chosen when the
 * loop is entered counts its length in the bytes of a checkpoint, and the tape bytes per trip
 * include the trips of the inner loop over the array (read at entry). The schedule is observed
 * through what the generated code prints when {@code leibniz.verbose} is set; the gradient is
 * checked against the derivative by hand, the tangent, central differences and the dot-product test
 * for each path: taped whole (fits), two levels, and nested segments (three and four levels) when
 * even the best two-level schedule would exceed the budget.
 */
class CheckpointedArraysTest {
  static final Class<?> D = double.class, I = int.class;
  static final int N = 400, STEPS = 1500;

  /** The derivative of {@link ArrayStateLoops#diffusion} in {@code x}, by forward propagation by hand. */
  static double byHand(double x, int n, int steps) {
    double[] u = new double[n], du = new double[n];
    for (int j = 0; j < n; j++) {
      u[j] = Math.sin(x * (j + 1));
      du[j] = (j + 1) * Math.cos(x * (j + 1));
    }
    for (int t = 0; t < steps; t++) {
      double left = u[0], dleft = du[0];
      for (int j = 1; j < n - 1; j++) {
        double mid = u[j], dmid = du[j];
        u[j] = mid + 0.2 * (left - 2 * mid + u[j + 1]) + 0.01 * x * Math.sin(mid);
        du[j] = dmid + 0.2 * (dleft - 2 * dmid + du[j + 1]) + 0.01 * Math.sin(mid) + 0.01 * x * Math.cos(mid) * dmid;
        left = mid;
        dleft = dmid;
      }
    }
    double ds = 0;
    for (int j = 0; j < n; j++) ds += 2 * u[j] * du[j];
    return ds;
  }

  /** What {@code body} prints on standard error with {@code leibniz.verbose} set, and its result. */
  static <R> List<String> printed(Supplier<R> body) {
    String before = System.getProperty(Checkpointer.VERBOSE_PROPERTY);
    PrintStream err = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setProperty(Checkpointer.VERBOSE_PROPERTY, "true");
      System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      body.get();
    } finally {
      System.setErr(err);
      if (before == null) System.clearProperty(Checkpointer.VERBOSE_PROPERTY);
      else System.setProperty(Checkpointer.VERBOSE_PROPERTY, before);
    }
    List<String> lines = new ArrayList<>();
    for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
      if (line.contains("checkpointing the loop at " + ArrayStateLoops.class.getName() + ".diffusion")) lines.add(line);
    }
    return lines;
  }

  static long number(String line, String regex) {
    Matcher m = Pattern.compile(regex).matcher(line);
    assertTrue(m.find(), regex + " in " + line);
    return Long.parseLong(m.group(1));
  }

  /**
   * The checkpoint's bytes include the array (8 bytes per element), and the segments are as long
   * as counting them makes them: {@code k = sqrt(trips snapshot / perTrip)}, several times what the
   * locals alone would give. Fails if the array were not counted.
   */
  @Test
  void theArrayCountsInTheCheckpointsBytes() {
    ScalarFunction f = new ScalarFunction(Transformed.of(ArrayStateLoops.class).type, "diffusion", D, I, I);
    double[] x = {0.7, N, STEPS};
    double[] g = new double[1];
    List<String> lines = printed(() -> withBudget("2m", () -> f.adjoint(x, 1, g)));
    // printed on each entry: the static method's loop runs in its continuation, reversed jointly (entered twice)
    assertTrue(!lines.isEmpty() && lines.stream().allMatch(lines.get(0)::equals), "" + lines);
    String line = lines.get(0);
    long trips = number(line, ": (\\d+) trips"), perTrip = number(line, "about (\\d+) bytes of tape per trip");
    long snapshot = number(line, "(\\d+) bytes per checkpoint"), k = number(line, "segments of k = (\\d+)");
    assertEquals(STEPS, trips, line);
    assertTrue(snapshot >= 8L * N && snapshot < 8L * N + 1024, "the array's 8 bytes per element counted: " + line);
    assertTrue(perTrip > 20L * (N - 2), "the inner loop's trips read at entry: " + line);
    assertTrue(line.contains(": 2 levels"), line);
    double localsOnly = Math.sqrt((double) trips * (snapshot - 8L * N) / perTrip);
    assertTrue(k >= 3 * localsOnly && Math.abs(k - Math.sqrt((double) trips * snapshot / perTrip)) <= 1,
        "k = sqrt(trips snapshot / perTrip) = " + k + ", locals alone would give " + localsOnly + ": " + line);
    assertEquals(byHand(0.7, N, STEPS), g[0], 1e-9 * Math.abs(g[0]), "adjoint vs by hand");
    assertEquals(f.tangentGradient(x)[0], g[0], 1e-11 * Math.abs(g[0]), "adjoint vs tangent");
  }

  /**
   * Each path's gradient against the derivative by hand, the tangent, differences and the
   * dot-product test (a smaller problem: the tangent and the adjoint agree to 1e-13 there).
   */
  @Test
  void everyPathGivesTheDerivative() {
    double[] x = {0.7, 100, 500};
    double expected = byHand(0.7, 100, 500);
    String[][] paths = {{null, "fits"}, {"512k", "2 levels"}, {"64k", "3 levels"}, {"16k", "4 levels"}};
    for (String[] path : paths) {
      ScalarFunction f = new ScalarFunction(Transformed.of(ArrayStateLoops.class).type, "diffusion", D, I, I);
      List<String> lines = printed(() -> withBudget(path[0], () -> { ConstructsTest.check(f, x, new double[] {expected}, 1e-9, true); return null; }));
      if (path[1].equals("fits")) assertTrue(lines.isEmpty(), "taped whole within the default budget: " + lines);
      else assertTrue(!lines.isEmpty() && lines.stream().allMatch(l -> l.contains(": " + path[1])), path[1] + ": " + lines);
      double[] g = withBudget(path[0], () -> f.gradient(x));
      assertEquals(expected, g[0], 1e-9 * Math.abs(expected), path[1] + ": adjoint vs by hand");
    }
  }

  /**
   * 10^6 trips of the recurrence under 4 KiB: two levels would keep about 700 checkpoints (the
   * reference tape past 1,024 entries); the schedule takes four levels (three tiers of about 26
   * checkpoints, recompute factor 4) and the thread's reference tape stays at a few hundred
   * entries. The gradient is the derivative by hand. Fails if the schedule had no nested levels.
   */
  @Test
  void aLongLoopUnderATinyBudgetNestsItsSegments() throws Exception {
    Class<?> fresh = Transformed.of(dev.leibniz.oracle.fixtures.CheckpointedLoops.class).type;
    ScalarFunction f = new ScalarFunction(fresh, "recurrence", D, I);
    double[] x = {0.7, 1_000_000};
    double[][] g = new double[1][];
    List<String> lines = new ArrayList<>();
    String before = System.getProperty(Checkpointer.VERBOSE_PROPERTY);
    PrintStream err = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setProperty(Checkpointer.VERBOSE_PROPERTY, "true");
      System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      g[0] = withBudget("4k", () -> f.gradient(x));
    } finally {
      System.setErr(err);
      if (before == null) System.clearProperty(Checkpointer.VERBOSE_PROPERTY);
      else System.setProperty(Checkpointer.VERBOSE_PROPERTY, before);
    }
    for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
      if (line.contains("CheckpointedLoops.recurrence")) lines.add(line);
    }
    assertTrue(!lines.isEmpty() && lines.get(0).contains(": 4 levels") && lines.get(0).contains("recompute factor 4"), lines + " of " + bytes);
    assertEquals(CheckpointingTest.recurrenceDerivative(0.7, 1_000_000), g[0][0], 1e-9 * Math.max(1, Math.abs(g[0][0])));
    int references = referenceTape(fresh).length;
    assertTrue(references <= 512, "reference tape of " + references + " entries: " + lines.get(0));
  }

  /** The calling thread's cached reference tape of {@code type}'s adjoints (workspace slot 3), where checkpoints go. */
  static Object[] referenceTape(Class<?> type) throws Exception {
    java.lang.reflect.Field cache = type.getDeclaredField("leibniz$tapes");
    cache.setAccessible(true);
    Object ref = ((ThreadLocal<?>) cache.get(null)).get();
    Object[] workspace = (Object[]) ((java.lang.ref.SoftReference<?>) ref).get();
    return (Object[]) workspace[3];
  }
}
