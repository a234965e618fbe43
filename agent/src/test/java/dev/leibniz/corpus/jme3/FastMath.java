package dev.leibniz.corpus.jme3;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: jMonkeyEngine 3.6.1-stable, jme3-core sources jar (Maven Central; jMonkeyEngine/jmonkeyengine on GitHub),
 * com/jme3/math/FastMath.java
 * Licence: BSD 3-Clause (Copyright (c) 2009-2022 jMonkeyEngine. All rights reserved. Redistribution and use in source
 * and binary forms, with or without modification, are permitted provided that: redistributions of source code retain
 * the above copyright notice, this list of conditions and the following disclaimer; redistributions in binary form
 * reproduce them in the documentation; neither the name of jMonkeyEngine nor the names of its contributors may be
 * used to endorse or promote products derived from this software without specific prior written permission. THIS
 * SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES ARE
 * DISCLAIMED.)
 * Copied unchanged: FLT_EPSILON, PI, HALF_PI, asin(float), atan(float), cos(float), sin(float), invSqrt(float),
 * sqrt(float).
 * Changes: package; javadoc omitted; the rest of FastMath omitted. Shared by the jme3 entries (not an entry).
 */
public final class FastMath {
    private FastMath() {
    }

    public static final float FLT_EPSILON = 1.1920928955078125E-7f;
    public static final float PI = (float) Math.PI;
    public static final float HALF_PI = 0.5f * PI;

    public static float asin(float fValue) {
        if (-1.0f < fValue) {
            if (fValue < 1.0f) {
                return (float) Math.asin(fValue);
            }

            return HALF_PI;
        }

        return -HALF_PI;
    }

    public static float atan(float fValue) {
        return (float) Math.atan(fValue);
    }

    public static float cos(float v) {
        return (float) Math.cos(v);
    }

    public static float sin(float v) {
        return (float) Math.sin(v);
    }

    public static float invSqrt(float fValue) {
        return (float) (1.0f / Math.sqrt(fValue));
    }

    public static float sqrt(float fValue) {
        return (float) Math.sqrt(fValue);
    }
}
