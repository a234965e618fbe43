/*
 * Real-code corpus entry (test code only, see ../../README.md).
 * Source: fpsunflower/sunflow (GitHub, Sunflow 0.07.x, commit 15fa9c6cc6729934181bb877e67f1d1c13679f89),
 * src/org/sunflow/image/XYZColor.java
 * Licence: MIT ("Copyright (c) 2003-2007 Christopher Kulla. Permission is hereby granted, free of charge, to any person
 * obtaining a copy of this software ... The above copyright notice and this permission notice shall be included in all
 * copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND ...").
 * Copied: the whole class (no entry: used by the entries of this package).
 * Changes: package (and the imports of the other copied classes).
 */
package dev.leibniz.corpus.sunflow.image;

public final class XYZColor {
    private float X, Y, Z;

    public XYZColor() {
    }

    public XYZColor(float X, float Y, float Z) {
        this.X = X;
        this.Y = Y;
        this.Z = Z;
    }

    public final float getX() {
        return X;
    }

    public final float getY() {
        return Y;
    }

    public final float getZ() {
        return Z;
    }

    public final XYZColor mul(float s) {
        X *= s;
        Y *= s;
        Z *= s;
        return this;
    }

    public final void normalize() {
        float XYZ = X + Y + Z;
        if (XYZ < 1e-6f)
            return;
        float s = 1 / XYZ;
        X *= s;
        Y *= s;
        Z *= s;
    }

    @Override
    public final String toString() {
        return String.format("(%.3f, %.3f, %.3f)", X, Y, Z);
    }
}