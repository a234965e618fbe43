package dev.leibniz.examples;

import dev.leibniz.Derivatives;
import java.io.PrintStream;
import java.lang.invoke.MethodHandles;
import java.util.List;

/**
 * The examples' entry point: derivatives of a few real functions through the companions that the
 * Leibniz agent generates, then the ADBench golden checks.
 *
 * <pre>
 * java -javaagent:agent/target/leibniz-agent.jar -jar examples/target/leibniz-examples.jar [examples|adbench]
 * </pre>
 *
 * <p>Without an argument both parts run. Exit status: 0 when every check passes, 1 when an ADBench
 * check fails, 2 when the companions are missing (the agent is not running), 64 on bad arguments.
 */
public final class Main {
  private static final int EXTENDED_ROSENBROCK_SIZE = 10_000;

  private Main() {}

  public static void main(String[] args) throws Throwable {
    List<String> parts = List.of(args);
    if (!List.of("examples", "adbench").containsAll(parts)) {
      System.err.println(
          "usage: java -javaagent:leibniz-agent.jar -jar leibniz-examples.jar"
              + " [examples|adbench]");
      System.exit(64);
    }
    PrintStream out = System.out;
    if (!agentRan()) {
      System.exit(2);
    }
    int failures = 0;
    try {
      if (parts.isEmpty() || parts.contains("examples")) {
        new ScalarDemo(out).run();
        out.println();
        new GradientDemo(out, EXTENDED_ROSENBROCK_SIZE).run();
        out.println();
      }
      if (parts.isEmpty() || parts.contains("adbench")) {
        failures = new AdbenchReport(out).run();
      }
    } catch (IllegalStateException e) {
      System.err.println("A companion is missing: " + e.getMessage());
      System.exit(2);
    }
    System.exit(failures == 0 ? 0 : 1);
  }

  /** True when the agent added companions; otherwise says how to start it. */
  private static boolean agentRan() {
    try {
      Derivatives.tangent(
          MethodHandles.lookup(), Rosenbrock.class, "value", double.class, double.class);
      return true;
    } catch (IllegalStateException e) {
      System.err.println(
          "The Leibniz companions ($tangent, $adjoint) are missing: the JVM must run with the"
              + " agent:\n"
              + "  java -javaagent:agent/target/leibniz-agent.jar -jar"
              + " examples/target/leibniz-examples.jar\n"
              + "("
              + e.getMessage()
              + ")");
      return false;
    }
  }
}
