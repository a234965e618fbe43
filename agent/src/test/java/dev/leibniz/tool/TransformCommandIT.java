package dev.leibniz.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented command, through the real shaded jar: {@code java -jar leibniz-agent.jar transform IN OUT}. */
class TransformCommandIT {
  private static final String RUNNER = "dev.leibniz.tool.fixtures.Runner";
  @TempDir Path tmp;

  private static String agentJar() {
    return Path.of("target/leibniz-agent.jar").toAbsolutePath().toString();
  }

  @Test
  void commandTransformsADirectoryWhoseCompanionsRunWithoutTheAgent() throws Exception {
    Path in = ChildJvm.classes(tmp.resolve("in"), "dev.leibniz.tool.fixtures", "Logistic", "Link", "Runner");
    Path out = tmp.resolve("out");
    ChildJvm.Run t = ChildJvm.java(List.of("-jar", agentJar(), "transform", "--strict", in.toString(), out.toString()));
    assertEquals(0, t.exit(), t.all());
    // 13: the companions, the segment of the loop in Logistic with its adjoint's (checkpointing;
    // the tangent runs the loop as written, so the segment has no tangent), and the checkpointed path's
    // out-of-line continuation loss$ckpt0$from with its adjoint; variants nothing calls are not emitted
    assertTrue(t.out().contains("2 written with companions (13 methods), 0 diagnostics"), t.all());

    ChildJvm.Run plain = ChildJvm.plain(out.toString(), RUNNER);
    assertEquals(0, plain.exit(), plain.all());
    assertTrue(plain.out().contains("all checks passed"), plain.out());

    // Build-time classes meeting the agent as well: it leaves them as they are.
    ChildJvm.Run both = ChildJvm.java(List.of("-javaagent:" + agentJar() + "=strict", "-cp", out.toString(), RUNNER));
    assertEquals(0, both.exit(), both.all());
    assertTrue(both.out().contains("all checks passed"), both.out());
  }

  @Test
  void strictCommandFailsWithTheAgentsDiagnostic() throws Exception {
    Path in = ChildJvm.classes(tmp.resolve("bad"), "dev.leibniz.tool.badfixtures", "Locked");
    ChildJvm.Run t = ChildJvm.java(List.of("-jar", agentJar(), "transform", "--strict", in.toString(), tmp.resolve("out").toString()));
    assertEquals(1, t.exit(), t.all());
    assertTrue(t.err().startsWith("leibniz: cannot differentiate double dev.leibniz.tool.badfixtures.Locked.locked(double) at Locked.java:"), t.err());
  }

  @Test
  void withoutArgumentsTheJarPrintsItsUsage() throws Exception {
    ChildJvm.Run t = ChildJvm.java(List.of("-jar", agentJar()));
    assertEquals(2, t.exit());
    assertTrue(t.err().startsWith("usage: java -jar leibniz-agent.jar transform"), t.err());
  }
}
