package dev.leibniz.corpus.androidx;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Android Jetpack (androidx/androidx on GitHub, commit 0c64fc1a1d06f28075f42e40cca50934be1bb8d5),
 * core/core/src/main/java/androidx/core/content/res/CamUtils.java
 * Licence: Apache License 2.0 ("Copyright 2021 The Android Open Source Project ... Licensed under the Apache License,
 * Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the matrices and the D65 white point, lerp, lStarFromY, yFromLStar (entries: all three).
 * Changes: package; licence header shortened to this header; the methods on ARGB ints (intFromLStar, lStarFromInt,
 * yFromInt, xyzFromInt, linearized: they call android.graphics.Color and ColorUtils.XYZToColor) left out with their
 * imports; @Differentiable added to the entries.
 */

import dev.leibniz.Differentiable;

/**
 * Collection of methods for transforming between color spaces.
 *
 * <p>Methods are named $xFrom$Y. For example, lstarFromInt() returns L* from an ARGB integer.
 */
final class CamUtils {
    private CamUtils() {
    }

    // Transforms XYZ color space coordinates to 'cone'/'RGB' responses in CAM16.
    static final float[][] XYZ_TO_CAM16RGB = {
            {0.401288f, 0.650173f, -0.051461f},
            {-0.250268f, 1.204414f, 0.045854f},
            {-0.002079f, 0.048952f, 0.953127f}
    };

    // Transforms 'cone'/'RGB' responses in CAM16 to XYZ color space coordinates.
    static final float[][] CAM16RGB_TO_XYZ = {
            {1.8620678f, -1.0112547f, 0.14918678f},
            {0.38752654f, 0.62144744f, -0.00897398f},
            {-0.01584150f, -0.03412294f, 1.0499644f}
    };

    // sRGB specification has D65 whitepoint - Stokes, Anderson, Chandrasekar, Motta - A Standard
    // Default Color Space for the Internet: sRGB, 1996
    static final float[] WHITE_POINT_D65 = {95.047f, 100.0f, 108.883f};

    // This is a more precise sRGB to XYZ transformation matrix than traditionally
    // used. It was derived using Schlomer's technique of transforming the xyY
    // primaries to XYZ, then applying a correction to ensure mapping from sRGB
    // 1, 1, 1 to the reference white point, D65.
    static final float[][] SRGB_TO_XYZ = {
            {0.41233894f, 0.35762063f, 0.18051042f},
            {0.2126f, 0.7152f, 0.0722f},
            {0.01932141f, 0.11916382f, 0.9503448f}
    };

    @Differentiable
    static float lerp(float start, float stop, float amount) {
        return start + (stop - start) * amount;
    }

    @Differentiable
    static float lStarFromY(float y) {
        y = y / 100.0f;
        final float e = 216.f / 24389.f;
        float yIntermediate;
        if (y <= e) {
            return ((24389.f / 27.f) * y);
        } else {
            yIntermediate = (float) Math.cbrt(y);
        }
        return 116.f * yIntermediate - 16.f;
    }

    @Differentiable
    static float yFromLStar(float lstar) {
        float ke = 8.0f;
        if (lstar > ke) {
            return (float) Math.pow(((lstar + 16.0) / 116.0), 3) * 100f;
        } else {
            return lstar / (24389f / 27f) * 100f;
        }
    }
}
