package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.agent.fixtures.Hostile;
import dev.leibniz.agent.fixtures.LookupOnly;
import dev.leibniz.agent.fixtures.NamedLikeACompanion;
import dev.leibniz.agent.fixtures.check.Checked;
import java.lang.invoke.MethodHandles;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 end to end through the agent jar: the strong zero, bit patterns, synchronized
 * companions and the self-check in this JVM; in a child JVM, the class full of hostile members
 * loads and runs, with one line per problem on standard error (and {@code strict} ignores warnings).
 */
class NeverSilentlyWrongIT {
  @Test
  void hostileClassLoadsRunsAndReportsEachProblemOnce() throws Exception {
    AgentRun r = AgentRun.of("", Hostile.class);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("normalisedX grad at origin = 0.0,0.0"), r.out());
    assertTrue(r.out().contains("flipped d/dx = -0.5"), r.out());
    assertTrue(r.out().contains("viaText = 2.25"), r.out());
    assertTrue(r.out().contains("lutSin' = 0.0"), r.out());
    assertTrue(r.out().contains("locked' = 12.0 synchronized=true"), r.out());
    assertTrue(r.out().contains("wide = 3.0"), r.out());
    String prefix = "double dev.leibniz.agent.fixtures.Hostile.";
    List<String> errors = r.errors();
    assertEquals(2, errors.size(), r.err());
    assertTrue(errors.stream().anyMatch(l -> l.contains(prefix + "viaText(double) at Hostile.java:") && l.contains("parseDouble")), r.err());
    assertTrue(errors.stream().anyMatch(l -> l.contains(prefix + "wide(") && l.contains("255")), r.err());
    List<String> warnings = r.warnings();
    assertEquals(1, warnings.size(), r.err());
    assertTrue(warnings.get(0).contains(prefix + "lutSin(double) at Hostile.java:") && warnings.get(0).contains("table lookup"), r.err());
  }

  @Test
  void methodNamedLikeACompanionIsReportedAndTheApplicationRuns() throws Exception {
    AgentRun r = AgentRun.of("", NamedLikeACompanion.class);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("custom$tangent = -1.0 custom = 9.0"), r.out());
    List<String> errors = r.errors();
    assertEquals(1, errors.size(), r.err());
    assertTrue(errors.get(0).contains("double dev.leibniz.agent.fixtures.NamedLikeACompanion.custom(double) (adjoint mode)")
        && errors.get(0).contains("already declares custom$tangent(DD)D"), r.err());
  }

  @Test
  void strictFailsOnErrorsNotOnWarnings() throws Exception {
    AgentRun r = AgentRun.of("=strict", Hostile.class);
    assertTrue(r.exit() != 0, r.out());
    assertTrue(r.err().contains("ExceptionInInitializerError"), r.err());
    AgentRun lookup = AgentRun.of("=strict", LookupOnly.class);
    assertEquals(0, lookup.exit(), lookup.err());
    assertTrue(lookup.out().contains("lookup' = 1.0"), lookup.out());
    assertTrue(lookup.err().contains("leibniz: warning: double dev.leibniz.agent.fixtures.LookupOnly.lookup(double)"), lookup.err());
  }

  @Test
  void selfCheckAndStrongZeroInThisJvm() throws Throwable {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    Derivatives.check(lookup, Hostile.class, "normalisedX", 0.3, -1.2);
    Derivatives.check(lookup, Hostile.class, "flipped", 0.3, -1.2);
    Derivatives.check(lookup, Hostile.class, "locked", 0.7);
    double[] g = new double[2];
    double y = (double) Derivatives.adjoint(lookup, Hostile.class, "normalisedX", double.class, double.class)
        .invokeExact(0.0, 0.0, 1.0, g);
    assertEquals(1.0, y);
    assertEquals(0.0, g[0]);
    assertEquals(0.0, g[1]);
  }

  @Test
  void runTimeCheckReportsTheWrongRuleOnceAndChangesNoResult() throws Exception {
    AgentRun off = AgentRun.of("", Checked.class);
    assertEquals(0, off.exit(), off.err());
    assertTrue(off.out().contains("wrapped=false"), off.out()); // without the option the companions are the core's, unwrapped
    assertEquals("", off.err());
    AgentRun on = AgentRun.of("=check=1", Checked.class);
    assertEquals(0, on.exit(), on.err());
    assertTrue(on.out().contains("wrapped=true"), on.out());
    assertEquals(off.out().replace("wrapped=false", ""), on.out().replace("wrapped=true", ""));
    List<String> lines = on.err().lines().toList();
    assertEquals(1, lines.size(), on.err());
    assertTrue(lines.get(0).startsWith("leibniz: warning: check: double dev.leibniz.agent.fixtures.check.Checked.usesCube(double)"
        + " at Checked.java:"), on.err());
    assertTrue(lines.get(0).contains("called from dev.leibniz.agent.fixtures.check.Checked.main(Checked.java:"), on.err());
  }

  @Test
  void badCheckFractionStopsTheJvmNamingIt() throws Exception {
    AgentRun r = AgentRun.of("=check=often", Checked.class);
    assertEquals(1, r.exit(), r.out());
    assertTrue(r.err().startsWith("leibniz: agent option 'check=often'"), r.err());
    assertEquals("", r.out());
  }
}
