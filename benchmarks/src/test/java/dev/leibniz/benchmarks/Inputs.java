package dev.leibniz.benchmarks;

import dev.leibniz.examples.adbench.BaInput;
import dev.leibniz.examples.adbench.GmmInput;
import dev.leibniz.examples.adbench.GoldenValues;
import dev.leibniz.examples.adbench.LstmInput;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ADBench inputs and golden files the tests use, and ADBench's comparison. */
final class Inputs {
  /** ADBench's tolerance for {@link GoldenValues#relativeError}. */
  static final double ADBENCH_TOLERANCE = 1e-8;

  private Inputs() {}

  static GmmInput gmm(String relative) {
    return GmmInput.read(Locations.dataFile(relative));
  }

  static BaInput ba(String relative) {
    return BaInput.read(Locations.dataFile(relative));
  }

  static LstmInput lstm(String relative) {
    return LstmInput.read(Locations.dataFile(relative));
  }

  static double[] golden(String name) {
    return GoldenValues.read(Locations.dataFile("golden/" + name));
  }

  static double[] concat(double[]... parts) {
    int length = 0;
    for (double[] part : parts) {
      length += part.length;
    }
    double[] all = new double[length];
    int at = 0;
    for (double[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }

  /** Fails, naming the worst entry, unless every pair is within {@code tolerance} (ADBench's measure). */
  static void assertClose(double[] expected, double[] actual, double tolerance, String what) {
    double worst = GoldenValues.maxRelativeError(expected, actual);
    int at = 0;
    for (int i = 0; i < expected.length; i++) {
      if (GoldenValues.relativeError(expected[i], actual[i]) == worst) {
        at = i;
      }
    }
    assertTrue(worst < tolerance, what + ": worst relative error " + worst + " at " + at
        + " (expected " + expected[at] + ", got " + actual[at] + ")");
  }

  static void assertClose(double expected, double actual, double tolerance, String what) {
    assertClose(new double[] {expected}, new double[] {actual}, tolerance, what);
  }
}
