package dev.leibniz.corpus.joml;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: JOML 1.10.8, joml sources jar (Maven Central; JOML-CI/JOML on GitHub),
 * org/joml/Options.java
 * Licence: MIT (Copyright (c) 2015-2024 JOML. Permission is hereby granted, free of charge, to any person obtaining a
 * copy of this software, to deal in the Software without restriction, provided that the copyright notice and this
 * permission notice are included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED
 * "AS IS", WITHOUT WARRANTY OF ANY KIND.)
 * Copied unchanged: FASTMATH, USE_MATH_FMA and hasOption(String) (read by Math and Runtime).
 * Changes: package; javadoc omitted; the rest omitted.
 */

public final class Options {
    public static final boolean FASTMATH = hasOption(System.getProperty("joml.fastmath", "false"));

    public static final boolean USE_MATH_FMA = hasOption(System.getProperty("joml.useMathFma", "false"));

    private Options() {
    }

    private static boolean hasOption(String v) {
        if (v == null)
            return false;
        if (v.trim().length() == 0)
            return true;
        return Boolean.valueOf(v).booleanValue();
    }
}
