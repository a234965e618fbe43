package dev.leibniz.agent;

import static dev.leibniz.agent.EnvironmentsIT.agentJar;
import static dev.leibniz.agent.EnvironmentsIT.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.agent.EnvironmentsIT.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Starting the agent: silent when nothing is wrong (on the JDK running the tests; CI runs them on
 * 17 and 25), misspelt options stop the JVM, a second copy stays out, self-attach from a program.
 */
class StartupIT {
  private static final String DF_DX = "df/dx=" + (Math.sin(0.3) + 2 * 1.5);

  @Test
  void plainProgramUnderTheAgentPrintsNothingOnStandardError() throws Exception {
    for (String options : new String[] {"", "=quiet", "=strict"}) {
      Run r = run(List.of("-javaagent:" + agentJar() + options), "dev.leibniz.agent.fixtures.Trivial");
      assertEquals(0, r.exit(), r.err());
      assertEquals("hello", r.out().strip());
      assertEquals("", r.err(), "options '" + options + "'");
    }
  }

  @Test
  void plainProgramNeverLoadsTheCore() throws Exception {
    Path log = Path.of("target", "startup-class-load.log").toAbsolutePath();
    Run r = run(List.of("-javaagent:" + agentJar(), "-Xlog:class+load=info:file=" + log), "dev.leibniz.agent.fixtures.Trivial");
    assertEquals(0, r.exit(), r.err());
    String loaded = Files.readString(log);
    assertTrue(loaded.contains("dev.leibniz.agent.PreFilter"), "the agent did not start");
    assertTrue(!loaded.contains("dev.leibniz.core.ClassDifferentiator "), "the core was loaded for a program that does not need it");
    assertTrue(!loaded.contains("dev.leibniz.agent.CompanionTransformer "), "the transformer was built for a program that does not need it");
    // premain stays thin: no constant-pool reader before a first dispatch needs it, no reflection on the agent's own
    // classes (which loaded the types they name: the core's ClassFinder, ASM's ClassNode)
    assertTrue(!loaded.contains("dev.leibniz.agent.ConstantPoolReader "), "the constant-pool reader was set up at start");
    assertTrue(!loaded.contains("dev.leibniz.core."), "a class of the core was loaded for a program that does not need it");
  }

  /** Differentiating a class loads the core and ASM, never ByteBuddy (its self-attach is only for Leibniz.install). */
  @Test
  void differentiatingAClassNeverLoadsByteBuddy() throws Exception {
    Path log = Path.of("target", "startup-class-load-differentiated.log").toAbsolutePath();
    Run r = run(List.of("-javaagent:" + agentJar(), "-Xlog:class+load=info:file=" + log), "dev.leibniz.agent.fixtures.CleanUse");
    assertEquals(0, r.exit(), r.err());
    assertEquals(DF_DX, r.out().strip(), "the companions were not generated");
    String loaded = Files.readString(log);
    assertTrue(loaded.contains("dev.leibniz.core.ClassDifferentiator "), "the core did not run");
    assertTrue(!loaded.contains("bytebuddy"), "ByteBuddy was loaded to differentiate a class");
  }

  @Test
  void generatingCompanionsPrintsNothingOnStandardError() throws Exception {
    Run r = run(List.of("-javaagent:" + agentJar()), "dev.leibniz.agent.fixtures.CleanUse");
    assertEquals(0, r.exit(), r.err());
    assertEquals(DF_DX, r.out().strip());
    assertEquals("", r.err());
  }

  @Test
  void misspeltOptionStopsTheJvmNamingItAndTheValidOnes() throws Exception {
    Run r = run(List.of("-javaagent:" + agentJar() + "=verbose,strcit"), "dev.leibniz.agent.fixtures.Trivial");
    assertNotEquals(0, r.exit());
    assertEquals("", r.out(), "the program must not run");
    assertTrue(r.err().startsWith("leibniz: unknown agent option 'strcit'"), r.err());
    assertTrue(r.err().contains("strict, verbose, quiet"), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void agentGivenTwiceRunsOnceAndSaysTheSecondCopyStaysOut() throws Exception {
    Path copy = Path.of("target", "second-copy", "leibniz-agent.jar").toAbsolutePath();
    Files.createDirectories(copy.getParent());
    Files.copy(Path.of(agentJar()), copy, StandardCopyOption.REPLACE_EXISTING);
    for (String second : new String[] {agentJar(), copy.toString()}) {
      Run r = run(List.of("-javaagent:" + agentJar(), "-javaagent:" + second), "dev.leibniz.agent.fixtures.Mixed");
      assertEquals(0, r.exit(), r.err());
      assertTrue(r.out().contains("good'=12.0 locked=6.0"), r.out() + r.err());
      assertEquals(1, r.err().lines().filter(l -> l.startsWith("leibniz: cannot differentiate")).count(), r.err());
      assertEquals(1, r.err().lines().filter(l -> l.contains("this second copy")).count(), r.err());
    }
  }

  @Test
  void installFromTheProgramItselfWithSelfAttachAllowed() throws Exception {
    Run r = run(List.of("-Djdk.attach.allowAttachSelf=true", "-XX:+EnableDynamicAgentLoading"),
        "dev.leibniz.agent.fixtures.SelfInstall");
    assertEquals(0, r.exit(), r.err());
    assertEquals(DF_DX, r.out().strip());
    assertEquals("", r.err());
  }

  @Test
  void installFromTheProgramItselfThroughAHelperJvm() throws Exception {
    Run r = run(List.of("-XX:+EnableDynamicAgentLoading"), "dev.leibniz.agent.fixtures.SelfInstall");
    assertEquals(0, r.exit(), r.err());
    assertEquals(DF_DX, r.out().strip());
  }

  @Test
  void installUnderJavaagentDoesNothing() throws Exception {
    Run r = run(List.of("-javaagent:" + agentJar()), "dev.leibniz.agent.fixtures.SelfInstall");
    assertEquals(0, r.exit(), r.err());
    assertEquals(DF_DX, r.out().strip());
    assertEquals("", r.err());
  }

  @Test
  void installWithAMisspeltOptionThrows() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Leibniz.install("strcit"));
    assertTrue(e.getMessage().contains("'strcit'") && e.getMessage().contains("strict, verbose, quiet"), e.getMessage());
  }
}
