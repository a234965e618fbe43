package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.agent.EnvironmentsIT.Run;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reverse mode over 10^8 trips of {@code s = sin(s x) + 0.5} in a 256 MB heap (README, "Limits and
 * costs"): taped as before, the record would need 800 MB and the adjoint failed with the tape's
 * {@code OutOfMemoryError}; checkpointed within {@code tape=64m}, it matches the tangent, the
 * derivative computed by hand and central differences. Tagged {@code slow}: the child JVM runs the
 * recurrence about six times over (a few seconds per 10^8 trips on a loaded core).
 */
class CheckpointingIT {
  @Test
  @Tag("slow")
  void hundredMillionTripsInA256MegabyteHeap() throws Exception {
    Run r = EnvironmentsIT.run(List.of("-javaagent:" + EnvironmentsIT.agentJar() + "=tape=64m,verbose", "-Xmx256m"),
        "dev.leibniz.agent.fixtures.LongRecurrence", "100000000", "0.9");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("leibniz: checkpointing planned for the loop at dev.leibniz.agent.fixtures.LongRecurrence.iterate line"),
        r.err());
    String[] v = r.out().trim().split(" ");
    double y = Double.parseDouble(v[0]), primal = Double.parseDouble(v[1]);
    double adjoint = Double.parseDouble(v[2]), tangent = Double.parseDouble(v[3]);
    double byHand = Double.parseDouble(v[4]), fd = Double.parseDouble(v[5]);
    assertEquals(primal, y, 0, "primal returned by $adjoint");
    assertEquals(tangent, adjoint, 1e-12 * Math.abs(tangent), "adjoint vs tangent");
    assertEquals(byHand, adjoint, 1e-10 * Math.abs(byHand), "adjoint vs the derivative by hand");
    assertEquals(fd, adjoint, 1e-6 * Math.abs(fd), "adjoint vs central differences");
    assertTrue(Math.abs(adjoint) > 0.1, "a derivative that is not zero: " + adjoint);
  }

  /**
   * A time stepper whose state is an array of 10^5 doubles (800 KB, copied with each checkpoint),
   * 1,000 steps in a 128 MB heap with {@code tape=64m}: its record taped whole would be about 2.4
   * GB, and two levels would need about 170 MB by the schedule's estimate (sqrt(trips) copies of the
   * array plus a segment's tape). The schedule counts the array and the inner loop's trips when the
   * loop is entered and nests its segments (three levels, printed by {@code verbose}); the adjoint
   * matches the tangent, the derivative by hand and central differences.
   */
  @Test
  @Tag("slow")
  void largeArrayStateInA128MegabyteHeap() throws Exception {
    Run r = EnvironmentsIT.run(List.of("-javaagent:" + EnvironmentsIT.agentJar() + "=tape=64m,verbose", "-Xmx128m"),
        "dev.leibniz.agent.fixtures.ArrayDiffusion", "100000", "1000", "0.7");
    assertEquals(0, r.exit(), r.err());
    String chosen = r.err().lines().filter(l -> l.startsWith("leibniz: checkpointing the loop at dev.leibniz.agent.fixtures.ArrayDiffusion.diffusion"))
        .findFirst().orElse("");
    assertTrue(chosen.contains(": 3 levels") && chosen.contains("recompute factor 3"), r.err());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) bytes per checkpoint").matcher(chosen);
    assertTrue(m.find() && Long.parseLong(m.group(1)) >= 800_000, "the array counted in each checkpoint: " + chosen);
    String[] v = r.out().trim().split(" ");
    double y = Double.parseDouble(v[0]), primal = Double.parseDouble(v[1]);
    double adjoint = Double.parseDouble(v[2]), tangent = Double.parseDouble(v[3]);
    double byHand = Double.parseDouble(v[4]), fd = Double.parseDouble(v[5]);
    assertEquals(primal, y, 0, "primal returned by $adjoint");
    assertEquals(tangent, adjoint, 1e-10 * Math.abs(tangent), "adjoint vs tangent");
    assertEquals(byHand, adjoint, 1e-9 * Math.abs(byHand), "adjoint vs the derivative by hand");
    assertEquals(fd, adjoint, 1e-5 * Math.abs(fd), "adjoint vs central differences");
    assertTrue(Math.abs(adjoint) > 0.1, "a derivative that is not zero: " + adjoint);
  }

  /**
   * A loop whose trips are unknown at entry (a {@code long} counter, a second exit): 5 x 10^7 Euler
   * steps, whose record taped whole (about 800 MB) does not fit a 256 MB heap; with {@code tape=64m}
   * it is taped until its record passes half the budget, then run in segments. The adjoint matches
   * the tangent, the derivative by hand and central differences.
   */
  @Test
  @Tag("slow")
  void loopWithTripsUnknownAtEntryInA256MegabyteHeap() throws Exception {
    Run r = EnvironmentsIT.run(List.of("-javaagent:" + EnvironmentsIT.agentJar() + "=tape=64m,verbose", "-Xmx256m"),
        "dev.leibniz.agent.fixtures.LongEuler", "50000000", "0.8");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("leibniz: checkpointing planned for the loop at dev.leibniz.agent.fixtures.LongEuler.integrate line")
        && r.err().contains("trips unknown at entry"), r.err());
    String[] v = r.out().trim().split(" ");
    double y = Double.parseDouble(v[0]), primal = Double.parseDouble(v[1]);
    double adjoint = Double.parseDouble(v[2]), tangent = Double.parseDouble(v[3]);
    double byHand = Double.parseDouble(v[4]), fd = Double.parseDouble(v[5]);
    assertEquals(primal, y, 0, "primal returned by $adjoint");
    assertEquals(tangent, adjoint, 1e-12 * Math.abs(tangent), "adjoint vs tangent");
    assertEquals(byHand, adjoint, 1e-10 * Math.abs(byHand), "adjoint vs the derivative by hand");
    assertEquals(fd, adjoint, 1e-6 * Math.abs(fd), "adjoint vs central differences");
    assertTrue(Math.abs(adjoint) > 0.1, "a derivative that is not zero: " + adjoint);
  }

  /**
   * Loops reading weights held in a static array and in an array field that the method changes
   * after the loop, through the real agent with the tiny budget {@code tape=4k} and with the
   * default: the checkpointed segments re-run in the reverse sweep read the changed weights (adjoint
   * 0.3428 for 0.2095); such loops are taped whole now. Per method, the adjoint matches the tangent,
   * the derivative by hand and central differences.
   */
  @Test
  void loopsReadingArraysTheMethodChangesAfterwards() throws Exception {
    for (String options : new String[] {"=tape=4k", ""}) {
      Run r = EnvironmentsIT.run(List.of("-javaagent:" + EnvironmentsIT.agentJar() + options),
          "dev.leibniz.agent.fixtures.HeldArrayRecurrence", "20000", "0.7");
      assertEquals(0, r.exit(), r.err());
      String[] lines = r.out().trim().split("\n");
      assertEquals(2, lines.length, r.out());
      for (String line : lines) {
        String[] v = line.trim().split(" ");
        double adjoint = Double.parseDouble(v[0]), tangent = Double.parseDouble(v[1]);
        double byHand = Double.parseDouble(v[2]), fd = Double.parseDouble(v[3]);
        assertEquals(tangent, adjoint, 1e-12 * Math.abs(tangent), options + ": adjoint vs tangent");
        assertEquals(byHand, adjoint, 1e-10 * Math.abs(byHand), options + ": adjoint vs the derivative by hand");
        assertEquals(fd, adjoint, 1e-6 * Math.abs(fd), options + ": adjoint vs central differences");
        assertTrue(Math.abs(adjoint) > 0.1, "a derivative that is not zero: " + adjoint);
      }
    }
  }
}
