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
 * Copied unchanged: interpolateCatmullRom(float u, float T, float p0, float p1, float p2, float p3) (entry).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public final class FastMathCatmullRom {
    @Differentiable
    public static float interpolateCatmullRom(float u, float T, float p0, float p1, float p2, float p3) {
        float c1, c2, c3, c4;
        c1 = p1;
        c2 = -1.0f * T * p0 + T * p2;
        c3 = 2 * T * p0 + (T - 3) * p1 + (3 - 2 * T) * p2 + -T * p3;
        c4 = -T * p0 + (2 - T) * p1 + (T - 2) * p2 + T * p3;

        return ((c4 * u + c3) * u + c2) * u + c1;
    }
}
