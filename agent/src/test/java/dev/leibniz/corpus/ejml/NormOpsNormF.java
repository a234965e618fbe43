package dev.leibniz.corpus.ejml;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: EJML 0.46.1, ejml-ddense-0.46.1-sources.jar (Maven Central, org.ejml:ejml-ddense:0.46.1), org/ejml/dense/row/NormOps_DDRM.java
 * Licence: Apache License 2.0. Copyright (c) 2022, Peter Abeles. All Rights Reserved. This file is part of
 * Efficient Java Matrix Library (EJML); http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: normF(DMatrixD1) (entry; scales by CommonOps_DDRM.elementMaxAbs from the jar, then reads the
 * elements through the virtual DMatrixD1.get(int)).
 * Changes: package and class name (NormOps_DDRM -> NormOpsNormF); javadoc omitted; @Differentiable added to the entry method.
 * The matrix classes and the helpers it calls are EJML's own, from the jar (a test dependency), unmodified.
 */

import dev.leibniz.Differentiable;
import org.ejml.data.DMatrixD1;
import org.ejml.dense.row.CommonOps_DDRM;

public final class NormOpsNormF {
    @Differentiable
    public static double normF( DMatrixD1 a ) {
        double total = 0;

        double scale = CommonOps_DDRM.elementMaxAbs(a);

        if (scale == 0.0)
            return 0.0;

        final int size = a.getNumElements();

        for (int i = 0; i < size; i++) {
            double val = a.get(i)/scale;
            total += val*val;
        }

        return scale * Math.sqrt(total);
    }
}
