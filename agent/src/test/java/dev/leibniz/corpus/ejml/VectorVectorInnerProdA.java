package dev.leibniz.corpus.ejml;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: EJML 0.46.1, ejml-ddense-0.46.1-sources.jar (Maven Central, org.ejml:ejml-ddense:0.46.1), org/ejml/dense/row/mult/VectorVectorMult_DDRM.java
 * Licence: Apache License 2.0. Copyright (c) 2022, Peter Abeles. All Rights Reserved. This file is part of
 * Efficient Java Matrix Library (EJML); http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: innerProdA(DMatrixD1, DMatrixD1, DMatrixD1) (entry; x' A y through DMatrixD1.get and
 * DMatrix1Row.unsafe_get, virtual calls on matrices of the jar; argument checks that throw).
 * Changes: package and class name (VectorVectorMult_DDRM -> VectorVectorInnerProdA); javadoc omitted; @Differentiable added to the entry method.
 * The matrix classes and the helpers it calls are EJML's own, from the jar (a test dependency), unmodified.
 */

import dev.leibniz.Differentiable;
import org.ejml.data.DMatrixD1;

public final class VectorVectorInnerProdA {
    @Differentiable
    public static double innerProdA( DMatrixD1 x, DMatrixD1 A, DMatrixD1 y ) {
        int n = A.numRows;
        int m = A.numCols;

        if (x.getNumElements() != n)
            throw new IllegalArgumentException("Unexpected number of elements in x");
        if (y.getNumElements() != m)
            throw new IllegalArgumentException("Unexpected number of elements in y");

        double result = 0;

        for (int i = 0; i < m; i++) {
            double total = 0;

            for (int j = 0; j < n; j++) {
                total += x.get(j)*A.unsafe_get(j, i);
            }

            result += total*y.get(i);
        }

        return result;
    }
}
