package dev.leibniz.tool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.ClassFinder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Build-time generation through {@link Main} and {@link Transformer}: the transformed classes run
 * their companions in a JVM limited to {@code java.base} (no agent, no Leibniz class), where
 * {@code fixtures.Runner} checks them against the analytic gradient, central differences and each
 * other.
 */
class TransformerTest {
  private static final String FIXTURES = "dev.leibniz.tool.fixtures";
  private static final String RUNNER = FIXTURES + ".Runner";
  @TempDir Path tmp;

  record Cli(int exit, String out, String err) {}

  static Cli cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Cli(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path fixtures() throws Exception {
    return ChildJvm.classes(tmp.resolve("in"), FIXTURES, "Logistic", "Link", "Runner");
  }

  @Test
  void transformedDirectoryRunsItsCompanionsWithOnlyJavaBase() throws Exception {
    Path in = fixtures(), out = tmp.resolve("out");
    Cli c = cli("transform", "--strict", "--verbose", in.toString(), out.toString());
    assertEquals(0, c.exit(), c.err());
    assertTrue(c.err().contains("leibniz: generated static double " + FIXTURES + ".Logistic.loss$adjoint(double[] w, double[] wBar, double[] x, double[] xBar, double[] y, double[] yBar, int n, int d, double seed)"), c.err());
    assertTrue(c.out().contains("3 classes read, 2 written with companions"), c.out());
    ChildJvm.Run r = ChildJvm.plain(out.toString(), RUNNER);
    assertEquals(0, r.exit(), r.all());
    assertTrue(r.out().startsWith("modules=1 annotation=false"), r.out());
    assertTrue(r.out().contains("all checks passed"), r.out());
  }

  @Test
  void untransformedClassesFailTheSameRunner() throws Exception {
    // The runner really needs the companions: without the transformation it cannot find them.
    ChildJvm.Run r = ChildJvm.plain(fixtures().toString(), RUNNER);
    assertTrue(r.exit() != 0 && r.err().contains("NoSuchMethodException: " + FIXTURES + ".Logistic.loss$adjoint"), r.all());
  }

  @Test
  void jarInJarOut() throws Exception {
    Path in = ChildJvm.jar(fixtures(), tmp.resolve("model.jar")), out = tmp.resolve("model-ad.jar");
    Cli c = cli("transform", "--strict", in.toString(), out.toString());
    assertEquals(0, c.exit(), c.err());
    ChildJvm.Run r = ChildJvm.plain(out.toString(), RUNNER);
    assertEquals(0, r.exit(), r.all());
  }

  @Test
  void jarEntriesKeepTheirOrderAndTimesAndASignatureIsReported() throws Exception {
    Path dir = fixtures();
    Files.createDirectories(dir.resolve("META-INF"));
    Files.writeString(dir.resolve("META-INF/MANIFEST.MF"), "Manifest-Version: 1.0\n");
    Files.writeString(dir.resolve("META-INF/SIGNER.SF"), "Signature-Version: 1.0\n");
    try (var files = Files.walk(dir)) { // times the transformation could not produce by accident
      for (Path f : (Iterable<Path>) files::iterator) Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(1_577_880_000_000L));
    }
    Path in = ChildJvm.jar(dir, tmp.resolve("signed.jar")), out = tmp.resolve("signed-ad.jar");
    Cli c = cli("transform", "--strict", in.toString(), out.toString());
    assertEquals(0, c.exit(), c.err());
    assertEquals(List.of("leibniz: warning: " + in + " is signed, and its transformed classes no longer match the signature: sign "
        + out + " again, or remove the signature files from META-INF"), c.err().lines().toList());
    try (java.util.zip.ZipFile a = new java.util.zip.ZipFile(in.toFile()); java.util.zip.ZipFile b = new java.util.zip.ZipFile(out.toFile())) {
      assertEquals(a.stream().map(java.util.zip.ZipEntry::getName).toList(), b.stream().map(java.util.zip.ZipEntry::getName).toList());
      a.stream().forEach(e -> assertEquals(e.getTime(), b.getEntry(e.getName()).getTime(), e.getName()));
    }
  }

