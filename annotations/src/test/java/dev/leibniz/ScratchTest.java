package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Scratch}: buffers reused on a thread, never shared by nested takers, and few kept. */
class ScratchTest {
  @Test
  void anArrayGivenBackIsTakenAgainOnlyAtItsLength() {
    double[] a = Scratch.take(1000);
    assertEquals(1000, a.length);
    Scratch.give(a);
    assertNotSame(a, Scratch.take(999));
    assertSame(a, Scratch.take(1000));
    assertNotSame(a, Scratch.take(1000), "a taken array is no longer spare");
    Scratch.give(a);
  }

  @Test
  void nestedTakersOfOneLengthGetDistinctArrays() {
    double[] outer = Scratch.take(77), inner = Scratch.take(77);
    assertNotSame(outer, inner);
    Scratch.give(inner);
    Scratch.give(outer);
    double[] again = Scratch.take(77), againInner = Scratch.take(77);
    assertTrue((again == outer || again == inner) && (againInner == outer || againInner == inner) && again != againInner);
    Scratch.give(again);
    Scratch.give(againInner);
  }

  @Test
  void aThreadKeepsAFewArraysPreferringTheLargest() {
    for (int k = 1; k <= 2 * Scratch.KEPT; k++) Scratch.give(new double[10_000 + k * 10]); // larger than other tests' spare arrays
    assertEquals(Scratch.KEPT, Scratch.spareCount());
    for (int k = Scratch.KEPT + 1; k <= 2 * Scratch.KEPT; k++) {
      assertEquals(10_000 + k * 10, Scratch.take(10_000 + k * 10).length);
    }
    assertEquals(0, Scratch.spareCount(), "the smaller arrays were dropped for the larger ones");
  }

  @Test
  void otherThreadsDoNotSeeThisThreadsArrays() throws Exception {
    double[] a = Scratch.take(4242);
    Scratch.give(a);
    double[][] seen = new double[1][];
    Thread t = new Thread(() -> seen[0] = Scratch.take(4242));
    t.start();
    t.join();
    assertNotSame(a, seen[0]);
    assertSame(a, Scratch.take(4242));
  }
}
