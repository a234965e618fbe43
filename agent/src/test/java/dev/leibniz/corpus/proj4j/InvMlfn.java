package dev.leibniz.corpus.proj4j;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Proj4J 1.3.0, proj4j sources jar (Maven Central; locationtech/proj4j on GitHub),
 * org/locationtech/proj4j/util/ProjectionMath.java
 * Licence: Apache License 2.0 (Copyright 2009, 2017 Martin Davis; http://www.apache.org/licenses/LICENSE-2.0).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: inv_mlfn (entry), the mlfn it calls and MAX_ITER.
 * Changes: package and class name; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public class InvMlfn {
    private final static int MAX_ITER = 10;

    public static double mlfn(double phi, double sphi, double cphi, double[] en) {
        cphi *= sphi;
        sphi *= sphi;
        return en[0] * phi - cphi * (en[1] + sphi * (en[2] + sphi * (en[3] + sphi * en[4])));
    }

    @Differentiable
    public static double inv_mlfn(double arg, double es, double[] en) {
        double s, t, phi, k = 1. / (1. - es);

        phi = arg;
        for (int i = MAX_ITER; i != 0; i--) {
            s = Math.sin(phi);
            t = 1. - es * s * s;
            phi -= t = (mlfn(phi, s, Math.cos(phi), en) - arg) * (t * Math.sqrt(t)) * k;
            if (Math.abs(t) < 1e-11)
                return phi;
        }
        return phi;
    }
}
