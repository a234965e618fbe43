package dev.leibniz.benchmarks;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds the repository root, the agent jar and the ADBench data directory, so that the benchmarks
 * run the same from the repository root, from {@code benchmarks/}, from an IDE or from a fork.
 *
 * <p>System properties win: {@code leibniz.root}, {@code leibniz.agent} (default {@code
 * agent/target/leibniz-agent.jar} under the root) and {@code leibniz.data} (else the environment
 * variable {@code LEIBNIZ_DATA}, else {@code data/adbench} under the root). Without {@code leibniz.root}, the root is the
 * nearest directory above the working directory, or above this class's jar, that holds both {@code
 * agent/} and {@code benchmarks/}.
 */
public final class Locations {
  private Locations() {}

  /** The repository root (the directory of the parent pom.xml). */
  public static Path root() {
    String property = System.getProperty("leibniz.root");
    if (property != null) {
      return Paths.get(property).toAbsolutePath().normalize();
    }
    Path fromWorkingDirectory = searchUp(Paths.get("").toAbsolutePath());
    if (fromWorkingDirectory != null) {
      return fromWorkingDirectory;
    }
    Path fromCode = searchUp(codeLocation());
    if (fromCode != null) {
      return fromCode;
    }
    throw new IllegalStateException(
        "cannot find the Leibniz repository root above "
            + Paths.get("").toAbsolutePath()
            + "; set -Dleibniz.root=...");
  }

  /** The agent jar: {@code leibniz.agent}, else {@code agent/target/leibniz-agent.jar}. */
  public static Path agentJar() {
    String property = System.getProperty("leibniz.agent");
    if (property != null) {
      return Paths.get(property).toAbsolutePath().normalize();
    }
    return root().resolve("agent/target/leibniz-agent.jar");
  }

  /** The ADBench data: {@code leibniz.data}, else {@code LEIBNIZ_DATA}, else {@code data/adbench}. */
  public static Path dataDir() {
    String property = System.getProperty("leibniz.data");
    if (property == null) {
      property = System.getenv("LEIBNIZ_DATA");
    }
    if (property != null) {
      return Paths.get(property).toAbsolutePath().normalize();
    }
    return root().resolve("data/adbench").normalize();
  }

  /** A file under the data directory, checked to exist so that a bad path fails with its name. */
  public static Path dataFile(String relative) {
    Path file = dataDir().resolve(relative);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("missing ADBench data file "
              + file
              + " (the repository's data/adbench, or the directory named by -Dleibniz.data or"
              + " LEIBNIZ_DATA)");
    }
    return file;
  }

  private static Path searchUp(Path start) {
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("pom.xml"))
          && Files.isDirectory(dir.resolve("agent"))
          && Files.isDirectory(dir.resolve("benchmarks"))) {
        return dir;
      }
    }
    return null;
  }

  private static Path codeLocation() {
    try {
      return Paths.get(Locations.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }
}
