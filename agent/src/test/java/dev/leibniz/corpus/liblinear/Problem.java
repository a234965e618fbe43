/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: bwaldvogel/liblinear-java (GitHub, commit c01493ce12a04f5521ec343119905600d74d1c46),
 * src/main/java/de/bwaldvogel/liblinear/Problem.java (the Java port of LIBLINEAR)
 * Licence: BSD-3-Clause (the repository's LICENSE: "Copyright (c) 2007-2022 The LIBLINEAR Project. All rights reserved.
 * Redistribution and use in source and binary forms, with or without modification, are permitted provided that the
 * following conditions are met: 1. Redistributions of source code must retain the above copyright notice, this list of
 * conditions and the following disclaimer. 2. Redistributions in binary form must reproduce the above copyright notice,
 * this list of conditions and the following disclaimer in the documentation and/or other materials provided with the
 * distribution. 3. Neither name of copyright holders nor the names of its contributors may be used to endorse or promote
 * products derived from this software without specific prior written permission." followed by the usual BSD disclaimer
 * of warranty: "THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS ``AS IS'' AND ANY EXPRESS OR IMPLIED
 * WARRANTIES ... ARE DISCLAIMED.").
 * Copied: the whole class but its six static readFromFile / readFromStream factories (they call Train, the command-line trainer, not copied).
 * Changes: package dev.leibniz.corpus.liblinear (the original's de.bwaldvogel.liblinear); those factories and the then unused imports removed.
 */
package dev.leibniz.corpus.liblinear;



/**
 * <p>Describes the problem</p>
 *
 * For example, if we have the following training data:
 * <pre>
 *  LABEL       ATTR1   ATTR2   ATTR3   ATTR4   ATTR5
 *  -----       -----   -----   -----   -----   -----
 *  1           0       0.1     0.2     0       0
 *  2           0       0.1     0.3    -1.2     0
 *  1           0.4     0       0       0       0
 *  2           0       0.1     0       1.4     0.5
 *  3          -0.1    -0.2     0.1     1.1     0.1
 *
 *  and bias = 1, then the components of problem are:
 *
 *  l = 5
 *  n = 6
 *
 *  y -&gt; 1 2 1 2 3
 *
 *  x -&gt; [ ] -&gt; (2,0.1) (3,0.2) (6,1) (-1,?)
 *       [ ] -&gt; (2,0.1) (3,0.3) (4,-1.2) (6,1) (-1,?)
 *       [ ] -&gt; (1,0.4) (6,1) (-1,?)
 *       [ ] -&gt; (2,0.1) (4,1.4) (5,0.5) (6,1) (-1,?)
 *       [ ] -&gt; (1,-0.1) (2,-0.2) (3,0.1) (4,1.1) (5,0.1) (6,1) (-1,?)
 * </pre>
 */
public class Problem {

    /** the number of training data */
    public int l;

    /** the number of features (including the bias feature if bias &gt;= 0) */
    public int n;

    /** an array containing the target values */
    public double[] y;

    /** array of sparse feature nodes */
    public Feature[][] x;

    /**
     * If bias &gt;= 0, we assume that one additional feature is added
     * to the end of each data instance
     */
    public double bias = -1;
}
