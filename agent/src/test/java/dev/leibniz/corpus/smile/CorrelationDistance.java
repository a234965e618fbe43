package dev.leibniz.corpus.smile;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Smile 1.5.3 (haifengl/smile on GitHub, tag v1.5.3, commit 3c4bab4e86718ed0edd6159258488b2dafe96045),
 * math/src/main/java/smile/math/distance/CorrelationDistance.java
 * Licence: Apache License 2.0 ("Copyright (c) 2010 Haifeng Li. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"; Smile 1.x is Apache-2.0, later versions are not and were not used).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the constructor and the static pearson(double[], double[]) (entry: 1 - Math.cor(x, y): cov, var
 * and mean in another class, a Sxx == 0 || Syy == 0 NaN case).
 * Changes: package; javadoc omitted; @Differentiable added to the entry method; Math is ./Math.java, the copy of
 * smile.math.Math (the original imports smile.math.Math); toString, d (a duplicate of pearson), the int[]/float[]
 * overloads and spearman and kendall (ranks) omitted, so the class no longer implements Distance.
 */

import dev.leibniz.Differentiable;

public class CorrelationDistance {
    private static final long serialVersionUID = 1L;

    public CorrelationDistance() {

    }

    @Differentiable
    public static double pearson(double[] x, double[] y) {
        if (x.length != y.length)
            throw new IllegalArgumentException(String.format("Arrays have different length: x[%d], y[%d]", x.length, y.length));

        return 1 - Math.cor(x, y);
    }

}
