package dev.leibniz.core.emit;

import java.lang.ref.SoftReference;
import java.lang.reflect.Array;
import java.util.Arrays;

/**
 * Templates of the private static helpers that generated code calls. They are not called from
 * here: {@link HelperCopier} copies the ones a class needs into it, renamed {@code leibniz$name},
 * so that generated code references only {@code java.base}. Keep them small (the JIT inlines
 * them) and free of any state.
 */
final class Helpers {
  private Helpers() {}

  /** A zero array shaped like {@code a} (rows too), or null for null: the shadow of a passive array. */
  static Object zeros(Object a) {
    if (a == null) {
      return null;
    }
    if (a instanceof double[]) {
      return new double[((double[]) a).length];
    }
    if (a instanceof float[]) {
      return new float[((float[]) a).length];
    }
    Object[] rows = (Object[]) a;
    Object[] z = (Object[]) Array.newInstance(rows.getClass().getComponentType(), rows.length);
    for (int i = 0; i < rows.length; i++) {
      z[i] = zeros(rows[i]);
    }
    return z;
  }

  /** A deep copy of an array of doubles or floats of any rank (a snapshot for the reverse sweep). */
  static Object snapshot(Object a) {
    if (a == null) {
      return null;
    }
    if (a instanceof double[]) {
      return ((double[]) a).clone();
    }
    if (a instanceof float[]) {
      return ((float[]) a).clone();
    }
    Object[] rows = ((Object[]) a).clone();
    for (int i = 0; i < rows.length; i++) {
      rows[i] = snapshot(rows[i]);
    }
    return rows;
  }

  /**
   * The snapshot of {@code a} for a call whose earlier arguments {@code p1, p2, p3} were copied to
   * {@code s1, s2, s3}: the same copy when {@code a} is one of those arrays (unused pairs: null, null).
   */
  static Object snapshotAs(Object a, Object p1, Object s1, Object p2, Object s2, Object p3, Object s3) {
    if (a != null) {
      if (a == p1) return s1;
      if (a == p2) return s2;
      if (a == p3) return s3;
    }
    return snapshot(a);
  }

  /**
   * The calling thread's tape workspace for one gradient ({@link Workspace} has the layout), marked
   * busy until {@link #release}. A workspace still busy (a recursive call through a public adjoint,
   * or one left by an exception) is replaced by a fresh one. The cache holds it softly: tapes grown
   * for one huge gradient do not pin the heap.
   */
  static Object[] take(ThreadLocal<Object> cache) {
    Object ref = cache.get();
    Object[] w = ref == null ? null : (Object[]) ((SoftReference<?>) ref).get();
    if (w == null || w[6] != null) {
      w = fresh();
      cache.set(new SoftReference<Object>(w));
    }
    w[6] = Boolean.TRUE;
    return w;
  }

  /** Ends the gradient that took {@code w}: it may serve the next one. */
  static void release(Object[] w) {
    w[6] = null;
  }

  /** A new workspace: the four tapes, their positions, the scalar-adjoint buffer, the busy mark. */
  static Object[] fresh() {
    return new Object[] {new double[32], new int[32], new long[32], new Object[32], new int[4], new double[8], null, null};
  }

  /**
   * The adjoint array of a parameter that the method never writes: {@code bar}, or when that is
   * null (the parameter is passive) the workspace's sink, an array as long as {@code a} whose
   * contents are never read (adjoints of unwritten arrays are only accumulated into).
   */
  static double[] sink(double[] bar, double[] a, Object[] w) {
    if (bar != null || a == null) {
      return bar;
    }
    double[] s = (double[]) w[7];
    if (s == null || s.length != a.length) {
      s = new double[a.length];
      w[7] = s;
    }
    return s;
  }

  /** The workspace's buffer for callees' scalar adjoints, at least {@code n} long and all zero. */
  static double[] buffer(Object[] w, int n) {
    double[] b = (double[]) w[5];
    if (b.length < n) {
      b = new double[n];
      w[5] = b;
    }
    return b;
  }

