/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: osmdroid/osmdroid (GitHub, commit b491ee4b70dc8bf1e51493fca2c5acc8d02d491a), osmdroid-android/src/main/java/org/osmdroid/util/PointL.java
 * Licence: Apache-2.0 (the repository's LICENSE, "Apache License Version 2.0, January 2004"; the file itself has no
 * licence header).
 * Copied: the whole file (MyMath.computeCirclePoint writes one).
 * Changes: package dev.leibniz.corpus.osmdroid (the original's org.osmdroid.util).
 */
package dev.leibniz.corpus.osmdroid;

/**
 * A {@link android.graphics.Point} with coordinates in long type instead of int
 *
 * @author Fabrice Fontaine
 * @since 6.0.0
 */

public class PointL {

    public long x;
    public long y;

    public PointL() {
    }

    public PointL(final long pX, final long pY) {
        x = pX;
        y = pY;
    }

    public PointL(final PointL pOther) {
        set(pOther);
    }

    /**
     * @since 6.0.0
     */
    public void set(final PointL pOther) {
        x = pOther.x;
        y = pOther.y;
    }

    /**
     * @since 6.0.0
     */
    public void set(final long pX, final long pY) {
        x = pX;
        y = pY;
    }

    /**
     * @since 6.0.0
     */
    public final void offset(long dx, long dy) {
        x += dx;
        y += dy;
    }

    /**
     * @since 6.0.0
     */
    @Override
    public String toString() {
        return "PointL(" + x + ", " + y + ")";
    }

    /**
     * @since 6.0.0
     */
    @Override
    public boolean equals(Object object) {
        if (this == object) {
            return true;
        }
        if (!(object instanceof PointL)) {
            return false;
        }
        final PointL other = (PointL) object;
        return x == other.x && y == other.y;
    }
}
