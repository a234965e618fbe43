package dev.leibniz.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.fixtures.TapeCosts;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Tape regressions show here, not only in benchmarks: the bytes an adjoint allocates per call in
 * steady state (the calling thread's own allocation, {@code ThreadMXBean}), after warm-up. Tapes
 * live in the thread's workspace and are reused from one gradient to the next, so a gradient that
 * tapes 80 KB allocates nothing once the workspace has grown.
 */
public class TapeCostTest {
  static final Transformed TRANSFORMED = Transformed.of(TapeCosts.class);
  static final Class<?> T = TRANSFORMED.type;
  static final int CALLS = 200;

  public interface Call {
    void run() throws Throwable;
  }

  /** Bytes per call of {@code c} beyond those of calling an empty method the same way (the harness's own). */
  public static long bytesPerCall(Call c) throws Throwable {
    MethodHandle empty = MethodHandles.lookup().findStatic(TapeCostTest.class, "empty", MethodType.methodType(double.class, double.class));
    return measure(c) - measure(() -> {
      double y = (double) empty.invokeExact(1.0);
    });
  }

  /** Less than the smallest object per call: the allocation counter's granularity, not an allocation. */
  public static void assertNothingAllocated(long bytesPerCall, String what) {
    assertTrue(bytesPerCall < 16, bytesPerCall + " bytes allocated per call of " + what);
  }

  static double empty(double x) {
    return x;
  }

  /**
   * The least of three windows of {@code CALLS} calls after a warm-up: a one-time allocation of the JVM's own (a method
   * handle's form spun, a compilation's deoptimisation), which on a loaded machine can fall after the warm-up, lands in
   * one window only, while an allocation per call shows in every window.
   */
  private static long measure(Call c) throws Throwable {
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long tid = Thread.currentThread().getId();
    for (int k = 0; k < 50; k++) c.run();
    long least = Long.MAX_VALUE;
    for (int window = 0; window < 3; window++) {
      long before = mx.getThreadAllocatedBytes(tid);
      for (int k = 0; k < CALLS; k++) c.run();
      least = Math.min(least, (mx.getThreadAllocatedBytes(tid) - before) / CALLS);
    }
    return least;
  }

  static MethodHandle adjoint(String name, Class<?> result, Class<?>... params) throws Exception {
    return MethodHandles.publicLookup().findStatic(T, name + "$adjoint", MethodType.methodType(result, params));
  }

  @Test
  void rosenbrockAllocatesNothing() throws Throwable {
    MethodHandle a = adjoint("rosenbrock", double.class, double[].class, double[].class, double.class);
    double[] x = new double[1000], xb = new double[1000];
    java.util.Arrays.fill(x, 0.7);
    long bytes = bytesPerCall(() -> {
      double y = (double) a.invokeExact(x, xb, 1.0);
    });
    assertNothingAllocated(bytes, "rosenbrock$adjoint");
  }

  @Test
  void aTapedLoopReusesItsTapeFromOneGradientToTheNext() throws Throwable {
    MethodHandle a = adjoint("recurrence", double.class, double.class, int.class, double.class, double[].class);
    double[] g = new double[1];
    // 10^4 iterations: an 80 KB tape, which a fresh tape per call would allocate (twice, doubling)
    long bytes = bytesPerCall(() -> {
      double y = (double) a.invokeExact(0.9, 10_000, 1.0, g);
    });
    assertNothingAllocated(bytes, "recurrence$adjoint (10^4 taped iterations)");
  }

  @Test
  void helperCallsShareTheCallersTapes() throws Throwable {
    MethodHandle a = adjoint("helperLoop", double.class, double[].class, double[].class, int.class, double.class);
    double[] w = {0.3, 0.5, 0.7, 0.9, 1.1, 1.3, 0.2, 0.4}, wb = new double[w.length];
    long bytes = bytesPerCall(() -> {
      double y = (double) a.invokeExact(w, wb, 500, 1.0);
    });
    assertNothingAllocated(bytes, "helperLoop$adjoint (500 helper calls with taped loops)");
  }

  @Test
  void theReusedTapesGiveTheSameGradientsAsFiniteDifferences() throws Throwable {
    MethodHandle a = adjoint("helperLoop", double.class, double[].class, double[].class, int.class, double.class);
    double[] w = {0.3, 0.5, 0.7, 0.9};
    java.lang.reflect.Method primal = T.getMethod("helperLoop", double[].class, int.class);
    for (int round = 0; round < 3; round++) {
      double[] wb = new double[w.length];
      double y = (double) a.invokeExact(w, wb, 7, 1.0);
      assertEquals((double) primal.invoke(null, w, 7), y, 0);
      for (int i = 0; i < w.length; i++) {
        double[] e = new double[w.length];
        e[i] = 1;
        FiniteDifferences.Estimate est = FiniteDifferences.directional(v -> {
          try {
            return new double[] {(double) primal.invoke(null, v, 7)};
          } catch (ReflectiveOperationException ex) {
            throw new AssertionError(ex);
          }
        }, w, e)[0];
        assertEquals(est.value(), wb[i], est.tolerance(1e-7), "partial " + i + " in round " + round);
      }
    }
  }

  @Test
  void threadsEachUseTheirOwnWorkspace() throws Throwable {
    MethodHandle a = adjoint("recurrence", double.class, double.class, int.class, double.class, double[].class);
    double[] expected = new double[1];
    double y0 = (double) a.invokeExact(0.9, 3000, 1.0, expected);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      threads[t] = new Thread(() -> {
        try {
          for (int k = 0; k < 200; k++) {
            double[] g = new double[1];
            double y = (double) a.invokeExact(0.9, 3000 + (k % 3) * 500, 1.0, g);
            if (k % 3 == 0 && (y != y0 || g[0] != expected[0])) throw new AssertionError("round " + k + ": " + g[0]);
          }
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
      });
      threads[t].start();
    }
    for (Thread t : threads) t.join();
    if (failure.get() != null) throw new AssertionError(failure.get());
    assertTrue(expected[0] != 0);
  }

  /** The length of the {@code double} tape a fresh thread's workspace has after running {@code c} once. */
  static int doubleTapeAfter(Call c) throws Throwable {
    java.lang.reflect.Field f = T.getDeclaredField("leibniz$tapes");
    f.setAccessible(true);
    ThreadLocal<?> cache = (ThreadLocal<?>) f.get(null);
    int[] length = new int[1];
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(() -> {
      try {
        c.run();
        Object[] w = (Object[]) ((java.lang.ref.SoftReference<?>) cache.get()).get();
        length[0] = ((double[]) w[0]).length;
      } catch (Throwable e) {
        failure.set(e);
      }
    });
    t.start();
    t.join();
    if (failure.get() != null) throw new AssertionError(failure.get());
    return length[0];
  }

  @Test
  void aLoopInvariantIsRecordedOncePerRunOfTheInnerLoop() throws Throwable {
    MethodHandle a = adjoint("invariantInInnerLoop", double.class, double[].class, double[].class, int.class, double.class);
    int n = 64;
    double[] x = new double[n];
    for (int i = 0; i < n; i++) x[i] = 0.01 * i - 0.2;
    double[] xb = new double[n];
    int tape = doubleTapeAfter(() -> {
      double y = (double) a.invokeExact(x, xb, n, 1.0);
    });
    // n = 64 outer trips record 64 values; once per inner iteration would be n² = 4096
    assertTrue(tape <= 128, "double tape of " + tape + " entries for " + n + " outer trips");
    double sum = 0;
    for (double v : x) sum += v;
    for (int i = 0; i < n; i++) {
      double exact = Math.cos(x[i]) * sum;
      for (int k = 0; k < n; k++) exact += Math.sin(x[k]);
      assertEquals(exact, xb[i], 1e-12 * Math.max(1, Math.abs(exact)), "partial " + i);
    }
  }

  static final double[] TEMP_DATA = {0.4, -0.3, 0.9, 0.1, -0.7, 0.5, 0.2, -0.1, 0.8, 0.3, -0.6};
  static final double[] TEMP_SCALE = {1.5, -0.5, 0.75};

  @Test
  void aHelpersTemporaryArrayAndItsShadowComeFromTheWorkspace() throws Throwable {
    MethodHandle a = adjoint("temporaries", double.class, double[].class, double[].class, double[].class, double[].class,
        double[].class, double[].class, int.class, double.class);
    double[] w = {0.3, 0.5, 0.7, 0.9, 1.1, 1.3, 0.2, 0.4}, wb = new double[w.length];
    // 200 helper calls, each allocating an 8-entry temporary in the primal (and its shadow in the
    // adjoint); the two passive arrays (lengths 11 and 3) share one sink
    Call call = () -> {
      double y = (double) a.invokeExact(w, wb, TEMP_DATA, (double[]) null, TEMP_SCALE, (double[]) null, 200, 1.0);
    };
    for (int k = 0; k < 500; k++) call.run(); // past the compilations (a deoptimization may allocate)
    long bytes = bytesPerCall(call);
    assertNothingAllocated(bytes, "temporaries$adjoint (200 helper calls allocating a temporary each)");
  }

  @Test
  void temporariesFromTheWorkspaceGiveTheGradientsOfFiniteDifferences() throws Throwable {
    MethodHandle a = adjoint("temporaries", double.class, double[].class, double[].class, double[].class, double[].class,
        double[].class, double[].class, int.class, double.class);
    double[] w = {0.3, -0.5, 0.7, 0.9};
    java.lang.reflect.Method primal = T.getMethod("temporaries", double[].class, double[].class, double[].class, int.class);
    for (int round = 0; round < 3; round++) {
      double[] wb = new double[w.length], scaleBar = new double[TEMP_SCALE.length];
      int n = 5 + round; // another number of calls: the workspace's arrays are reused from a different gradient
      double y = (double) a.invokeExact(w, wb, TEMP_DATA, (double[]) null, TEMP_SCALE, scaleBar, n, 1.0);
      assertEquals((double) primal.invoke(null, w, TEMP_DATA, TEMP_SCALE, n), y, 0);
      for (int i = 0; i < w.length; i++) {
        double[] e = new double[w.length];
        e[i] = 1;
        FiniteDifferences.Estimate est = FiniteDifferences.directional(v -> {
          try {
            return new double[] {(double) primal.invoke(null, v, TEMP_DATA, TEMP_SCALE, n)};
          } catch (ReflectiveOperationException ex) {
            throw new AssertionError(ex);
          }
        }, w, e)[0];
        assertEquals(est.value(), wb[i], est.tolerance(1e-7), "partial " + i + " in round " + round);
      }
      for (int j = 0; j < TEMP_SCALE.length; j++) {
        double[] e = new double[TEMP_SCALE.length];
        e[j] = 1;
        FiniteDifferences.Estimate est = FiniteDifferences.directional(v -> {
          try {
            return new double[] {(double) primal.invoke(null, w, TEMP_DATA, v, n)};
          } catch (ReflectiveOperationException ex) {
            throw new AssertionError(ex);
          }
        }, TEMP_SCALE, e)[0];
        assertEquals(est.value(), scaleBar[j], est.tolerance(1e-7), "scale partial " + j + " in round " + round);
      }
    }
  }

  @Test
  void aNullAdjointForAnArrayNothingWritesAllocatesNothing() throws Throwable {
    MethodHandle a = adjoint("weighted", double.class, double[].class, double[].class, double[].class, double[].class, double.class);
    int n = 1000;
    double[] w = new double[n], data = new double[n], wb = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = 0.001 * i;
      data[i] = 1 - 0.002 * i;
    }
    long bytes = bytesPerCall(() -> {
      double y = (double) a.invokeExact(w, wb, data, (double[]) null, 1.0);
    });
    assertNothingAllocated(bytes, "weighted$adjoint with a null adjoint for its 1,000-entry data array");
    double[] g = new double[n], gd = new double[n];
    double y = (double) a.invokeExact(w, g, data, (double[]) null, 1.0);
    double y2 = (double) a.invokeExact(w, new double[n], data, gd, 1.0);
    assertEquals(y, y2, 0);
    for (int i = 0; i < n; i++) {
      assertEquals(Math.cos(w[i] * data[i]) * data[i], g[i], 1e-15, "partial " + i);
      assertEquals(Math.cos(w[i] * data[i]) * w[i], gd[i], 1e-15, "data partial " + i);
    }
  }

  static MethodHandle smallTemporaries(String companion) throws Exception {
    return MethodHandles.publicLookup().findStatic(T, "smallTemporaries" + companion,
        MethodType.methodType(void.class, double[].class, double[].class, double[].class, double[].class));
  }

  @Test
  void smallConstantTemporariesAllocateNothingOnceCompiled() throws Throwable {
    MethodHandle a = smallTemporaries("$adjoint");
    double[] x = {0.9, 0.4, 1.3}, xb = new double[3], out = new double[2], outBar = {1, 0.5};
    // the arrays are plain allocations in the adjoint as in the primal (no workspace array): the
    // JIT's escape analysis removes them, and their shadows, once the adjoint is compiled
    Call call = () -> {
      a.invokeExact(x, xb, out, outBar);
    };
    long bytes = Long.MAX_VALUE;
    // until C2 has compiled it (escape analysis is C2's): bounded by time, not by rounds, since in the whole
    // suite's JVM C2's queue may hold other tests' large companions for a while (1 M calls took 0.2 s there)
    for (long end = System.nanoTime() + 120_000_000_000L; bytes >= 16 && System.nanoTime() < end; ) {
      for (int k = 0; k < 10_000; k++) call.run();
      bytes = bytesPerCall(call);
    }
    assertNothingAllocated(bytes, "smallTemporaries$adjoint (two local arrays of constant length)");
  }

  /** The helpers that the generated methods named {@code prefix...} call. */
  static java.util.Set<String> helpersCalledBy(String prefix) {
    java.util.Set<String> called = new java.util.TreeSet<>();
    for (byte[] bytes : new byte[][] {TRANSFORMED.result.transformed(), TRANSFORMED.result.companions()}) {
      if (bytes == null) continue;
      org.objectweb.asm.tree.ClassNode cn = new org.objectweb.asm.tree.ClassNode();
      new org.objectweb.asm.ClassReader(bytes).accept(cn, 0);
      for (org.objectweb.asm.tree.MethodNode m : cn.methods) {
        if (!m.name.startsWith(prefix)) continue;
        for (org.objectweb.asm.tree.AbstractInsnNode n : m.instructions) {
          if (n instanceof org.objectweb.asm.tree.MethodInsnNode && ((org.objectweb.asm.tree.MethodInsnNode) n).name.startsWith(Companions.HELPER_PREFIX)) {
            called.add(((org.objectweb.asm.tree.MethodInsnNode) n).name);
          }
        }
      }
    }
    return called;
  }

  @Test
  void smallConstantTemporariesAreNotTakenFromTheWorkspace() {
    java.util.Set<String> called = helpersCalledBy("smallTemporaries$adjoint");
    assertTrue(!called.contains(Companions.HELPER_PREFIX + "newD") && !called.contains(Companions.HELPER_PREFIX + "take"),
        "smallTemporaries$adjoint takes its two constant-length arrays from a workspace: " + called);
    // a temporary whose length is not a constant, used in loops, still is (the other side of the rule)
    // (smooth, a loop helper called in temporaries' loop, is inlined into temporaries' adjoint)
    assertTrue(helpersCalledBy("temporaries$adjoint").contains(Companions.HELPER_PREFIX + "newD"), "temporaries$adjoint: " + helpersCalledBy("temporaries$adjoint"));
  }

  /** The Jacobian of {@link TapeCosts#smallTemporaries} by hand, on both sides of its branch. */
  static double[][] smallTemporariesJacobian(double[] x) {
    double s = Math.sin(x[2]), c = Math.cos(x[2]), s2 = s * s;
    double[] row0 = x[0] - x[1] > 0
        ? new double[] {x[1] * x[2] * s2, (x[0] - 2 * x[1]) * x[2] * s2, (x[0] - x[1]) * x[1] * (s2 + x[2] * 2 * s * c)}
        : new double[] {s2, (x[2] - 1) * s2, x[1] * s2 + (x[0] - x[1] + x[1] * x[2]) * 2 * s * c};
    return new double[][] {row0, {1, -1, 2 * s * c}};
  }

  @Test
  void smallConstantTemporariesGiveTheJacobianInBothModes() throws Throwable {
    MethodHandle t = smallTemporaries("$tangent"), a = smallTemporaries("$adjoint");
    java.lang.reflect.Method primal = T.getMethod("smallTemporaries", double[].class, double[].class);
    for (double[] x : new double[][] {{0.9, 0.4, 1.3}, {0.2, 0.7, -0.6}}) {
      dev.leibniz.oracle.JacobianCheck.check("smallTemporaries" + java.util.Arrays.toString(x), x,
          v -> {
            double[] out = new double[2];
            try {
              primal.invoke(null, v, out);
            } catch (ReflectiveOperationException e) {
              throw new AssertionError(e);
            }
            return out;
          },
          (v, vd) -> {
            double[] out = new double[2], outd = new double[2];
            try {
              t.invokeExact(v, vd, out, outd);
            } catch (Throwable e) {
              throw new AssertionError(e);
            }
            return outd;
          },
          (v, yb) -> {
            double[] out = new double[2], vb = new double[3];
            try {
              a.invokeExact(v, vb, out, yb);
            } catch (Throwable e) {
              throw new AssertionError(e);
            }
            return vb;
          },
          smallTemporariesJacobian(x));
    }
  }
}