  static double[] growD(double[] tape, int need, String method) {
    if (need <= tape.length && need >= 0) {
      return tape;
    }
    try {
      return Arrays.copyOf(tape, capacity(need, tape.length));
    } catch (OutOfMemoryError e) {
      throw tapeFull(method, tape.length, 8);
    }
  }

  static int[] growI(int[] tape, int need, String method) {
    if (need <= tape.length && need >= 0) {
      return tape;
    }
    try {
      return Arrays.copyOf(tape, capacity(need, tape.length));
    } catch (OutOfMemoryError e) {
      throw tapeFull(method, tape.length, 4);
    }
  }

  static long[] growJ(long[] tape, int need, String method) {
    if (need <= tape.length && need >= 0) {
      return tape;
    }
    try {
      return Arrays.copyOf(tape, capacity(need, tape.length));
    } catch (OutOfMemoryError e) {
      throw tapeFull(method, tape.length, 8);
    }
  }

  static Object[] growA(Object[] tape, int need, String method) {
    if (need <= tape.length && need >= 0) {
      return tape;
    }
    try {
      return Arrays.copyOf(tape, capacity(need, tape.length));
    } catch (OutOfMemoryError e) {
      throw tapeFull(method, tape.length, 4);
    }
  }

  /**
   * The next tape length: doubled, at least {@code need}. A negative {@code need} is an index that
   * overflowed {@code int}: the tape would need more entries than a Java array can hold.
   */
  private static int capacity(int need, int length) {
    long doubled = Math.max(need, 2L * length);
    if (need < 0) {
      throw new OutOfMemoryError();
    }
    return (int) Math.min(doubled, Integer.MAX_VALUE - 8);
  }

  private static OutOfMemoryError tapeFull(String method, int entries, int bytes) {
    return new OutOfMemoryError("leibniz: the reverse-mode tape of " + method + " cannot grow beyond "
        + entries + " entries (" + ((long) entries * bytes >> 20) + " MiB); give the JVM more heap (-Xmx) or differentiate a shorter loop");
  }

  /** {@code dst[dp + k] += src[sp + k]} for {@code k < len} (the adjoint of a copy). */
  static void addD(double[] dst, int dp, double[] src, int sp, int len) {
    for (int k = 0; k < len; k++) {
      dst[dp + k] += src[sp + k];
    }
  }

  static void addF(float[] dst, int dp, float[] src, int sp, int len) {
    for (int k = 0; k < len; k++) {
      dst[dp + k] += src[sp + k];
    }
  }

  /** The adjoint of {@code System.arraycopy(src, sp, dst, dp, len)}; handles overlap. */
  static void arraycopyD(double[] srcBar, int sp, double[] dstBar, int dp, int len) {
    if (srcBar == null || dstBar == null) {
      if (dstBar != null) Arrays.fill(dstBar, dp, dp + len, 0);
      return;
    }
    double[] moved = Arrays.copyOfRange(dstBar, dp, dp + len);
    Arrays.fill(dstBar, dp, dp + len, 0);
    for (int k = 0; k < len; k++) {
      srcBar[sp + k] += moved[k];
    }
  }

  static void arraycopyF(float[] srcBar, int sp, float[] dstBar, int dp, int len) {
    if (srcBar == null || dstBar == null) {
      if (dstBar != null) Arrays.fill(dstBar, dp, dp + len, 0);
      return;
    }
    float[] moved = Arrays.copyOfRange(dstBar, dp, dp + len);
    Arrays.fill(dstBar, dp, dp + len, 0);
    for (int k = 0; k < len; k++) {
      srcBar[sp + k] += moved[k];
    }
  }

  /** Sums {@code a[from..to)} and zeroes it: the adjoint of {@code Arrays.fill(a, from, to, v)}. */
  static double drainD(double[] a, int from, int to) {
    double s = 0;
    for (int k = from; k < to; k++) {
      s += a[k];
      a[k] = 0;
    }
    return s;
  }

  static float drainF(float[] a, int from, int to) {
    float s = 0;
    for (int k = from; k < to; k++) {
      s += a[k];
      a[k] = 0;
    }
    return s;
  }
}
