package dev.leibniz.corpus.iirj;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: iirj 1.7, iirj sources jar (Maven Central; berndporr/iirj on GitHub),
 * uk/me/berndporr/iirj/DirectFormI.java
 * Licence: Apache License 2.0 ("Licensed to the Apache Software Foundation (ASF) under one or more contributor
 * license agreements ... http://www.apache.org/licenses/LICENSE-2.0"; Copyright (c) 2009 by Vinnie Falco, Copyright
 * (c) 2016 by Bernd Porr). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class.
 * Changes: package; javadoc omitted. Not an entry (a state of the Cascade entry's stages).
 */
public class DirectFormI extends DirectFormAbstract {

    public DirectFormI() {
        reset();
    }

    public void reset() {
        m_x1 = 0;
        m_x2 = 0;
        m_y1 = 0;
        m_y2 = 0;
    }

    public double process1(double in, Biquad s) {

        double out = s.m_b0 * in + s.m_b1 * m_x1 + s.m_b2 * m_x2
                - s.m_a1 * m_y1 - s.m_a2 * m_y2;
        m_x2 = m_x1;
        m_y2 = m_y1;
        m_x1 = in;
        m_y1 = out;

        return out;
    }

    double m_x2; // x[n-2]
    double m_y2; // y[n-2]
    double m_x1; // x[n-1]
    double m_y1; // y[n-1]
};
