package dev.leibniz.corpus.smile;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Smile 1.5.3 (haifengl/smile on GitHub, tag v1.5.3, commit 3c4bab4e86718ed0edd6159258488b2dafe96045),
 * math/src/main/java/smile/math/special/Erf.java
 * Licence: Apache License 2.0 ("Copyright (c) 2010 Haifeng Li. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"; Smile 1.x is Apache-2.0, later versions are not and were not used).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: erfcc(double) (entry: the Numerical Recipes rational approximation of erfc, 1.2e-7 accurate, on
 * |x|).
 * Changes: package and class name (Erf -> ErfErfcc); javadoc omitted; @Differentiable added to the entry method;
 * the rest of the class omitted. Math is ./Math.java, the copy of smile.math.Math.
 */

import dev.leibniz.Differentiable;

public class ErfErfcc {
    private ErfErfcc() {
    }


    @Differentiable
    public static double erfcc(double x) {
        double z = Math.abs(x);
        double t = 2.0 / (2.0 + z);
        double ans = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 +
                t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 +
                t * (-0.82215223 + t * 0.17087277)))))))));

        return (x >= 0.0 ? ans : 2.0 - ans);
    }
}
