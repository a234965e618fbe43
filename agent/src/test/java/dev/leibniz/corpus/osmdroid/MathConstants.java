/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: osmdroid/osmdroid (GitHub, commit b491ee4b70dc8bf1e51493fca2c5acc8d02d491a), osmdroid-android/src/main/java/org/osmdroid/views/util/constants/MathConstants.java
 * Licence: Apache-2.0 (the repository's LICENSE, "Apache License Version 2.0, January 2004"; the file itself has no
 * licence header).
 * Copied: the whole file.
 * Changes: package dev.leibniz.corpus.osmdroid (the original's org.osmdroid.views.util.constants).
 */
// Created by plusminus on 17:27:54 - 30.09.2008
package dev.leibniz.corpus.osmdroid;

/**
 * @author Nicolas Gramlich
 */
public interface MathConstants {
    // ===========================================================
    // Final Fields
    // ===========================================================

    double DEG2RAD = Math.PI / 180.0;
    double RAD2DEG = 180.0 / Math.PI;

    double PI = Math.PI;
    double PI_2 = PI / 2.0f;
    double PI_4 = PI / 4.0f;

    // ===========================================================
    // Methods
    // ===========================================================
}
