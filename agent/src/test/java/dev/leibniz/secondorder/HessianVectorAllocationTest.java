package dev.leibniz.secondorder;

import static dev.leibniz.core.TapeCostTest.assertNothingAllocated;
import static dev.leibniz.core.TapeCostTest.bytesPerCall;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
