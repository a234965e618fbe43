package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.agent.fixtures.Model;
import java.io.File;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * End to end through the real shaded jar: this JVM runs with {@code -javaagent} (failsafe's
 * argLine), and the strict/diagnostic cases start a child JVM with the same jar.
 */
class AgentIT {
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  @Test
  void staticCompanionsWorkUnderTheAgent() throws Throwable {
    MethodHandle t = Derivatives.tangent(LOOKUP, Model.class, "f", double.class, double.class);
    MethodHandle a = Derivatives.adjoint(LOOKUP, Model.class, "f", double.class, double.class);
    double x = 1.5, y = 0.3;
    double dfdx = Math.sin(y) + 2 * x, dfdy = x * Math.cos(y);
    assertEquals(dfdx, (double) t.invokeExact(x, 1.0, y, 0.0), 1e-14);
    assertEquals(dfdy, (double) t.invokeExact(x, 0.0, y, 1.0), 1e-14);
    double[] g = new double[2];
    assertEquals(Model.f(x, y), (double) a.invokeExact(x, y, 1.0, g), 0);
    assertEquals(dfdx, g[0], 1e-14);
    assertEquals(dfdy, g[1], 1e-14);
  }

  @Test
  void instanceCompanionsReadFieldsAsConstants() throws Throwable {
    MethodHandle t = Derivatives.tangent(LOOKUP, Model.class, "scaled", double.class);
    assertEquals(3 * Math.exp(0.5), (double) t.invokeExact(new Model(3), 0.5, 1.0), 1e-14);
  }

  @Test
  void arrayGradientInOneAdjointCall() throws Throwable {
    MethodHandle a = Derivatives.adjoint(LOOKUP, Model.class, "sumSquares", double[].class);
    double[] v = {1, -2, 3};
    double[] bar = new double[3];
    assertEquals(14.0, (double) a.invokeExact(v, bar, 1.0), 0);
    assertEquals(List.of(2.0, -4.0, 6.0), List.of(bar[0], bar[1], bar[2]));
  }

  @Test
  void missingCompanionLookupSaysWhy() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Derivatives.tangent(LOOKUP, AgentIT.class, "helperWithoutAnnotation", double.class));
    assertTrue(e.getMessage().contains("-javaagent"), e.getMessage());
  }

  static double helperWithoutAnnotation(double x) {
    return x;
  }

  @Test
  void classWithOneBadMethodLoadsAndReportsExactlyOneDiagnostic() throws Exception {
    Run r = run("");
    assertEquals(0, r.exit, r.err);
    assertTrue(r.out.contains("good'=12.0 locked=6.0"), r.out);
    List<String> lines = r.err.lines().filter(l -> l.startsWith("leibniz: cannot differentiate")).toList();
    assertEquals(1, lines.size(), r.err);
    assertTrue(lines.get(0).contains("double dev.leibniz.agent.fixtures.Mixed.locked(double) at Mixed.java:"), lines.get(0));
    assertTrue(lines.get(0).contains("synchronized block"), lines.get(0));
  }

  @Test
  void strictOptionStopsTheClassWithTheSameMessage() throws Exception {
    Run r = run("=strict");
    assertNotEquals(0, r.exit);
    assertTrue(r.err.contains("ExceptionInInitializerError"), r.err);
    assertTrue(r.err.contains("leibniz: cannot differentiate double dev.leibniz.agent.fixtures.Mixed.locked(double)"), r.err);
  }

  /** The README's row for {@code strict}, exactly: no companions at all, then the two errors; a warning does not count. */
  @Test
  void strictGivesTheClassNoCompanionsAndFailsEveryUseOfIt() throws Exception {
    Run r = run("=strict", "dev.leibniz.agent.fixtures.StrictUse");
    assertEquals(0, r.exit, r.err);
    String diagnostic = "leibniz: cannot differentiate double dev.leibniz.agent.fixtures.Mixed.locked(double) at Mixed.java:";
    assertTrue(r.out.contains("Mixed companions: 0\n"), r.out);
    assertTrue(r.out.contains("use 1: java.lang.ExceptionInInitializerError caused by java.lang.IllegalStateException: " + diagnostic), r.out);
    assertTrue(r.out.contains("use 2: java.lang.NoClassDefFoundError"), r.out);
    assertTrue(r.out.contains("WarnedOnly tangent: 2.0\n"), r.out); // d/dx TABLE[(int) x] * x = TABLE[1] at x = 1.5
    assertTrue(r.err.contains("leibniz: warning: double dev.leibniz.agent.fixtures.WarnedOnly.lookup(double)"), r.err);
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(String options) throws Exception {
    return run(options, "dev.leibniz.agent.fixtures.Mixed");
  }

  private static Run run(String options, String main) throws Exception {
    String jar = Path.of("target/leibniz-agent.jar").toAbsolutePath().toString();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-javaagent:" + jar + options, "-cp", System.getProperty("java.class.path"),
        main));
    Process p = new ProcessBuilder(cmd).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), out, err);
  }

  static String separator() {
    return File.pathSeparator;
  }
}
