package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Enzyme (EnzymeAD/Enzyme on GitHub), enzyme/test/Integration/ReverseMode/: forrealloc.c (foo: an array grown
 * by realloc by one element per trip, each new element the previous plus inp), subdoublestore.c (foo: the bits of a
 * double copied into an integer, stored through a helper into integer memory and read back as a double; Enzyme's
 * test wants derivative 1), vecmax.c (reduce_max: a running maximum from -infinity by a ternary, with an assert in
 * the loop).
 * Licence: Enzyme is Apache-2.0 with LLVM exceptions. Written here in Java from the C functions (same statements); no
 * comments or other text were copied.
 * Translation: realloc is Arrays.copyOf (a new array the first time); memcpy between double and unsigned long long is
 * Double.doubleToRawLongBits / Double.longBitsToDouble and the integer memory a long[]; C's assert is Java's assert
 * statement (off unless the JVM runs with -ea, as NDEBUG builds drop C's); the C functions named foo are named after
 * their files.
 */

import dev.leibniz.Differentiable;
import java.util.Arrays;

public final class EnzymeMemory {
  private EnzymeMemory() {}

  @Differentiable
  public static float forrealloc(float inp, int n) {
    float[] x = null;
    for (int i = 0; i < n; i++) {
      x = x == null ? new float[i + 1] : Arrays.copyOf(x, i + 1);
      if (i == 0) {
        x[0] = inp;
      } else {
        x[i] = x[i - 1] + inp;
      }
    }
    float res = x[n - 1];
    return res;
  }

  static long[] substore(long flt, long integral) {
    long[] data = new long[2];
    double asflt = Double.longBitsToDouble(flt);
    data[0] = Double.doubleToRawLongBits(asflt);
    data[1] = integral;
    return data;
  }

  @Differentiable
  public static double subdoublestore(double inp) {
    long res = Double.doubleToRawLongBits(inp);
    long[] data = substore(res, 3);
    return Double.longBitsToDouble(data[0]);
  }

  @Differentiable
  public static double reduce_max(double[] vec, int size) {
    double ret = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < size; i++) {
      ret = (ret > vec[i]) ? ret : vec[i];
      assert i < 6 : "bad";
    }
    return ret;
  }
}
