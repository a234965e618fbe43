/*
 * Real-code corpus entry (test code only, see ../../README.md).
 * Source: fpsunflower/sunflow (GitHub, Sunflow 0.07.x, commit 15fa9c6cc6729934181bb877e67f1d1c13679f89),
 * src/org/sunflow/math/Point2.java
 * Licence: MIT ("Copyright (c) 2003-2007 Christopher Kulla. Permission is hereby granted, free of charge, to any person
 * obtaining a copy of this software ... The above copyright notice and this permission notice shall be included in all
 * copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND ...").
 * Copied: the whole class (no entry: used by the entries of this package).
 * Changes: package (and the imports of the other copied classes).
 */
package dev.leibniz.corpus.sunflow.math;

public final class Point2 {
    public float x, y;

    public Point2() {
    }

    public Point2(float x, float y) {
        this.x = x;
        this.y = y;
    }

    public Point2(Point2 p) {
        x = p.x;
        y = p.y;
    }

    public final Point2 set(float x, float y) {
        this.x = x;
        this.y = y;
        return this;
    }

    public final Point2 set(Point2 p) {
        x = p.x;
        y = p.y;
        return this;
    }

    @Override
    public final String toString() {
        return String.format("(%.2f, %.2f)", x, y);
    }
}