package dev.leibniz.examples.adbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads an ADBench input file as a sequence of whitespace-separated numbers. */
final class Tokens {
  private final Path file;
  private final String[] tokens;
  private int next;

  private Tokens(Path file, String[] tokens) {
    this.file = file;
    this.tokens = tokens;
  }

  static Tokens of(Path file) {
    try {
      String text = Files.readString(file).strip();
      return new Tokens(file, text.isEmpty() ? new String[0] : text.split("\\s+"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  int nextInt() {
    return Integer.parseInt(next());
  }

  double nextDouble() {
    return Double.parseDouble(next());
  }

  double[] nextDoubles(int count) {
    double[] values = new double[count];
    for (int i = 0; i < count; i++) {
      values[i] = nextDouble();
    }
    return values;
  }

  private String next() {
    if (next == tokens.length) {
      throw new IllegalArgumentException(file + ": ends after " + next + " numbers");
    }
    return tokens[next++];
  }
}
