package dev.leibniz.corpus.ejml;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: lessthanoptimal/ejml (GitHub), main/ejml-ddense/src/org/ejml/dense/row/decomposition/qr/QrHelperFunctions_DDRM.java
 * Licence: Apache License 2.0. Copyright (c) 2022, Peter Abeles. All Rights Reserved. Part of Efficient
 * Java Matrix Library (EJML); http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: computeTauAndDivide(int, int, double[], double) (entry; divides in place with "d = u[i] /= max",
 * returns the signed norm).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public final class QrComputeTauAndDivide {
    @Differentiable
    public static double computeTauAndDivide( final int j, final int numRows,
                                              final double[] u, final double max ) {
        double tau = 0;
//        double div_max = 1.0/max;
//        if( Double.isInfinite(div_max)) {
        for (int i = j; i < numRows; i++) {
            double d = u[i] /= max;
            tau += d*d;
        }
//        } else {
//            for( int i = j; i < numRows; i++ ) {
//                double d = u[i] *= div_max;
//                tau += d*d;
//            }
//        }
        tau = Math.sqrt(tau);

        if (u[j] < 0)
            tau = -tau;

        return tau;
    }
}
