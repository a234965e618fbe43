package dev.leibniz.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Differentiates thousands of random programs and checks every companion (see {@link FuzzRun} and
 * {@link ProgramChecker}). A fixed seed keeps the default run reproducible; a long run is
 *
 * <pre>
 * mvn -B -ntp -pl agent -am test -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dleibniz.fuzz.seed=7 -Dleibniz.fuzz.count=100000
 * </pre>
 *
 * and one failing program reruns alone with {@code -Dleibniz.fuzz.start=<index>
 * -Dleibniz.fuzz.count=1}. {@link FuzzMain} does the same from a plain {@code java} command line.
 */
class FuzzTest {
  static final long DEFAULT_SEED = 20250601L;
  static final int DEFAULT_COUNT = 2000;

  @Test
  void randomProgramsGetCompanionsThatMatchFiniteDifferencesAndPassTheDotProductTest() {
    long seed = Long.getLong("leibniz.fuzz.seed", DEFAULT_SEED);
    int start = Integer.getInteger("leibniz.fuzz.start", 0);
    int count = Integer.getInteger("leibniz.fuzz.count", DEFAULT_COUNT);
    FuzzReport report = new FuzzRun(seed).run(start, count);
    System.out.println(report.summary());
    if (!report.failures().isEmpty()) {
      System.out.println(report.describeFailures());
    }
    assertEquals(0, report.failures().size(), report::describeFailures);
  }
}
