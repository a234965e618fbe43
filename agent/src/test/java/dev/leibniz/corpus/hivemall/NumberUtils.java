package dev.leibniz.corpus.hivemall;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache Hivemall (apache/incubator-hivemall on GitHub, commit a01ed9621b1c81dddfa44ea2ec7580911ff88d45),
 * core/src/main/java/hivemall/utils/lang/NumberUtils.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: isFinite(double) and isFinite(float), which MovingAverage calls.
 * Changes: package; licence header shortened to this header; the class's parsing and formatting methods omitted.
 */
public final class NumberUtils {

    private NumberUtils() {}

    public static boolean isFinite(final double v) {
        return (v > Double.NEGATIVE_INFINITY) & (v < Double.POSITIVE_INFINITY);
    }

    public static boolean isFinite(final float v) {
        return (v > Float.NEGATIVE_INFINITY) & (v < Float.POSITIVE_INFINITY);
    }

}
