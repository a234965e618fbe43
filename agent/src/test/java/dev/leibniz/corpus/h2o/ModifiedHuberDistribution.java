package dev.leibniz.corpus.h2o;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: H2O-3 (h2oai/h2o-3 on GitHub, commit 0cd0b4e430b0e30c8547395217ff8fd544bdfa1f),
 * h2o-core/src/main/java/hex/DistributionFactory.java
 * Licence: Apache License 2.0 (h2o-3's LICENSE; "http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS
 * IS"
 * BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the class ModifiedHuberDistribution (entry: gammaDenom(w, y, z, f), three pieces in yf = (2 * y -
 * 1) * f: -w * 4 * yf below -1, 0 above 1, w * (1 - yf)^2 between; deviance, negHalfGradient, initFNum, initFDenom,
 * gammaNum).
 * Changes: package; the class, package-private in DistributionFactory.java, is public in a file of its own (so that the
 * corpus table can name it); @Differentiable added to the entry method; Distribution, LinkFunction, LogExpUtil,
 * DistributionFamily are ./Distribution.java, ./LinkFunction.java, ./LogExpUtil.java, ./DistributionFamily.java.
 */

import dev.leibniz.Differentiable;

public class ModifiedHuberDistribution extends Distribution {

    public ModifiedHuberDistribution(DistributionFamily family){
        super(family, new LogitFunction());
    }

    @Override
    public double deviance(double w, double y, double f) {
        double yf = (2 * y - 1) * f;
        if (yf < -1)
            return -w * 4 * yf;
        else if (yf > 1)
            return 0;
        else
            return w * yf * yf;
    }

    @Override
    public double negHalfGradient(double y, double f) {
        double yf = (2 * y - 1) * f;
        if (yf < -1)
            return 2 * (2 * y - 1);
        else if (yf > 1)
            return 0;
        else
            return -f * (2 * y - 1) * (2 * y - 1);
    }

    @Override
    public double initFNum(double w, double o, double y) {
        return y == 1 ? w : 0;
    }

    @Override
    public double initFDenom(double w, double o, double y) {
        return y == 1 ? 0 : w;
    }

    @Override
    public double gammaNum(double w, double y, double z, double f) {
        double yf = (2 * y - 1) * f;
        if (yf < -1) return w * 4 * (2 * y - 1);
        else if (yf > 1) return 0;
        else return w * 2 * (2 * y - 1) * (1 - yf);
    }

    @Override
    @Differentiable
    public double gammaDenom(double w, double y, double z, double f) {
        double yf = (2 * y - 1) * f;
        if (yf < -1) return -w * 4 * yf;
        else if (yf > 1) return 0;
        else return w * (1 - yf) * (1 - yf);
    }
}
