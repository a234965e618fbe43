package dev.leibniz.corpus.h2o;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: H2O-3 (h2oai/h2o-3 on GitHub, commit 038cefa55c113ff649d4e8a50b6908d010fa497d),
 * h2o-core/src/main/java/hex/Distribution.java
 * Licence: Apache License 2.0 (h2o-3's LICENSE; "http://www.apache.org/licenses/LICENSE-2.0"). Distributed on an "AS
 * IS"
 * BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the class but its javadoc (fields, four constructors, setHuberDelta, link and linkInv through the
 * LinkFunction held in the field _linkFunction, linkInvString, and the default deviance, negHalfGradient, initFNum,
 * initFDenom, gammaNum, gammaDenom, reset).
 * Changes: package; 'extends Iced<Distribution>' dropped (H2O's serialisation base class); 'throw H2O.unimpl()' is
 * 'throw new UnsupportedOperationException()' (H2O.unimpl returns such an exception); DistributionFamily is
 * ./DistributionFamily.java; Model.Parameters is ./Model.java, a stand-in (see there); method javadoc omitted.
 */

/**
 * Distribution functions to be used by ML Algos
 */
public abstract class Distribution {
    
    public final double _tweediePower; // tweedie power
    public final double _quantileAlpha; // for quantile regression
    public double _huberDelta; // should be updated to huber_alpha quantile of absolute error of predictions via setter
    public LinkFunction _linkFunction; // link function to use mainly for GLM
    public final DistributionFamily _family; // distribution name, important for some algos to decide what to do
    
    public Distribution(DistributionFamily family, LinkFunction lf) {
        _tweediePower = 1.5;
        _quantileAlpha = 0.5;
        _huberDelta = Double.NaN;
        _linkFunction = lf;
        _family = family;
    }

    public Distribution(DistributionFamily family) {
        _tweediePower = 1.5;
        _quantileAlpha = 0.5;
        _huberDelta = Double.NaN;
        _linkFunction = new IdentityFunction();
        _family = family;
    }

    public Distribution(Model.Parameters params, LinkFunction lf) {
        _tweediePower = params._tweedie_power;
        _quantileAlpha = params._quantile_alpha;
        _huberDelta = 1;
        assert (_tweediePower > 1 && _tweediePower < 2);
        _linkFunction = lf;
        _family = params._distribution;
    }
    
    public Distribution(Model.Parameters params) {
        _tweediePower = params._tweedie_power;
        _quantileAlpha = params._quantile_alpha;
        _huberDelta = 1;
        assert (_tweediePower > 1 && _tweediePower < 2);
        _linkFunction = new IdentityFunction();
        _family = params._distribution;
    }
    
    public void setHuberDelta(double huberDelta) {
        this._huberDelta = huberDelta;
    }
    
    public double link(double f) { return _linkFunction.link(f); }

    public double linkInv(double f) { return _linkFunction.linkInv(f); }

    public String linkInvString(String f) {
        return _linkFunction.linkInvString(f);
    }

    public double deviance(double w, double y, double f) {
        throw new UnsupportedOperationException();
    }
    
    public double negHalfGradient(double y, double f) { throw new UnsupportedOperationException(); }

    public double negHalfGradient(double y, double f, int l) { throw new UnsupportedOperationException(); }
    
    public double initFNum(double w, double o, double y) {
        throw new UnsupportedOperationException();
    }
    
    public double initFDenom(double w, double o, double y) {
        throw new UnsupportedOperationException();
    }

    public double gammaNum(double w, double y, double z, double f) {
        throw new UnsupportedOperationException();
    }

    public double gammaDenom(double w, double y, double z, double f) {
        throw new UnsupportedOperationException();
    }

    public void reset(){}
}
