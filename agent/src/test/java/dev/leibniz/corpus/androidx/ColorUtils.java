package dev.leibniz.corpus.androidx;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Android Jetpack (androidx/androidx on GitHub, commit 13d5e2efb6ca3077b4bd3f6040c5a15b504397d3),
 * core/core/src/main/java/androidx/core/graphics/ColorUtils.java
 * Licence: Apache License 2.0 ("Copyright 2015 The Android Open Source Project ... Licensed under the Apache License,
 * Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the XYZ constants, XYZToLAB, LABToXYZ, distanceEuclidean, constrain(float, float, float),
 * pivotXyzComponent, blendHSL, blendLAB, circularInterpolate (entries: XYZToLAB, LABToXYZ, distanceEuclidean, blendHSL,
 * blendLAB, circularInterpolate).
 * Changes: package; licence header shortened to this header; the methods on ARGB ints (they call android.graphics.Color),
 * the API 26 Color compositing, the M3HCT conversions (CamColor) and the thread-local scratch array left out with their
 * imports; the androidx.annotation annotations (@NonNull, @FloatRange, @SuppressWarnings kept) removed, as they are not
 * on the test class path; @Differentiable added to the entries.
 */

import dev.leibniz.Differentiable;

/**
 * A set of color-related utility methods, building upon those available in {@code Color}.
 */
public final class ColorUtils {

    private static final double XYZ_WHITE_REFERENCE_X = 95.047;
    private static final double XYZ_WHITE_REFERENCE_Y = 100;
    private static final double XYZ_WHITE_REFERENCE_Z = 108.883;
    private static final double XYZ_EPSILON = 0.008856;
    private static final double XYZ_KAPPA = 903.3;

    private ColorUtils() {}

    /**
     * Converts a color from CIE XYZ to CIE Lab representation.
     *
     * <p>This method expects the XYZ representation to use the D65 illuminant and the CIE
     * 2° Standard Observer (1931).</p>
     *
     * @param x X component value [0, 95.047)
     * @param y Y component value [0, 100)
     * @param z Z component value [0, 108.883)
     * @param outLab 3-element array which holds the resulting Lab components
     */
    @Differentiable
    public static void XYZToLAB(double x,
            double y,
            double z,
            double[] outLab) {
        if (outLab.length != 3) {
            throw new IllegalArgumentException("outLab must have a length of 3.");
        }
        x = pivotXyzComponent(x / XYZ_WHITE_REFERENCE_X);
        y = pivotXyzComponent(y / XYZ_WHITE_REFERENCE_Y);
        z = pivotXyzComponent(z / XYZ_WHITE_REFERENCE_Z);
        outLab[0] = Math.max(0, 116 * y - 16);
        outLab[1] = 500 * (x - y);
        outLab[2] = 200 * (y - z);
    }

    /**
     * Converts a color from CIE Lab to CIE XYZ representation.
     *
     * <p>The resulting XYZ representation will use the D65 illuminant and the CIE
     * 2° Standard Observer (1931).</p>
     *
     * @param l L component value [0, 100]
     * @param a A component value [-128, 127)
     * @param b B component value [-128, 127)
     * @param outXyz 3-element array which holds the resulting XYZ components
     */
    @Differentiable
    public static void LABToXYZ(final double l,
            final double a,
            final double b,
            double[] outXyz) {
        final double fy = (l + 16) / 116;
        final double fx = a / 500 + fy;
        final double fz = fy - b / 200;

        double tmp = Math.pow(fx, 3);
        final double xr = tmp > XYZ_EPSILON ? tmp : (116 * fx - 16) / XYZ_KAPPA;
        final double yr = l > XYZ_KAPPA * XYZ_EPSILON ? Math.pow(fy, 3) : l / XYZ_KAPPA;

        tmp = Math.pow(fz, 3);
        final double zr = tmp > XYZ_EPSILON ? tmp : (116 * fz - 16) / XYZ_KAPPA;

        outXyz[0] = xr * XYZ_WHITE_REFERENCE_X;
        outXyz[1] = yr * XYZ_WHITE_REFERENCE_Y;
        outXyz[2] = zr * XYZ_WHITE_REFERENCE_Z;
    }

    /**
     * Returns the euclidean distance between two LAB colors.
     */
    @SuppressWarnings("unused")
    @Differentiable
    public static double distanceEuclidean(double[] labX, double[] labY) {
        return Math.sqrt(Math.pow(labX[0] - labY[0], 2)
                + Math.pow(labX[1] - labY[1], 2)
                + Math.pow(labX[2] - labY[2], 2));
    }

    @SuppressWarnings("SameParameterValue")
    private static float constrain(float amount, float low, float high) {
        return amount < low ? low : Math.min(amount, high);
    }

    private static double pivotXyzComponent(double component) {
        return component > XYZ_EPSILON
                ? Math.pow(component, 1 / 3.0)
                : (XYZ_KAPPA * component + 16) / 116;
    }

    /**
     * Blend between {@code hsl1} and {@code hsl2} using the given ratio. This will interpolate
     * the hue using the shortest angle.
     *
     * <p>A blend ratio of 0.0 will result in {@code hsl1}, 0.5 will give an even blend,
     * 1.0 will result in {@code hsl2}.</p>
     *
     * @param hsl1 3-element array which holds the first HSL color
     * @param hsl2 3-element array which holds the second HSL color
     * @param ratio the blend ratio of {@code hsl1} to {@code hsl2}
     * @param outResult 3-element array which holds the resulting HSL components
     */
    @SuppressWarnings("unused")
    @Differentiable
    public static void blendHSL(float[] hsl1, float[] hsl2,
            float ratio, float[] outResult) {
        if (outResult.length != 3) {
            throw new IllegalArgumentException("result must have a length of 3.");
        }
        final float inverseRatio = 1 - ratio;
        // Since hue is circular we will need to interpolate carefully
        outResult[0] = circularInterpolate(hsl1[0], hsl2[0], ratio);
        outResult[1] = hsl1[1] * inverseRatio + hsl2[1] * ratio;
        outResult[2] = hsl1[2] * inverseRatio + hsl2[2] * ratio;
    }

    /**
     * Blend between two CIE-LAB colors using the given ratio.
     *
     * <p>A blend ratio of 0.0 will result in {@code lab1}, 0.5 will give an even blend,
     * 1.0 will result in {@code lab2}.</p>
     *
     * @param lab1 3-element array which holds the first LAB color
     * @param lab2 3-element array which holds the second LAB color
     * @param ratio the blend ratio of {@code lab1} to {@code lab2}
     * @param outResult 3-element array which holds the resulting LAB components
     */
    @SuppressWarnings("unused")
    @Differentiable
    public static void blendLAB(double[] lab1, double[] lab2,
            double ratio, double[] outResult) {
        if (outResult.length != 3) {
            throw new IllegalArgumentException("outResult must have a length of 3.");
        }
        final double inverseRatio = 1 - ratio;
        outResult[0] = lab1[0] * inverseRatio + lab2[0] * ratio;
        outResult[1] = lab1[1] * inverseRatio + lab2[1] * ratio;
        outResult[2] = lab1[2] * inverseRatio + lab2[2] * ratio;
    }

    @Differentiable
    static float circularInterpolate(float a, float b, float f) {
        if (Math.abs(b - a) > 180) {
            if (b > a) {
                a += 360;
            } else {
                b += 360;
            }
        }
        return (a + ((b - a) * f)) % 360;
    }
}
