package dev.leibniz.corpus.h2o;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: H2O-3 (h2oai/h2o-3 on GitHub, commit 0cd0b4e430b0e30c8547395217ff8fd544bdfa1f),
 * h2o-core/src/main/java/hex/DistributionFactory.java
 * Licence: Apache License 2.0 (h2o-3's LICENSE; "http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS
 * IS"
 * BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the class BernoulliDistribution (entry: deviance(w, y, f) = -2 * w * (y * LogExpUtil.log(f) + (1 -
 * y) * LogExpUtil.log(1 - f)); a LogitFunction link in the field the superclass declares; negHalfGradient, initFNum,
 * initFDenom, gammaNum, gammaDenom).
 * Changes: package; the class, package-private in DistributionFactory.java, is public in a file of its own (so that the
 * corpus table can name it); @Differentiable added to the entry method; Distribution, LinkFunction, LogExpUtil,
 * DistributionFamily are ./Distribution.java, ./LinkFunction.java, ./LogExpUtil.java, ./DistributionFamily.java.
 */

import dev.leibniz.Differentiable;

public class BernoulliDistribution extends Distribution {

    public BernoulliDistribution(DistributionFamily family){ super(family, new LogitFunction()); }

    @Override
    @Differentiable
    public double deviance(double w, double y, double f) { return -2 * w * (y * LogExpUtil.log(f) + (1 - y) * LogExpUtil.log(1 - f)); }

    @Override
    public double negHalfGradient(double y, double f) { return y - linkInv(f); }

    @Override
    public double initFNum(double w, double o, double y) { return w * (y - o); }

    @Override
    public double initFDenom(double w, double o, double y) { return w; }

    @Override
    public double gammaNum(double w, double y, double z, double f) { return w * z; }
    
    @Override
    public double gammaDenom(double w, double y, double z, double f) {
        double ff = y - z;
        return w * ff * (1 - ff);
    }
}
