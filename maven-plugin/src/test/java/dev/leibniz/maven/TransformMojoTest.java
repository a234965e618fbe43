package dev.leibniz.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goal on a copy of compiled fixture classes: companions written in place and callable from a
 * fresh class loader; diagnostics fail the build unless {@code failOnDiagnostics} is false. (The
 * sample build, module build-time-example, runs the goal through Maven itself.)
 */
class TransformMojoTest {
  private static final String PKG = "dev/leibniz/maven/fixtures/";
  @TempDir Path tmp;

  private TransformMojo mojo(String... classes) throws Exception {
    Path dir = tmp.resolve("classes");
    Files.createDirectories(dir.resolve(PKG));
    Path compiled = Path.of(TransformMojoTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    for (String c : classes) {
      Files.copy(compiled.resolve(PKG + c + ".class"), dir.resolve(PKG + c + ".class"));
    }
    TransformMojo m = new TransformMojo();
    m.classesDirectory = dir.toFile();
    return m;
  }

  private static Class<?> load(TransformMojo m, String simpleName) throws Exception {
    URLClassLoader fresh = new URLClassLoader(new URL[] {m.classesDirectory.toURI().toURL()}, ClassLoader.getPlatformClassLoader());
    return fresh.loadClass("dev.leibniz.maven.fixtures." + simpleName);
  }

  @Test
  void writesCompanionsInPlace() throws Exception {
    TransformMojo m = mojo("Good");
    m.execute();
    Class<?> good = load(m, "Good");
    Method adjoint = good.getMethod("f$adjoint", double.class, double.class, double.class, double[].class);
    Method tangent = good.getMethod("f$tangent", double.class, double.class, double.class, double.class);
    double x = 1.7, y = 0.4;
    double[] grad = new double[2];
    assertEquals(x * Math.sin(y), (double) adjoint.invoke(null, x, y, 1.0, grad), 0);
    assertEquals(Math.sin(y), grad[0], 1e-15);
    assertEquals(x * Math.cos(y), grad[1], 1e-15);
    assertEquals(x * Math.cos(y), (double) tangent.invoke(null, x, 0.0, y, 1.0), 1e-15);
    m.execute(); // an incremental build meets the transformed classes again: no change, no error
    assertEquals(1, java.util.Arrays.stream(load(m, "Good").getDeclaredMethods()).filter(d -> d.getName().equals("f$adjoint")).count());
  }

  @Test
  void diagnosticsFailTheBuild() throws Exception {
    TransformMojo m = mojo("Bad");
    MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
    assertTrue(e.getMessage().contains("<failOnDiagnostics>false</failOnDiagnostics>"), e.getMessage());
  }

  @Test
  void failOnDiagnosticsFalseBuildsWithTheCompanionsThatCouldBeGenerated() throws Exception {
    TransformMojo m = mojo("Bad");
    m.failOnDiagnostics = false;
    m.execute();
    Class<?> bad = load(m, "Bad");
    Method adjoint = bad.getMethod("square$adjoint", double.class, double.class, double[].class);
    double[] grad = new double[1];
    adjoint.invoke(null, 3.0, 1.0, grad);
    assertEquals(6.0, grad[0], 0);
    assertThrows(NoSuchMethodException.class, () -> bad.getMethod("locked$adjoint", double.class, double.class, double[].class));
  }

  @Test
  void skipLeavesTheClassesAlone() throws Exception {
    TransformMojo m = mojo("Bad");
    m.skip = true;
    m.execute();
    Class<?> bad = load(m, "Bad");
    assertThrows(NoSuchMethodException.class, () -> bad.getMethod("square$adjoint", double.class, double.class, double[].class));
  }
}
