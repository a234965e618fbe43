package dev.leibniz.corpus.oryx;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Stands for Guava's com.google.common.base.Preconditions (google/guava, Apache License 2.0), which Oryx calls and
 * which is not on the test class path: checkArgument(boolean) as Guava defines it (throws IllegalArgumentException).
 * Changes: written from Guava's definition; package; the class's other checks omitted.
 */
public final class Preconditions {
  private Preconditions() {}

  public static void checkArgument(boolean expression) {
    if (!expression) {
      throw new IllegalArgumentException();
    }
  }
}
