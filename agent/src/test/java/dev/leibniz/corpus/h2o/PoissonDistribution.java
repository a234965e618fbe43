package dev.leibniz.corpus.h2o;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: H2O-3 (h2oai/h2o-3 on GitHub, commit 0cd0b4e430b0e30c8547395217ff8fd544bdfa1f),
 * h2o-core/src/main/java/hex/DistributionFactory.java
 * Licence: Apache License 2.0 (h2o-3's LICENSE; "http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS
 * IS"
 * BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the class PoissonDistribution (entry: deviance(w, y, f), f = link(f) through the LogFunction in the
 * superclass's field (LogExpUtil.log: Math.max(0, x), a test x == 0, Math.max(MIN_LOG, Math.log(x))), then -2 * w * (y
 * * f - LogExpUtil.exp(f)); negHalfGradient, initFNum, initFDenom, gammaNum, gammaDenom).
 * Changes: package; the class, package-private in DistributionFactory.java, is public in a file of its own (so that the
 * corpus table can name it); @Differentiable added to the entry method; Distribution, LinkFunction, LogExpUtil,
 * DistributionFamily are ./Distribution.java, ./LinkFunction.java, ./LogExpUtil.java, ./DistributionFamily.java.
 */

import dev.leibniz.Differentiable;

public class PoissonDistribution extends Distribution {

    public PoissonDistribution(DistributionFamily family){
        super(family, new LogFunction());
    }

    @Override
    @Differentiable
    public double deviance(double w, double y, double f) {
        f = link(f); //bring back f to link space
        return -2 * w * (y * f - LogExpUtil.exp(f));
    }

    @Override
    public double negHalfGradient(double y, double f) {
        return y - linkInv(f);
    }

    @Override
    public double initFNum(double w, double o, double y) {
        return w * y;
    }

    @Override
    public double initFDenom(double w, double o, double y) {
        return w * linkInv(o);
    }

    @Override
    public double gammaNum(double w, double y, double z, double f) {
        return w * y;
    }

    @Override
    public double gammaDenom(double w, double y, double z, double f) { return w * (y - z); } // y - z == LogExpUtil.exp(f) 
}
