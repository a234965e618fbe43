package dev.leibniz.corpus.jme3;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: jMonkeyEngine 3.6.1-stable, jme3-core sources jar (Maven Central; jMonkeyEngine/jmonkeyengine on GitHub),
 * com/jme3/math/Quaternion.java
 * Licence: BSD 3-Clause (Copyright (c) 2009-2022 jMonkeyEngine. All rights reserved. Redistribution and use in source
 * and binary forms, with or without modification, are permitted provided that: redistributions of source code retain
 * the above copyright notice, this list of conditions and the following disclaimer; redistributions in binary form
 * reproduce them in the documentation; neither the name of jMonkeyEngine nor the names of its contributors may be
 * used to endorse or promote products derived from this software without specific prior written permission. THIS
 * SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES ARE
 * DISCLAIMED.)
 * Copied unchanged: the fields x, y, z, w, the constructor (float, float, float, float), fromAngles(float, float,
 * float) (entry), normalizeLocal(), norm(); they call FastMath's sin, cos and invSqrt (copied in FastMath).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; implements nothing
 * (Savable, Cloneable, Serializable dropped); the rest of Quaternion omitted.
 */

import dev.leibniz.Differentiable;

public final class QuaternionFromAngles {
    protected float x;
    protected float y;
    protected float z;
    protected float w;

    public QuaternionFromAngles(float x, float y, float z, float w) {
        this.x = x;
        this.y = y;
        this.z = z;
        this.w = w;
    }

    @Differentiable
    public QuaternionFromAngles fromAngles(float xAngle, float yAngle, float zAngle) {
        float angle;
        float sinY, sinZ, sinX, cosY, cosZ, cosX;
        angle = zAngle * 0.5f;
        sinZ = FastMath.sin(angle);
        cosZ = FastMath.cos(angle);
        angle = yAngle * 0.5f;
        sinY = FastMath.sin(angle);
        cosY = FastMath.cos(angle);
        angle = xAngle * 0.5f;
        sinX = FastMath.sin(angle);
        cosX = FastMath.cos(angle);

        // variables used to reduce multiplication calls.
        float cosYXcosZ = cosY * cosZ;
        float sinYXsinZ = sinY * sinZ;
        float cosYXsinZ = cosY * sinZ;
        float sinYXcosZ = sinY * cosZ;

        w = (cosYXcosZ * cosX - sinYXsinZ * sinX);
        x = (cosYXcosZ * sinX + sinYXsinZ * cosX);
        y = (sinYXcosZ * cosX + cosYXsinZ * sinX);
        z = (cosYXsinZ * cosX - sinYXcosZ * sinX);

        normalizeLocal();
        return this;
    }

    public float norm() {
        return w * w + x * x + y * y + z * z;
    }

    public QuaternionFromAngles normalizeLocal() {
        float n = FastMath.invSqrt(norm());
        x *= n;
        y *= n;
        z *= n;
        w *= n;
        return this;
    }
}
