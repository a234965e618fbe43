package dev.leibniz.corpus.h2o;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: H2O-3 (h2oai/h2o-3 on GitHub, commit 0cd0b4e430b0e30c8547395217ff8fd544bdfa1f),
 * h2o-core/src/main/java/hex/DistributionFactory.java
 * Licence: Apache License 2.0 (h2o-3's LICENSE; "http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS
 * IS"
 * BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the class QuasibinomialDistribution (entry: negHalfGradient(y, f), ff = linkInv(f) through the
 * LogitFunction held in the superclass's field _linkFunction (an abstract method of a package-private class), then
 * branches on ff == y, ff > 1, ff < 0; deviance, initFNum, initFDenom, gammaNum, gammaDenom).
 * Changes: package; the class, package-private in DistributionFactory.java, is public in a file of its own (so that the
 * corpus table can name it); @Differentiable added to the entry method; Distribution, LinkFunction, LogExpUtil,
 * DistributionFamily are ./Distribution.java, ./LinkFunction.java, ./LogExpUtil.java, ./DistributionFamily.java.
 */

import dev.leibniz.Differentiable;

public class QuasibinomialDistribution extends Distribution {

    public QuasibinomialDistribution(DistributionFamily family){
        super(family, new LogitFunction());
    }

    @Override
    public double deviance(double w, double y, double f) {
        if (y == f) return 0;
        if (f > 1)
            return -2 * w * y * LogExpUtil.log(f);
        else if (f < 0)
            return -2 * w * (1 - y) * LogExpUtil.log(1 - f);
        else
            return -2 * w * (y * LogExpUtil.log(f) + (1 - y) * LogExpUtil.log(1 - f));
    }

    @Override
    @Differentiable
    public double negHalfGradient(double y, double f) {
        double ff = linkInv(f);
        if (ff == y)
            return 0;
        else if (ff > 1)
            return y / ff;
        else if (ff < 0)
            return (1 - y) / (ff - 1);
        else
            return y - ff;
    }

    @Override
    public double initFNum(double w, double o, double y) {
        return w * (y - o);
    }

    @Override
    public double initFDenom(double w, double o, double y) {
        return w;
    }

    @Override
    public double gammaNum(double w, double y, double z, double f) {
        return w * z;
    }

    @Override
    public double gammaDenom(double w, double y, double z, double f) {
        double ff = y - z;
        return w * ff * (1 - ff);
    }
}
