package dev.leibniz.corpus.sis;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: GeoAPI 3.0 (org.opengis.referencing.datum.Ellipsoid, the interface SIS implements; Apache License 2.0,
 * Open Geospatial Consortium). Copied: the two getters FormulasGeocentricRadius calls; the rest omitted.
 * Wgs84 below is a test fixture (not copied): SIS's DefaultEllipsoid needs most of SIS.
 */

public interface Ellipsoid {
    double getSemiMajorAxis();

    double getSemiMinorAxis();

    /** Test fixture: the WGS84 axes in metres (as SIS's CommonCRS.WGS84 ellipsoid has them). */
    final class Wgs84 implements Ellipsoid {
        @Override
        public double getSemiMajorAxis() {
            return 6378137.0;
        }

        @Override
        public double getSemiMinorAxis() {
            return 6356752.314245179;
        }
    }
}
