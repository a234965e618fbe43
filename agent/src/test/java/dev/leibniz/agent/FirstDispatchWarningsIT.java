package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.agent.fixtures.SparseSetterMain;
import dev.leibniz.objects.fixtures.sparsesetter.Sparse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Through the agent jar, in a child JVM (review R2): the warning of code differentiated at its first call (la4j's {@code
 * CompressedVector.set} dropping a zero, {@link Sparse}) is printed once, located, however many calls; {@code nowarn}
 * naming the method and {@code quiet} hide it, the program's output the same.
 */
class FirstDispatchWarningsIT {
  static final String WARNING = "leibniz: warning: void " + Sparse.class.getName() + ".set(int, double) at Sparse.java:20: ";

  @Test
  void theWarningIsPrintedOnceAtItsLine() throws Exception {
    AgentRun r = AgentRun.of("", SparseSetterMain.class);
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("1.0", "0.0", "0.0"), r.out().lines().toList(), r.err());
    assertEquals(1, r.warnings().stream().filter(w -> w.startsWith(WARNING)).count(), r.err());
  }

  @Test
  void nowarnAndQuietHideIt() throws Exception {
    for (String option : new String[] {"=nowarn=" + Sparse.class.getName() + ".set", "=quiet"}) {
      AgentRun r = AgentRun.of(option, SparseSetterMain.class);
      assertEquals(0, r.exit(), option + ": " + r.err());
      assertEquals(List.of("1.0", "0.0", "0.0"), r.out().lines().toList(), option);
      assertTrue(r.warnings().stream().noneMatch(w -> w.startsWith(WARNING)), option + ": " + r.err());
    }
  }
}
