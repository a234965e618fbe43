package dev.leibniz.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A child JVM run with the agent jar: its exit code, standard output and standard error. */
record AgentRun(int exit, String out, String err) {
  /** Runs {@code main} under {@code -javaagent:target/leibniz-agent.jar} followed by {@code options} ("" or "=a,b"). */
  static AgentRun of(String options, Class<?> main) throws Exception {
    String jar = Path.of("target/leibniz-agent.jar").toAbsolutePath().toString();
    String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(launcher, "-javaagent:" + jar + options, "-cp", System.getProperty("java.class.path"),
        main.getName()).start();
    // stderr read on its own thread: a child filling one pipe while the other is read would block both
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
    String out = read(p.getInputStream());
    return new AgentRun(p.waitFor(), out, err.join());
  }

  private static String read(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The agent's warning lines. */
  List<String> warnings() {
    return err.lines().filter(l -> l.startsWith("leibniz: warning:")).toList();
  }

  /** The agent's "cannot differentiate" lines. */
  List<String> errors() {
    return err.lines().filter(l -> l.startsWith("leibniz: cannot differentiate")).toList();
  }
}
