package dev.leibniz.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The benchmark set-up measures compiled code: in a JVM with the agent and
 * {@code -XX:+PrintCompilation}, every workload's entry companions reach C2 (tier 4) and no
 * generated method is refused compilation (for example as a huge method).
 */
class CompilationTest {
  private static final List<String> ENTRY_COMPANIONS =
      List.of(
          "dev.leibniz.examples.Rosenbrock::extended$adjoint",
          "dev.leibniz.examples.Rosenbrock::extended$tangent",
          "dev.leibniz.examples.adbench.Gmm::objective$adjoint",
          "dev.leibniz.examples.adbench.Gmm::objective$tangent",
          "dev.leibniz.examples.adbench.Lstm::loss$adjoint",
          "dev.leibniz.examples.adbench.Lstm::loss$tangent",
          "dev.leibniz.examples.adbench.Ba::residual$adjoint",
          "dev.leibniz.examples.adbench.Ba::residual$tangent");

  @Test
  void companionsAreCompiledByC2AndNoneIsLeftInterpreted() throws Exception {
    Path root = Path.of(System.getProperty("leibniz.root", "..")).toAbsolutePath().normalize();
    Path agent = root.resolve("agent/target/leibniz-agent.jar");
    assertTrue(Files.exists(agent), "build the agent first: " + agent);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-javaagent:" + agent, "-XX:+PrintCompilation",
        "-Dleibniz.root=" + root, "-cp", System.getProperty("java.class.path"), CompilationProbe.class.getName()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out.length() > 4000 ? out.substring(out.length() - 4000) : out);
    for (String line : out.lines().toList()) {
      if (line.contains("$adjoint") || line.contains("$tangent") || line.contains("leibniz$")) {
        assertFalse(line.contains("COMPILE SKIPPED") || line.contains("too large") || line.contains("huge"), line);
      }
    }
    for (String m : ENTRY_COMPANIONS) {
      Matcher c2 = Pattern.compile("^\\s*\\d+\\s+\\d+\\s+[%sbn! ]*4\\s+" + Pattern.quote(m) + "\\b", Pattern.MULTILINE).matcher(out);
      assertTrue(c2.find(), m + " was not compiled by C2");
    }
  }
}
