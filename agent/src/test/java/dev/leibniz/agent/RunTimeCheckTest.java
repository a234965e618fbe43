package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.agent.fixtures.check.Checked;
import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.Result;
import dev.leibniz.testing.Transformed;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The run-time self-check in this JVM, without the agent: the core's companions wrapped by {@link
 * CheckedCompanions}, the class loaded in a child loader, {@link SelfCheck} sampling every call.
 * Right companions are not flagged and give the same results as unwrapped; the one built on a
 * wrong {@code @DerivativeRules} rule gets one located warning, however often it is called; with
 * the check off nothing is sampled.
 */
class RunTimeCheckTest {
  private static final String CHECKED = Checked.class.getName();

  @AfterEach
  void off() {
    SelfCheck.enable(0);
    SelfCheck.reset();
  }

  private static Class<?> load(boolean wrap) throws Exception {
    byte[] original = Transformed.bytesOf(Checked.class);
    Result r = new ClassDifferentiator(ClassFinder.of(Checked.class.getClassLoader())).differentiate(original);
    assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
    byte[] bytes = wrap ? CheckedCompanions.wrap(original, r.transformed(), ClassFinder.of(Checked.class.getClassLoader())) : r.transformed();
    Transformed.verify(bytes, Checked.class.getClassLoader());
    ClassLoader child = new ClassLoader(Checked.class.getClassLoader()) {
      @Override
      protected Class<?> loadClass(String n, boolean resolve) throws ClassNotFoundException {
        if (!n.equals(CHECKED)) return super.loadClass(n, resolve);
        synchronized (getClassLoadingLock(n)) {
          Class<?> c = findLoadedClass(n);
          return c != null ? c : defineClass(n, bytes, 0, bytes.length);
        }
      }
    };
    return Class.forName(CHECKED, true, child);
  }

  /** Runs {@code body}, returning what it printed on standard error. */
  private static String stderrOf(ThrowingRunnable body) throws Throwable {
    PrintStream saved = System.err;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      body.run();
    } finally {
      System.setErr(saved);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  interface ThrowingRunnable {
    void run() throws Throwable;
  }

  private static Object call(Class<?> c, String name, Object receiver, Object... args) throws Exception {
    for (Method m : c.getDeclaredMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length) return m.invoke(receiver, args);
    }
    throw new AssertionError("no " + name);
  }

  @Test
  void rightCompanionsAreNotFlaggedAndGiveTheSameResults() throws Throwable {
    Class<?> plain = load(false), wrapped = load(true);
    SelfCheck.enable(1);
    String err = stderrOf(() -> {
      for (Class<?> c : new Class<?>[] {plain, wrapped}) {
        double[] g = new double[2];
        assertEquals(call(plain, "good$adjoint", null, 0.7, 0.3, 1.0, new double[2]), call(c, "good$adjoint", null, 0.7, 0.3, 1.0, g));
        assertEquals(call(plain, "good$tangent", null, 0.7, 1.0, 0.3, 0.5), call(c, "good$tangent", null, 0.7, 1.0, 0.3, 0.5));
        double[] v = {0.5, -1, 2}, vb = {0.25, 0, 0};
        call(c, "sumOfSquares$adjoint", null, v, vb, 3, 2.0);
        assertArrayEquals(new double[] {0.25 + 2, -4, 8}, vb, 1e-15);
        assertArrayEquals(new double[] {0.5, -1, 2}, v, 0);
        double[] out = new double[3], outb = {1, 2, 3}, xb = new double[3], ab = new double[1];
        call(c, "scaled$adjoint", null, v, xb, out, outb, 2.0, ab);
        assertEquals(2 * Math.tanh(2), out[2], 0);
        assertEquals(Math.tanh(0.5) + 2 * Math.tanh(-1) + 3 * Math.tanh(2), ab[0], 1e-14);
        assertEquals(2.0, call(c, "kink$tangent", null, 0.0, 1.0));
        Object receiver = c.getConstructor(double.class).newInstance(3.0);
        assertEquals(3 * 2 * 0.5, call(c, "energy$tangent", receiver, 0.5, 1.0));
      }
    });
    assertEquals("", err);
  }

