/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: bwaldvogel/liblinear-java (GitHub, commit c01493ce12a04f5521ec343119905600d74d1c46),
 * src/main/java/de/bwaldvogel/liblinear/SparseOperator.java (the Java port of LIBLINEAR)
 * Licence: BSD-3-Clause (the repository's LICENSE: "Copyright (c) 2007-2022 The LIBLINEAR Project. All rights reserved.
 * Redistribution and use in source and binary forms, with or without modification, are permitted provided that the
 * following conditions are met: 1. Redistributions of source code must retain the above copyright notice, this list of
 * conditions and the following disclaimer. 2. Redistributions in binary form must reproduce the above copyright notice,
 * this list of conditions and the following disclaimer in the documentation and/or other materials provided with the
 * distribution. 3. Neither name of copyright holders nor the names of its contributors may be used to endorse or promote
 * products derived from this software without specific prior written permission." followed by the usual BSD disclaimer
 * of warranty: "THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS ``AS IS'' AND ANY EXPRESS OR IMPLIED
 * WARRANTIES ... ARE DISCLAIMED.").
 * Copied: the whole file.
 * Changes: package dev.leibniz.corpus.liblinear (the original's de.bwaldvogel.liblinear); @Differentiable added to the entry methods nrm2_sq, dot, sparse_dot, axpy with its import.
 */
package dev.leibniz.corpus.liblinear;

import dev.leibniz.Differentiable;

class SparseOperator {

    @Differentiable
    static double nrm2_sq(Feature[] x) {
        double ret = 0;
        for (Feature feature : x) {
            ret += feature.getValue() * feature.getValue();
        }
        return (ret);
    }

    @Differentiable
    static double dot(double[] s, Feature[] x) {
        double ret = 0;
        for (Feature feature : x) {
            ret += s[feature.getIndex() - 1] * feature.getValue();
        }
        return (ret);
    }

    @Differentiable
    static double sparse_dot(Feature[] x1, Feature[] x2) {
        double ret = 0;

        int pos1 = 0;
        int pos2 = 0;

        while (pos1 < x1.length && pos2 < x2.length) {
            int index1 = x1[pos1].getIndex();
            int index2 = x2[pos2].getIndex();
            if (index1 == index2) {
                ret += x1[pos1].getValue() * x2[pos2].getValue();
                pos1++;
                pos2++;
            } else {
                if (index1 > index2) {
                    pos2++;
                } else {
                    pos1++;
                }
            }
        }

        return (ret);
    }

    @Differentiable
    static void axpy(double a, Feature[] x, double[] y) {
        for (Feature feature : x) {
            y[feature.getIndex() - 1] += a * feature.getValue();
        }
    }

}
