/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: aaiyer/SuanShu (GitHub, commit ed9829aed161112e4d5fb5e2a1ab5ae05d99a491),
 * src/main/java/com/numericalmethod/suanshu/analysis/function/rn2r1/univariate/UnivariateRealFunction.java
 * Licence: Apache License 2.0 (suanshu-20120606-apache-2-license.txt in that repository: Copyright 2018/1/30
 * NUMERICAL METHOD INCORPORATION LIMITED; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the whole class but evaluate(Vector).
 * Changes: package (one package for the copied SuanShu classes, imports adjusted); the licence block replaced by this
 * header; it no longer implements RealScalarFunction (not copied), so the @Override on the dimension methods went with it; evaluate(Vector) (SuanShu's Vector, not copied) removed.
 */
package dev.leibniz.corpus.suanshu;

import dev.leibniz.Differentiable;


/**
 * A univariate real function takes one real argument and outputs one real value.
 * That is, <i>y = f(x)</i>.
 *
 * @author Haksun Li
 */
public abstract class UnivariateRealFunction {

    public int dimensionOfDomain() {
        return 1;
    }

    public int dimensionOfRange() {
        return 1;
    }

    /**
     * Evaluate <i>y = f(x)</i>.
     *
     * @param x <i>x</i>
     * @return <i>f(x)</i>
     */
    public abstract double evaluate(double x);
}
