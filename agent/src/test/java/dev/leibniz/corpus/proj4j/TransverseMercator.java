package dev.leibniz.corpus.proj4j;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Proj4J 1.3.0, proj4j sources jar (Maven Central; locationtech/proj4j on GitHub),
 * org/locationtech/proj4j/proj/TransverseMercatorProjection.java (with Projection.java)
 * Licence: Apache License 2.0 (Copyright 2006, 2017 Jerry Huxtable, Martin Davis (TransverseMercatorProjection.java), 2009, 2017 Martin Davis (Projection.java); http://www.apache.org/licenses/LICENSE-2.0).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: project(double, double, ProjCoordinate) (entry), the FC constants, the fields it reads and
 * the spherical/ellipsoidal set-up of initialize() (TransverseMercatorProjection's, with Projection's spherical
 * test).
 * Changes: package and class name; @Differentiable added to the entry method; the class extends nothing: the
 * Projection fields it reads (scaleFactor, projectionLatitude, es, spherical) are declared here and set by a
 * constructor taking the eccentricity squared, the latitude of origin and the scale factor (in place of
 * setEllipsoid and the CRS parameters); the other constructors, UTM zones, clone and projectInverse omitted.
 */

import dev.leibniz.Differentiable;

public class TransverseMercator {

    private final static double FC1 = 1.0;
    private final static double FC2 = 0.5;
    private final static double FC3 = 0.16666666666666666666;
    private final static double FC4 = 0.08333333333333333333;
    private final static double FC5 = 0.05;
    private final static double FC6 = 0.03333333333333333333;
    private final static double FC7 = 0.02380952380952380952;
    private final static double FC8 = 0.01785714285714285714;

    protected double projectionLatitude = 0.0;
    protected double scaleFactor = 1.0;
    protected double es = 0;
    protected boolean spherical;

    private double esp;
    private double ml0;
    private double[] en;

    public TransverseMercator(double es, double lat_0, double k) {
        this.es = es;
        projectionLatitude = lat_0;
        scaleFactor = k;
        initialize();
    }

    public void initialize() {
        spherical = (es == 0.0);
        if (spherical) {
            esp = scaleFactor;
            ml0 = .5 * esp;
        } else {
            en = ProjectionMath.enfn(es);
            ml0 = ProjectionMath.mlfn(projectionLatitude, Math.sin(projectionLatitude), Math.cos(projectionLatitude), en);
            esp = es / (1. - es);
        }
    }

    @Differentiable
    public ProjCoordinate project(double lplam, double lpphi, ProjCoordinate xy) {
        if (spherical) {
            double cosphi = Math.cos(lpphi);
            double b = cosphi * Math.sin(lplam);

            xy.x = ml0 * scaleFactor * Math.log((1. + b) / (1. - b));
            double ty = cosphi * Math.cos(lplam) / Math.sqrt(1. - b * b);
            ty = ProjectionMath.acos(ty);
            if (lpphi < 0.0)
                ty = -ty;
            xy.y = esp * (ty - projectionLatitude);
        } else {
            double al, als, n, t;
            double sinphi = Math.sin(lpphi);
            double cosphi = Math.cos(lpphi);
            t = Math.abs(cosphi) > 1e-10 ? sinphi / cosphi : 0.0;
            t *= t;
            al = cosphi * lplam;
            als = al * al;
            al /= Math.sqrt(1. - es * sinphi * sinphi);
            n = esp * cosphi * cosphi;
            xy.x = scaleFactor * al * (FC1 +
                    FC3 * als * (1. - t + n +
                            FC5 * als * (5. + t * (t - 18.) + n * (14. - 58. * t)
                                    + FC7 * als * (61. + t * (t * (179. - t) - 479.))
                            )));
            xy.y = scaleFactor * (ProjectionMath.mlfn(lpphi, sinphi, cosphi, en) - ml0 +
                    sinphi * al * lplam * FC2 * (1. +
                            FC4 * als * (5. - t + n * (9. + 4. * n) +
                                    FC6 * als * (61. + t * (t - 58.) + n * (270. - 330 * t)
                                            + FC8 * als * (1385. + t * (t * (543. - t) - 3111.))
                                    ))));
        }
        return xy;
    }
}
