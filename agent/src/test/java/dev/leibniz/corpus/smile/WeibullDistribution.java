package dev.leibniz.corpus.smile;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Smile 1.5.3 (haifengl/smile on GitHub, tag v1.5.3, commit 3c4bab4e86718ed0edd6159258488b2dafe96045),
 * math/src/main/java/smile/stat/distribution/WeibullDistribution.java
 * Licence: Apache License 2.0 ("Copyright (c) 2010 Haifeng Li. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"; Smile 1.x is Apache-2.0, later versions are not and were not used).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the fields shape, scale, mean, var, entropy, both constructors (mean and var by Gamma.gamma) and
 * p(double) (entry: 0 for x <= 0, else (shape / scale) * Math.pow(x / scale, shape - 1) * Math.exp(-Math.pow(x /
 * scale, shape))).
 * Changes: package; javadoc omitted; @Differentiable added to the entry method; the superclass AbstractDistribution
 * (rand helpers) and the other methods omitted; Math and Gamma are ./Math.java and ./Gamma.java.
 */

import dev.leibniz.Differentiable;

public class WeibullDistribution {
    private static final long serialVersionUID = 1L;

    private double shape;
    private double scale;
    private double mean;
    private double var;
    private double entropy;

    public WeibullDistribution(double shape) {
        this(shape, 1.0);
    }

    public WeibullDistribution(double shape, double scale) {
        if (shape <= 0) {
            throw new IllegalArgumentException("Invalid shape: " + shape);
        }

        if (scale <= 0) {
            throw new IllegalArgumentException("Invalid scale: " + scale);
        }

        this.shape = shape;
        this.scale = scale;

        mean = scale * Gamma.gamma(1 + 1 / shape);
        var = scale * scale * Gamma.gamma(1 + 2 / shape) - mean * mean;
        entropy = 0.5772156649015328606 * (1 - 1 / shape) + Math.log(scale / shape) + 1;
    }

    @Differentiable
    public double p(double x) {
        if (x <= 0) {
            return 0.0;
        } else {
            return (shape / scale) * Math.pow(x / scale, shape - 1) * Math.exp(-Math.pow(x / scale, shape));
        }
    }
}
