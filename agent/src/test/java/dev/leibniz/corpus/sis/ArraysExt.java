package dev.leibniz.corpus.sis;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache SIS 1.4, sis-utility sources jar (Maven Central; apache/sis on GitHub),
 * org/apache/sis/util/ArraysExt.java and org/apache/sis/util/ArgumentChecks.java
 * Licence: Apache License 2.0 (Licensed to the Apache Software Foundation (ASF) under one or more contributor license
 * agreements; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR
 * CONDITIONS OF ANY KIND.
 * Copied unchanged: EMPTY_DOUBLE, remove(double[], int, int) and doRemove (helpers of PolynomialRoots, nothing
 * annotated here).
 * Changes: package; javadoc omitted; the rest omitted; ArgumentChecks.ensureNonNull and ensurePositive as a nested
 * class whose exceptions carry a plain message (the source formats it from SIS's Errors resources, not copied).
 */

import java.lang.reflect.Array;

public final class ArraysExt {
    public static final double[] EMPTY_DOUBLE = new double[0];

    private static <T> T doRemove(final T array, final int first, final int length) {
        if (length == 0) {
            return array;               // May be null
        }
        ArgumentChecks.ensureNonNull ("array",  array);
        ArgumentChecks.ensurePositive("length", length);
        int arrayLength = Array.getLength(array);
        @SuppressWarnings("unchecked")
        final T newArray = (T) Array.newInstance(array.getClass().getComponentType(), arrayLength -= length);
        System.arraycopy(array, 0,            newArray, 0,                 first);
        System.arraycopy(array, first+length, newArray, first, arrayLength-first);
        return newArray;
    }

    public static double[] remove(final double[] array, final int first, final int length) {
        return (first == 0 && array != null && length == array.length)
                ? EMPTY_DOUBLE : doRemove(array, first, length);
    }

    static final class ArgumentChecks {
        public static void ensureNonNull(final String name, final Object object) {
            if (object == null) {
                throw new NullPointerException("NullArgument: " + name);
            }
        }

        public static void ensurePositive(final String name, final int value) {
            if (value < 0) {
                throw new IllegalArgumentException("NegativeArgument: " + name + " = " + value);
            }
        }
    }
}
