package dev.leibniz.corpus.smile;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Smile 1.5.3 (haifengl/smile on GitHub, tag v1.5.3, commit 3c4bab4e86718ed0edd6159258488b2dafe96045),
 * math/src/main/java/smile/math/distance/EuclideanDistance.java
 * Licence: Apache License 2.0 ("Copyright (c) 2010 Haifeng Li. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"; Smile 1.x is Apache-2.0, later versions are not and were not used).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the field weight, the constructors, d(float[], float[]) (entry: float components, Float.isNaN
 * skipping, a double sum weighted, scaled by n / m, Math.sqrt).
 * Changes: package and class name (EuclideanDistance -> EuclideanDistanceFloat); javadoc omitted; @Differentiable
 * added to the entry method; toString and the int[] and double[] overloads omitted (so the class no longer implements
 * Metric<double[]>); import java.lang.Math added (the original, in smile.math.distance or smile.math.rbf, calls
 * java.lang.Math; here ./Math.java, the copy of smile.math.Math, shares the package).
 */

import dev.leibniz.Differentiable;
import java.lang.Math;

public class EuclideanDistanceFloat {
    private static final long serialVersionUID = 1L;

    private double[] weight = null;

    public EuclideanDistanceFloat() {
    }

    public EuclideanDistanceFloat(double[] weight) {
        for (int i = 0; i < weight.length; i++) {
            if (weight[i] < 0)
                throw new IllegalArgumentException(String.format("Weight has to be nonnegative: %f", weight[i]));
        }

        this.weight = weight;
    }

    @Differentiable
    public double d(float[] x, float[] y) {
        if (x.length != y.length)
            throw new IllegalArgumentException(String.format("Arrays have different length: x[%d], y[%d]", x.length, y.length));

        int n = x.length;
        int m = 0;
        double dist = 0.0;

        if (weight == null) {
            for (int i = 0; i < n; i++) {
                if (!Float.isNaN(x[i]) && !Float.isNaN(y[i])) {
                    m++;
                    double d = x[i] - y[i];
                    dist += d * d;
                }
            }
        } else {
            if (x.length != weight.length)
                throw new IllegalArgumentException(String.format("Input vectors and weight vector have different length: %d, %d", x.length, weight.length));

            for (int i = 0; i < n; i++) {
                if (!Float.isNaN(x[i]) && !Float.isNaN(y[i])) {
                    m++;
                    double d = x[i] - y[i];
                    dist += weight[i] * d * d;
                }
            }
        }

        if (m == 0)
            dist = Double.NaN;
        else
            dist = n * dist / m;

        return Math.sqrt(dist);
    }

}
