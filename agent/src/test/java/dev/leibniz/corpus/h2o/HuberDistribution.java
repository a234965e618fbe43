package dev.leibniz.corpus.h2o;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: H2O-3 (h2oai/h2o-3 on GitHub, commit 0cd0b4e430b0e30c8547395217ff8fd544bdfa1f),
 * h2o-core/src/main/java/hex/DistributionFactory.java
 * Licence: Apache License 2.0 (h2o-3's LICENSE; "http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS
 * IS"
 * BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the class HuberDistribution (entry: deviance(w, y, f), quadratic within the field _huberDelta of y
 * - f (Math.abs), linear beyond; negHalfGradient).
 * Changes: package; the class, package-private in DistributionFactory.java, is public in a file of its own (so that the
 * corpus table can name it); @Differentiable added to the entry method; Distribution, LinkFunction, LogExpUtil,
 * DistributionFamily are ./Distribution.java, ./LinkFunction.java, ./LogExpUtil.java, ./DistributionFamily.java;
 * Model.Parameters is ./Model.java, a stand-in.
 */

import dev.leibniz.Differentiable;

public class HuberDistribution extends Distribution {


    public HuberDistribution(Model.Parameters params){
        super(params);
    }

    @Override
    @Differentiable
    public double deviance(double w, double y, double f) {
        if (Math.abs(y - f) <= _huberDelta) {
            return w * (y - f) * (y - f); // same as wMSE
        } else {
            return 2 * w * (Math.abs(y - f) - _huberDelta) * _huberDelta; // note quite the same as wMAE
        }
    }

    @Override
    public double negHalfGradient(double y, double f) {
        if (Math.abs(y - f) <= _huberDelta) {
            return y - f;
        } else {
            return f >= y ? -_huberDelta : _huberDelta;
        }
    }
}