  @Test
  void aMethodWritingAStaticIsLeftUncheckedSoItsStateIsTheCallers() throws Throwable {
    Class<?> wrapped = load(true);
    for (Method m : wrapped.getDeclaredMethods()) {
      assertFalse(m.getName().startsWith("leibniz$unchecked$counted"), () -> "wrapped: " + m);
    }
    SelfCheck.enable(1);
    java.lang.reflect.Field calls = wrapped.getField("calls");
    calls.setInt(null, 0);
    double[] g = new double[1];
    assertEquals(9.0, (double) call(wrapped, "counted$adjoint", null, 3.0, 1.0, g), 0);
    assertEquals(6.0, g[0], 0, "adjoint vs 2x");
    assertEquals(6.0, (double) call(wrapped, "counted$tangent", null, 3.0, 1.0), 0, "tangent vs 2x");
    assertEquals(2, calls.getInt(null), "each companion call counts once, as the primal does: the check did not re-run it");
    boolean goodWrapped = false;
    for (Method m : wrapped.getDeclaredMethods()) goodWrapped |= m.getName().equals("leibniz$unchecked$good$tangent");
    assertTrue(goodWrapped, "a method without state is still wrapped");
  }

  @Test
  void floatArithmeticInsideGetsFloatTolerances() throws Throwable {
    Class<?> wrapped = load(true);
    SelfCheck.enable(1);
    String err = stderrOf(() -> {
      for (double x = -1.9; x < 2; x += 0.1) {
        call(wrapped, "floatInside$tangent", null, x, 0.6, 1.3 - x, -0.4);
        call(wrapped, "floatInside$adjoint", null, x, 1.3 - x, 1.0, new double[2]);
      }
    });
    assertEquals("", err);
    // with double tolerances, the same companions fail the check at some of these points
    Class<?> plain = load(false);
    var lookup = java.lang.invoke.MethodHandles.privateLookupIn(plain, java.lang.invoke.MethodHandles.lookup());
    var type = java.lang.invoke.MethodType.methodType(double.class, double.class, double.class);
    int failures = 0;
    for (double x = -1.9; x < 2; x += 0.1) {
      try {
        dev.leibniz.Derivatives.check("floatInside", lookup.findStatic(plain, "floatInside", type),
            lookup.findStatic(plain, "floatInside$tangent", dev.leibniz.Derivatives.tangentType(type)),
            lookup.findStatic(plain, "floatInside$adjoint", dev.leibniz.Derivatives.adjointType(type)), true, false, 5, x, 1.3 - x);
      } catch (AssertionError e) {
        failures++;
      }
    }
    assertTrue(failures > 0, "double tolerances never failed: the float detection is not what the test exercises");
  }

  /**
   * A method that changes state through a method of another class, or in an {@code int[]} its
   * caller passes, is not wrapped: each companion call changes that state once, as the primal does.
   * One that writes only an array it makes is wrapped.
   */
  @Test
  void callersStateWrittenElsewhereOrInPassedArraysIsLeftUnchecked() throws Throwable {
    Class<?> wrapped = load(true);
    java.util.Set<String> names = new java.util.HashSet<>();
    for (Method m : wrapped.getDeclaredMethods()) names.add(m.getName());
    assertFalse(names.contains("leibniz$unchecked$viaOtherClass$tangent") || names.contains("leibniz$unchecked$viaOtherClass$adjoint"), names::toString);
    assertFalse(names.contains("leibniz$unchecked$countsInto$tangent") || names.contains("leibniz$unchecked$countsInto$adjoint"), names::toString);
    assertTrue(names.contains("leibniz$unchecked$withScratch$tangent") && names.contains("leibniz$unchecked$withScratch$adjoint"), names::toString);
    SelfCheck.enable(1);
    dev.leibniz.agent.fixtures.check.Tally.bumps = 0;
    assertEquals(6.0, (double) call(wrapped, "viaOtherClass$tangent", null, 3.0, 1.0), 0);
    call(wrapped, "viaOtherClass$adjoint", null, 3.0, 1.0, new double[1]);
    assertEquals(2, dev.leibniz.agent.fixtures.check.Tally.bumps, "each companion call bumps once: the check did not re-run it");
    int[] counter = new int[1];
    assertEquals(6.0, (double) call(wrapped, "countsInto$tangent", null, 3.0, 1.0, counter), 0);
    double[] g = new double[1];
    call(wrapped, "countsInto$adjoint", null, 3.0, counter, 1.0, g);
    assertEquals(6.0, g[0], 0);
    assertEquals(2, counter[0], "each companion call counts once in the caller's array: the check did not re-run it");
    String err = stderrOf(() -> assertEquals(3.0, (double) call(wrapped, "withScratch$tangent", null, 0.5, 1.0), 0));
    assertEquals("", err);
  }

