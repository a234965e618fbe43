/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: osmdroid/osmdroid (GitHub, commit b491ee4b70dc8bf1e51493fca2c5acc8d02d491a), osmdroid-android/src/main/java/org/osmdroid/util/constants/GeoConstants.java
 * Licence: Apache-2.0 (the repository's LICENSE, "Apache License Version 2.0, January 2004"; the file itself has no
 * licence header).
 * Copied: the file without its enum UnitOfMeasure (which names Android string resources, org.osmdroid.library.R).
 * Changes: package dev.leibniz.corpus.osmdroid (the original's org.osmdroid.util.constants); the import of org.osmdroid.library.R and the enum dropped.
 */
// Created by plusminus on 17:41:55 - 16.10.2008
package dev.leibniz.corpus.osmdroid;

public interface GeoConstants {
    // ===========================================================
    // Final Fields
    // ===========================================================

    int RADIUS_EARTH_METERS = 6378137; // http://en.wikipedia.org/wiki/Earth_radius#Equatorial_radius
    double METERS_PER_STATUTE_MILE = 1609.344; // http://en.wikipedia.org/wiki/Mile
    double METERS_PER_NAUTICAL_MILE = 1852; // http://en.wikipedia.org/wiki/Nautical_mile
    double FEET_PER_METER = 3.2808399; // http://en.wikipedia.org/wiki/Feet_%28unit_of_length%29
    @Deprecated
    int EQUATORCIRCUMFENCE = (int) (2 * Math.PI * RADIUS_EARTH_METERS);

    // ===========================================================
    // Methods
    // ===========================================================
}
