package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  /**
   * JaCoCo instruments class files before Java 11 with a {@code $jacocoInit()} that writes a static
   * field, called at the start of every method: covered code must keep both companions, right
   * (against the analytic gradient and the self-check), with JaCoCo's agent before or after ours.
   */
  @Test
  void jacocoOnJava8ClassesKeepsBothCompanions(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("cfix/Covered.java");
    Files.createDirectories(src.getParent());
    try (InputStream in = getClass().getResourceAsStream("/compilers/Covered.java")) {
      Files.write(src, in.readAllBytes());
    }
    Path classes = dir.resolve("classes");
    int javac = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "8", "-g", "-nowarn", "-proc:none",
        "-classpath", System.getProperty("java.class.path"), "-d", classes.toString(), src.toString());
    assertEquals(0, javac);
    String cp = classes + File.pathSeparator + System.getProperty("java.class.path");
    double x = 0.7, y = -1.3, fx = 2 * x, fy = 0;
    for (int i = 0; i < 3; i++) {
      fx += i * Math.cos(x * i) * y;
      fy += Math.sin(x * i);
    }
    String dest = dir.resolve("jacoco.exec").toString();
    for (boolean jacocoFirst : new boolean[] {true, false}) {
      List<String> agents = new ArrayList<>();
      agents.add("-javaagent:" + System.getProperty("jacoco.agent.jar") + "=destfile=" + dest + ",includes=cfix.*");
      agents.add(jacocoFirst ? 1 : 0, "-javaagent:" + agentJar());
      agents.addAll(List.of("-cp", cp));
      Run r = runWith(agents, "cfix.Covered");
      assertEquals(0, r.exit, r.err);
      assertEquals("", r.err, "no diagnostic expected");
      String[] parts = r.out.trim().split("[ =,]");
      assertTrue(r.out.contains("checked instrumented=true"), r.out);
      assertEquals(fx, Double.parseDouble(parts[3]), 1e-14, r.out);
      assertEquals(fx, Double.parseDouble(parts[5]), 1e-14, r.out);
      assertEquals(fy, Double.parseDouble(parts[6]), 1e-14, r.out);
    }
  }

  /**
   * Another agent changes a marked method after its companions exist. A retransformation (what
   * mocking libraries and tracers do) cannot regenerate them: one warning names the class. A
   * redefinition (a debugger's hot swap) regenerates them from the new code: no warning, and the
   * derivative follows the new code.
   */
  @Test
  void retransformationIsReportedAndRedefinitionRegeneratesTheCompanions() throws Exception {
    List<String> jvm = List.of("-Djdk.attach.allowAttachSelf=true", "-javaagent:" + agentJar());
    Run retransformed = run(jvm, "dev.leibniz.agent.fixtures.Retransformed", "retransform");
    assertEquals(0, retransformed.exit, retransformed.err);
    assertTrue(retransformed.out.contains("after: f(3) = 18.0, f'(3) = 6.0"), retransformed.out);
    List<String> warnings = retransformed.err.lines().filter(l -> l.startsWith("leibniz:")).toList();
    assertEquals(1, warnings.size(), retransformed.err);
    assertTrue(warnings.get(0).startsWith("leibniz: warning: dev.leibniz.agent.fixtures.Retransformed is being retransformed by"
        + " another agent after its companions were generated"), retransformed.err);
    Run redefined = run(jvm, "dev.leibniz.agent.fixtures.Retransformed", "redefine");
    assertEquals(0, redefined.exit, redefined.err);
    assertTrue(redefined.out.contains("after: f(3) = 18.0, f'(3) = 12.0"), redefined.out);
    assertTrue(redefined.err.lines().noneMatch(l -> l.startsWith("leibniz:")), redefined.err);
  }

  @Test
  void tapeThatOutgrowsTheHeapFailsWithAMessageNamingTheMethod() throws Exception {
    // tape=unbounded: no checkpointing, so the tape outgrows the heap (CheckpointingIT: the same loop checkpointed)
    Run r = run(List.of("-javaagent:" + agentJar() + "=tape=unbounded", "-Xmx64m"), "dev.leibniz.agent.fixtures.Heavy", "100000000");
    assertNotEquals(0, r.exit);
    assertTrue(r.err.contains("OutOfMemoryError: leibniz: the reverse-mode tape of dev.leibniz.agent.fixtures.Heavy.iterate$adjoint cannot grow beyond"), r.err);
    assertTrue(!r.err.contains("hs_err"), r.err);
  }

  @Test
  void longLoopCompletesWithinTheStatedMemory() throws Exception {
    // 10^7 iterations tape 8 bytes each: 80 MB, 200 MB at most while the tape doubles (README), when not checkpointed.
    Run r = run(List.of("-javaagent:" + agentJar() + "=tape=unbounded", "-Xmx512m"), "dev.leibniz.agent.fixtures.Heavy", "10000000");
    assertEquals(0, r.exit, r.err);
    assertTrue(r.out.startsWith("d/dx="), r.out);
  }

  static String agentJar() {
    return Path.of("target/leibniz-agent.jar").toAbsolutePath().toString();
  }

  record Run(int exit, String out, String err) {}

  /** Runs {@code main} with {@code jvmArgs}, which give the class path. */
  static Run runWith(List<String> jvmArgs, String main) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java));
    cmd.addAll(jvmArgs);
    cmd.add(main);
    Process p = new ProcessBuilder(cmd).start();
    byte[] out = p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), new String(out, StandardCharsets.UTF_8), err);
  }

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
