package dev.leibniz.corpus.h2o;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: H2O-3 (h2oai/h2o-3 on GitHub, commit 0cd0b4e430b0e30c8547395217ff8fd544bdfa1f),
 * h2o-core/src/main/java/hex/DistributionFactory.java
 * Licence: Apache License 2.0 (h2o-3's LICENSE; "http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS
 * IS"
 * BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the class TweedieDistribution (entry: deviance(w, y, f), f = link(f), an assert on the field
 * _tweediePower, Math.pow(y, 2 - p) and LogExpUtil.exp of f times (1 - p) and (2 - p); negHalfGradient, initFNum,
 * initFDenom, gammaNum, gammaDenom).
 * Changes: package; the class, package-private in DistributionFactory.java, is public in a file of its own (so that the
 * corpus table can name it); @Differentiable added to the entry method; Distribution, LinkFunction, LogExpUtil,
 * DistributionFamily are ./Distribution.java, ./LinkFunction.java, ./LogExpUtil.java, ./DistributionFamily.java;
 * Model.Parameters is ./Model.java, a stand-in.
 */

import dev.leibniz.Differentiable;

public class TweedieDistribution extends Distribution {

    public TweedieDistribution(Model.Parameters params){
        super(params, new LogFunction());
    }

    @Override
    @Differentiable
    public double deviance(double w, double y, double f) {
        f = link(f); // bring back f to link space
        assert (_tweediePower > 1 && _tweediePower < 2);
        return 2 * w * (Math.pow(y, 2 - _tweediePower) / ((1 - _tweediePower) * (2 - _tweediePower)) - y * LogExpUtil.exp(f * (1 - _tweediePower)) / (1 - _tweediePower) + LogExpUtil.exp(f * (2 - _tweediePower)) / (2 - _tweediePower));
    }

    @Override
    public double negHalfGradient(double y, double f) {
        assert (_tweediePower > 1 && _tweediePower < 2);
        return y * LogExpUtil.exp(f * (1 - _tweediePower)) - LogExpUtil.exp(f * (2 - _tweediePower));
    }

    @Override
    public double initFNum(double w, double o, double y) {
        return w * y * LogExpUtil.exp(o * (1 - _tweediePower));
    }

    @Override
    public double initFDenom(double w, double o, double y) {
        return w * LogExpUtil.exp(o * (2 - _tweediePower));
    }

    @Override
    public double gammaNum(double w, double y, double z, double f) { return w * y * LogExpUtil.exp(f * (1 - _tweediePower)); }

    @Override
    public double gammaDenom(double w, double y, double z, double f) { return w * LogExpUtil.exp(f * (2 - _tweediePower)); }
}
