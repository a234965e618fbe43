package dev.leibniz.corpus.smile;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Smile 1.5.3 (haifengl/smile on GitHub, tag v1.5.3, commit 3c4bab4e86718ed0edd6159258488b2dafe96045),
 * math/src/main/java/smile/math/rbf/ThinPlateRadialBasis.java
 * Licence: Apache License 2.0 ("Copyright (c) 2010 Haifeng Li. Licensed under the Apache License, Version 2.0 ...
 * http://www.apache.org/licenses/LICENSE-2.0"; Smile 1.x is Apache-2.0, later versions are not and were not used).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the class but toString: the field, constructors, f(double) (entry: r <= 0.0 ? 0.0 : r * r *
 * Math.log(r / r0)).
 * Changes: package; javadoc omitted; @Differentiable added to the entry method; toString omitted; import
 * java.lang.Math added (the original, in smile.math.distance or smile.math.rbf, calls java.lang.Math; here
 * ./Math.java, the copy of smile.math.Math, shares the package); RadialBasisFunction is ./RadialBasisFunction.java.
 */

import dev.leibniz.Differentiable;
import java.lang.Math;
import java.io.Serializable;

public class ThinPlateRadialBasis implements RadialBasisFunction, Serializable {
    private static final long serialVersionUID = 1L;

    private double r0;

    public ThinPlateRadialBasis() {
        this(1.0);
    }

    public ThinPlateRadialBasis(double scale) {
        r0 = scale;
    }

    @Override
    @Differentiable
    public double f(double r) {
        return r <= 0.0 ? 0.0 : r * r * Math.log(r / r0);
    }

}
