package dev.leibniz.corpus.joml;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: JOML 1.10.8, joml sources jar (Maven Central; JOML-CI/JOML on GitHub),
 * org/joml/Runtime.java
 * Licence: MIT (Copyright (c) 2015-2024 JOML. Permission is hereby granted, free of charge, to any person obtaining a
 * copy of this software, to deal in the Software without restriction, provided that the copyright notice and this
 * permission notice are included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED
 * "AS IS", WITHOUT WARRANTY OF ANY KIND.)
 * Copied unchanged: HAS_Math_fma and hasMathFma() (a reflective look-up run once in <clinit>).
 * Changes: package; javadoc omitted; the rest omitted.
 */

public final class Runtime {
    public static final boolean HAS_Math_fma = Options.USE_MATH_FMA && hasMathFma();

    private static boolean hasMathFma() {
        try {
            java.lang.Math.class.getDeclaredMethod("fma", new Class[] { float.class, float.class, float.class });
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private Runtime() {
    }
}
