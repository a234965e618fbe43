package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Sources: ADOL-C (coin-or/ADOL-C on GitHub), ADOL-C/examples/speelpenning.cpp: Speelpenning's product of the inputs,
 * the classic gradient test; CppAD (coin-or/CppAD on GitHub), speed/src/det_by_minor.cpp with
 * include/cppad/speed/det_of_minor.hpp: the determinant by expansion in minors, a recursion over the rows whose
 * remaining columns are kept in an index list, the function of CppAD's gradient speed test.
 * Licence: ADOL-C is EPL-2.0 or GPL-2.0; CppAD is EPL-2.0 or GPL-2.0-or-later. No text was copied: both functions
 * were written here in Java from what they compute (the names are the sources'); det_of_minor keeps CppAD's scheme of
 * expanding along the first remaining row and skipping used columns through a linked index array, in new code.
 */

import dev.leibniz.Differentiable;

public final class AdolcCppad {
  private AdolcCppad() {}

  @Differentiable
  public static double speelpenning(double[] x) {
    double y = 1;
    for (int i = 0; i < x.length; i++) y *= x[i];
    return y;
  }

  /**
   * The determinant of the minor of the m x m row-major matrix a made of the rows row..m-1 and the columns still
   * linked from next[m] (next[k] is the column after k, m ends the list).
   */
  static double det_of_minor(double[] a, int m, int row, int[] next) {
    if (row == m - 1) return a[row * m + next[m]];
    double det = 0;
    double sign = 1;
    int prev = m;
    for (int col = next[m]; col != m; prev = col, col = next[col]) {
      next[prev] = next[col]; // unlink col
      double minor = det_of_minor(a, m, row + 1, next);
      next[prev] = col; // relink it
      det += sign * a[row * m + col] * minor;
      sign = -sign;
    }
    return det;
  }

  @Differentiable
  public static double det_by_minor(double[] a, int m) {
    int[] next = new int[m + 1];
    for (int k = 0; k < m; k++) next[k] = k + 1;
    next[m] = 0;
    return det_of_minor(a, m, 0, next);
  }
}
