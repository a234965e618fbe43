package dev.leibniz.benchmarks.startup;

import dev.leibniz.benchmarks.Locations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the agent adds to a program's start: each invocation starts a JVM running {@link
 * LoadClasses} (which loads {@code classes} classes without {@code @Differentiable} methods) with
 * or without {@code -javaagent}, and waits for it to exit. The difference between the two {@code
 * agent} values is the agent's start-up cost; its growth with {@code classes} is the cost per
 * class that is not differentiated (the pre-filter's); {@code differentiable} adds one class the
 * agent does differentiate (and so the building of its ByteBuddy transformer). Not part of {@code run.sh}'s suite: run it
 * with {@code java -jar benchmarks/target/benchmarks.jar StartupBenchmark} (see STARTUP.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 15)
@Fork(1)
public class StartupBenchmark {
  @Param({"false", "true"})
  public boolean agent;

  @Param({"0", "1500"})
  public int classes;

  /** A class with {@code @Differentiable} methods to initialise last, or {@code none}. */
  @Param({"none", "dev.leibniz.examples.Rosenbrock"})
  public String differentiable;

  @Benchmark
  public int startAndExit() throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (agent) {
      cmd.add("-javaagent:" + Locations.agentJar());
    }
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), LoadClasses.class.getName(), String.valueOf(classes)));
    if (!differentiable.equals("none")) {
      cmd.add(differentiable);
    }
    Process p = new ProcessBuilder(cmd).inheritIO().start();
    int exit = p.waitFor();
    if (exit != 0) {
      throw new IllegalStateException("exit " + exit + ": " + cmd);
    }
    return exit;
  }
}
