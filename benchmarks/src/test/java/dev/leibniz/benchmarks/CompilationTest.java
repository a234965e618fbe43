package dev.leibniz.benchmarks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
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
          "dev.leibniz.examples.adbench.Ba::residual$adjoints",
          "dev.leibniz.examples.adbench.Ba::residual$adjointsSet",
          "dev.leibniz.examples.adbench.Ba::residual$adjointsInto",
          "dev.leibniz.examples.adbench.Ba::residual$tangent",
          "dev.leibniz.examples.Rosenbrock::extended$adjoint$tangent",
          "dev.leibniz.examples.adbench.Gmm::objective$adjoint$tangent");

  /** Generous: a loaded two-core machine can take many times the usual few seconds to reach C2. */
  private static final long DEADLINE_NANOS = 240_000_000_000L;

  @Test
  void companionsAreCompiledByC2AndNoneIsLeftInterpreted() throws Exception {
    Path root = Path.of(System.getProperty("leibniz.root", "..")).toAbsolutePath().normalize();
    Path agent = root.resolve("agent/target/leibniz-agent.jar");
    assertTrue(Files.exists(agent), "build the agent first: " + agent);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-javaagent:" + agent, "-XX:+PrintCompilation",
        "-Dleibniz.root=" + root, "-Dleibniz.data=" + Locations.dataDir(),
        "-cp", System.getProperty("java.class.path"), CompilationProbe.class.getName()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    // The probe runs until it is stopped: read its output as it comes and stop it once every entry
    // companion has reached C2, so that a slow machine only takes longer instead of failing.
    List<String> missing = new ArrayList<>(ENTRY_COMPANIONS);
    StringBuilder out = new StringBuilder();
    long deadline = System.nanoTime() + DEADLINE_NANOS;
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (!missing.isEmpty() && System.nanoTime() < deadline && (line = lines.readLine()) != null) {
        out.append(line).append('\n');
        if (line.contains("$adjoint") || line.contains("$tangent") || line.contains("leibniz$")) {
          assertFalse(line.contains("COMPILE SKIPPED") || line.contains("too large") || line.contains("huge"), line);
        }
        String compiled = line;
        missing.removeIf(m -> compiledByC2(compiled, m));
      }
    } finally {
      p.destroyForcibly();
    }
    String tail = out.length() > 4000 ? out.substring(out.length() - 4000) : out.toString();
    assertTrue(missing.isEmpty(), missing + " not compiled by C2 within the deadline:\n" + tail);
  }

  private static boolean compiledByC2(String line, String method) {
    Matcher c2 = Pattern.compile("^\\s*\\d+\\s+\\d+\\s+[%sbn! ]*4\\s+" + Pattern.quote(method) + "\\b").matcher(line);
    return c2.find();
  }
}
