package dev.leibniz.corpus.proj4j;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Proj4J 1.3.0, proj4j sources jar (Maven Central; locationtech/proj4j on GitHub),
 * org/locationtech/proj4j/util/ProjectionMath.java
 * Licence: Apache License 2.0 (Copyright 2009, 2017 Martin Davis; http://www.apache.org/licenses/LICENSE-2.0).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: qsfn (entry).
 * Changes: package and class name; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

public class Qsfn {
    @Differentiable
    public static double qsfn(double sinphi, double e, double one_es) {
        double con;

        if (e >= 1.0e-7) {
            con = e * sinphi;
            return (one_es * (sinphi / (1. - con * con) -
                    (.5 / e) * Math.log((1. - con) / (1. + con))));
        } else
            return (sinphi + sinphi);
    }
}
