package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The agent in odd surroundings: classes from a child-first class loader, classes loaded before
 * the agent, another agent (JaCoCo) instrumenting the same classes, tapes that outgrow the heap.
 */
class EnvironmentsIT {
  /** Defines the fixture classes itself instead of asking its parent first. */
  private static final class ChildFirstLoader extends ClassLoader {
    ChildFirstLoader(ClassLoader parent) {
      super(parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("dev.leibniz.agent.fixtures.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c != null) return c;
        try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
          byte[] b = in.readAllBytes();
          return defineClass(name, b, 0, b.length);
        } catch (IOException e) {
          throw new ClassNotFoundException(name, e);
        }
      }
    }
  }

  @Test
  void classesFromChildClassLoadersGetCompanions() throws Exception {
    ClassLoader child = new ChildFirstLoader(getClass().getClassLoader());
    Class<?> model = child.loadClass("dev.leibniz.agent.fixtures.Model");
    assertEquals(child, model.getClassLoader());
    Method t = model.getMethod("f$tangent", double.class, double.class, double.class, double.class);
    double x = 1.5, y = 0.3;
    assertEquals(Math.sin(y) + 2 * x, (double) t.invoke(null, x, 1.0, y, 0.0), 1e-14);
  }

  @Test
  void classLoadedBeforeTheAgentIsReportedNotSilentlySkipped() throws Exception {
    Run r = run(List.of("-Djdk.attach.allowAttachSelf=true"), "dev.leibniz.agent.fixtures.LateAttach", agentJar());
    assertEquals(0, r.exit, r.err);
    assertTrue(r.err.contains("leibniz: dev.leibniz.agent.fixtures.Helper was loaded before the agent started"), r.err);
  }

  /**
   * An override the agent never sees (a hidden class: no class file hook is posted for it) reaches
   * the inherited companion, which names it instead of giving the base's derivative; the same
   * override loaded as an ordinary class gets companions and the right derivative.
   */
  @Test
  void overrideTheAgentNeverSawIsNamedNotDifferentiatedWrongly() throws Throwable {
    Class<?> curve = dev.leibniz.agent.fixtures.Curve.class;
    Method tangent = curve.getMethod("viaCurve$tangent", curve, double.class, double.class);
    assertEquals(20 * 0.3, (double) tangent.invoke(null, new dev.leibniz.agent.fixtures.SteepCurve(), 0.3, 1.0), 1e-15);
    byte[] bytes;
    try (InputStream in = curve.getResourceAsStream("SteepCurve.class")) {
      bytes = in.readAllBytes();
    }
    Class<?> hidden = java.lang.invoke.MethodHandles.privateLookupIn(curve, java.lang.invoke.MethodHandles.lookup())
        .defineHiddenClass(bytes, true).lookupClass();
    assertTrue(java.util.Arrays.stream(hidden.getDeclaredMethods()).noneMatch(m -> m.getName().contains("$")), "hidden class transformed");
    Object steep = hidden.getConstructor().newInstance();
    java.lang.reflect.InvocationTargetException e = org.junit.jupiter.api.Assertions.assertThrows(
        java.lang.reflect.InvocationTargetException.class, () -> tangent.invoke(null, steep, 0.3, 1.0));
    String m = e.getCause().getMessage();
    assertTrue(e.getCause() instanceof IllegalStateException && m.contains(hidden.getName() + ".y(double)")
        && m.contains("overrides @Differentiable dev.leibniz.agent.fixtures.Curve.y(double)"), m);
  }

  @Test
  void worksNextToJacocoInstrumentingTheSameClasses() throws Exception {
    String jacoco = System.getProperty("jacoco.agent.jar");
    String dest = Path.of("target", "jacoco-with-leibniz.exec").toAbsolutePath().toString();
    for (boolean jacocoFirst : new boolean[] {true, false}) {
      List<String> agents = new ArrayList<>();
      agents.add("-javaagent:" + jacoco + "=destfile=" + dest);
      agents.add(jacocoFirst ? 1 : 0, "-javaagent:" + agentJar());
      Run r = run(agents, "dev.leibniz.agent.fixtures.Mixed");
      assertEquals(0, r.exit, r.err);
      assertTrue(r.out.contains("good'=12.0 locked=6.0"), r.out + r.err);
    }
  }

  @Test
  void tapeThatOutgrowsTheHeapFailsWithAMessageNamingTheMethod() throws Exception {
    Run r = run(List.of("-javaagent:" + agentJar(), "-Xmx64m"), "dev.leibniz.agent.fixtures.Heavy", "100000000");
    assertNotEquals(0, r.exit);
    assertTrue(r.err.contains("OutOfMemoryError: leibniz: the reverse-mode tape of dev.leibniz.agent.fixtures.Heavy.iterate$adjoint cannot grow beyond"), r.err);
    assertTrue(!r.err.contains("hs_err"), r.err);
  }

  @Test
  void longLoopCompletesWithinTheStatedMemory() throws Exception {
    // 10^7 iterations tape 8 bytes each: 80 MB, 200 MB at most while the tape doubles (README).
    Run r = run(List.of("-javaagent:" + agentJar(), "-Xmx512m"), "dev.leibniz.agent.fixtures.Heavy", "10000000");
    assertEquals(0, r.exit, r.err);
    assertTrue(r.out.startsWith("d/dx="), r.out);
  }

  static String agentJar() {
    return Path.of("target/leibniz-agent.jar").toAbsolutePath().toString();
  }

  record Run(int exit, String out, String err) {}

  static Run run(List<String> jvmArgs, String main, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java));
    cmd.addAll(jvmArgs);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), main));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).start();
    byte[] out = p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), new String(out, StandardCharsets.UTF_8), err);
  }
}
