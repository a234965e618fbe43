package dev.leibniz.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The oversized retry ({@link ClassDifferentiator}'s {@code oversizedIfNeeded}) takes the outlining search's answer at
 * each try the first run made ({@link OutlineTries}) instead of differentiating the class again there: JBullet's {@code
 * MatrixUtil}, whose Jacobi loop's driver stays over the compile limit at every budget, searched the five budgets that
 * cut it twice. Its output is the same as with the retry searching anew, byte for byte with the same diagnostics, five
 * tries are answered so and fewer derivative graphs are built. Hivemall's {@code MatrixUtils} cuts a method alike at its
 * first two budgets: that try is differentiated once. Counts, not times.
 */
class OutlineTriesTest {
  @Test
  void theOversizedRetryReusesTheFirstRunsTriesWithTheSameOutput() throws IOException {
    byte[] bytes = bytes(dev.leibniz.corpus.jbullet.MatrixUtil.class);
    long[] reusingGraphs = new long[1], anewGraphs = new long[1];
    ClassDifferentiator reusing = differentiator(reusingGraphs);
    reusing.triesReused = new int[1];
    Result r = reusing.differentiate(bytes);
    Result anew = differentiator(anewGraphs).withoutReusedTries().differentiate(bytes);

    assertTrue(r.diagnostics().stream().anyMatch(d -> d.warning() && d.reason().contains("no cut splits it")),
        "the retry's result stands: " + r.diagnostics());
    assertSame(anew, r);
    assertEquals(5, reusing.triesReused[0], "the retry's five tries (budgets 500 to 30), answered by the first run");
    // a whole attempt and four probes of the retry are not made again (1,741 graphs against 2,568, December 2026)
    assertTrue(anewGraphs[0] - reusingGraphs[0] >= 600, "graphs built reusing tries: " + reusingGraphs[0] + ", anew: " + anewGraphs[0]);
  }

  @Test
  void aTryMadeTwiceInOneSearchIsDifferentiatedOnce() throws IOException {
    byte[] bytes = bytes(dev.leibniz.corpus.hivemall.MatrixUtils.class);
    ClassDifferentiator reusing = differentiator(new long[1]);
    reusing.triesReused = new int[1];
    Result r = reusing.differentiate(bytes);
    Result anew = differentiator(new long[1]).withoutReusedTries().differentiate(bytes);

    assertSame(anew, r);
    assertEquals(1, reusing.triesReused[0], "arburg's continuations cut alike at 1,000 and 500 bytes");
  }

  /**
   * Apache Commons Numbers' {@code RegularizedGamma.P} (numbers11): its hosted {@code gammaIncompleteImp} is too large, so
   * the class is differentiated again with local copies, outlined, and all of it again in the oversized retry. The copies'
   * outlined try reached no compile limit in the first run, so the retry takes that whole attempt (a sixth of the
   * work) instead of making it again: the output is byte for byte the one made anew, diagnostics and plans included.
   */
  @Test
  void theOversizedRetryTakesAWholeAttemptThatReachedNoLimit() throws IOException {
    byte[] bytes;
    try (InputStream in = dev.leibniz.corpus.numbers11.RegularizedGamma.class.getResourceAsStream("RegularizedGamma$P.class")) {
      bytes = in.readAllBytes();
    }
    ClassDifferentiator reusing = new ClassDifferentiator(ClassFinder.of(OutlineTriesTest.class.getClassLoader()));
    reusing.attemptsReused = new int[1];
    Result r = reusing.differentiate(bytes);
    Result anew = new ClassDifferentiator(ClassFinder.of(OutlineTriesTest.class.getClassLoader())).withoutReusedTries()
        .differentiate(bytes);

    assertTrue(r.diagnostics().stream().anyMatch(d -> d.warning() && d.reason().contains("no cut splits it")),
        "the retry's result stands: " + r.diagnostics());
    assertSame(anew, r);
    assertEquals(1, reusing.attemptsReused[0], "the local copies' outlined try, made once");
  }

  private static void assertSame(Result expected, Result actual) {
    assertArrayEquals(expected.transformed(), actual.transformed());
    assertArrayEquals(expected.companions(), actual.companions());
    assertEquals(expected.diagnostics(), actual.diagnostics());
    assertEquals(expected.generated(), actual.generated());
    assertEquals(expected.plans(), actual.plans());
  }

  private static ClassDifferentiator differentiator(long[] graphs) {
    return new ClassDifferentiator(ClassFinder.of(OutlineTriesTest.class.getClassLoader()),
        (source, lifted, derivative) -> graphs[0]++);
  }

  private static byte[] bytes(Class<?> c) throws IOException {
    try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
      return in.readAllBytes();
    }
  }
}
