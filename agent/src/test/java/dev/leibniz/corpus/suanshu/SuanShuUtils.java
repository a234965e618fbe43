/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: aaiyer/SuanShu (GitHub, commit ed9829aed161112e4d5fb5e2a1ab5ae05d99a491),
 * src/main/java/com/numericalmethod/suanshu/misc/SuanShuUtils.java
 * Licence: Apache License 2.0 (suanshu-20120606-apache-2-license.txt in that repository: Copyright 2018/1/30
 * NUMERICAL METHOD INCORPORATION LIMITED; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: assertArgument and assertOrThrow (the whole class but the autoEpsilon overloads).
 * Changes: package (one package for the copied SuanShu classes, imports adjusted); the licence block replaced by this
 * header; the autoEpsilon overloads removed (through DoubleArrayMath and MatrixTable, not copied).
 */
package dev.leibniz.corpus.suanshu;

import dev.leibniz.Differentiable;

import static java.lang.Math.abs;
import static java.lang.Math.sqrt;

/**
 * These are some miscellaneous utility functions that are commonly used throughout the SuanShu library.
 *
 * @author Haksun Li
 */
public class SuanShuUtils {

    private SuanShuUtils() {
        // utility class has no constructor
    }

    /**
     * Check if an argument condition is satisfied.
     * Throw {@code IllegalArgumentException} if not.
     *
     * @param condition    the argument condition to be checked
     * @param errorMessage the error message if the condition is not satisfied (format string can be used with {@code args}, see {@link String#format(java.lang.String, java.lang.Object[]) format})
     * @param args         the arguments for the error message
     */
    public static void assertArgument(boolean condition, String errorMessage, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(
                    String.format(errorMessage, args));
        }
    }

    /**
     * This is a wrapper method that throws a {@code RuntimeException} if it is not null.
     * To use this method efficiently, we need to avoid the slow and expensive creation of an exception object on each checking.
     * For a sample usage,
     * <blockquote><code>
     * assertOrThrow(cond ? null : new RuntimeException("msg"));
     * </code></blockquote>
     * It is important that we use lazy evaluation of the {@code if} statement.
     *
     * @param error the error thrown if the condition is not satisfied
     */
    public static void assertOrThrow(RuntimeException error) {
        if (error != null) {
            throw error;
        }
    }

}
