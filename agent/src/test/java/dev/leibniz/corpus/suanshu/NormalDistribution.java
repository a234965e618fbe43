/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: aaiyer/SuanShu (GitHub, commit ed9829aed161112e4d5fb5e2a1ab5ae05d99a491),
 * src/main/java/com/numericalmethod/suanshu/stats/distribution/univariate/NormalDistribution.java
 * Licence: Apache License 2.0 (suanshu-20120606-apache-2-license.txt in that repository: Copyright 2018/1/30
 * NUMERICAL METHOD INCORPORATION LIMITED; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the whole class (entries: entropy, cdf, quantile, density, moment).
 * Changes: package (one package for the copied SuanShu classes, imports adjusted); the licence block replaced by this
 * header; @Differentiable added to each entry method.
 */
package dev.leibniz.corpus.suanshu;

import dev.leibniz.Differentiable;

import static java.lang.Math.exp;
import static java.lang.Math.log;

/**
 * The Normal distribution has its density a Gaussian function.
 * The Normal distribution is probably the most important single distribution.
 * By the central limit theorem, under certain conditions,
 * the sum of a number of random variables with finite means and variances approaches a Normal distribution as the number of variables increases.
 * Laplace proved that the Normal distribution occurs as a limiting distribution of arithmetic means of independent,
 * identically distributed random variables with finite second moment.
 * <p/>
 * The R equivalent functions are {@code dnorm, pnorm, qnorm, rnorm}.
 *
 * @author Haksun Li
 * @see
 * <ul>
 * <li><a href="http://en.wikipedia.org/wiki/Normal_distribution">Wikipedia: NormalDistribution distribution</a>
 * <li>Gaussian
 * </ul>
 */
public class NormalDistribution implements ProbabilityDistribution {

    /** the mean */
    private final double mu;
    /** the standard deviation */
    private final double sigma;
    private static Gaussian f = new Gaussian();
    private static StandardCumulativeNormal N = new CumulativeNormalMarsaglia();
    private static CumulativeNormalInverse Ninv = new CumulativeNormalInverse();

    /**
     * Construct an instance of the standard Normal distribution with mean 0 and standard deviation 1.
     */
    public NormalDistribution() {
        this(0, 1);
    }

    /**
     * Construct a Normal distribution with mean {@code mu} and standard deviation {@code sigma}.
     *
     * @param mu    the mean
     * @param sigma the standard deviation
     */
    public NormalDistribution(double mu, double sigma) {
        this.mu = mu;
        this.sigma = sigma;
    }

    @Override
    public double mean() {
        return mu;
    }

    @Override
    public double median() {
        return mu;
    }

    @Override
    public double variance() {
        return sigma * sigma;
    }

    @Override
    public double skew() {
        return 0;
    }

    @Override
    public double kurtosis() {
        return 0;
    }

    @Override
    @Differentiable
    public double entropy() {
        return log(2 * Math.PI * sigma * sigma * Math.E);
    }

    @Override
    @Differentiable
    public double cdf(double x) {
        double t = (x - mu) / sigma;
        double y = N.evaluate(t);
        return y;
    }

    @Override
    @Differentiable
    public double quantile(double u) {
        double y = Ninv.evaluate(u);
        y = mu + sigma * y;
        return y;
    }

    @Override
    @Differentiable
    public double density(double x) {
        double t = (x - mu) / sigma;
        double y = f.evaluate(t);
        y /= sigma;
        return y;
    }

    @Override
    @Differentiable
    public double moment(double t) {
        double y = mu * t;
        y += 0.5 * sigma * sigma * t * t;
        y = exp(y);
        return y;
    }
}
