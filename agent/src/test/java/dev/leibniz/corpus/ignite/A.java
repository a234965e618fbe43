package dev.leibniz.corpus.ignite;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache Ignite (apache/ignite on GitHub, commit 0b0f6df20fee8fa151da10acbba468b1c35a4b3a),
 * modules/ml/src/main/java/(modules/core) org/apache/ignite/internal/util/typedef/internal/A.java (an alias of GridArgumentCheck)
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: ensure(boolean, String).
 * Changes: package; licence header shortened to this header; only ensure kept, with GridArgumentCheck's message prefix inlined.
 */

/**
 * Defines internal {@code typedef} for {@code GridArgumentCheck}.
 */
public class A {
    /**
     * Throws {@link IllegalArgumentException} if passed in expression is {@code false}.
     *
     * @param cond Expression to check.
     * @param desc Description of the condition.
     */
    public static void ensure(boolean cond, String desc) {
        if (!cond)
            throw new IllegalArgumentException("Ouch! Argument is invalid: " + desc);
    }
}
