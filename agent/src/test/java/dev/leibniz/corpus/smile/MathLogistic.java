package dev.leibniz.corpus.smile;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Smile 1.5.3 (haifengl/smile on GitHub, tag v1.5.3, commit 3c4bab4e86718ed0edd6159258488b2dafe96045),
 * math/src/main/java/smile/math/Math.java
 * Licence: Apache License 2.0 ("Copyright (c) 2010 Haifeng Li. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"; Smile 1.x is Apache-2.0, later versions are not and were not used).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: logistic(double) (entry: constants beyond -40 and 40, else 1 / (1 + Math.exp(-x))).
 * Changes: package and class name (Math -> MathLogistic); javadoc omitted; @Differentiable added to the entry
 * method; the rest of the class omitted (./Math.java holds the same copy, unmarked, and is the Math called here).
 */

import dev.leibniz.Differentiable;

public class MathLogistic {
    private MathLogistic() {
    }

    @Differentiable
    public static double logistic(double x) {
        double y = 0.0;
        if (x < -40) {
            y = 2.353853e+17;
        } else if (x > 40) {
            y = 1.0 + 4.248354e-18;
        } else {
            y = 1.0 + Math.exp(-x);
        }

        return 1.0 / y;
    }
}
