package dev.leibniz.corpus.smile;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Smile 1.5.3 (haifengl/smile on GitHub, tag v1.5.3, commit 3c4bab4e86718ed0edd6159258488b2dafe96045),
 * math/src/main/java/smile/stat/distribution/LogNormalDistribution.java
 * Licence: Apache License 2.0 ("Copyright (c) 2010 Haifeng Li. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"; Smile 1.x is Apache-2.0, later versions are not and were not used).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the fields mu, sigma, mean, var, entropy, the constructor LogNormalDistribution(mu, sigma) and
 * cdf(double) (entry: an exception below 0, an exact test x == 0.0, else 0.5 * Erf.erfc(-0.7071... * (Math.log(x) -
 * mu) / sigma): erfc's Chebyshev recurrence in another class).
 * Changes: package; javadoc omitted; @Differentiable added to the entry method; the superclass AbstractDistribution,
 * the field gaussian (for rand), the constructor fitting data and the other methods omitted; Math and Erf are
 * ./Math.java and ./Erf.java.
 */

import dev.leibniz.Differentiable;

public class LogNormalDistribution {
    private static final long serialVersionUID = 1L;

    private double mu;
    private double sigma;
    private double mean;
    private double var;
    private double entropy;

    public LogNormalDistribution(double mu, double sigma) {
        if (sigma <= 0.0) {
            throw new IllegalArgumentException("Invalid sigma: " + sigma);
        }

        this.mu = mu;
        this.sigma = sigma;

        mean = Math.exp(mu + sigma * sigma / 2);
        var = (Math.exp(mu * mu) - 1) * Math.exp(2 * mu + sigma * sigma);
        entropy = 0.5 + 0.5 * Math.log(2 * Math.PI * sigma * sigma) + mu;
    }

    @Differentiable
    public double cdf(double x) {
        if (x < 0.0) {
            throw new IllegalArgumentException("Invalid x: " + x);
        }

        if (x == 0.0) {
            return 0.;
        }

        return 0.5 * Erf.erfc(-0.707106781186547524 * (Math.log(x) - mu) / sigma);
    }
}