  /**
   * A method calling an overridable method that writes nothing itself is not wrapped: the receiver
   * may be a subclass whose override changes the caller's state. Before, only the method the call
   * names was read, and the check re-ran a counting override some twenty times per sampled call.
   */
  @Test
  void anOverridableCalleeIsTakenToWriteWhatAnOverrideMay() throws Throwable {
    Class<?> wrapped = load(true);
    java.util.Set<String> names = new java.util.HashSet<>();
    for (Method m : wrapped.getDeclaredMethods()) names.add(m.getName());
    assertFalse(names.contains("leibniz$unchecked$viaOverridable$tangent") || names.contains("leibniz$unchecked$viaOverridable$adjoint"),
        names::toString);
    SelfCheck.enable(1);
    dev.leibniz.agent.fixtures.check.Notifier.Counting.notes = 0;
    dev.leibniz.agent.fixtures.check.Notifier counting = new dev.leibniz.agent.fixtures.check.Notifier.Counting();
    Class<?> n = dev.leibniz.agent.fixtures.check.Notifier.class;
    Method tangent = wrapped.getMethod("viaOverridable$tangent", double.class, double.class, n);
    assertEquals(6.0, (double) tangent.invoke(null, 3.0, 1.0, counting), 0);
    assertEquals(1, dev.leibniz.agent.fixtures.check.Notifier.Counting.notes, "the companion call notes once: the check did not re-run it");
  }

  /**
   * The check the wrapper runs (float tolerances, one random direction), with the direction's seed
   * chosen here: no seed among thousands false-alarms at any of the points above (the test that failed
   * once, with one random direction).
   */
  @Test
  void floatToleranceHoldsForEverySeed() throws Throwable {
    Class<?> plain = load(false);
    var lookup = java.lang.invoke.MethodHandles.privateLookupIn(plain, java.lang.invoke.MethodHandles.lookup());
    var type = java.lang.invoke.MethodType.methodType(double.class, double.class, double.class);
    dev.leibniz.GradientCheck check = dev.leibniz.GradientCheck.of("floatInside", lookup.findStatic(plain, "floatInside", type),
        lookup.findStatic(plain, "floatInside$tangent", dev.leibniz.Derivatives.tangentType(type)),
        lookup.findStatic(plain, "floatInside$adjoint", dev.leibniz.Derivatives.adjointType(type)), true, false);
    java.util.List<String> alarms = new java.util.ArrayList<>();
    for (long seed = 0; seed < 1_000; seed++) {
      for (double x = -1.9; x < 2; x += 0.1) alarms.addAll(check(check, seed, x, 1.3 - x));
    }
    // where float steps 100 times the double ones false-alarmed, once in about 1,700 directions (seeds 3267, 5279...)
    for (long seed = 0; seed < 20_000; seed++) alarms.addAll(check(check, seed, -1.9, 1.3 - -1.9));
    assertTrue(alarms.isEmpty(), () -> alarms.size() + " false alarms, e.g. " + alarms.subList(0, Math.min(5, alarms.size())));
  }

  private static java.util.List<String> check(dev.leibniz.GradientCheck check, long seed, Object... point) {
    try {
      check.check(seed, true, SelfCheck.DIRECTIONS, point);
      return java.util.List.of();
    } catch (AssertionError e) {
      return java.util.List.of("seed " + seed + ": " + e.getMessage());
    }
  }

