package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's first snippet and its "Use it in your project" snippets are taken from
 * samples/consumer, the build that .ci/run runs against the installed artifacts (so they compile
 * and run there, the typed facade included): every line of each {@code xml} and {@code java} block
 * must appear, in the same order, among the lines of the sample's files.
 */
class ReadmeSnippetsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path SAMPLE = ROOT.resolve("samples/consumer");

  @Test
  void xmlSnippetsAreInTheSamplePom() throws IOException {
    List<String> pom = lines(Files.readString(SAMPLE.resolve("pom.xml")));
    List<String> blocks = blocks("xml");
    assertFalse(blocks.isEmpty());
    for (String block : blocks) {
      assertTrue(inOrder(lines(block), pom), "README snippet not in samples/consumer/pom.xml:\n" + block);
    }
  }

  /** The Gradle snippet is samples/gradle-consumer's build.gradle, which .ci/run runs where gradle is installed. */
  @Test
  void gradleSnippetIsTheSampleBuild() throws IOException {
    List<String> build = lines(Files.readString(ROOT.resolve("samples/gradle-consumer/build.gradle")));
    List<String> blocks = blocks("groovy");
    assertFalse(blocks.isEmpty(), "README's 'Use it in your project' has no groovy block");
    for (String block : blocks) {
      assertTrue(inOrder(lines(block), build), "README snippet not in samples/gradle-consumer/build.gradle:\n" + block);
    }
  }

  @Test
  void javaSnippetsAreInTheSampleSources() throws IOException {
    List<String> sources = new ArrayList<>();
    try (var files = Files.walk(SAMPLE.resolve("src"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        sources.addAll(lines(Files.readString(f)));
      }
    }
    List<String> blocks = blocks("java");
    assertFalse(blocks.isEmpty());
    for (String block : blocks) {
      assertTrue(inOrder(lines(block), sources), "README snippet not in samples/consumer/src:\n" + block);
    }
  }

  @Test
  void introSnippetIsInTheSampleSources() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme.substring(0, readme.indexOf("\n## ")));
    assertTrue(m.find(), "README has no java block before its first section");
    assertTrue(inOrder(lines(m.group(1)), sampleSources()), "README's first snippet not in samples/consumer/src:\n" + m.group(1));
  }

  /**
   * Every other {@code java} block of the README is code that builds and runs: its lines, in order,
   * are lines of one source file of the repository (the README's later examples are in
   * examples/src/test/java/dev/leibniz/examples/readme, run under the agent by ReadmeExamplesTest),
   * or of the sample's sources. Not checked: lines elided with {@code ...} and comment lines; blocks
   * that only list signatures (no line ends with {@code ;}, <code>{</code> or <code>}</code>); a
   * block marked {@code <!-- sketch ... -->} (indented too, in a list item); the dump shown under "See what was generated", which
   * DumpIT compares with what the agent writes.
   */
  @Test
  void everyJavaSnippetIsInSourcesThatBuildAndRun() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int dump = readme.indexOf("### See what was generated");
    int afterDump = readme.indexOf("\n## ", dump);
    List<List<String>> sources = new ArrayList<>();
    sources.add(sampleSources());
    sources.add(concatenated(ROOT.resolve("examples/src/test/java/dev/leibniz/examples/readme")));
    try (var files = Files.walk(ROOT)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java") && !f.toString().contains("/target/")).sorted().toList()) {
        sources.add(lines(Files.readString(f)));
      }
    }
    Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    int checked = 0;
    while (m.find()) {
      String before = readme.substring(0, m.start()).stripTrailing();
      if (m.start() > dump && m.start() < afterDump || before.substring(before.lastIndexOf('\n') + 1).strip().startsWith("<!-- sketch")) {
        continue;
      }
      List<String> wanted = m.group(1).lines().map(String::strip).filter(l -> !code(l).isEmpty() && !code(l).contains("...")).toList();
      if (wanted.stream().noneMatch(l -> code(l).endsWith(";") || code(l).endsWith("{") || code(l).endsWith("}"))) {
        continue; // signatures
      }
      int line = before.split("\n", -1).length + 1;
      assertTrue(sources.stream().anyMatch(src -> inOrder(wanted, src)),
          "README.md:" + line + ": this snippet is not in any source file of the repository (so nothing compiles or runs it):\n" + m.group(1));
      checked++;
    }
    assertTrue(checked >= 8, checked + " snippets checked");
  }

  /** A line without its {@code //} comment, stripped. */
  private static String code(String line) {
    int c = line.indexOf("//");
    return (c < 0 ? line : line.substring(0, c)).strip();
  }

  private static List<String> concatenated(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (var files = Files.walk(dir)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        out.addAll(lines(Files.readString(f)));
      }
    }
    return out;
  }

  /**
   * The annotation's javadoc says what the README says on the points a user acts on (the contract's
   * layout, accumulation, {@code strict}), in the same words once markup and line breaks are gone.
   */
  @Test
  void annotationJavadocAgreesWithTheReadme() throws IOException {
    String readme = plain(Files.readString(ROOT.resolve("README.md")).replace("`", "").replace("**", ""));
    String javadoc = plain(Files.readString(ROOT.resolve("annotations/src/main/java/dev/leibniz/Differentiable.java"))
        .replaceAll("(?m)^\\s*\\* ?", "").replaceAll("\\{@(?:code|link)\\s+([^}]*)}", "$1"));
    for (String fact : List.of(
        "for R = Double, the tangent as a Double (null where m returns null)",
        "then the seed (type R) when R is differentiable or Double",
        "one double[] receiving the scalar adjoints in parameter order",
        "Adjoints accumulate (+=)",
        "gets no companions at all (not even for its other methods) and keeps its original code, except that its static"
            + " initialiser throws IllegalStateException with the first diagnostic: its first use fails with"
            + " ExceptionInInitializerError, later ones with NoClassDefFoundError")) {
      assertTrue(readme.contains(fact), "README does not say: " + fact);
      assertTrue(javadoc.contains(fact.replace("one double[] receiving", "one double[] that receives")), "Differentiable's javadoc does not say: " + fact);
    }
  }

  private static String plain(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private static List<String> sampleSources() throws IOException {
    List<String> sources = new ArrayList<>();
    try (var files = Files.walk(SAMPLE.resolve("src"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        sources.addAll(lines(Files.readString(f)));
      }
    }
    return sources;
  }

  /** The fenced blocks of {@code language} in the README's "Use it in your project" section. */
  private static List<String> blocks(String language) throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int start = readme.indexOf("## Use it in your project");
    assertTrue(start >= 0, "README has no 'Use it in your project' section");
    int end = readme.indexOf("\n## ", start + 1);
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    Matcher m = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(section);
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  /** Trimmed non-empty lines, without XML comment lines. */
  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("<!--") && !l.endsWith("-->")).toList();
  }

  private static boolean inOrder(List<String> wanted, List<String> in) {
    int at = 0;
    for (String w : wanted) {
      while (at < in.size() && !in.get(at).equals(w)) {
        at++;
      }
      if (at == in.size()) {
        return false;
      }
      at++;
    }
    return true;
  }
}
