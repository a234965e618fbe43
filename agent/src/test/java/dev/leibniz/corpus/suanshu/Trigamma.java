/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: aaiyer/SuanShu (GitHub, commit ed9829aed161112e4d5fb5e2a1ab5ae05d99a491),
 * src/main/java/com/numericalmethod/suanshu/analysis/function/special/gamma/Trigamma.java
 * Licence: Apache License 2.0 (suanshu-20120606-apache-2-license.txt in that repository: Copyright 2018/1/30
 * NUMERICAL METHOD INCORPORATION LIMITED; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the whole class (entry: evaluate(double)).
 * Changes: package (one package for the copied SuanShu classes, imports adjusted); the licence block replaced by this
 * header; @Differentiable added to evaluate(double).
 */
package dev.leibniz.corpus.suanshu;

import dev.leibniz.Differentiable;

import static dev.leibniz.corpus.suanshu.DoubleUtils.*;
import static java.lang.Math.*;

/**
 * The trigamma function is defined as the logarithmic derivative of the digamma function. That is,
 * \[
 * \psi_1(z) = \frac{d}{dz} \psi(z)
 * \]
 * This implementation is based on Algorithm 121.
 *
 * @author Haksun Li
 * @see
 * <ul>
 * <li>"B. E. Schneider, "Algorithm 121: Trigamma Function," JSTOR. Vol. 27, No. 1, 1978."
 * <li><a href="http://en.wikipedia.org/wiki/Trigamma_function">Wikipedia: Trigamma function</a>
 * <li>"http://pmtksupport.googlecode.com/svn/trunk/lightspeed2.3/trigamma.m"
 * <li>"http://www.math.mcmaster.ca/peter/s743/trigamma.html"
 * <li>"http://lib.stat.cmu.edu/apstat/121"
 * </ul>
 */
public class Trigamma extends UnivariateRealFunction {

    private static final double SMALL_X = 1e-4;
    private static final double BIG_X = 30;

    @Override
    @Differentiable
    public double evaluate(final double x) {
        double fx = 0;

        if (Double.isNaN(x)) {
            throw new RuntimeException("x = NaN");
        } else if (isZero(x, 0)) {
            fx = Double.POSITIVE_INFINITY;
        } else if (isNegative(x, 0)) {
            fx = pow(PI / sin(PI * x), 2) - evaluate(1 - x);//reflection formula
        } else if (isPositive(x, 0) && x < SMALL_X) {
            fx = 1. / x / x + PI * PI / 6. + -2.404113806319188570799476 * x;
        } else if (x >= BIG_X) {//asymptotic expansion
            double z = 1. / x / x;
            fx = 0.5 * z + (1.0 + z * (1. / 6 + z * (-1. / 30 + z * (1. / 42 + z * (-1. / 30 + z * 5. / 66))))) / x;
        } else {//for small x, use the recurrence formula
            fx = evaluate(x + 1);
            fx += 1 / x / x;
        }

        return fx;
    }
}
