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
 * Copied unchanged: interpolateBezier(float u, float p0, float p1, float p2, float p3) (entry).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public final class FastMathBezier {
    @Differentiable
    public static float interpolateBezier(float u, float p0, float p1, float p2, float p3) {
        float oneMinusU = 1.0f - u;
        float oneMinusU2 = oneMinusU * oneMinusU;
        float u2 = u * u;
        return p0 * oneMinusU2 * oneMinusU
                + 3.0f * p1 * u * oneMinusU2
                + 3.0f * p2 * u2 * oneMinusU
                + p3 * u2 * u;
    }
}
