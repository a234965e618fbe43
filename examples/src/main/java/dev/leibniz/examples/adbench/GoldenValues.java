package dev.leibniz.examples.adbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The expected values of an ADBench golden file ({@code data/adbench/golden/*.txt}): every line
 * that is not a {@code #} comment holds one number; they are returned in file order.
 */
public final class GoldenValues {
  private GoldenValues() {}

  /** ADBench's tolerance measure: {@code |x - y| / max(1, |x| + |y|)}. */
  public static double relativeError(double x, double y) {
    return Math.abs(x - y) / Math.max(1.0, Math.abs(x) + Math.abs(y));
  }

  /** The largest {@link #relativeError} between corresponding entries; lengths must agree. */
  public static double maxRelativeError(double[] expected, double[] actual) {
    if (expected.length != actual.length) {
      throw new IllegalArgumentException(
          "expected " + expected.length + " values, got " + actual.length);
    }
    double worst = 0;
    for (int i = 0; i < expected.length; i++) {
      double e = relativeError(expected[i], actual[i]);
      worst = e > worst || Double.isNaN(e) ? e : worst;
    }
    return worst;
  }

  /** All numbers of {@code file}, in order. */
  public static double[] read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<Double> values = new ArrayList<>();
    for (String line : lines) {
      String s = line.strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        values.add(Double.parseDouble(s));
      }
    }
    double[] result = new double[values.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = values.get(i);
    }
    return result;
  }
}
