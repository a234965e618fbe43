package dev.leibniz.corpus.numbers;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: apache/commons-numbers (GitHub), commit 0c9f1cde2f639d537306e8cbe6d8dd54d0374720,
 *   commons-numbers-gamma/src/main/java/org/apache/commons/numbers/gamma/GammaException.java
 * Licence: Apache License 2.0 (as above).
 * Changes: reduced to what the copied code uses: the OUT_OF_RANGE pattern and the constructor that
 * formats it (the original formats with MessageFormat; String.format here).
 */
class GammaException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** Error message for "out of range" condition. */
    static final String OUT_OF_RANGE = "Number %s is out of range [%s, %s]";

    GammaException(String message, Object... formatArguments) {
        super(String.format(message, formatArguments));
    }
}
