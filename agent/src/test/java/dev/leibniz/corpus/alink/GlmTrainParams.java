/*
 * Real-code corpus stand-in (test code only, see ../README.md) for Alink's
 *   com.alibaba.alink.params.regression.GlmTrainParams (alibaba/Alink, Apache-2.0): only its two nested enums, the
 *   constants in the original's order; the parameter descriptors and getters/setters (Flink ML params) left out.
 */
package dev.leibniz.corpus.alink;

public interface GlmTrainParams {

	enum Family {
		Gamma,
		Binomial,
		Gaussian,
		Poisson,
		Tweedie
	}

	enum Link {
		CLogLog,
		Identity,
		Inverse,
		Log,
		Logit,
		Power,
		Probit,
		Sqrt
	}
}
