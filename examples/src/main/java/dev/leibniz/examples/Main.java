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
 * java -javaagent:agent/target/leibniz-agent.jar -jar examples/target/leibniz-examples.jar [examples|library|adbench|hessian|fit|jacobian|nbody]
 * </pre>
 *
 * <p>Without an argument the examples (the library rows among them) and ADBench parts run; {@code library}
 * runs only the rows through unmodified library jars (Hipparchus' logGamma, erf, normal CDF; Commons Math's
 * RK4 step over an implementation and a lambda), each mode against central differences; {@code hessian} prints the Hessian of
 * the extended Rosenbrock function by Hessian-vector products beside finite differences; {@code fit}
 * fits a model with Levenberg–Marquardt, Jacobians by Leibniz and by Hipparchus; {@code jacobian}
 * takes BA's whole sparse Jacobian by coloured tangent sweeps; {@code nbody} differentiates the
 * Benchmarks Game n-body simulation, whose state is in objects, through the shadow of the receiver. Exit
 * status: 0 when every check passes, 1 when a library row, ADBench, Hessian, fit or Jacobian check fails, 2 when the companions are missing (the agent is not running), 64 on bad arguments.
 */
public final class Main {
  private static final int EXTENDED_ROSENBROCK_SIZE = 10_000;
  private static final int HESSIAN_SIZE = 10;

  private Main() {}

  public static void main(String[] args) throws Throwable {
    List<String> parts = List.of(args);
    if (!List.of("examples", "library", "adbench", "hessian", "fit", "jacobian", "nbody").containsAll(parts)) {
      System.err.println(
          "usage: java -javaagent:leibniz-agent.jar -jar leibniz-examples.jar"
              + " [examples|library|adbench|hessian|fit|jacobian|nbody]");
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
        failures += new LibraryDemo(out).run();
        out.println();
      }
      if (parts.contains("library")) {
        failures += new LibraryDemo(out).run();
      }
      if (parts.isEmpty() || parts.contains("adbench")) {
        failures += new AdbenchReport(out).run();
      }
      if (parts.contains("hessian") && !(new HessianDemo(out, HESSIAN_SIZE).run() < 1e-6)) {
        failures++;
      }
      if (parts.contains("fit") && !(new FitDemo(out).run() < 1e-6)) {
        failures++;
      }
      if (parts.contains("nbody") && !(new dev.leibniz.examples.nbody.NBodyDemo(out, 1000, 0.01).run() < 1e-5)) {
        failures++;
      }
      if (parts.contains("jacobian")) {
        java.nio.file.Path ba = dev.leibniz.examples.adbench.AdbenchData.require().resolve("ba/ba1_n49_m7776_p31843.txt");
        if (!(new JacobianDemo(out, ba).run() < 1e-10)) failures++;
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
