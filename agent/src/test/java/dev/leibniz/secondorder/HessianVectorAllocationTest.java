package dev.leibniz.secondorder;

import static dev.leibniz.core.TapeCostTest.assertNothingAllocated;
import static dev.leibniz.core.TapeCostTest.bytesPerCall;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.testing.Transformed;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A Hessian-vector product ({@code m$adjoint$tangent}) allocates no tape in steady state, as the
 * gradient does not ({@code core.TapeCostTest}): its tapes and tangent tapes are the thread's, kept
 * from one call to the next ({@code core.emit.SecondOrderTapes}). The calling thread's own
 * allocation ({@code ThreadMXBean}) after warm-up, never a time. The reused tapes give the same
 * products call after call, whatever other products ran on the thread in between.
 */
class HessianVectorAllocationTest {
  static final Transformed T = Transformed.of(SecondOrderFunctions.class);
  static final MethodType HV = MethodType.methodType(double.class, double[].class, double[].class, double[].class, double[].class,
      double.class, double.class);

  static final Transformed ROSENBROCK = Transformed.of(TapedRosenbrock.class);

  static MethodHandle hv(String name) throws Exception {
    return MethodHandles.publicLookup().findStatic(T.type, name + "$adjoint$tangent", HV);
  }

  static MethodHandle rosenbrock() throws Exception {
    return MethodHandles.publicLookup().findStatic(ROSENBROCK.type, "extended$adjoint$tangent", HV);
  }

  static double[] random(int n, long seed) {
    return new Random(seed).doubles(n, -1.2, 1.2).toArray();
  }

  @Test
  void rosenbrockAllocatesNoTapePerProduct() throws Throwable {
    MethodHandle h = rosenbrock();
    int n = 4000; // 2,000 taped iterations: an int tape of 8 KB and its growth, per call before the tapes were reused
    double[] x = random(n, 1), v = random(n, 2), g = new double[n], hv = new double[n];
    long bytes = bytesPerCall(() -> {
      double y = (double) h.invokeExact(x, v, g, hv, 1.0, 0.0);
    });
    assertNothingAllocated(bytes, "extended$adjoint$tangent (n = " + n + ")");
  }

  @Test
  void aTapedRecurrenceReusesItsTapeAndTangentTape() throws Throwable {
    MethodHandle h = hv("recurrence");
    int n = 3000; // a double tape (and its tangent tape) and a branch tape of 3,000 entries
    double[] x = random(n, 3), v = random(n, 4), g = new double[n], hv = new double[n];
    long bytes = bytesPerCall(() -> {
      double y = (double) h.invokeExact(x, v, g, hv, 1.0, 0.0);
    });
    assertNothingAllocated(bytes, "recurrence$adjoint$tangent (n = " + n + ")");
  }

  static final Transformed MIXTURE = Transformed.of(SnapshottedMixture.class);
  static final MethodType MIXTURE_HV = MethodType.methodType(double.class, double[].class, double[].class, double[].class,
      double[].class, double[].class, double[].class, double[].class, double[].class, int.class, double.class, double.class);

  static MethodHandle mixture() throws Exception {
    return MethodHandles.publicLookup().findStatic(MIXTURE.type, "mixture$adjoint$tangent", MIXTURE_HV);
  }

  /**
   * A helper reversed jointly in a loop: each component's snapshot of the work array (and of its tangent) is copied
   * into the thread's arena for this depth ({@code core.emit.SecondOrderTapes}, {@code leibniz$snapshotIn}), not
   * allocated (GMM d10_K25: 19.9 MB per H·v, 25,000 components of 10 values). Each component took four copies of
   * 10 values (96 bytes each, 380 bytes per component in all); now a product over 800 components allocates less than
   * one such copy per component more than one over 200 (what is left, 37 bytes per component, is the helpers'
   * second-order companions' own per-call arrays: {@code zeros} for a null shadow, scalar buffers).
   */
  @Test
  void snapshotsOfAJointlyReversedLoopAreReused() throws Throwable {
    long few = mixtureBytes(200), many = mixtureBytes(800);
    long perComponent = (many - few) / 600;
    assertTrue(perComponent < 96, perComponent + " bytes more per component (" + few + " bytes for 200, " + many + " for 800)");
  }

  private static long mixtureBytes(int k) throws Throwable {
    MethodHandle h = mixture();
    int d = 10;
    double[] x = random(d, 13), v = random(d, 14), means = random(d * k, 15), g = new double[d], hv = new double[d];
    double[] mv = random(d * k, 16), mg = new double[d * k], mhv = new double[d * k];
    return bytesPerCall(() -> {
      double y = (double) h.invokeExact(x, v, g, hv, means, mv, mg, mhv, k, 1.0, 0.0);
    });
  }

