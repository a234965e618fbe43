package dev.leibniz.corpus.imaging;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Commons Imaging 1.0.0-alpha5, commons-imaging sources jar (Maven Central; apache/commons-imaging on
 * GitHub), org/apache/commons/imaging/color/ColorConversions.java
 * Licence: Apache License 2.0 (header as in the source: "Licensed to the Apache Software Foundation (ASF) under one
 * or more contributor license agreements ... http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS IS"
 * BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the constants REF_X, REF_Y, REF_Z, XYZ_m, XYZ_t0, convertXyzToCieLab(double, double, double)
 * (entry: a cube root by Math.pow above the CIE threshold, a line below, "Math.max(0, 116 * varY - 16)", returns a
 * new ColorCieLab) and pivotXyz(double).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; the other
 * conversions omitted.
 */

import dev.leibniz.Differentiable;

public final class ColorConversionsXyzToCieLab {
    private static final double REF_X = 95.047; // Observer= 2°, Illuminant= D65
    private static final double REF_Y = 100.000;
    private static final double REF_Z = 108.883;
    private static final double XYZ_m = 7.787037; // match in slope. Note commonly seen 7.787 gives worse results
    private static final double XYZ_t0 = 0.008856;

    @Differentiable
    public static ColorCieLab convertXyzToCieLab(final double x, final double y, final double z) {

        double varX = x / REF_X; // REF_X = 95.047 Observer= 2°, Illuminant= D65
        double varY = y / REF_Y; // REF_Y = 100.000
        double varZ = z / REF_Z; // REF_Z = 108.883

        // Pivot XÝZ:
        varX = pivotXyz(varX);
        varY = pivotXyz(varY);
        varZ = pivotXyz(varZ);

        // Math.max added from https://github.com/muak/ColorMinePortable/blob/master/ColorMinePortable/ColorSpaces/Conversions/LabConverter.cs
        final double l = Math.max(0, 116 * varY - 16);
        final double a = 500 * (varX - varY);
        final double b = 200 * (varY - varZ);
        return new ColorCieLab(l, a, b);
    }

    private static double pivotXyz(double n) {
        if (n > XYZ_t0) {
            n = Math.pow(n, 1 / 3.0);
        } else {
            n = XYZ_m * n + 16 / 116.0;
        }
        return n;
    }
}
