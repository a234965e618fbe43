package dev.leibniz.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The benchmarks jar's entry point: JMH's command line, with every fork given the Leibniz agent
 * ({@code -javaagent}, from {@link Locations#agentJar()}), the data directory ({@code
 * -Dleibniz.data}) and the fork JVM options below. When the agent jar is missing or a JVM cannot
 * start with it, it says so and runs without it: the Leibniz benchmarks then fail at their first
 * call and every other benchmark still runs.
 */
public final class BenchmarkMain {
  /** Fork JVM options; also in each benchmark's {@code @Fork} for runs through JMH's own main. */
  public static final String STACK = "-Xss16m";

  /**
   * The maximum heap. There is deliberately no matching {@code -Xms}: a large fixed heap that is
   * rarely collected keeps handing out never-touched pages, and where first-touch page faults are
   * expensive (as in this project's sandboxed machines) that made allocation-heavy benchmarks
   * 40× slower (Hipparchus on BA: 2 s instead of 45 ms per Jacobian).
   */
  public static final String HEAP = "-Xmx4g";

  private BenchmarkMain() {}

  public static void main(String[] args) throws Exception {
    CommandLineOptions command = new CommandLineOptions(args);
    if (command.shouldHelp()
        || command.shouldList()
        || command.shouldListWithParams()
        || command.shouldListProfilers()
        || command.shouldListResultFormats()) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    List<String> jvm = new ArrayList<>(List.of(STACK, HEAP));
    jvm.add("-Dleibniz.data=" + Locations.dataDir());
    Path agent = Locations.agentJar();
    String problem = AgentProbe.problem(agent);
    if (problem == null) {
      String agentOptions = System.getProperty("leibniz.agentOptions", "");
      jvm.add("-javaagent:" + agent + (agentOptions.isEmpty() ? "" : "=" + agentOptions));
      System.out.println("# Leibniz agent: " + agent + (agentOptions.isEmpty() ? "" : " with " + agentOptions));
    } else {
      System.out.println("# WARNING: forks run WITHOUT the Leibniz agent; the Leibniz benchmarks"
          + " will fail. Reason: " + problem.replace("\n", "\n#   "));
    }
    if (command.getJvmArgsAppend().hasValue()) {
      jvm.addAll(command.getJvmArgsAppend().get());
    }
    Options options =
        new OptionsBuilder().parent(command).jvmArgsAppend(jvm.toArray(new String[0])).build();
    new Runner(options).run();
  }
}
