package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.agent.fixtures.Hostile;
import dev.leibniz.agent.fixtures.LookupOnly;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The agent option {@code nowarn=CLASS[.METHOD]} through the agent jar, in a child JVM: {@link Hostile} has one warning
 * (lutSin's table lookup) and two errors. Without the option the warning is printed; naming the class or the method
 * hides it; naming another method of the class does not; the errors are printed whatever is named, and the program's
 * output is the same.
 */
class NowarnIT {
  static final String HOSTILE = Hostile.class.getName();

  @Test
  void theWarningIsPrintedWithoutTheOption() throws Exception {
    AgentRun r = AgentRun.of("", Hostile.class);
    assertEquals(0, r.exit(), r.err());
    assertEquals(1, r.warnings().size(), r.err());
    assertTrue(r.warnings().get(0).contains(HOSTILE + ".lutSin(double)"), r.err());
    assertEquals(2, r.errors().size(), r.err());
  }

  @Test
  void namingTheClassOrTheMethodHidesTheWarningNotTheErrors() throws Exception {
    AgentRun without = AgentRun.of("", Hostile.class);
    for (String option : new String[] {"=nowarn=" + HOSTILE, "=nowarn=" + HOSTILE + ".lutSin", "=verbose,nowarn=" + HOSTILE + ".lutSin"}) {
      AgentRun r = AgentRun.of(option, Hostile.class);
      assertEquals(0, r.exit(), option + ": " + r.err());
      assertEquals(List.of(), r.warnings(), option + ": " + r.err());
      assertEquals(without.errors(), r.errors(), option + ": errors are always printed");
      assertEquals(without.out(), r.out(), option);
    }
  }

  @Test
  void namingAnotherMethodOrAnErrorsMethodKeepsTheWarning() throws Exception {
    for (String option : new String[] {"=nowarn=" + HOSTILE + ".viaText", "=nowarn=" + HOSTILE + ".lutSinus", "=nowarn=" + HOSTILE + "X"}) {
      AgentRun r = AgentRun.of(option, Hostile.class);
      assertEquals(0, r.exit(), option + ": " + r.err());
      assertEquals(1, r.warnings().size(), option + ": " + r.err());
      assertEquals(2, r.errors().size(), option + ": " + r.err());
    }
  }

  /** Under {@code strict} with the warning acknowledged: the class initialises and nothing is printed at all. */
  @Test
  void acknowledgedWarningUnderStrictLeavesStandardErrorEmpty() throws Exception {
    AgentRun shown = AgentRun.of("=strict", LookupOnly.class);
    assertEquals(0, shown.exit(), shown.err());
    assertEquals(1, shown.warnings().size(), shown.err());
    AgentRun r = AgentRun.of("=strict,nowarn=" + LookupOnly.class.getName() + ".lookup", LookupOnly.class);
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().contains("lookup' = 1.0"), r.out());
  }

  @Test
  void aNameThatIsNotJavaStopsTheJvmNamingIt() throws Exception {
    AgentRun r = AgentRun.of("=nowarn=com..acme", LookupOnly.class);
    assertEquals(1, r.exit(), r.out());
    assertTrue(r.err().startsWith("leibniz: agent option 'nowarn=com..acme'"), r.err());
    assertEquals("", r.out());
  }
}
