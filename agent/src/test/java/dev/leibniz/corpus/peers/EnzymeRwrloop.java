package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: Enzyme (EnzymeAD/Enzyme on GitHub), enzyme/test/Integration/ReverseMode/rwrloop.c: alldiv, a double loop
 * over a 10 x 10 array (flattened, index 10 * i + j) whose inner trip count is read through the int pointer N, each
 * element zeroed after it is read, and *N overwritten at the end (Enzyme's test passes N as enzyme_const).
 * Licence: Enzyme is Apache-2.0 with LLVM exceptions. Written here in Java from the C function (same name, same
 * statements); no comments or other text were copied.
 * Translation: `int* N` is an int[] of length 1.
 */

import dev.leibniz.Differentiable;

public final class EnzymeRwrloop {
  private EnzymeRwrloop() {}

  @Differentiable
  public static double alldiv(double[] a, int[] N) {
    double sum = 0;
    for (int i = 0; i < 10; i++) {
      for (int j = 0; j < N[0]; j++) {
        sum += a[10 * i + j] * a[10 * i + j];
        a[10 * i + j] = 0;
      }
    }
    N[0] = 7;
    return sum;
  }
}
