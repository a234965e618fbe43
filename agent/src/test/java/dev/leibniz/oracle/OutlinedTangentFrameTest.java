package dev.leibniz.oracle;

import static dev.leibniz.core.TapeCostTest.assertNothingAllocated;
import static dev.leibniz.core.TapeCostTest.bytesPerCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.testing.GeneratedProgram;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The tangent of an outlined method ({@link OutliningTest}'s kernel: a driver calling its parts with frame arrays that
 * carry the live values between them) takes its frames from the calling thread's sets, as the adjoint takes its
 * frame from the workspace: it allocates nothing per call in steady state (it allocated its frames, about 6 KB of a
 * 1,000-statement kernel, on every call). The frames are per thread and per call depth: a kernel calling itself
 * recursively, and the same kernel on two threads at once, give the tangents they give alone (against central
 * differences and the adjoint, which keeps its own frames).
 */
class OutlinedTangentFrameTest {
  static final MethodType TANGENT = MethodType.methodType(double.class, double[].class, double[].class, double.class,
      double.class, int.class);

  @Test
  void theOutlinedTangentAllocatesNothingPerCall() throws Throwable {
    MethodHandle t = tangent(GeneratedProgram.of(OutliningTest.NAME, OutliningTest.source(OutliningTest.STATEMENTS)).kernel());
    double[] x = point(), xd = direction();
    long bytes = bytesPerCall(() -> {
      double d = (double) t.invokeExact(x, xd, 0.37, 0.5, 5);
    });
    assertNothingAllocated(bytes, "the outlined kernel's f$tangent");
  }

  /** {@code f} calls itself from a part, 3 levels deep: each level's tangent keeps its own frames. */
  @Test
  void aRecursiveOutlinedKernelGetsAFrameAtEachDepth() throws Throwable {
    Class<?> k = recursiveKernel();
    MethodHandle t = tangent(k);
    MethodHandle f = MethodHandles.publicLookup().findStatic(k, "f", MethodType.methodType(double.class, double[].class,
        double.class, int.class));
    double[] x = point(), xd = direction();
    double h = 1e-6;
    double[] plus = x.clone(), minus = x.clone();
    for (int i = 0; i < x.length; i++) {
      plus[i] += h * xd[i];
      minus[i] -= h * xd[i];
    }
    double fd = ((double) f.invokeExact(plus, 0.37 + h * 0.5, 3) - (double) f.invokeExact(minus, 0.37 - h * 0.5, 3)) / (2 * h);
    double d = (double) t.invokeExact(x, xd, 0.37, 0.5, 3);
    assertEquals(fd, d, 1e-5 * Math.max(1, Math.abs(fd)), "recursive tangent against central differences");
    assertEquals(d, (double) t.invokeExact(x, xd, 0.37, 0.5, 3), 0.0, "the same tangent from reused frames");
    assertEquals(along(k, x, xd, 3), d, 1e-7 * Math.max(1, Math.abs(d)), "tangent against the adjoint");
  }

  /** Two threads computing tangents of the same kernel at once, each at its own point: each gets what it gets alone. */
  @Test
  void twoThreadsKeepTheirOwnFrames() throws Throwable {
    MethodHandle t = tangent(recursiveKernel());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<double[]>> runs = new ArrayList<>();
      double[][] alone = new double[2][];
      for (int thread = 0; thread < 2; thread++) {
        double[] x = point();
        x[0] += thread;
        double[] xd = direction();
        alone[thread] = new double[] {(double) t.invokeExact(x, xd, 0.37, 0.5, 2)};
        Callable<double[]> run = () -> {
          double[] out = new double[200];
          for (int k = 0; k < out.length; k++) {
            try {
              out[k] = (double) t.invokeExact(x, xd, 0.37, 0.5, 2);
            } catch (Throwable e) {
              throw new AssertionError(e);
            }
          }
          return out;
        };
        runs.add(pool.submit(run));
      }
      for (int thread = 0; thread < 2; thread++) {
        for (double d : runs.get(thread).get()) assertEquals(alone[thread][0], d, 0.0, "thread " + thread);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** {@link OutliningTest}'s kernel of 400 statements, calling itself with {@code n - 1} from its middle while n > 0. */
  static Class<?> recursiveKernel() throws Exception {
    String source = OutliningTest.source(400);
    String middle = "    double t250 = ";
    assertTrue(source.contains(middle));
    source = source.replace(middle, "    if (n > 0) acc += 0.3 * f(x, y * 0.5 + t249 * 0.1, n - 1);\n" + middle);
    return GeneratedProgram.of(OutliningTest.NAME, source).kernel();
  }

  static MethodHandle tangent(Class<?> kernel) throws Exception {
    return MethodHandles.publicLookup().findStatic(kernel, "f$tangent", TANGENT);
  }

  /** The adjoint's gradient along {@code (xd, 0.5)}. */
  private static double along(Class<?> k, double[] x, double[] xd, int n) throws Throwable {
    MethodHandle a = MethodHandles.publicLookup().findStatic(k, "f$adjoint", MethodType.methodType(double.class,
        double[].class, double[].class, double.class, int.class, double.class, double[].class));
    double[] xb = new double[x.length], yb = new double[1];
    double r = (double) a.invokeExact(x.clone(), xb, 0.37, n, 1.0, yb);
    double s = yb[0] * 0.5;
    for (int i = 0; i < x.length; i++) s += xb[i] * xd[i];
    return s;
  }

  private static double[] point() {
    double[] x = new double[OutliningTest.INPUTS];
    for (int i = 0; i < x.length; i++) x[i] = 0.3 + 0.1 * i * Math.pow(-1, i);
    return x;
  }

  private static double[] direction() {
    double[] v = new double[OutliningTest.INPUTS];
    for (int i = 0; i < v.length; i++) v[i] = Math.cos(i + 1.0);
    return v;
  }
}
