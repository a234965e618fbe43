package dev.leibniz.corpus.joml;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: JOML 1.10.8, joml sources jar (Maven Central; JOML-CI/JOML on GitHub),
 * org/joml/Math.java
 * Licence: MIT (Copyright (c) 2015-2024 JOML. Permission is hereby granted, free of charge, to any person obtaining a
 * copy of this software, to deal in the Software without restriction, provided that the copyright notice and this
 * permission notice are included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED
 * "AS IS", WITHOUT WARRANTY OF ANY KIND.)
 * Copied unchanged: sqrt(double), acos(double), fma(double, double, double) (JOML's own Math, which the vector classes
 * call instead of java.lang.Math; nothing annotated here).
 * Changes: package; the rest omitted.
 */

public class Math {
    public static double sqrt(double r) {
        return java.lang.Math.sqrt(r);
    }

    public static double acos(double r) {
        return java.lang.Math.acos(r);
    }

    public static double fma(double a, double b, double c) {
        if (Runtime.HAS_Math_fma)
            return java.lang.Math.fma(a, b, c);
        return a * b + c;
    }
}
