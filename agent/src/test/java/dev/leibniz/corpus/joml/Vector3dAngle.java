package dev.leibniz.corpus.joml;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: JOML 1.10.8, joml sources jar (Maven Central; JOML-CI/JOML on GitHub),
 * org/joml/Vector3d.java
 * Licence: MIT (Copyright (c) 2015-2024 JOML. Permission is hereby granted, free of charge, to any person obtaining a
 * copy of this software, to deal in the Software without restriction, provided that the copyright notice and this
 * permission notice are included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED
 * "AS IS", WITHOUT WARRANTY OF ANY KIND.)
 * Copied unchanged: the fields x, y, z, the (x, y, z) constructor, x(), y(), z(), angleCos(Vector3dc) and angle(Vector3dc) (entry).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; implements only
 * Vector3dc (reduced); the rest of Vector3d omitted.
 */

import dev.leibniz.Differentiable;

public class Vector3dAngle implements Vector3dc {
    public double x;
    public double y;
    public double z;

    public Vector3dAngle(double x, double y, double z) {
        this.x = x;
        this.y = y;
        this.z = z;
    }

    public double x() {
        return this.x;
    }

    public double y() {
        return this.y;
    }

    public double z() {
        return this.z;
    }

    public double angleCos(Vector3dc v) {
        double length1Squared = Math.fma(x, x, Math.fma(y, y, z * z));
        double length2Squared = Math.fma(v.x(), v.x(), Math.fma(v.y(), v.y(), v.z() * v.z()));
        double dot = Math.fma(x, v.x(), Math.fma(y, v.y(), z * v.z()));
        return dot / Math.sqrt(length1Squared * length2Squared);
    }

    @Differentiable
    public double angle(Vector3dc v) {
        double cos = angleCos(v);
        // This is because sometimes cos goes above 1 or below -1 because of lost precision
        cos = cos < 1 ? cos : 1;
        cos = cos > -1 ? cos : -1;
        return Math.acos(cos);
    }
}
