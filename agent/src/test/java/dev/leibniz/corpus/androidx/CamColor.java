package dev.leibniz.corpus.androidx;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Android Jetpack (androidx/androidx on GitHub, commit 9ba5f85198f9a88a60a615496fb8aadf0c696f8e),
 * core/core/src/main/java/androidx/core/content/res/CamColor.java
 * Licence: Apache License 2.0 ("Copyright 2021 The Android Open Source Project ... Licensed under the Apache License,
 * Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the nine CAM16 fields, their getters, the constructor, fromJch, fromJchInFrame and distance (entries:
 * distance, an instance method reading the private fields of the receiver and of another CamColor through getters;
 * fromJch and fromJchInFrame, private static factories returning a new CamColor built from the viewing conditions'
 * getters).
 * Changes: package; licence header shortened to this header; the search constants, the methods on ARGB ints (toColor,
 * fromColor, getM3HCTfromColor, fromColorInViewingConditions, viewedInSrgb, viewed, findCamByJ: they need
 * android.graphics.Color through CamUtils and ColorUtils) left out with their imports; the androidx.annotation
 * annotations (@RestrictTo, @FloatRange, @NonNull) removed, as they are not on the test class path; @Differentiable
 * added to the entries.
 */

import dev.leibniz.Differentiable;

/**
 * A color appearance model, based on CAM16, extended to use L* as the lightness dimension, and
 * coupled to a gamut mapping algorithm. Creates a color system, enables a digital design system.
 */
public class CamColor {
    // CAM16 color dimensions, see getters for documentation.
    private final float mHue;
    private final float mChroma;
    private final float mJ;
    private final float mQ;
    private final float mM;
    private final float mS;

    // Coordinates in UCS space. Used to determine color distance, like delta E equations in L*a*b*.
    private final float mJstar;
    private final float mAstar;
    private final float mBstar;

    /** Hue in CAM16 */
    float getHue() {
        return mHue;
    }

    /** Chroma in CAM16 */
    float getChroma() {
        return mChroma;
    }

    /** Lightness in CAM16 */
    float getJ() {
        return mJ;
    }

    /** Brightness in CAM16. */
    float getQ() {
        return mQ;
    }

    /** Colorfulness in CAM16. */
    float getM() {
        return mM;
    }

    /** Saturation in CAM16. */
    float getS() {
        return mS;
    }

    /** Lightness coordinate in CAM16-UCS */
    float getJStar() {
        return mJstar;
    }

    /** a* coordinate in CAM16-UCS */
    float getAStar() {
        return mAstar;
    }

    /** b* coordinate in CAM16-UCS */
    float getBStar() {
        return mBstar;
    }

    /** Construct a CAM16 color */
    CamColor(float hue, float chroma, float j, float q, float m, float s, float jStar, float aStar,
            float bStar) {
        mHue = hue;
        mChroma = chroma;
        mJ = j;
        mQ = q;
        mM = m;
        mS = s;
        mJstar = jStar;
        mAstar = aStar;
        mBstar = bStar;
    }

    /**
     * Create a CAM from lightness, chroma, and hue coordinates. It is assumed those coordinates
     * were measured in the default ViewingConditions.
     */
    @Differentiable
    private static CamColor fromJch(float j,
            float c,
            float h) {
        return fromJchInFrame(j, c, h, ViewingConditions.DEFAULT);
    }

    /**
     * Create a CAM from lightness, chroma, and hue coordinates, and also specify the
     * ViewingConditions where the color was seen.
     */
    @Differentiable
    private static CamColor fromJchInFrame(float j,
            float c,
            float h, ViewingConditions viewingConditions) {
        float q =
                4.0f
                        / viewingConditions.getC()
                        * (float) Math.sqrt(j / 100.0)
                        * (viewingConditions.getAw() + 4.0f)
                        * viewingConditions.getFlRoot();
        float m = c * viewingConditions.getFlRoot();
        float alpha = c / (float) Math.sqrt(j / 100.0);
        float s = 50.0f * (float) Math.sqrt((alpha * viewingConditions.getC()) / (
                viewingConditions.getAw() + 4.0f));

        float hueRadians = h * (float) Math.PI / 180.0f;
        float jstar = (1.0f + 100.0f * 0.007f) * j / (1.0f + 0.007f * j);
        float mstar = 1.0f / 0.0228f * (float) Math.log(1.0 + 0.0228 * m);
        float astar = mstar * (float) Math.cos(hueRadians);
        float bstar = mstar * (float) Math.sin(hueRadians);
        return new CamColor(h, c, j, q, m, s, jstar, astar, bstar);
    }

    /**
     * Distance in CAM16-UCS space between two colors.
     *
     * <p>Much like L*a*b* was designed to measure distance between colors, the CAM16 standard
     * defined a color space called CAM16-UCS to measure distance between CAM16 colors.
     */
    @Differentiable
    float distance(CamColor other) {
        float dJ = getJStar() - other.getJStar();
        float dA = getAStar() - other.getAStar();
        float dB = getBStar() - other.getBStar();
        double dEPrime = Math.sqrt(dJ * dJ + dA * dA + dB * dB);
        double dE = 1.41 * Math.pow(dEPrime, 0.63);
        return (float) dE;
    }
}
