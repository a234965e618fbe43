/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: aaiyer/SuanShu (GitHub, commit ed9829aed161112e4d5fb5e2a1ab5ae05d99a491),
 * src/main/java/com/numericalmethod/suanshu/analysis/function/special/gaussian/Gaussian.java
 * Licence: Apache License 2.0 (suanshu-20120606-apache-2-license.txt in that repository: Copyright 2018/1/30
 * NUMERICAL METHOD INCORPORATION LIMITED; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the whole class (entry: evaluate(double)).
 * Changes: package (one package for the copied SuanShu classes, imports adjusted); the licence block replaced by this
 * header; @Differentiable added to evaluate(double).
 */
package dev.leibniz.corpus.suanshu;

import dev.leibniz.Differentiable;

import static dev.leibniz.corpus.suanshu.Constant.ROOT_2_PI;
import static java.lang.Math.exp;

/**
 * The Gaussian function is defined as:
 * \[
 * f(x) = a e^{- { \frac{(x-b)^2 }{ 2 c^2} } }
 * \]
 *
 * @author Haksun Li
 * @see <a href="http://en.wikipedia.org/wiki/Gaussian_function">Wikipedia: Gaussian function</a>
 */
public class Gaussian extends UnivariateRealFunction {

    private final double a;
    private final double b;
    private final double c;

    /**
     * Construct an instance of the Gaussian function.
     *
     * @param a <i>a</i>
     * @param b <i>b</i>
     * @param c <i>c</i>
     */
    public Gaussian(double a, double b, double c) {
        this.a = a;
        this.b = b;
        this.c = c;
    }

    /**
     * Construct an instance of the standard Gaussian function: \(f(x) = e^{-{\frac{(x)^2}{2}}}\)
     */
    public Gaussian() {
        this(1d / ROOT_2_PI, 0, 1d);
    }

    /**
     * Get <i>a</i>.
     *
     * @return <i>a</i>
     */
    public double a() {
        return a;
    }

    /**
     * Get <i>b</i>.
     *
     * @return <i>b</i>
     */
    public double b() {
        return b;
    }

    /**
     * Get <i>c</i>.
     *
     * @return <i>c</i>
     */
    public double c() {
        return c;
    }

    @Override
    @Differentiable
    public double evaluate(double x) {
        double y = (x - b) / c;
        y *= y;
        y /= -2;
        y = a * exp(y);
        return y;
    }
}
