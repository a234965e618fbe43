package dev.leibniz.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Outlining's budget search differentiates, after its first try, only the methods the cuts change,
 * their callers and what those call ({@link ClassDifferentiator}'s probes, {@link OwnCalls}), and
 * the whole class once at the budgets chosen. On classes whose outlining takes several tries
 * (Hivemall's {@code MatrixUtils}: two checkpointed continuations of {@code arburg} cut at 6
 * budgets; {@code LoopsInCopies}: copies of Hipparchus' Carlson integrals), the output is the same
 * as with a whole differentiation per try, byte for byte with the same diagnostics, every probe
 * found what the whole class would have, and fewer derivative graphs are built. A count, not a time.
 */
class OutlineProbeTest {
  private static final List<Class<?>> SEVERAL_TRIES = List.of(dev.leibniz.corpus.hivemall.MatrixUtils.class,
      dev.leibniz.oracle.fixtures.LoopsInCopies.class);

  @Test
  void probesChooseTheBudgetsAWholeAttemptPerTryChose() throws IOException {
    for (Class<?> c : SEVERAL_TRIES) {
      byte[] bytes = bytes(c);
      ClassDifferentiator probing = differentiator(new long[1]);
      probing.probeChecks = new ArrayList<>(); // each probe checked against the whole class at that try
      Result withProbes = probing.differentiate(bytes);
      Result before = differentiator(new long[1]).withoutProbes().differentiate(bytes);

      assertTrue(probing.probeChecks.isEmpty(), c.getSimpleName() + ": " + probing.probeChecks);
      assertArrayEquals(before.transformed(), withProbes.transformed(), c.getSimpleName());
      assertArrayEquals(before.companions(), withProbes.companions(), c.getSimpleName());
      assertEquals(before.diagnostics(), withProbes.diagnostics(), c.getSimpleName());
      assertEquals(before.generated(), withProbes.generated(), c.getSimpleName());
    }
  }

  /** MatrixUtils: 838 graphs with a whole differentiation per try, 757 with probes (December 2026). */
  @Test
  void matrixUtilsBuildsFewerGraphs() throws IOException {
    byte[] bytes = bytes(dev.leibniz.corpus.hivemall.MatrixUtils.class);
    long[] probed = new long[1];
    long[] whole = new long[1];
    differentiator(probed).differentiate(bytes);
    differentiator(whole).withoutProbes().differentiate(bytes);
    assertTrue(probed[0] <= 760, "graphs built with probes: " + probed[0]);
    assertTrue(whole[0] - probed[0] >= 75, "graphs built with probes: " + probed[0] + ", without: " + whole[0]);
  }

  private static ClassDifferentiator differentiator(long[] graphs) {
    return new ClassDifferentiator(ClassFinder.of(OutlineProbeTest.class.getClassLoader()),
        (source, lifted, derivative) -> graphs[0]++);
  }

  private static byte[] bytes(Class<?> c) throws IOException {
    try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
      return in.readAllBytes();
    }
  }
}
