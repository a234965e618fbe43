/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: osmdroid/osmdroid (GitHub, commit b491ee4b70dc8bf1e51493fca2c5acc8d02d491a), osmdroid-android/src/main/java/org/osmdroid/util/TileSystemWebMercator.java
 * Licence: Apache-2.0 (the repository's LICENSE, "Apache License Version 2.0, January 2004"; the file itself has no
 * licence header).
 * Copied: the whole file (the receiver of TileSystem's entries).
 * Changes: package dev.leibniz.corpus.osmdroid (the original's org.osmdroid.util). @Differentiable added to the four
 * conversions (entries of their own, and what TileSystem's wrapping conversions dispatch to; see ThirtyThirdRound) with
 * its import.
 */
package dev.leibniz.corpus.osmdroid;

import dev.leibniz.Differentiable;

/**
 * @author Fabrice Fontaine
 * @since 6.0.2
 */
public class TileSystemWebMercator extends TileSystem {

    public static final double MinLatitude = -85.05112877980658;
    public static final double MaxLatitude = 85.05112877980658;
    public static final double MinLongitude = -180;
    public static final double MaxLongitude = 180;

    @Override
    @Differentiable
    public double getX01FromLongitude(final double pLongitude) {
        return (pLongitude - getMinLongitude()) / (getMaxLongitude() - getMinLongitude());
    }

    @Override
    @Differentiable
    public double getY01FromLatitude(final double pLatitude) {
        final double sinus = Math.sin(pLatitude * Math.PI / 180);
        return 0.5 - Math.log((1 + sinus) / (1 - sinus)) / (4 * Math.PI);
    }

    @Override
    @Differentiable
    public double getLongitudeFromX01(final double pX01) {
        return getMinLongitude() + (getMaxLongitude() - getMinLongitude()) * pX01;
    }

    @Override
    @Differentiable
    public double getLatitudeFromY01(final double pY01) {
        return 90 - 360 * Math.atan(Math.exp((pY01 - 0.5) * 2 * Math.PI)) / Math.PI;
    }

    @Override
    public double getMinLatitude() {
        return MinLatitude;
    }

    @Override
    public double getMaxLatitude() {
        return MaxLatitude;
    }

    @Override
    public double getMinLongitude() {
        return MinLongitude;
    }

    @Override
    public double getMaxLongitude() {
        return MaxLongitude;
    }
}
