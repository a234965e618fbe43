package dev.leibniz.corpus.iirj;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: iirj 1.7, iirj sources jar (Maven Central; berndporr/iirj on GitHub),
 * uk/me/berndporr/iirj/Cascade.java
 * Licence: Apache License 2.0 ("Licensed to the Apache Software Foundation (ASF) under one or more contributor
 * license agreements ... http://www.apache.org/licenses/LICENSE-2.0"; Copyright (c) 2009 by Vinnie Falco, Copyright
 * (c) 2016 by Bernd Porr). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the fields m_biquads, m_states, m_numBiquads, reset(), filter(double) (entry).
 * Changes: package; javadoc omitted; @Differentiable added to the entry method; the filter design code
 * (setLayout, setSOScoefficients, response, numPoles) omitted, so a constructor taking the stages' coefficients
 * (a0, a1, a2, b0, b1, b2 per stage) and the direct form stands in for setLayout's filling of the arrays.
 */

import dev.leibniz.Differentiable;

public class Cascade {

	// coefficients
	private Biquad[] m_biquads;

	// the states of the filters
	private DirectFormAbstract[] m_states;

	// number of biquads in the system
	private int m_numBiquads;

	public Cascade(double[][] coefficients, int directFormType) {
		m_numBiquads = coefficients.length;
		m_biquads = new Biquad[m_numBiquads];
		m_states = new DirectFormAbstract[m_numBiquads];
		for (int i = 0; i < m_numBiquads; i++) {
			double[] c = coefficients[i];
			m_biquads[i] = new Biquad();
			m_biquads[i].setCoefficients(c[0], c[1], c[2], c[3], c[4], c[5]);
			m_states[i] = directFormType == DirectFormAbstract.DIRECT_FORM_I ? new DirectFormI() : new DirectFormII();
		}
	}

	public void reset() {
		for (int i = 0; i < m_numBiquads; i++)
			m_states[i].reset();
	}

	@Differentiable
	public double filter(double in) {
		double out = in;
		for (int i = 0; i < m_numBiquads; i++) {
			if (m_states[i] != null) {
			out = m_states[i].process1(out, m_biquads[i]);
			}
		}
		return out;
	}
}
