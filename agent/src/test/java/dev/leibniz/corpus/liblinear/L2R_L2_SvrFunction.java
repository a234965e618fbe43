/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: bwaldvogel/liblinear-java (GitHub, commit c01493ce12a04f5521ec343119905600d74d1c46),
 * src/main/java/de/bwaldvogel/liblinear/L2R_L2_SvrFunction.java (the Java port of LIBLINEAR)
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
 * Changes: package dev.leibniz.corpus.liblinear (the original's de.bwaldvogel.liblinear); @Differentiable added to the entry methods C_times_loss, grad (see TwentyNinthRound) with its import.
 */
package dev.leibniz.corpus.liblinear;

import dev.leibniz.Differentiable;

/**
 * @since 1.91
 */
public class L2R_L2_SvrFunction extends L2R_L2_SvcFunction {

    private final double p;

    public L2R_L2_SvrFunction(Problem prob, Parameter param, double[] C) {
        super(prob, param, C);
        this.p = param.p;
    }

    @Override
    @Differentiable
    protected double C_times_loss(int i, double wx_i) {
        double d = wx_i - prob.y[i];
        if (d < -p)
            return C[i] * (d + p) * (d + p);
        else if (d > p)
            return C[i] * (d - p) * (d - p);
        return 0;
    }

    @Override
    @Differentiable
    public void grad(double[] w, double[] g) {
        int i;
        double[] y = prob.y;
        int l = prob.l;
        int w_size = get_nr_variable();
        double d;

        sizeI = 0;
        for (i = 0; i < l; i++) {
            d = wx[i] - y[i];

            // generate index set I
            if (d < -p) {
                tmp[sizeI] = C[i] * (d + p);
                I[sizeI] = i;
                sizeI++;
            } else if (d > p) {
                tmp[sizeI] = C[i] * (d - p);
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

}
