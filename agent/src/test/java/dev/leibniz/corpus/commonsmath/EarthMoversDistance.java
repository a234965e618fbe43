package dev.leibniz.corpus.commonsmath;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Commons Math 3.6.1, org.apache.commons:commons-math3:3.6.1 sources jar (Maven Central),
 *   org/apache/commons/math3/ml/distance/EarthMoversDistance.java (apache/commons-math on GitHub, tag MATH_3_6_1, src/main/java/...).
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: EarthMoversDistance.compute(double[], double[]) (entry).
 * Changes: package; javadoc and the DistanceMeasure interface and serialVersionUID omitted; @Differentiable added
 *   to the entry method. Calls commons-math3 3.6.1 (a test dependency): MathArrays.checkEqualLength,
 *   FastMath.abs.
 */

import dev.leibniz.Differentiable;
import org.apache.commons.math3.exception.DimensionMismatchException;
import org.apache.commons.math3.util.FastMath;
import org.apache.commons.math3.util.MathArrays;

public class EarthMoversDistance {
    @Differentiable
    public double compute(double[] a, double[] b)
    throws DimensionMismatchException {
        MathArrays.checkEqualLength(a, b);
        double lastDistance = 0;
        double totalDistance = 0;
        for (int i = 0; i < a.length; i++) {
            final double currentDistance = (a[i] + lastDistance) - b[i];
            totalDistance += FastMath.abs(currentDistance);
            lastDistance = currentDistance;
        }
        return totalDistance;
    }
}
