package dev.leibniz.examples.adbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the ADBench data directory ({@code data/adbench}: inputs and {@code golden/}): the system
 * property {@code leibniz.data}, else the environment variable {@code LEIBNIZ_DATA}, else the
 * repository's own {@code data/adbench} seen from the working directory (the repository root or one
 * of its modules).
 */
public final class AdbenchData {
  /** The system property that names the directory. */
  public static final String PROPERTY = "leibniz.data";

  private AdbenchData() {}

  /** The directory, when one of the candidates exists. */
  public static Optional<Path> find() {
    String[] candidates = {
      System.getProperty(PROPERTY),
      System.getenv("LEIBNIZ_DATA"),
      "data/adbench",
      "../data/adbench"
    };
    for (String candidate : candidates) {
      if (candidate != null && Files.isDirectory(Path.of(candidate, "golden"))) {
        return Optional.of(Path.of(candidate));
      }
    }
    return Optional.empty();
  }

  /** The directory, or an exception that says where it was looked for. */
  public static Path require() {
    return find()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "ADBench data not found in data/adbench of the working directory or its"
                        + " parent: run from the repository root, or set -D"
                        + PROPERTY
                        + "=<dir> or LEIBNIZ_DATA to the repository's data/adbench directory"));
  }
}
