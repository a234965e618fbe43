package dev.leibniz.corpus.smile;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Smile 1.5.3 (haifengl/smile on GitHub, tag v1.5.3, commit 3c4bab4e86718ed0edd6159258488b2dafe96045),
 * math/src/main/java/smile/stat/distribution/GammaDistribution.java
 * Licence: Apache License 2.0 ("Copyright (c) 2010 Haifeng Li. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"; Smile 1.x is Apache-2.0, later versions are not and were not used).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the fields, the constructor GammaDistribution(shape, scale) (thetaGammaK by Gamma.gamma,
 * logGammaK by Gamma.lgamma, entropy by Gamma.digamma) and cdf(double) (entry: 0 below 0, else
 * Gamma.regularizedIncompleteGamma(k, x / theta): a series or a continued fraction iterated in another class).
 * Changes: package; javadoc omitted; @Differentiable added to the entry method; the superclass AbstractDistribution,
 * the interface ExponentialFamily, the constructor fitting data and the other methods omitted; Math and Gamma are
 * ./Math.java and ./Gamma.java.
 */

import dev.leibniz.Differentiable;

public class GammaDistribution {
    private static final long serialVersionUID = 1L;

    private double theta;
    private double k;
    private double logTheta;
    private double thetaGammaK;
    private double logGammaK;
    private double entropy;

    public GammaDistribution(double shape, double scale) {
        if (shape <= 0) {
            throw new IllegalArgumentException("Invalid shape: " + shape);
        }

        if (scale <= 0) {
            throw new IllegalArgumentException("Invalid scale: " + scale);
        }

        theta = scale;
        k = shape;
        logTheta = Math.log(theta);
        thetaGammaK = theta * Gamma.gamma(k);
        logGammaK = Gamma.lgamma(k);
        entropy = k + Math.log(theta) + Gamma.lgamma(k) + (1 - k) * Gamma.digamma(k);
    }

    @Differentiable
    public double cdf(double x) {
        if (x < 0) {
            return 0.0;
        } else {
            return Gamma.regularizedIncompleteGamma(k, x / theta);
        }
    }
}
