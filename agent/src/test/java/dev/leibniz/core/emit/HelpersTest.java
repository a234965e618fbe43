package dev.leibniz.core.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The tape helpers' growth and their guard against an {@code int} tape index that overflowed; the
 * snapshot of arrays of every element type.
 */
class HelpersTest {
  @Test
  void tapesDoubleAndKeepTheirContents() {
    double[] t = {1, 2, 3, 4};
    assertSame(t, Helpers.growD(t, 4, "C.m"));
    double[] g = Helpers.growD(t, 5, "C.m");
    assertEquals(8, g.length);
    assertEquals(4, g[3]);
    assertEquals(100, Helpers.growI(new int[4], 100, "C.m").length);
  }

  @Test
  void anOverflowedTapeIndexFailsLoudlyInsteadOfWrapping() {
    // A position past Integer.MAX_VALUE arrives here as a negative int.
    for (Runnable grow : new Runnable[] {
        () -> Helpers.growD(new double[32], Integer.MAX_VALUE + 3, "C.m$adjoint"),
        () -> Helpers.growI(new int[32], Integer.MIN_VALUE, "C.m$adjoint"),
        () -> Helpers.growJ(new long[32], -1, "C.m$adjoint"),
        () -> Helpers.growA(new Object[32], -7, "C.m$adjoint")}) {
      OutOfMemoryError e = assertThrows(OutOfMemoryError.class, grow::run);
      assertTrue(e.getMessage().startsWith("leibniz: the reverse-mode tape of C.m$adjoint cannot grow"), e.getMessage());
    }
  }

  @Test
  void aSnapshotCopiesArraysOfEveryPrimitiveTypeAndRowsDeeply() {
    int[] c = {1, 2};
    int[] ci = (int[]) Helpers.snapshot(c);
    c[0] = 9;
    assertEquals(1, ci[0], "int[] copied");
    boolean[] b = (boolean[]) Helpers.snapshot(new boolean[] {true});
    assertTrue(b[0]);
    assertEquals(7L, ((long[]) Helpers.snapshot(new long[] {7}))[0]);
    long[][] rows = {{1}, null};
    long[][] copy = (long[][]) Helpers.snapshot(rows);
    rows[0][0] = 5;
    assertEquals(1L, copy[0][0], "rows copied deeply");
    assertEquals(null, copy[1]);
    String[] names = {"a"};
    String[] sc = (String[]) Helpers.snapshot(names);
    assertSame(names[0], sc[0], "objects that are not arrays are shared");
    assertTrue(sc != names);
    assertEquals(3f, ((float[]) Helpers.snapshot(new float[] {3}))[0]);
    assertEquals(null, Helpers.snapshot(null));
  }
}
