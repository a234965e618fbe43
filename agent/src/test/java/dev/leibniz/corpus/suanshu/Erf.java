/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: aaiyer/SuanShu (GitHub, commit ed9829aed161112e4d5fb5e2a1ab5ae05d99a491),
 * src/main/java/com/numericalmethod/suanshu/analysis/function/special/gaussian/Erf.java
 * Licence: Apache License 2.0 (suanshu-20120606-apache-2-license.txt in that repository: Copyright 2018/1/30
 * NUMERICAL METHOD INCORPORATION LIMITED; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the whole class (entry: evaluate(double)).
 * Changes: package (one package for the copied SuanShu classes, imports adjusted); the licence block replaced by this
 * header; @Differentiable added to evaluate(double).
 */
package dev.leibniz.corpus.suanshu;

import dev.leibniz.Differentiable;

import static dev.leibniz.corpus.suanshu.Constant.ROOT_2;

/**
 * The Error function is defined as:
 * \[
 * \operatorname{erf}(x) = \frac{2}{\sqrt{\pi}}\int_{0}^x e^{-t^2} dt
 * \]
 *
 * @author Haksun Li
 * @see
 * <ul>
 * <li>"Paul Glasserman, "Section 2.3," Monte Carlo Methods in Financial Engineering."
 * <li><a href="http://en.wikipedia.org/wiki/Error_function">Wikipedia: Error function</a>
 * </ul>
 */
public class Erf extends UnivariateRealFunction {

    private static StandardCumulativeNormal N = new CumulativeNormalMarsaglia();

    @Override
    @Differentiable
    public double evaluate(double x) {
        double y = N.evaluate(ROOT_2 * x);
        y = 2. * y - 1;
        return y;
    }
}
