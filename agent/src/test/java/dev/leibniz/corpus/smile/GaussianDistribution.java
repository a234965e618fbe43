package dev.leibniz.corpus.smile;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Smile 1.5.3 (haifengl/smile on GitHub, tag v1.5.3, commit 3c4bab4e86718ed0edd6159258488b2dafe96045),
 * math/src/main/java/smile/stat/distribution/GaussianDistribution.java
 * Licence: Apache License 2.0 ("Copyright (c) 2010 Haifeng Li. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"; Smile 1.x is Apache-2.0, later versions are not and were not used).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the constants LOG2PIE_2 and LOG2PI_2, the fields mu, sigma, variance, entropy, pdfConstant, the
 * constructor GaussianDistribution(mu, sigma), p(double) and logp(double) (exact tests x == mu only when sigma == 0).
 * Changes: package; javadoc omitted; the superclass AbstractDistribution, the interface ExponentialFamily, the
 * singleton, the fitting constructor, the random generators and the other methods omitted (the @Override
 * annotations of p and logp with them); Math is ./Math.java.
 */

public class GaussianDistribution {
    private static final long serialVersionUID = 1L;
    private static final double LOG2PIE_2 = Math.log(2 * Math.PI * Math.E) / 2;
    private static final double LOG2PI_2 = Math.log(2 * Math.PI) / 2;

    private double mu;
    private double sigma;
    private double variance;

    private double entropy;
    private double pdfConstant;

    public GaussianDistribution(double mu, double sigma) {
        this.mu = mu;
        this.sigma = sigma;
        variance = sigma * sigma;

        entropy = Math.log(sigma) + LOG2PIE_2;
        pdfConstant = Math.log(sigma) + LOG2PI_2;
    }

    public double p(double x) {
        if (sigma == 0) {
            if (x == mu) {
                return 1.0;
            } else {
                return 0.0;
            }
        }

        return Math.exp(logp(x));
    }

    public double logp(double x) {
        if (sigma == 0) {
            if (x == mu) {
                return 0.0;
            } else {
                return Double.NEGATIVE_INFINITY;
            }
        }

        double d = x - mu;
        return -0.5 * d * d / variance - pdfConstant;
    }
}
