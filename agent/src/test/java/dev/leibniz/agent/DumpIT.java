package dev.leibniz.agent;

import static dev.leibniz.agent.EnvironmentsIT.agentJar;
import static dev.leibniz.agent.EnvironmentsIT.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.agent.EnvironmentsIT.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** {@code dump=DIR} and {@code verbose} through the real agent jar, in a child JVM. */
class DumpIT {
  private static final String ADJOINT = "static double dev.leibniz.agent.fixtures.Model.f$adjoint(double x, double y, double seed, double[] grad)";

  @Test
  void dumpWritesIrSvgBytecodeAndJavaSourceForEveryCompanion() throws Exception {
    Path dir = Path.of("target", "dump-it").toAbsolutePath();
    delete(dir);
    Run r = run(List.of("-javaagent:" + agentJar() + "=dump=" + dir), "dev.leibniz.agent.fixtures.CleanUse");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    Path model = dir.resolve("dev.leibniz.agent.fixtures.Model");
    for (String companion : List.of("f$tangent", "f$adjoint", "scaled$tangent", "scaled$adjoint", "sumSquares$tangent", "sumSquares$adjoint")) {
      String ir = Files.readString(model.resolve(companion + ".ir.txt"));
      assertTrue(ir.contains("// lifted IR of the original method\n") && ir.contains("// IR of the companion\n"), ir);
      DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(model.resolve(companion + ".svg").toFile());
      assertTrue(Files.readString(model.resolve(companion + ".bytecode.txt")).contains("DRETURN"), companion);
    }
    assertTrue(Files.readString(model.resolve("f$adjoint.ir.txt")).startsWith(ADJOINT + "\n    x: input\n"));
    String java = Files.readString(model.resolve("companions.java"));
    assertTrue(java.contains("public static double f$adjoint(double x, double y, double seed, double[] grad) {"), java);
    assertTrue(java.contains("Math.cos(y)"), java);
    assertTrue(Files.exists(dir.resolve("dev.leibniz.agent.fixtures.Helper").resolve("square$adjoint.svg")));
    assertEquals("", Files.readString(model.resolve("diagnostics.txt")));
  }

  @Test
  void verboseNamesParametersAndTheirRoles() throws Exception {
    Run r = run(List.of("-javaagent:" + agentJar() + "=verbose"), "dev.leibniz.agent.fixtures.CleanUse");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("leibniz: generated " + ADJOINT + "\n    x: input\n    y: input\n    seed: adjoint of the result\n"
        + "    grad: receives the adjoints of x, y (+=), length >= 2\n"), r.err());
    assertTrue(r.err().contains("leibniz: generated static double dev.leibniz.agent.fixtures.Model.sumSquares$adjoint(double[] v, double[] vBar, double seed)"), r.err());
  }

  @Test
  void readmeShowsTheDumpOfItsFirstExample() throws Exception {
    Path dir = Path.of("target", "dump-readme").toAbsolutePath();
    delete(dir);
    Run r = run(List.of("-javaagent:" + agentJar() + "=dump=" + dir), "dev.leibniz.agent.fixtures.readme.Model");
    assertEquals(0, r.exit(), r.err());
    Path model = dir.resolve("dev.leibniz.agent.fixtures.readme.Model");
    Path root = Path.of("..").toAbsolutePath().normalize();
    assertEquals(Files.readString(model.resolve("f$adjoint.svg")), Files.readString(root.resolve("docs/dump/Model.f-adjoint.svg")),
        "docs/dump/Model.f-adjoint.svg is stale: copy " + model.resolve("f$adjoint.svg") + " over it");
    String readme = Files.readString(root.resolve("README.md"));
    String section = readme.substring(readme.indexOf("### See what was generated"));
    String snippet = section.substring(section.indexOf("```java\n") + 8, section.indexOf("```", section.indexOf("```java\n") + 8));
    List<String> expected = snippet.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    List<String> written = Files.readString(model.resolve("companions.java")).lines().map(String::strip).filter(l -> !l.isEmpty())
        .dropWhile(l -> !l.startsWith("public static double f$tangent")).limit(expected.size()).toList();
    assertEquals(expected, written, "README's companions.java snippet differs from " + model.resolve("companions.java"));
  }

  private static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
