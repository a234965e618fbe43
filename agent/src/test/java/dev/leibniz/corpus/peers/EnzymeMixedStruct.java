package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Enzyme (EnzymeAD/Enzyme on GitHub), enzyme/test/Integration/ReverseMode/mixedstruct1.c: tile_multiply, a
 * recursive sum over halves of a float array reached through a pointer to the array pointer (WINDOW_FRAME*), each
 * recursion level copying that pointer into a fresh one-element holder (frame1) before recursing, and
 * tile_multiply_helper writing the sum through a float pointer. Also Clad (vgvassilev/clad, LGPL-3.0; written here,
 * not copied) test/Gradient/StructsInLoops.cpp fn1 and fn2: a struct made afresh in each trip of a loop.
 * Licence: Enzyme is Apache-2.0 with LLVM exceptions; written here in Java from the C functions (same names, same
 * statements), no comments or other text copied.
 * Translation: WINDOW_FRAME* is a float[][] of one row (frame[0] the data), malloc'd holder frame1 a new float[1][]
 * holding the same row; `long long c` is a long; the C struct of StructsInLoops a small class with a double field.
 */

import dev.leibniz.Differentiable;

public final class EnzymeMixedStruct {
  private EnzymeMixedStruct() {}

  static float tile_multiply(float[][] frame, int C_start, int C_end) {
    if (C_end - C_start > 3) {
      int C_midpoint = C_start + (C_end - C_start) / 2;
      float[][] frame1 = new float[1][];
      frame1[0] = frame[0];
      float sum1 = tile_multiply(frame1, C_start, C_midpoint);
      float sum2 = tile_multiply(frame1, C_midpoint, C_end);
      return sum1 + sum2;
    } else {
      float sum = 0.0f;
      long c = C_start;
      if (c < C_end)
        do {
          sum += frame[0][(int) c];
          c++;
        } while (c < C_end);
      return sum;
    }
  }

  @Differentiable
  public static void tile_multiply_helper(float[][] frame, float[] loss) {
    loss[0] = tile_multiply(frame, 0, 10);
  }

  static final class Struct {
    double val;
  }

  @Differentiable
  public static double structsInLoops_fn1(double a) {
    double result = 0;
    for (int i = 0; i < 1; i++) {
      Struct s = new Struct();
      s.val += 2;
      result += s.val * a;
    }
    return result;
  }

  @Differentiable
  public static double structsInLoops_fn2(double a) {
    double result = 0;
    int i = 1;
    while (i-- != 0) {
      Struct s1 = new Struct();
      Struct s2 = new Struct();
      s2.val = s1.val + 2;
      result += s2.val * a * a;
    }
    return result;
  }
}
