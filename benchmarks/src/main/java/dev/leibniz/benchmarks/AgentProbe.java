package dev.leibniz.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

/**
 * Checks that a JVM starts with {@code -javaagent:<jar>} before every benchmark fork is given it:
 * a missing or broken agent jar would otherwise stop every fork, competitors included.
 */
final class AgentProbe {
  private AgentProbe() {}

  /** Null when {@code java -javaagent:<jar> -version} succeeds, else why it does not. */
  static String problem(Path agentJar) {
    if (!Files.isRegularFile(agentJar)) {
      return agentJar + " does not exist (build it with: mvn -pl agent -am package -DskipTests)";
    }
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    try {
      Process process = new ProcessBuilder(java.toString(), "-javaagent:" + agentJar, "-version")
          .redirectErrorStream(true)
          .start();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return "a JVM with the agent did not start within 60 s";
      }
      if (process.exitValue() != 0) {
        return "a JVM with the agent exits with " + process.exitValue() + ":\n"
            + new String(output, StandardCharsets.UTF_8).strip();
      }
      return null;
    } catch (IOException e) {
      return "cannot start " + java + ": " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted while probing the agent";
    }
  }
}
