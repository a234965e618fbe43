/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: aaiyer/SuanShu (GitHub, commit ed9829aed161112e4d5fb5e2a1ab5ae05d99a491),
 * src/main/java/com/numericalmethod/suanshu/analysis/function/special/gaussian/StandardCumulativeNormal.java
 * Licence: Apache License 2.0 (suanshu-20120606-apache-2-license.txt in that repository: Copyright 2018/1/30
 * NUMERICAL METHOD INCORPORATION LIMITED; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the whole class.
 * Changes: package (one package for the copied SuanShu classes, imports adjusted); the licence block replaced by this
 * header; nothing else.
 */
package dev.leibniz.corpus.suanshu;

import dev.leibniz.Differentiable;

/**
 * The cumulative Normal distribution function describes the probability of a Normal random variable falling in the interval \((-\infty, x]\).
 * It is defined as:
 * /[
 * F(x;\,\mu,\sigma^2)
 * = \Phi\left(\frac{x-\mu}{\sigma}\right)
 * = \frac12\left[\, 1 + \operatorname{erf}\left(\frac{x-\mu}{\sigma\sqrt{2}}\right)\,\right],\quad x\in\mathbb{R}
 * /]
 * <p/>
 * The R equivalent function is {@code pnorm}.
 *
 * @author Haksun Li
 * @see <a href="http://en.wikipedia.org/wiki/Cumulative_normal#Cumulative_distribution_function">Wikipedia: Cumulative distribution function</a>
 */
public interface StandardCumulativeNormal {

    /**
     * Evaluate \(F(x;\,\mu,\sigma^2)\).
     *
     * @param x <i>x</i>
     * @return \(F(x;\,1,1)\)
     */
    public double evaluate(double x);
}
