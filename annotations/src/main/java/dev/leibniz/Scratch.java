package dev.leibniz;

import java.lang.ref.SoftReference;

/**
 * Each thread's spare {@code double[]} buffers for the runtime helpers ({@link SparseJacobian}): a
 * call takes what it needs and gives it back when it returns, so the next call on the thread
 * reuses the arrays and allocates none in steady state. A buffer taken is no longer in the pool,
 * so a call made from inside another (the method under differentiation evaluating a Jacobian
 * itself, even the same instance's) gets arrays of its own: the helpers are re-entrant. The pool
 * keeps a few arrays per thread, held through a {@link SoftReference} so that buffers grown for one
 * large Jacobian never pin the heap; they are not tied to any helper instance.
 */
final class Scratch {
  /** How many spare arrays a thread keeps: a vector call's two buffers, twice (one nested call). */
  static final int KEPT = 4;

  private static final ThreadLocal<SoftReference<double[][]>> SPARE = new ThreadLocal<>();

  private Scratch() {}

  /**
   * An array of exactly {@code length} elements whose contents are arbitrary (the caller writes
   * every element it reads): a spare one of this thread, or a new one.
   */
  static double[] take(int length) {
    double[][] spare = spare(false);
    if (spare != null) {
      for (int s = 0; s < spare.length; s++) {
        double[] a = spare[s];
        if (a != null && a.length == length) {
          spare[s] = null;
          return a;
        }
      }
    }
    return new double[length];
  }

  /**
   * Gives {@code a} back for later calls on this thread: into a free slot, or in place of the
   * smallest spare array when that is smaller (the larger buffers are the costly ones to remake).
   */
  static void give(double[] a) {
    double[][] spare = spare(true);
    int smallest = 0;
    for (int s = 0; s < spare.length; s++) {
      if (spare[s] == null) {
        spare[s] = a;
        return;
      }
      if (spare[s].length < spare[smallest].length) smallest = s;
    }
    if (spare[smallest].length < a.length) spare[smallest] = a;
  }

  /** This thread's spare arrays (created when {@code create} and none are held). */
  private static double[][] spare(boolean create) {
    SoftReference<double[][]> ref = SPARE.get();
    double[][] spare = ref == null ? null : ref.get();
    if (spare == null && create) {
      spare = new double[KEPT][];
      SPARE.set(new SoftReference<>(spare));
    }
    return spare;
  }

  /** How many spare arrays this thread holds now (for tests). */
  static int spareCount() {
    double[][] spare = spare(false);
    int count = 0;
    if (spare != null) {
      for (double[] a : spare) if (a != null) count++;
    }
    return count;
  }
}