  @Test
  void wrongUserRuleIsReportedOnceWithItsLocation() throws Throwable {
    Class<?> wrapped = load(true), plain = load(false);
    SelfCheck.enable(1);
    String err = stderrOf(() -> {
      for (double x : new double[] {0.5, 1.5, 2.5}) {
        // the caller still gets exactly what the companion computes
        assertEquals(call(plain, "usesCube$tangent", null, x, 1.0), call(wrapped, "usesCube$tangent", null, x, 1.0));
        call(wrapped, "usesCube$adjoint", null, x, 1.0, new double[1]);
      }
    });
    String[] lines = err.lines().toArray(String[]::new);
    assertEquals(1, lines.length, err);
    assertTrue(lines[0].startsWith("leibniz: warning: check: double " + CHECKED + ".usesCube(double) at Checked.java:"), err);
    assertTrue(lines[0].matches(".*Checked.java:\\d+: at " + java.util.regex.Pattern.quote(CHECKED) + "\\.usesCube\\(0\\.5\\):"
        + " the tangent disagrees with central finite differences in output 0: -?1\\.5 by the tangent, -?1\\.74999.*"), err);
    assertTrue(lines[0].contains("called from " + RunTimeCheckTest.class.getName()), err);
  }

  @Test
  void oneWrongPartialAmongAHundredInputsIsCaughtAtTheFirstSampledCall() throws Throwable {
    Class<?> wrapped = load(true), plain = load(false);
    SelfCheck.enable(1);
    double[] v = new java.util.Random(5).doubles(100, -2, 2).toArray();
    v[37] = 1.5;
    double[] dv = new java.util.Random(6).doubles(100, -1, 1).toArray();
    String err = stderrOf(() -> assertEquals(call(plain, "oneWrongPartial$tangent", null, v, dv.clone()),
        call(wrapped, "oneWrongPartial$tangent", null, v, dv.clone())));
    assertTrue(err.startsWith("leibniz: warning: check: double " + CHECKED + ".oneWrongPartial(double[])"), err);
    assertTrue(err.contains("the tangent disagrees with central finite differences"), err);
    SelfCheck.reset();
    double[] gradient = new double[100], expected = new double[100];
    String adjointErr = stderrOf(() -> {
      assertEquals(call(plain, "oneWrongPartial$adjoint", null, v, expected, 1.0),
          call(wrapped, "oneWrongPartial$adjoint", null, v, gradient, 1.0));
    });
    assertArrayEquals(expected, gradient, 0); // the check wrote none of the caller's arrays
    assertTrue(adjointErr.startsWith("leibniz: warning: check: double " + CHECKED + ".oneWrongPartial(double[])"), adjointErr);
    // the right companions of the same size are not flagged, at many points
    String quiet = stderrOf(() -> {
      for (int k = 0; k < 50; k++) {
        double[] x = new java.util.Random(k).doubles(100, -2, 2).toArray();
        call(wrapped, "sumOfSquares$adjoint", null, x, new double[100], 100, 1.0);
      }
    });
    assertEquals("", quiet);
  }

  @Test
  void adjointAloneIsCheckedToo() throws Throwable {
    Class<?> wrapped = load(true);
    SelfCheck.enable(1);
    String err = stderrOf(() -> call(wrapped, "usesCube$adjoint", null, 1.5, 1.0, new double[1]));
    assertTrue(err.startsWith("leibniz: warning: check: double " + CHECKED + ".usesCube(double)"), err);
  }

  @Test
  void offMeansNothingIsSampledOrReported() throws Throwable {
    Class<?> wrapped = load(true);
    SelfCheck.enable(0);
    assertFalse(SelfCheck.sample());
    String err = stderrOf(() -> call(wrapped, "usesCube$tangent", null, 1.5, 1.0));
    assertEquals("", err);
  }

  @Test
  void aFractionSamplesAboutThatFraction() {
    SelfCheck.enable(0.25);
    int n = 40_000, sampled = 0;
    for (int i = 0; i < n; i++) if (SelfCheck.sample()) sampled++;
    assertEquals(0.25, sampled / (double) n, 0.02);
  }
}
