package dev.leibniz.fuzz;

import java.util.Map;

/** ASM's data-flow verifier over a transformed class, for tests outside this package. */
public final class Verification {
  private Verification() {}

  /** Null when every method of {@code classFile} verifies; else the verifier's report. */
  public static String verify(byte[] classFile, Map<String, byte[]> context) {
    return FuzzRun.verify(classFile, context);
  }
}
