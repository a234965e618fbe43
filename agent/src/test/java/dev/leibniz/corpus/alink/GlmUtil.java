/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Alink (alibaba/Alink on GitHub, master as of January 2024, commit 84ec4590),
 *   core/src/main/java/com/alibaba/alink/operator/common/regression/glm/GlmUtil.java
 * Licence: Apache-2.0 (the repository's LICENSE file; the source file carries no header of its own).
 * Copied: the constants EPSILON and DELTA and the methods linearPredict and predict, unchanged; the Flink pipeline
 *   methods (preProc, train, residual, aggSummary and their DataSet functions) left out with their imports, since they
 *   would pull in Flink.
 * Changes: package dev.leibniz.corpus.alink; @Differentiable added to the entry methods (linearPredict, predict; see
 *   ThirtyEighthRound) with its import.
 */
package dev.leibniz.corpus.alink;

import dev.leibniz.Differentiable;

/**
 * GLM util.
 */
public class GlmUtil {
	public static double EPSILON = 1E-16;
	public static double DELTA = 0.1;

	/**
	 * @param coefficients: coefficient of each feature
	 * @param intercept
	 * @param features:     feature values
	 * @return sum{coefficients_i * features_i} + intercept
	 */
	@Differentiable
	public static double linearPredict(double[] coefficients, double intercept, double[] features) {
		double preval = 0;
		for (int i = 0; i < coefficients.length; i++) {
			preval += coefficients[i] * features[i];
		}
		return preval + intercept;
	}

	/**
	 * @param coefficients : coefficient of each feature
	 * @param intercept
	 * @param features:    feature values
	 * @param offset:      offset
	 * @param familyLink:  family and link function.
	 * @return link(sum { coefficients_i * features_i } + intercept)
	 */
	@Differentiable
	public static double predict(double[] coefficients, double intercept,
								 double[] features, double offset,
								 FamilyLink familyLink) {
		double eta = linearPredict(coefficients, intercept, features) + offset;
		return familyLink.fitted(eta);
	}

}