  @Test
  void callsIntoAnotherTransformedLibraryResolveThroughTheClassPath() throws Exception {
    Path lib = ChildJvm.classes(tmp.resolve("lib"), FIXTURES, "Link"), libOut = tmp.resolve("lib-ad");
    Path app = ChildJvm.classes(tmp.resolve("app"), FIXTURES, "Logistic", "Runner");
    assertEquals(0, cli("transform", "--strict", lib.toString(), libOut.toString()).exit());

    Cli without = cli("transform", "--strict", app.toString(), tmp.resolve("no-cp").toString());
    assertEquals(1, without.exit(), without.err());
    assertTrue(without.err().startsWith("leibniz: cannot differentiate double " + FIXTURES + ".Logistic.loss(double[], double[], double[], int, int) at Logistic.java:"), without.err());
    assertTrue(without.err().contains("the class file of double Link.softplus(double) cannot be read (the agent reads it through"
        + " the class loader; the transform command and the Maven plugin from the class path: add it there)"), without.err());

    Path appOut = tmp.resolve("app-ad");
    Cli untransformedLib = cli("transform", "--strict", "--classpath", lib.toString(), app.toString(), appOut.toString());
    assertEquals(0, untransformedLib.exit(), untransformedLib.err());
    assertEquals(List.of("leibniz: warning: " + FIXTURES + ".Link (on the class path) has @Differentiable methods but no companions,"
        + " and companions generated here may call theirs: transform it too, or load it under the agent"), untransformedLib.err().lines().toList());

    Cli with = cli("transform", "--strict", "--classpath", libOut.toString(), app.toString(), appOut.toString());
    assertEquals(0, with.exit(), with.err());
    assertEquals("", with.err());
    ChildJvm.Run r = ChildJvm.plain(appOut + File.pathSeparator + libOut, RUNNER);
    assertEquals(0, r.exit(), r.all());
  }

  @Test
  void diagnosticsAreTheAgentsLinesAndFailOnlyUnderStrict() throws Exception {
    Path in = ChildJvm.classes(tmp.resolve("bad"), "dev.leibniz.tool.badfixtures", "Locked");
    byte[] original = Files.readAllBytes(in.resolve("dev/leibniz/tool/badfixtures/Locked.class"));
    String agentLine = new ClassDifferentiator(ClassFinder.NONE).differentiate(original).diagnostics().get(0).message();
    assertTrue(agentLine.startsWith("leibniz: cannot differentiate double dev.leibniz.tool.badfixtures.Locked.locked(double) at Locked.java:"), agentLine);

    Cli lenient = cli("transform", in.toString(), tmp.resolve("lenient").toString());
    assertEquals(0, lenient.exit(), lenient.err());
    assertEquals(List.of(agentLine), lenient.err().lines().toList());

    Cli strict = cli("transform", "--strict", in.toString(), tmp.resolve("strict").toString());
    assertEquals(1, strict.exit());
    assertTrue(strict.err().startsWith(agentLine + System.lineSeparator() + "leibniz: --strict: 1 diagnostics, nothing written"), strict.err());
    assertFalse(Files.exists(tmp.resolve("strict")));
    assertTrue(cli("transform", "--quiet", in.toString(), tmp.resolve("quiet").toString()).err().isEmpty());

    // The method that can be differentiated still gets its companions, as under the agent.
    String written = new String(Files.readAllBytes(tmp.resolve("lenient/dev/leibniz/tool/badfixtures/Locked.class")), StandardCharsets.ISO_8859_1);
    assertTrue(written.contains("good$adjoint") && !written.contains("locked$adjoint"));
  }

