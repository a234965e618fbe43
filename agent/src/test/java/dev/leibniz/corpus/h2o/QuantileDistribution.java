package dev.leibniz.corpus.h2o;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: H2O-3 (h2oai/h2o-3 on GitHub, commit 0cd0b4e430b0e30c8547395217ff8fd544bdfa1f),
 * h2o-core/src/main/java/hex/DistributionFactory.java
 * Licence: Apache License 2.0 (h2o-3's LICENSE; "http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS
 * IS"
 * BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the class QuantileDistribution (entry: deviance(w, y, f), the pinball loss with the field
 * _quantileAlpha: y > f picks the side; negHalfGradient).
 * Changes: package; the class, package-private in DistributionFactory.java, is public in a file of its own (so that the
 * corpus table can name it); @Differentiable added to the entry method; Distribution, LinkFunction, LogExpUtil,
 * DistributionFamily are ./Distribution.java, ./LinkFunction.java, ./LogExpUtil.java, ./DistributionFamily.java;
 * Model.Parameters is ./Model.java, a stand-in.
 */

import dev.leibniz.Differentiable;

public class QuantileDistribution extends Distribution {

    public QuantileDistribution(Model.Parameters params){
        super(params);
    }

    @Override
    @Differentiable
    public double deviance(double w, double y, double f) { return y > f ? w * _quantileAlpha * (y - f) : w * (1 - _quantileAlpha) * (f - y); }

    @Override
    public double negHalfGradient(double y, double f) { return y > f ? 0.5 * _quantileAlpha : 0.5 * (_quantileAlpha - 1); }
}
