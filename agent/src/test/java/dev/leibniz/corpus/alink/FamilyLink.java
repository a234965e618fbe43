/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Alink (alibaba/Alink on GitHub, master as of January 2024, commit 84ec4590),
 *   core/src/main/java/com/alibaba/alink/operator/common/regression/glm/FamilyLink.java
 * Licence: Apache-2.0 (the repository's LICENSE file; the source file carries no header of its own).
 * Copied: the whole class, unchanged but as listed.
 * Changes: package dev.leibniz.corpus.alink (one flat package for the round; the original's is given by the path above);
 *   @Differentiable added to the entry methods (calcWeightAndLabel, fitted, predict; see ThirtyEighthRound) with its import; the imports of AkIllegalOperatorParameterException, AlinkSerializable, Binomial, FamilyFunction, Gamma, Gaussian, Poisson, Tweedie, CLogLog, Identity, Inverse, LinkFunction, Log, Logit, Power, Probit, Sqrt, GlmTrainParams dropped (the same names are classes or stand-ins of this package).
 */
package dev.leibniz.corpus.alink;

import dev.leibniz.Differentiable;


import java.io.Serializable;

/**
 * Family Link.
 */
public class FamilyLink implements Serializable, AlinkSerializable {
	private static final long serialVersionUID = -5636173906677739363L;

	private FamilyFunction family;
	private LinkFunction link;

	/**
	 * @param family:        family name.
	 * @param variancePower: variance power.
	 * @param link:          link name.
	 * @param linkPower:     link power.
	 */
	public FamilyLink(GlmTrainParams.Family family, double variancePower, GlmTrainParams.Link link, double linkPower) {
		if (family == null) {
			throw new AkIllegalOperatorParameterException("family can not be empty");
		}

		switch (family) {
			case Gamma:
				this.family = new Gamma();
				break;
			case Binomial:
				this.family = new Binomial();
				break;
			case Gaussian:
				this.family = new Gaussian();
				break;
			case Poisson:
				this.family = new Poisson();
				break;
			case Tweedie:
				this.family = new Tweedie(variancePower);
				break;
		}

		if (link == null) {
			this.link = this.family.getDefaultLink();
		} else {
			switch (link) {
				case CLogLog:
					this.link = new CLogLog();
					break;
				case Identity:
					this.link = new Identity();
					break;
				case Inverse:
					this.link = new Inverse();
					break;
				case Log:
					this.link = new Log();
					break;
				case Logit:
					this.link = new Logit();
					break;
				case Power:
					this.link = new Power(linkPower);
					break;
				case Probit:
					this.link = new Probit();
					break;
				case Sqrt:
					this.link = new Sqrt();
					break;
			}
		}
	}

	/**
	 * @return family.
	 */
	public FamilyFunction getFamily() {
		return family;
	}

	/**
	 * @return link function.
	 */
	public LinkFunction getLink() {
		return link;
	}

	/**
	 * @return family name.
	 */
	String getFamilyName() {
		return family.name();
	}

	/**
	 * @return link name.
	 */
	String getLinkName() {
		return link.name();
	}

	/**
	 * @param mu: mean
	 * @return eta
	 */
	@Differentiable
	public double predict(double mu) {
		return link.link(family.project(mu));
	}

	/**
	 * @param eta: y
	 * @return mu
	 */
	@Differentiable
	public double fitted(double eta) {
		return family.project(link.unlink(eta));
	}

	/**
	 * @param coefficients: coefficient of features.
	 * @param intercept:    intercept.
	 * @param features:     features.
	 * @return new weight and label.
	 */
	@Differentiable
	double[] calcWeightAndLabel(double[] coefficients, double intercept, double[] features) {
		int numFeature = coefficients.length;

		double label = features[numFeature];
		double weight = features[numFeature + 1];
		double offset = features[numFeature + 2];

		double eta = GlmUtil.linearPredict(coefficients, intercept, features) + offset;
		double mu = fitted(eta);
		double newLabel = eta - offset + (label - mu) * link.derivative(mu);
		double newWeight = weight / (Math.pow(link.derivative(mu), 2.0) * family.variance(mu));

		features[numFeature] = newLabel;
		features[numFeature + 1] = newWeight;

		return features;
	}

}
