package dev.leibniz.corpus.iirj;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: iirj 1.7, iirj sources jar (Maven Central; berndporr/iirj on GitHub),
 * uk/me/berndporr/iirj/Biquad.java
 * Licence: Apache License 2.0 ("Licensed to the Apache Software Foundation (ASF) under one or more contributor
 * license agreements ... http://www.apache.org/licenses/LICENSE-2.0"; Copyright (c) 2009 by Vinnie Falco, Copyright
 * (c) 2016 by Bernd Porr). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the fields m_a0, m_a1, m_a2, m_b1, m_b2, m_b0, getB0() and setCoefficients(double x6) (entry).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method; the other getters
 * and the Complex-based methods omitted.
 */

import dev.leibniz.Differentiable;

public class BiquadSetCoefficients {

    double m_a0;
    double m_a1;
    double m_a2;
    double m_b1;
    double m_b2;
    double m_b0;

    public double getB0() {
        return m_b0 * m_a0;
    }

    @Differentiable
    public void setCoefficients(double a0, double a1, double a2,
				double b0, double b1, double b2) {
        m_a0 = a0;
        m_a1 = a1 / a0;
        m_a2 = a2 / a0;
        m_b0 = b0 / a0;
        m_b1 = b1 / a0;
        m_b2 = b2 / a0;
    }
}
