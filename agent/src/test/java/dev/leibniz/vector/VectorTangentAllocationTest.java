package dev.leibniz.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.testing.Transformed;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * Steady-state calls of {@code m$tangents} allocate no more than the primal does: the work array,
 * the shadows of the method's arrays, the per-call argument and result buffers and the zero
 * tangents of passive parameters come from the thread's workspace (README "Vector tangents",
 * emit.Workspace), also through calls of same-class helpers ({@code m$tangents$body}). Measured by
 * the thread's allocation counter over many calls through exact method handles (no boxing), with
 * a tolerance far below one array per call (an array of k = 8 doubles is 80 bytes).
 */
class VectorTangentAllocationTest {
  static final Transformed T = Transformed.of(VectorFunctions.class);
  static final int K = 8;
  static final int WARM = 30_000;
  static final int CALLS = 20_000;
  /** Bytes per call above the primal's allowed for noise (the counter's own call, JIT events). */
  static final double TOLERANCE = 16;

  static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  interface Call {
    double run() throws Throwable;
  }

  /** Average bytes allocated by the calling thread per {@code call.run()}, after warming up. */
  static double bytesPerCall(Call call) throws Throwable {
    double sink = 0;
    for (int n = 0; n < WARM; n++) sink += call.run();
    long before = THREADS.getCurrentThreadAllocatedBytes();
    for (int n = 0; n < CALLS; n++) sink += call.run();
    long after = THREADS.getCurrentThreadAllocatedBytes();
    assertTrue(!Double.isNaN(sink));
    return (after - before) / (double) CALLS;
  }

  static MethodHandle handle(String name, Class<?> ret, Class<?>... params) throws ReflectiveOperationException {
    java.lang.reflect.Method m = T.type.getDeclaredMethod(name, params);
    m.setAccessible(true);
    return MethodHandles.lookup().unreflect(m).asType(MethodType.methodType(ret, params));
  }

  static double[] directions(int n) {
    double[] d = new double[n * K];
    for (int i = 0; i < d.length; i++) d[i] = Math.sin(0.7 * i + 0.3);
    return d;
  }

  /** {@code double f(double[] x, double a)}: its {@code $tangents} against the primal, with and without passive tangents. */
  void arrayAndScalar(String name) throws Throwable {
    MethodHandle primal = handle(name, double.class, double[].class, double.class);
    MethodHandle tangents = handle(name + "$tangents", double.class, double[].class, double[].class, double.class, double[].class,
        int.class, double[].class);
    double[] x = {0.3, -0.8, 1.1, 0.45, -0.2, 0.9};
    double[] dx = directions(x.length), da = directions(1), out = new double[K];
    double a = 0.7;
    double base = bytesPerCall(() -> (double) primal.invokeExact(x, a));
    double all = bytesPerCall(() -> (double) tangents.invokeExact(x, dx, a, da, K, out));
    double passiveA = bytesPerCall(() -> (double) tangents.invokeExact(x, dx, a, (double[]) null, K, out));
    assertTrue(all <= base + TOLERANCE, name + "$tangents allocates " + all + " B per call, the primal " + base);
    assertTrue(passiveA <= base + TOLERANCE, name + "$tangents (a passive) allocates " + passiveA + " B per call, the primal " + base);
    assertEquals((double) primal.invokeExact(x, a), (double) tangents.invokeExact(x, dx, a, da, K, out), 0);
  }

  @Test
  void viaASameClassHelperWithALoop() throws Throwable {
    arrayAndScalar("viaHelper");
  }

  @Test
  void sameClassHelpersTakingTurnsInALoop() throws Throwable {
    arrayAndScalar("helpersInALoop");
  }

  @Test
  void callsCopiesAndClones() throws Throwable {
    arrayAndScalar("calls");
  }

  @Test
  void fillsAndArraysChosenByABranch() throws Throwable {
    arrayAndScalar("filled");
    arrayAndScalar("chosen");
  }

  @Test
  void arrayResultsWrittenIntoAParameter() throws Throwable {
    MethodHandle primal = handle("residuals", void.class, double[].class, double[].class);
    MethodHandle tangents = handle("residuals$tangents", void.class, double[].class, double[].class, double[].class, double[].class, int.class);
    double[] x = {0.3, -0.8, 1.1, 0.45, -0.2, 0.9}, r = new double[x.length], dr = new double[x.length * K], dx = directions(x.length);
    double base = bytesPerCall(() -> {
      primal.invokeExact(x, r);
      return r[0];
    });
    double all = bytesPerCall(() -> {
      tangents.invokeExact(x, dx, r, dr, K);
      return dr[0];
    });
    assertTrue(all <= base + TOLERANCE, "residuals$tangents allocates " + all + " B per call, the primal " + base);
  }

  /** Threads calling at once each work on their own workspace: every result is the one a lone call gives. */
  @Test
  void threadsEachUseTheirOwnWorkspace() throws Throwable {
    MethodHandle tangents = handle("calls$tangents", double.class, double[].class, double[].class, double.class, double[].class,
        int.class, double[].class);
    int threads = 4, calls = 3_000;
    double[][] expected = new double[threads][];
    for (int t = 0; t < threads; t++) {
      expected[t] = new double[K];
      double[] x = {0.3 + t, -0.8, 1.1, 0.45 * t, -0.2, 0.9};
      double y = (double) tangents.invokeExact(x, directions(x.length), 0.7 - t, directions(1), K, expected[t]);
      assertTrue(Double.isFinite(y));
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      java.util.List<java.util.concurrent.Future<String>> done = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int id = t;
        done.add(pool.submit(() -> {
          double[] x = {0.3 + id, -0.8, 1.1, 0.45 * id, -0.2, 0.9}, out = new double[K];
          for (int n = 0; n < calls; n++) {
            java.util.Arrays.fill(out, Double.NaN);
            try {
              double ignored = (double) tangents.invokeExact(x, directions(x.length), 0.7 - id, directions(1), K, out);
            } catch (Throwable e) {
              return e.toString();
            }
            if (!java.util.Arrays.equals(expected[id], out)) return "thread " + id + " call " + n + ": " + java.util.Arrays.toString(out);
          }
          return null;
        }));
      }
      for (java.util.concurrent.Future<String> f : done) assertEquals(null, f.get());
    } finally {
      pool.shutdownNow();
    }
  }

  /** A call that throws inside the body still gives the workspace back: the next calls reuse it. */
  @Test
  void aCallThatThrowsReleasesTheWorkspace() throws Throwable {
    MethodHandle primal = handle("viaHelper", double.class, double[].class, double.class);
    MethodHandle tangents = handle("viaHelper$tangents", double.class, double[].class, double[].class, double.class, double[].class,
        int.class, double[].class);
    double[] x = {0.3, -0.8, 1.1, 0.45, -0.2, 0.9}, dx = directions(x.length), out = new double[K];
    try {
      double ignored = (double) tangents.invokeExact(x, new double[3], 0.7, directions(1), K, out);
      throw new AssertionError("a tangent array too short for k = " + K + " was read");
    } catch (ArrayIndexOutOfBoundsException expectedFailure) {
      // the body failed with the workspace taken
    }
    double base = bytesPerCall(() -> (double) primal.invokeExact(x, 0.7));
    double after = bytesPerCall(() -> (double) tangents.invokeExact(x, dx, 0.7, (double[]) null, K, out));
    assertTrue(after <= base + TOLERANCE, "after a failed call viaHelper$tangents allocates " + after + " B per call, the primal " + base);
  }
}
