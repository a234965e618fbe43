package dev.leibniz.corpus.proj4j;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Proj4J 1.3.0, proj4j sources jar (Maven Central; locationtech/proj4j on GitHub),
 * org/locationtech/proj4j/util/ProjectionMath.java
 * Licence: Apache License 2.0 (Copyright 2009, 2017 Martin Davis; http://www.apache.org/licenses/LICENSE-2.0).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: acos, enfn, mlfn and the constants they read (helpers of TransverseMercator).
 * Changes: package; the rest of the class omitted. Not marked: a library helper.
 */
public class ProjectionMath {
    public static double acos(double v) {
        if (Math.abs(v) > 1.)
            return v < 0.0 ? Math.PI : 0.0;
        return Math.acos(v);
    }

    private final static double C00 = 1.0;
    private final static double C02 = .25;
    private final static double C04 = .046875;
    private final static double C06 = .01953125;
    private final static double C08 = .01068115234375;
    private final static double C22 = .75;
    private final static double C44 = .46875;
    private final static double C46 = .01302083333333333333;
    private final static double C48 = .00712076822916666666;
    private final static double C66 = .36458333333333333333;
    private final static double C68 = .00569661458333333333;
    private final static double C88 = .3076171875;

    public static double[] enfn(double es) {
        double t;
        double[] en = new double[5];
        en[0] = C00 - es * (C02 + es * (C04 + es * (C06 + es * C08)));
        en[1] = es * (C22 - es * (C04 + es * (C06 + es * C08)));
        en[2] = (t = es * es) * (C44 - es * (C46 + es * C48));
        en[3] = (t *= es) * (C66 - es * C68);
        en[4] = t * es * C88;
        return en;
    }

    public static double mlfn(double phi, double sphi, double cphi, double[] en) {
        cphi *= sphi;
        sphi *= sphi;
        return en[0] * phi - cphi * (en[1] + sphi * (en[2] + sphi * (en[3] + sphi * en[4])));
    }
}
