/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: bwaldvogel/liblinear-java (GitHub, commit c01493ce12a04f5521ec343119905600d74d1c46),
 * src/main/java/de/bwaldvogel/liblinear/L2R_L2_SvcFunction.java (the Java port of LIBLINEAR)
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
 * Changes: package dev.leibniz.corpus.liblinear (the original's de.bwaldvogel.liblinear); @Differentiable added to the entry methods C_times_loss, grad, Hv, subXTv (see TwentyNinthRound) with its import.
 */
package dev.leibniz.corpus.liblinear;

import dev.leibniz.Differentiable;

class L2R_L2_SvcFunction extends L2R_ErmFunction {

    protected final int[] I;
    protected       int   sizeI;

    public L2R_L2_SvcFunction(Problem prob, Parameter param, double[] C) {
        super(prob, param, C);
        I = new int[prob.l];
    }

    @Override
    @Differentiable
    protected double C_times_loss(int i, double wx_i) {
        double d = 1 - prob.y[i] * wx_i;
        if (d > 0)
            return C[i] * d * d;
        else
            return 0;
    }

    @Override
    @Differentiable
    public void grad(double[] w, double[] g) {
        int i;
        double[] y = prob.y;
        int l = prob.l;
        int w_size = get_nr_variable();

        sizeI = 0;
        for (i = 0; i < l; i++) {
            tmp[i] = wx[i] * y[i];
            if (tmp[i] < 1) {
                tmp[sizeI] = C[i] * y[i] * (tmp[i] - 1);
                I[sizeI] = i;
                sizeI++;
            }
        }
        subXTv(tmp, g);

        for (i = 0; i < w_size; i++)
            g[i] = w[i] + 2 * g[i];
        if (!regularize_bias)
            g[w_size - 1] -= w[w_size - 1];
    }

    @Override
    public void get_diag_preconditioner(double[] M) {
        int w_size = get_nr_variable();
        Feature[][] x = prob.x;

        for (int i = 0; i < w_size; i++)
            M[i] = 1;
        if (!regularize_bias)
            M[w_size - 1] = 0;

        for (int i = 0; i < sizeI; i++) {
            int idx = I[i];
            for (Feature s : x[idx]) {
                M[s.getIndex() - 1] += s.getValue() * s.getValue() * C[idx] * 2;
            }
        }
    }

    @Override
    @Differentiable
    public void Hv(double[] s, double[] Hs) {
        int i;
        int w_size = get_nr_variable();
        Feature[][] x = prob.x;

        for (i = 0; i < w_size; i++)
            Hs[i] = 0;
        for (i = 0; i < sizeI; i++) {
            Feature[] xi = x[I[i]];
            double xTs = SparseOperator.dot(s, xi);
            xTs = C[I[i]] * xTs;

            SparseOperator.axpy(xTs, xi, Hs);
        }
        for (i = 0; i < w_size; i++)
            Hs[i] = s[i] + 2 * Hs[i];
        if (!regularize_bias)
            Hs[w_size - 1] -= s[w_size - 1];
    }

    @Differentiable
    protected void subXTv(double[] v, double[] XTv) {
        int i;
        int w_size = get_nr_variable();
        Feature[][] x = prob.x;

        for (i = 0; i < w_size; i++)
            XTv[i] = 0;
        for (i = 0; i < sizeI; i++)
            SparseOperator.axpy(v[i], x[I[i]], XTv);
    }

}
