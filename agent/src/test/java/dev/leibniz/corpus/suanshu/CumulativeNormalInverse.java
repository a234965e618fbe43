/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: aaiyer/SuanShu (GitHub, commit ed9829aed161112e4d5fb5e2a1ab5ae05d99a491),
 * src/main/java/com/numericalmethod/suanshu/analysis/function/special/gaussian/CumulativeNormalInverse.java
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
 * The inverse of the cumulative standard Normal distribution function is defined as:
 * \[
 * N^{-1}(u)
 * /]
 * <p/>
 * This implementation uses the Beasley-Springer-Moro algorithm.
 * It has a maximum absolute error of 3e-9 out to seven standard deviations.
 * The error is maximal when <i>u</i> is around 0.5.
 * <p/>
 * The R equivalent function is {@code qnorm}.
 *
 * @author Haksun Li
 * @see
 * <ul>
 * <li>"Moro, B, The full monte. Risk 8 (Feb): 57-58, 1995"
 * <li><a href="http://en.wikipedia.org/wiki/Cumulative_normal#Cumulative_distribution_function">Wikipedia: Cumulative distribution function</a>
 * </ul>
 */
public class CumulativeNormalInverse extends UnivariateRealFunction {

    private static final double[] a = new double[]{
        2.50662823884,
        -18.61500062529,
        41.39119773534,
        -25.44106049637
    };
    private static final double[] b = new double[]{
        -8.4735109309,
        23.08336743743,
        -21.06224101826,
        3.13082909833
    };
    private static final double[] c = new double[]{
        0.3374754822726147,
        0.9761690190917186,
        0.1607979714918209,
        0.0276438810333863,
        0.0038405729373609,
        0.0003951896511919,
        0.0000321767881768,
        0.0000002888167364,
        0.0000003960315187
    };

    @Override
    @Differentiable
    public double evaluate(double u) {
        double r, x;
        double y = u - 0.5;
        if (Math.abs(y) < 0.42) {
            r = y * y;
            x = y * (((a[3] * r + a[2]) * r + a[1]) * r + a[0]);
            x /= (((b[3] * r + b[2]) * r + b[1]) * r + b[0]) * r + 1d;
        } else {
            r = y < 0 ? u : 1d - u;
            r = Math.log(-Math.log(r));

            x = c[8];
            for (int i = 7; i >= 0; --i) {
                x = c[i] + r * x;
            }

            x = y > 0 ? x : -x;
        }

        return x;
    }
}
