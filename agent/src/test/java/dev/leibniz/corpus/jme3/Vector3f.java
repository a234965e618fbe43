package dev.leibniz.corpus.jme3;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: jMonkeyEngine 3.6.1-stable, jme3-core sources jar (Maven Central; jMonkeyEngine/jmonkeyengine on GitHub),
 * com/jme3/math/Vector3f.java
 * Licence: BSD 3-Clause (Copyright (c) 2009-2022 jMonkeyEngine. All rights reserved. Redistribution and use in source
 * and binary forms, with or without modification, are permitted provided that: redistributions of source code retain
 * the above copyright notice, this list of conditions and the following disclaimer; redistributions in binary form
 * reproduce them in the documentation; neither the name of jMonkeyEngine nor the names of its contributors may be
 * used to endorse or promote products derived from this software without specific prior written permission. THIS
 * SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES ARE
 * DISCLAIMED.)
 * Copied unchanged: the fields x, y, z and the constructors () and (float, float, float).
 * Changes: package; javadoc omitted; implements nothing (Savable, Cloneable, Serializable dropped); the rest of
 * Vector3f omitted. Not an entry.
 */
public final class Vector3f {
    public float x;
    public float y;
    public float z;

    public Vector3f() {
        x = y = z = 0;
    }

    public Vector3f(float x, float y, float z) {
        this.x = x;
        this.y = y;
        this.z = z;
    }
}