  @Test
  void aFailedStrictRunInPlaceLeavesTheClassesSoTheNextRunFailsTheSameWay() throws Exception {
    Path in = ChildJvm.classes(tmp.resolve("bad"), "dev.leibniz.tool.badfixtures", "Locked");
    Path locked = in.resolve("dev/leibniz/tool/badfixtures/Locked.class");
    byte[] original = Files.readAllBytes(locked);
    Cli first = cli("transform", "--strict", in.toString(), in.toString());
    assertEquals(1, first.exit());
    assertArrayEquals(original, Files.readAllBytes(locked));
    Cli second = cli("transform", "--strict", in.toString(), in.toString());
    assertEquals(first.err(), second.err());
  }

  @Test
  void aClassWrittenWithMissingCompanionsIsStillReportedWhenMetAgain() throws Exception {
    Path in = ChildJvm.classes(tmp.resolve("bad"), "dev.leibniz.tool.badfixtures", "Locked"), out = tmp.resolve("partial");
    assertEquals(0, cli("transform", in.toString(), out.toString()).exit());
    Cli again = cli("transform", "--strict", out.toString(), out.toString());
    assertEquals(1, again.exit(), again.err());
    assertTrue(again.err().startsWith("leibniz: cannot differentiate double dev.leibniz.tool.badfixtures.Locked.locked(double)"), again.err());
    assertTrue(again.out().contains("1 already had them, 1 diagnostics"), again.out());
  }

  @Test
  void anUnannotatedImplementationOfAMarkedInterfaceMethodGetsItsCompanionsToo() throws Exception {
    Path in = ChildJvm.classes(tmp.resolve("dispatch"), "dev.leibniz.tool.dispatch", "Shape", "Spring", "CallThroughInterface");
    Path out = tmp.resolve("dispatch-ad");
    Cli c = cli("transform", "--strict", "--verbose", in.toString(), out.toString());
    assertEquals(0, c.exit(), c.err());
    assertTrue(c.err().contains("leibniz: generated double dev.leibniz.tool.dispatch.Spring.energy$adjoint(double[] p, double[] pBar, double seed)"), c.err());
    ChildJvm.Run r = ChildJvm.plain(out.toString(), "dev.leibniz.tool.dispatch.CallThroughInterface");
    assertEquals(0, r.exit(), r.all());
  }

  @Test
  void transformingTwiceChangesNothing() throws Exception {
    Path in = fixtures(), out = tmp.resolve("out");
    assertEquals(0, cli("transform", in.toString(), out.toString()).exit());
    Path logistic = out.resolve("dev/leibniz/tool/fixtures/Logistic.class");
    byte[] once = Files.readAllBytes(logistic);
    Cli again = cli("transform", "--strict", out.toString(), out.toString());
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.out().contains("0 written with companions (0 methods), 2 already had them"), again.out());
    assertArrayEquals(once, Files.readAllBytes(logistic));
    // The core itself also leaves such a class alone (so the agent may meet it too).
    assertTrue(new ClassDifferentiator(ClassFinder.NONE).differentiate(once).unchanged());
  }

  @Test
  void inPlaceOnADirectoryRewritesOnlyTheTransformedClasses() throws Exception {
    Path in = fixtures();
    Path runner = in.resolve("dev/leibniz/tool/fixtures/Runner.class");
    long before = Files.getLastModifiedTime(runner).toMillis();
    Files.setLastModifiedTime(runner, java.nio.file.attribute.FileTime.fromMillis(before - 60_000));
    assertEquals(0, cli("transform", "--strict", in.toString(), in.toString()).exit());
    assertEquals(before - 60_000, Files.getLastModifiedTime(runner).toMillis());
    assertEquals(0, ChildJvm.plain(in.toString(), RUNNER).exit());
  }

  @Test
  void badUsageExitsWithTwo() {
    assertEquals(2, cli().exit());
    assertEquals(2, cli("transfrom", "a", "b").exit());
    assertEquals(2, cli("transform", "only-in").exit());
    assertEquals(2, cli("transform", "--bogus", "a", "b").exit());
    Cli missing = cli("transform", tmp.resolve("nowhere").toString(), tmp.resolve("out").toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("nowhere"), missing.err());
    assertFalse(Files.exists(tmp.resolve("out")));
  }
}
