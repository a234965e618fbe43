package dev.leibniz.corpus.finmath;

/*
 * A helper of the real-code corpus (not an entry; see ../README.md).
 * Source: Apache Commons Lang 3.12.0, commons-lang3-3.12.0-sources.jar (Maven Central,
 *   org.apache.commons:commons-lang3:3.12.0), org/apache/commons/lang3/Validate.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: isTrue(boolean, String, Object...) (finmath's NonCentralChiSquaredDistribution calls it with
 * its active parameters boxed as the message's arguments); the rest of the class is omitted.
 * Changes: package; javadoc omitted.
 */
public class Validate {
    public static void isTrue(final boolean expression, final String message, final Object... values) {
        if (!expression) {
            throw new IllegalArgumentException(String.format(message, values));
        }
    }
}
