package dev.leibniz.corpus.proj4j;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Proj4J 1.3.0, proj4j sources jar (Maven Central; locationtech/proj4j on GitHub),
 * org/locationtech/proj4j/ProjCoordinate.java
 * Licence: Apache License 2.0 (Copyright 2009, 2017 Martin Davis; http://www.apache.org/licenses/LICENSE-2.0).
 * Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the fields x, y, z and the no-argument and (x, y) constructors.
 * Changes: package; javadoc, the DecimalFormat statics, Serializable and the other methods omitted.
 */
public class ProjCoordinate {
    public double x;
    public double y;
    public double z;

    public ProjCoordinate() {
        this(0.0, 0.0);
    }

    public ProjCoordinate(double x, double y) {
        this.x = x;
        this.y = y;
        this.z = Double.NaN;
    }
}
