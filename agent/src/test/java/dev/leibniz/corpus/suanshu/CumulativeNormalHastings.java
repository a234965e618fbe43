/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: aaiyer/SuanShu (GitHub, commit ed9829aed161112e4d5fb5e2a1ab5ae05d99a491),
 * src/main/java/com/numericalmethod/suanshu/analysis/function/special/gaussian/CumulativeNormalHastings.java
 * Licence: Apache License 2.0 (suanshu-20120606-apache-2-license.txt in that repository: Copyright 2018/1/30
 * NUMERICAL METHOD INCORPORATION LIMITED; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the whole class (entry: evaluate(double)).
 * Changes: package (one package for the copied SuanShu classes, imports adjusted); the licence block replaced by this
 * header; @Differentiable added to evaluate(double).
 */
package dev.leibniz.corpus.suanshu;

import dev.leibniz.Differentiable;


/**
 * Hastings algorithm is faster but less accurate way to compute the cumulative standard Normal.
 * It has a maximum absolute error less than 7.5e-8.
 *
 * @author Haksun Li
 * @see
 * <ul>
 * <li>"Hastings, C., Jr. "Approximations for Digital Computers," Princeton University Press, Princeton, NJ. 1995."
 * <li>"Abramowitz, M., and Stegun, I.A, Handbook of Mathematical Functions, National Bureau of Standards, Washington, D.C. Reprinted by Dover, New York. 1964."
 * </ul>
 */
public class CumulativeNormalHastings extends UnivariateRealFunction implements StandardCumulativeNormal {

    private static final double b1 = 0.31938153;
    private static final double b2 = -0.356563782;
    private static final double b3 = 1.781477937;
    private static final double b4 = -1.821255978;
    private static final double b5 = 1.330274429;
    private static final double p = 0.2316419;
    private static final double c = Math.log(Constant.ROOT_2_PI);

    @Override
    @Differentiable
    public double evaluate(double x) {
        double a = Math.abs(x);
        double t = 1d / (1d + a * p);
        double s = ((((b5 * t + b4) * t + b3) * t + b2) * t + b1) * t;
        double y = s * Math.exp(-0.5 * x * x - c);
        y = x < 0 ? y : 1d - y;
        return y;
    }
}
