package dev.leibniz.corpus.iirj;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: iirj 1.7, iirj sources jar (Maven Central; berndporr/iirj on GitHub),
 * uk/me/berndporr/iirj/DirectFormII.java
 * Licence: Apache License 2.0 ("Licensed to the Apache Software Foundation (ASF) under one or more contributor
 * license agreements ... http://www.apache.org/licenses/LICENSE-2.0"; Copyright (c) 2009 by Vinnie Falco, Copyright
 * (c) 2016 by Bernd Porr). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class; process1(double, Biquad) is the entry.
 * Changes: package; javadoc omitted; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public class DirectFormII extends DirectFormAbstract {

    public DirectFormII() {
        reset();
    }

    public void reset() {
        m_v1 = 0;
        m_v2 = 0;
    }

    @Differentiable
    public double process1(double in,
                    Biquad s) {
    	if (s != null) {
        double w = in - s.m_a1 * m_v1 - s.m_a2 * m_v2;
        double out = s.m_b0 * w + s.m_b1 * m_v1 + s.m_b2 * m_v2;

        m_v2 = m_v1;
        m_v1 = w;

        return out;
    	} else {
    		return in;
    	}
    }

    double m_v1; // v[-1]
    double m_v2; // v[-2]
}
