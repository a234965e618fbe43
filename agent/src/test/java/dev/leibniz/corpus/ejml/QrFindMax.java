package dev.leibniz.corpus.ejml;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: lessthanoptimal/ejml (GitHub), main/ejml-ddense/src/org/ejml/dense/row/decomposition/qr/QrHelperFunctions_DDRM.java
 * Licence: Apache License 2.0. Copyright (c) 2022, Peter Abeles. All Rights Reserved. Part of Efficient
 * Java Matrix Library (EJML); http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: findMax(double[], int, int) (entry; the largest magnitude, by comparisons).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public final class QrFindMax {
    @Differentiable
    public static double findMax( double[] u, int startU, int length ) {
        double max = -1;

        int index = startU;
        int stopIndex = startU + length;
        for (; index < stopIndex; index++) {
            double val = u[index];
            val = (val < 0.0) ? -val : val;
            if (val > max)
                max = val;
        }

        return max;
    }
}
