/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: aaiyer/SuanShu (GitHub, commit ed9829aed161112e4d5fb5e2a1ab5ae05d99a491),
 * src/main/java/com/numericalmethod/suanshu/stats/distribution/univariate/LogNormalDistribution.java
 * Licence: Apache License 2.0 (suanshu-20120606-apache-2-license.txt in that repository: Copyright 2018/1/30
 * NUMERICAL METHOD INCORPORATION LIMITED; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the whole class (entries: variance, kurtosis, cdf, quantile, density).
 * Changes: package (one package for the copied SuanShu classes, imports adjusted); the licence block replaced by this
 * header; @Differentiable added to each entry method.
 */
package dev.leibniz.corpus.suanshu;

import dev.leibniz.Differentiable;

import static dev.leibniz.corpus.suanshu.SuanShuUtils.assertArgument;
import static java.lang.Math.*;

/**
 * A log-normal distribution is a probability distribution of a random variable whose logarithm is normally distributed.
 * A variable might be modeled as log-normal if it can be thought of as the multiplicative product of many independent random variables each of which is positive.
 *
 * @author Haksun Li
 * @see <a href="http://en.wikipedia.org/wiki/Binomial_distribution">Wikipedia: Binomial distribution</a>
 */
public class LogNormalDistribution implements ProbabilityDistribution {

    /** the log-mean μ ∈ R */
    private final double logMu;
    /** the log-standard deviation; shape */
    private final double logSigma;
    private final NormalDistribution normal;

    /**
     * Construct a log-normal distribution.
     *
     * @param logMu    the log mean
     * @param logSigma the log standard deviation
     */
    public LogNormalDistribution(double logMu, double logSigma) {
        assertArgument(logSigma > 0, "standard deviation must be > 0");
        this.logMu = logMu;
        this.logSigma = logSigma;
        this.normal = new NormalDistribution(logMu, logSigma);
    }

    @Override
    public double mean() {
        double result = logMu + logSigma * logSigma / 2.;
        result = exp(result);
        return result;
    }

    @Override
    public double median() {
        return exp(logMu);
    }

    @Override
    @Differentiable
    public double variance() {
        double sigma2 = logSigma * logSigma;
        double result = exp(sigma2) - 1.;
        result *= exp(2. * logMu + sigma2);
        return result;
    }

    @Override
    public double skew() {
        double sigma2 = logSigma * logSigma;
        double esigma2 = exp(sigma2);
        double result = esigma2 + 2.;
        result *= sqrt(esigma2 - 1.);
        return result;
    }

    @Override
    @Differentiable
    public double kurtosis() {
        double sigma2 = logSigma * logSigma;
        double result = exp(4. * sigma2);
        result += 2. * exp(3. * sigma2);
        result += 3. * exp(2. * sigma2);
        result -= 6.;
        return result;
    }

    @Override
    public double entropy() {
        double result = 0.5;
        result += 0.5 * log(2. * PI * logSigma * logSigma) + logMu;
        return result;
    }

    @Override
    @Differentiable
    public double cdf(double x) {
        if (x <= 0) {
            return 0;
        }

        return normal.cdf(log(x));
    }

    @Override
    @Differentiable
    public double quantile(double u) {
        return exp(normal.quantile(u));
    }

    @Override
    @Differentiable
    public double density(double x) {
        if (x <= 0) {
            return 0;
        }

        double result = normal.density(log(x));
        result /= x;
        return result;
    }

    @Override
    public double moment(double s) {
        double result = s * logMu;
        result += 0.5 * s * s * logSigma * logSigma;
        result = exp(result);
        return result;
    }
}
