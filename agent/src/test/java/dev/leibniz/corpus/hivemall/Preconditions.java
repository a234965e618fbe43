package dev.leibniz.corpus.hivemall;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache Hivemall (apache/incubator-hivemall on GitHub, commit 061fbb3604169d162c55123b95bbad0f016074f0),
 * core/src/main/java/hivemall/utils/lang/Preconditions.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: checkNotNull(T), checkArgument(boolean), checkArgument(boolean, Object) and checkArgument(boolean,
 * String, Object...), the checks the copied MatrixUtils, StatsUtils, MovingAverage and SDAR1D call.
 * Changes: package; licence header shortened to this header; javax.annotation's @Nonnull/@Nullable dropped; StringUtils
 * from this package (StringUtils.java here); the class's other checks (reflective exception construction) omitted.
 */
public final class Preconditions {

    private Preconditions() {}

    public static <T> T checkNotNull(T reference) {
        if (reference == null) {
            throw new NullPointerException();
        }
        return reference;
    }

    public static void checkArgument(boolean expression) {
        if (!expression) {
            throw new IllegalArgumentException();
        }
    }

    public static void checkArgument(boolean expression, Object errorMessage) {
        if (!expression) {
            throw new IllegalArgumentException(String.valueOf(errorMessage));
        }
    }

    public static void checkArgument(boolean expression, String errorMessageTemplate,
            Object... errorMessageArgs) {
        if (!expression) {
            throw new IllegalArgumentException(StringUtils.format(errorMessageTemplate,
                errorMessageArgs));
        }
    }

}