  /**
   * The snapshots taken from the arena give the product of central differences of the gradient, the same bit for bit
   * call after call, after a call with longer work arrays and more components, and with other products in between.
   */
  @Test
  void reusedSnapshotsGiveTheSameProducts() throws Throwable {
    MethodHandle h = mixture();
    MethodHandle gradient = MethodHandles.publicLookup().findStatic(MIXTURE.type, "mixture$adjoint",
        MethodType.methodType(double.class, double[].class, double[].class, double[].class, double[].class, int.class,
            double.class));
    int d = 4, k = 6;
    double[] x = random(d, 16), v = random(d, 17), means = random(d * k, 18);
    double[] first = mixtureProduct(h, x, v, means, k);
    double eps = 1e-5;
    double[] plus = x.clone(), minus = x.clone();
    for (int j = 0; j < d; j++) {
      plus[j] += eps * v[j];
      minus[j] -= eps * v[j];
    }
    double[] gp = new double[d], gm = new double[d];
    double yp = (double) gradient.invokeExact(plus, gp, means, (double[]) null, k, 1.0);
    double ym = (double) gradient.invokeExact(minus, gm, means, (double[]) null, k, 1.0);
    for (int i = 0; i < d; i++) {
      double fd = (gp[i] - gm[i]) / (2 * eps);
      assertEquals(fd, first[i], 1e-6 * Math.max(1, Math.abs(fd)), "H·v[" + i + "] against differences of the gradient");
    }
    for (int r = 0; r < 3; r++) assertArrayEquals(first, mixtureProduct(h, x, v, means, k));
    mixtureProduct(h, random(12, 19), random(12, 20), random(12 * 30, 21), 30); // longer arrays, more snapshots
    product(hv("calls"), random(12, 11), random(12, 12));
    assertArrayEquals(first, mixtureProduct(h, x, v, means, k));
  }

  private static double[] mixtureProduct(MethodHandle h, double[] x, double[] v, double[] means, int k) throws Throwable {
    double[] g = new double[x.length], hv = new double[x.length];
    double y = (double) h.invokeExact(x, v, g, hv, means, (double[]) null, (double[]) null, (double[]) null, k, 1.0, 0.0);
    double[] out = Arrays.copyOf(hv, x.length + 1);
    out[x.length] = y;
    return out;
  }

  /** The same product, bit for bit, from fresh tapes (first call), reused ones, and tapes left longer by a bigger call. */
  @Test
  void reusedTapesGiveTheSameProducts() throws Throwable {
    for (String name : new String[] {"extended", "recurrence"}) {
      MethodHandle h = name.equals("extended") ? rosenbrock() : hv(name);
      double[] x = random(40, 5), v = random(40, 6);
      double[] first = product(h, x, v);
      for (int k = 0; k < 3; k++) assertArrayEquals(first, product(h, x, v), name);
      product(h, random(4000, 7), random(4000, 8)); // grows the thread's tapes
      assertArrayEquals(first, product(h, x, v), name + " after a longer product");
    }
  }

  /** Products of methods whose helpers' companions run one level deeper, alternating with another method's: same values. */
  @Test
  void productsOfOtherMethodsInBetweenChangeNothing() throws Throwable {
    MethodHandle h = hv("recurrence");
    double[] x = random(30, 9), v = random(30, 10);
    double[] alone = product(h, x, v);
    double[] nested = productsInsideAnother(h, x, v);
    assertArrayEquals(alone, nested);
  }

  private static double[] product(MethodHandle h, double[] x, double[] v) throws Throwable {
    double[] g = new double[x.length], hv = new double[x.length];
    double d = (double) h.invokeExact(x, v, g, hv, 1.0, 0.0);
    double[] out = Arrays.copyOf(hv, x.length + 1);
    out[x.length] = d;
    return out;
  }

  /**
   * {@code calls$adjoint$tangent} runs its helpers' second-order companions at depth 2 while its own tapes are live;
   * run in a loop alternating with a product at depth 1, the results must not change.
   */
  private static double[] productsInsideAnother(MethodHandle h, double[] x, double[] v) throws Throwable {
    MethodHandle calls = hv("calls");
    double[] cx = random(12, 11), cv = random(12, 12);
    double[] before = product(calls, cx, cv);
    double[] out = null;
    for (int k = 0; k < 3; k++) {
      out = product(h, x, v);
      assertArrayEquals(before, product(calls, cx, cv));
    }
    assertEquals(x.length + 1, out.length);
    return out;
  }
}
