package dev.leibniz.corpus.smile;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Smile 1.5.3 (haifengl/smile on GitHub, tag v1.5.3, commit 3c4bab4e86718ed0edd6159258488b2dafe96045),
 * math/src/main/java/smile/stat/distribution/KernelDensity.java
 * Licence: Apache License 2.0 ("Copyright (c) 2010 Haifeng Li. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"; Smile 1.x is Apache-2.0, later versions are not and were not used).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the fields x, gaussian, h, mean, sd, var, both constructors (the first picks the bandwidth by
 * Silverman's rule; both sort the data) and p(double) (entry: the window [x - 5h, x + 5h] located by
 * Arrays.binarySearch of active values in the data, then gaussian.p(this.x[i] - x) summed: a virtual call on an
 * object held in a field).
 * Changes: package; javadoc omitted; @Differentiable added to the entry method; "implements Distribution" (with p's
 * @Override) and the
 * other methods (moments, logp, the unsupported ones) omitted; Math is ./Math.java, the copy of smile.math.Math the
 * original imports; GaussianDistribution is ./GaussianDistribution.java.
 */

import dev.leibniz.Differentiable;
import java.util.Arrays;

public class KernelDensity {
    private static final long serialVersionUID = 1L;

    private double[] x;
    private GaussianDistribution gaussian;
    private double h;
    private double mean;
    private double sd;
    private double var;

    public KernelDensity(double[] x) {
        this.x = x;
        this.mean = Math.mean(x);
        this.var = Math.var(x);
        this.sd = Math.sqrt(var);

        Arrays.sort(x);

        int n = x.length;
        double iqr = x[n*3/4] - x[n/4];
        h = 1.06 * Math.min(sd, iqr/1.34) / Math.pow(x.length, 0.2);
        gaussian = new GaussianDistribution(0, h);
    }

    public KernelDensity(double[] x, double h) {
        if (h <= 0) {
            throw new IllegalArgumentException("Invalid bandwidth: " + h);
        }

        this.x = x;
        this.h = h;
        this.mean = Math.mean(x);
        this.var = Math.var(x);
        this.sd = Math.sqrt(var);
        gaussian = new GaussianDistribution(0, h);

        Arrays.sort(x);
    }

    @Differentiable
    public double p(double x) {
        int start = Arrays.binarySearch(this.x, x-5*h);
        if (start < 0) {
            start = -start - 1;
        }

        int end = Arrays.binarySearch(this.x, x+5*h);
        if (end < 0) {
            end = -end - 1;
        }

        double p = 0.0;
        for (int i = start; i < end; i++) {
            p += gaussian.p(this.x[i] - x);
        }

        return p / this.x.length;
    }
}
