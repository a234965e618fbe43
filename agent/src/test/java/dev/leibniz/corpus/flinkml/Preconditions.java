package dev.leibniz.corpus.flinkml;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache Flink, flink-core/src/main/java/org/apache/flink/util/Preconditions.java (the checks Flink ML calls).
 * Licence: Apache License 2.0.
 * Copied: checkArgument(boolean), checkArgument(boolean, Object) and checkArgument(boolean, String, Object...) as
 * Flink has them (throw IllegalArgumentException, the message formatted only on failure).
 * Changes: package; written from Flink's definitions (the Flink repository is not in this round's sources): the
 * varargs form formats with String.format instead of Flink's own %s-only formatter; the class's other checks omitted.
 */
public final class Preconditions {
    private Preconditions() {}

    public static void checkArgument(boolean condition) {
        if (!condition) {
            throw new IllegalArgumentException();
        }
    }

    public static void checkArgument(boolean condition, Object errorMessage) {
        if (!condition) {
            throw new IllegalArgumentException(String.valueOf(errorMessage));
        }
    }

    public static void checkArgument(
            boolean condition, String errorMessageTemplate, Object... errorMessageArgs) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(errorMessageTemplate, errorMessageArgs));
        }
    }
}
