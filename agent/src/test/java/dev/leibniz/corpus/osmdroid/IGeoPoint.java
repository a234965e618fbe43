/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: osmdroid/osmdroid (GitHub, commit b491ee4b70dc8bf1e51493fca2c5acc8d02d491a), osmdroid-android/src/main/java/org/osmdroid/api/IGeoPoint.java
 * Licence: Apache-2.0 (the repository's LICENSE, "Apache License Version 2.0, January 2004"; the file itself has no
 * licence header).
 * Copied: the whole file.
 * Changes: package dev.leibniz.corpus.osmdroid (the original's org.osmdroid.api).
 */
package dev.leibniz.corpus.osmdroid;

/**
 * An interface that resembles the Google Maps API GeoPoint class.
 */
public interface IGeoPoint {
    @Deprecated
    int getLatitudeE6();

    @Deprecated
    int getLongitudeE6();

    double getLatitude();

    double getLongitude();
}
