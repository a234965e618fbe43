package dev.leibniz.corpus.proj4j;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Proj4J 1.3.0, proj4j sources jar (Maven Central; locationtech/proj4j on GitHub),
 * org/locationtech/proj4j/util/ProjectionMath.java
 * Licence: Apache License 2.0 (Copyright 2009, 2017 Martin Davis; http://www.apache.org/licenses/LICENSE-2.0).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: phi2 (entry), N_ITER and HALFPI.
 * Changes: package and class name; @Differentiable added to the entry method; ConvergenceFailureException is
 * this package's copy (see ProjectionExceptions).
 */

import dev.leibniz.Differentiable;

public class Phi2 {
    public final static double HALFPI = Math.PI / 2.0;

    private final static int N_ITER = 15;

    @Differentiable
    public static double phi2(double ts, double e) {
        double eccnth, phi, con, dphi;
        int i;

        eccnth = .5 * e;
        phi = Phi2.HALFPI - 2. * Math.atan(ts);
        i = N_ITER;
        do {
            con = e * Math.sin(phi);
            dphi = Phi2.HALFPI - 2. * Math.atan(ts * Math.pow((1. - con) / (1. + con), eccnth)) - phi;
            phi += dphi;
        } while (Math.abs(dphi) > 1e-10 && --i != 0);
        if (i <= 0)
            throw new ProjectionExceptions.ConvergenceFailureException("Computation of phi2 failed to converage after " + N_ITER + " iterations");
        return phi;
    }
}
