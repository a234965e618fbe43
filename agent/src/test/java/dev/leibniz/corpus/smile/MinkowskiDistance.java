package dev.leibniz.corpus.smile;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Smile 1.5.3 (haifengl/smile on GitHub, tag v1.5.3, commit 3c4bab4e86718ed0edd6159258488b2dafe96045),
 * math/src/main/java/smile/math/distance/MinkowskiDistance.java
 * Licence: Apache License 2.0 ("Copyright (c) 2010 Haifeng Li. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"; Smile 1.x is Apache-2.0, later versions are not and were not used).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the fields p and weight, the constructors, d(double[], double[]) (entry: NaN components skipped,
 * Math.pow(|x_i - y_i|, p) weighted, the sum scaled by n / m, then Math.pow(dist, 1.0 / p)).
 * Changes: package; javadoc omitted; @Differentiable added to the entry method; toString and the int[] and float[]
 * overloads omitted; import java.lang.Math added (the original, in smile.math.distance or smile.math.rbf, calls
 * java.lang.Math; here ./Math.java, the copy of smile.math.Math, shares the package); Metric is ./Metric.java.
 */

import dev.leibniz.Differentiable;
import java.lang.Math;

public class MinkowskiDistance implements Metric<double[]> {
    private static final long serialVersionUID = 1L;

    private int p;

    private double[] weight = null;

    public MinkowskiDistance(int p) {
        if (p <= 0)
            throw new IllegalArgumentException(String.format("The order p has to be larger than 0: p = d", p));

        this.p = p;
    }

    public MinkowskiDistance(int p, double[] weight) {
        if (p <= 0)
            throw new IllegalArgumentException(String.format("The order p has to be larger than 0: p = d", p));

        for (int i = 0; i < weight.length; i++) {
            if (weight[i] < 0)
                throw new IllegalArgumentException(String.format("Weight has to be nonnegative: %f", weight[i]));
        }

        this.p = p;
        this.weight = weight;
    }

    @Override
    @Differentiable
    public double d(double[] x, double[] y) {
        if (x.length != y.length)
            throw new IllegalArgumentException(String.format("Arrays have different length: x[%d], y[%d]", x.length, y.length));

        int n = x.length;
        int m = 0;
        double dist = 0.0;

        if (weight == null) {
            for (int i = 0; i < x.length; i++) {
                if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                    m++;
                    double d = Math.abs(x[i] - y[i]);
                    dist += Math.pow(d, p);
                }
            }
        } else {
            if (x.length != weight.length)
                throw new IllegalArgumentException(String.format("Input vectors and weight vector have different length: %d, %d", x.length, weight.length));

            for (int i = 0; i < x.length; i++) {
                if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                    m++;
                    double d = Math.abs(x[i] - y[i]);
                    dist += weight[i] * Math.pow(d, p);
                }
            }
        }

        dist = n * dist / m;

        return Math.pow(dist, 1.0/p);
    }
}
