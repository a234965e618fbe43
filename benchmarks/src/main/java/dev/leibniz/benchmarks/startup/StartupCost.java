package dev.leibniz.benchmarks.startup;

import dev.leibniz.benchmarks.Locations;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the agent adds to a program's start. Starts {@link LoadClasses} in a fresh JVM, with and
 * without {@code -javaagent}, for: an empty program; one that loads 1,500 classes without
 * {@code @Differentiable} methods (their difference per class is the cost of a class the agent
 * leaves alone: the pre-filter's); and both again plus one class the agent differentiates (which
 * builds the ByteBuddy transformer). The configurations are interleaved round by round, and each
 * is reported as the median over the rounds of the wall time and of the child's own CPU time
 * (which a loaded machine inflates far less than the wall time).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.leibniz.benchmarks.startup.StartupCost [rounds]</pre>
 *
 * <p>{@code -Dleibniz.agent=JAR} measures another agent jar; {@code -Dleibniz.agents=A.jar,B.jar}
 * measures several, interleaved in each round with the same runs without an agent (a paired
 * before/after comparison), one table each. Results: benchmarks/STARTUP.md.
 */
public final class StartupCost {
  private static final String DIFFERENTIATED = "dev.leibniz.examples.Rosenbrock";
  private static final int CLASSES = 1500;

  private StartupCost() {}

  /** {@code agent}: the agent jar, or null for none. */
  private record Config(Path agent, int classes, boolean differentiated) {
    String describe() {
      return (classes == 0 ? "empty program" : classes + " classes") + (differentiated ? " + 1 differentiated class" : "");
    }
  }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    List<Path> agents = new ArrayList<>();
    String several = System.getProperty("leibniz.agents");
    if (several != null) {
      for (String a : several.split(",")) agents.add(Path.of(a).toAbsolutePath().normalize());
    } else {
      agents.add(Locations.agentJar());
    }
    List<Config> configs = new ArrayList<>();
    for (boolean differentiated : new boolean[] {false, true}) {
      for (int classes : new int[] {0, CLASSES}) {
        configs.add(new Config(null, classes, differentiated));
        for (Path agent : agents) {
          configs.add(new Config(agent, classes, differentiated));
        }
      }
    }
    long[][] wall = new long[configs.size()][rounds];
    long[][] cpu = new long[configs.size()][rounds];
    for (int r = -2; r < rounds; r++) { // two rounds of warm-up (file cache)
      for (int c = 0; c < configs.size(); c++) {
        long[] m = run(configs.get(c));
        if (r >= 0) {
          wall[c][r] = m[0];
          cpu[c][r] = m[1];
        }
      }
    }
    int stride = agents.size() + 1;
    for (int a = 0; a < agents.size(); a++) {
      System.out.printf(Locale.ROOT, "agent: %s, JDK %s, %d cores, %d rounds, medians in ms%n%n", agents.get(a),
          System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), rounds);
      System.out.println("| program | wall, no agent | wall, agent | added | CPU, no agent | CPU, agent | added |");
      System.out.println("|---|---:|---:|---:|---:|---:|---:|");
      for (int c = 0; c < configs.size(); c += stride) {
        int with = c + 1 + a;
        long w0 = median(wall[c]), w1 = median(wall[with]), c0 = median(cpu[c]), c1 = median(cpu[with]);
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %+d | %d | %d | %+d |%n", configs.get(c).describe(), w0, w1, w1 - w0, c0, c1,
            c1 - c0);
      }
      System.out.println();
    }
  }

  /** Wall and CPU milliseconds of one run of {@code config}. */
  private static long[] run(Config config) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (config.agent() != null) {
      cmd.add("-javaagent:" + config.agent());
    }
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), LoadClasses.class.getName(), String.valueOf(config.classes())));
    if (config.differentiated()) {
      cmd.add(DIFFERENTIATED);
    }
    long start = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    int exit = p.waitFor();
    long wallMs = (System.nanoTime() - start) / 1_000_000;
    if (exit != 0 || !out.startsWith("cpu-ms=")) {
      throw new IllegalStateException("exit " + exit + ", output '" + out + "': " + cmd);
    }
    return new long[] {wallMs, Long.parseLong(out.substring("cpu-ms=".length()))};
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
