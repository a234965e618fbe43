package dev.leibniz.corpus.ejml;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: lessthanoptimal/ejml (GitHub), main/ejml-ddense/src/org/ejml/dense/row/decomposition/qr/QrHelperFunctions_DDRM.java
 * Licence: Apache License 2.0. Copyright (c) 2022, Peter Abeles. All Rights Reserved. Part of Efficient
 * Java Matrix Library (EJML); http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: rank1UpdateMultR(DMatrixRMaj, double[], double, int, int, int, double[]) (entry; a Householder
 * update that writes the matrix object's data array).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method.
 * Uses the matrix class DMatrixRMaj of EJML (a minimal copy of its public fields, see DMatrixRMaj.java).
 */

import dev.leibniz.Differentiable;

public final class QrRank1UpdateMultR {
    @Differentiable
    public static void rank1UpdateMultR( DMatrixRMaj A, double[] u, double gamma,
                                         int colA0,
                                         int w0, int w1,
                                         double[] _temp ) {
//        for( int i = colA0; i < A.numCols; i++ ) {
//            double val = 0;
//
//            for( int k = w0; k < w1; k++ ) {
//                val += u[k]*A.data[k*A.numCols +i];
//            }
//            _temp[i] = gamma*val;
//        }

        // reordered to reduce cpu cache issues
        for (int i = colA0; i < A.numCols; i++) {
            _temp[i] = u[w0]*A.data[w0*A.numCols + i];
        }

        for (int k = w0 + 1; k < w1; k++) {
            int indexA = k*A.numCols + colA0;
            double valU = u[k];
            for (int i = colA0; i < A.numCols; i++) {
                _temp[i] += valU*A.data[indexA++];
            }
        }

        for (int i = colA0; i < A.numCols; i++) {
            _temp[i] *= gamma;
        }

        // end of reorder

        //CONCURRENT_BELOW EjmlConcurrency.loopFor(w0, w1, i->{
        for (int i = w0; i < w1; i++) {
            double valU = u[i];

            int indexA = i*A.numCols + colA0;
            for (int j = colA0; j < A.numCols; j++) {
                A.data[indexA++] -= valU*_temp[j];
            }
        }
        //CONCURRENT_ABOVE });
    }
}
