package dev.leibniz.corpus.smile;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Smile 1.5.3 (haifengl/smile on GitHub, tag v1.5.3, commit 3c4bab4e86718ed0edd6159258488b2dafe96045),
 * interpolation/src/main/java/smile/interpolation/ShepardInterpolation.java
 * Licence: Apache License 2.0 ("Copyright (c) 2010 Haifeng Li. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"; Smile 1.x is Apache-2.0, later versions are not and were not used).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class: the fields x (double[][]), y, p (stored negated), the constructors and
 * interpolate(double...) (entry: inverse-distance weights Math.pow(r, p) by Math.distance in another class; an exact
 * test r == 0.0 returning the data value).
 * Changes: package; javadoc omitted; @Differentiable added to the entry method; Math is ./Math.java, the copy of
 * smile.math.Math the original imports.
 */

import dev.leibniz.Differentiable;

public class ShepardInterpolation {

    private double[][] x;
    private double[] y;
    private double p;

    public ShepardInterpolation(double[][] x, double[] y) {
        this(x, y, 2);
    }

    public ShepardInterpolation(double[][] x, double[] y, double p) {
        this.x = x;
        this.y = y;
        this.p = -p;
    }

    @Differentiable
    public double interpolate(double... x) {
        if (x.length != this.x[0].length) {
            throw new IllegalArgumentException(String.format("Invalid input vector size: %d, expected: %d", x.length, this.x[0].length));
        }

        double weight = 0.0, sum = 0.0;
        for (int i = 0; i < this.x.length; i++) {
            double r = Math.distance(x, this.x[i]);
            if (r == 0.0) {
                return y[i];
            }
            double w = Math.pow(r, p);
            weight += w;
            sum += w * y[i];
        }

        return sum / weight;
    }
}
