package dev.leibniz.corpus.hipparchus;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Hipparchus-Math/hipparchus (GitHub), hipparchus-core/src/main/java/org/hipparchus/special/Gamma.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; modified by the Hipparchus project. You may obtain a copy of the
 * License at http://www.apache.org/licenses/LICENSE-2.0. Distributed on an "AS IS" BASIS, WITHOUT
 * WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: digamma (entry, recursive) and its constants.
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 * Calls FastMath of hipparchus-core 4.0.2 (a test dependency).
 */

import dev.leibniz.Differentiable;
import org.hipparchus.util.FastMath;

public final class GammaDigamma {
    public static final double GAMMA = 0.577215664901532860606512090082; // NOPMD - the fact the function and the constant have the same name is intentional and comes from mathematics conventions

    /** C limit. */
    private static final double C_LIMIT = 49;

    /** S limit. */
    private static final double S_LIMIT = 1e-8;

    @Differentiable
    public static double digamma(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }

        if (x > 0 && x <= S_LIMIT) {
            // use method 5 from Bernardo AS103
            // accurate to O(x)
            return -GAMMA - 1 / x;
        }
        if (x >= C_LIMIT) {
            // use method 8 (accurate to O(1/x^8))
            double inv = 1 / (x * x);
            //            1       1        1         1         1         5           691         1
            // log(x) -  --- - ------ + ------- - ------- + ------- - ------- +  ---------- - -------
            //           2 x   12 x^2   120 x^4   252 x^6   240 x^8   660 x^10   32760 x^12   12 x^14
            return FastMath.log(x) - 0.5 / x - inv * ((1.0 / 12) + inv * (1.0 / 120 - inv * (1.0 / 252 + inv *
                    (1.0 / 240 - inv * (5.0 / 660 + inv * (691.0 / 32760 - inv / 12))))));
        }

        return digamma(x + 1) - 1 / x;
    }
}
