package dev.leibniz.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Random programs over objects (see {@link ObjectProgramGenerator}, {@link ObjectFuzzRun}): every
 * one gets companions that match finite differences and pass the dot-product test, or a located
 * diagnostic. A long run:
 *
 * <pre>
 * mvn -B -pl agent -am verify -Dtest=ObjectFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dleibniz.objfuzz.seed=7 -Dleibniz.objfuzz.count=20000
 * </pre>
 */
class ObjectFuzzTest {
  static final long DEFAULT_SEED = 20261201L;
  static final int DEFAULT_COUNT = 300;

  @Test
  void randomObjectProgramsGetRightCompanionsOrALocatedDiagnostic() {
    long seed = Long.getLong("leibniz.objfuzz.seed", DEFAULT_SEED);
    int start = Integer.getInteger("leibniz.objfuzz.start", 0);
    int count = Integer.getInteger("leibniz.objfuzz.count", DEFAULT_COUNT);
    ObjectFuzzRun run = new ObjectFuzzRun(seed);
    long t0 = System.nanoTime();
    run.run(start, count);
    System.out.println(run.summary() + String.format(" in %.1f s", (System.nanoTime() - t0) / 1e9));
    System.out.print(run.reasonsTable());
    if (!run.failures.isEmpty()) {
      String report = run.describeFailures(3);
      System.out.println(report);
      assertEquals(0, run.failures.size(), report);
    }
    assertTrue(run.checked.get() >= count / 2, "fewer than half the programs checked: " + run.summary() + "\n" + run.reasonsTable());
  }
}
