/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: bwaldvogel/liblinear-java (GitHub, commit c01493ce12a04f5521ec343119905600d74d1c46),
 * src/main/java/de/bwaldvogel/liblinear/Function.java (the Java port of LIBLINEAR)
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
 * Changes: package dev.leibniz.corpus.liblinear (the original's de.bwaldvogel.liblinear).
 */
package dev.leibniz.corpus.liblinear;

interface Function {

    double fun(double[] w);

    void grad(double[] w, double[] g);

    void Hv(double[] s, double[] Hs);

    int get_nr_variable();

    void get_diag_preconditioner(double[] M);

    // Note: This implementation is unused but function::linesearch_and_update
    // from upstream newton.cpp seems to be unused as well
    default double linesearch_and_update(double[] w, double[] s, MutableDouble f, double[] g, double alpha) {
        double gTs = 0;
        double eta = 0.01;
        int n = get_nr_variable();
        int max_num_linesearch = 20;
        double[] w_new = new double[n];
        double fold = f.get();

        for (int i = 0; i < n; i++)
            gTs += s[i] * g[i];

        int num_linesearch = 0;
        for (num_linesearch = 0; num_linesearch < max_num_linesearch; num_linesearch++) {
            for (int i = 0; i < n; i++)
                w_new[i] = w[i] + alpha * s[i];
            f.set(fun(w_new));
            if (f.get() - fold <= eta * alpha * gTs)
                break;
            else
                alpha *= 0.5;
        }

        if (num_linesearch >= max_num_linesearch) {
            f.set(fold);
            return 0;
        } else
            System.arraycopy(w_new, 0, w, 0, n);

        return alpha;
    }

}
