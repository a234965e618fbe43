/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Not copied: a stand-in for java.awt.geom.Point2D and its nested Point2D.Double, written here with only the members
 * the copied GeoTools code uses (getX, getY, setLocation, the coordinates x and y, the constructors of Double). The
 * JDK's class lives in java.desktop, and the core takes its objects for library objects without shadows. The JDK's
 * shape (an abstract setLocation in Point2D, overridden by Point2D.Double, which holds the fields) was tried first: the
 * core refuses every projection then at ptDst.setLocation(x, y), a call on an abstract method whose target it cannot
 * know (ThirtySixthRound's README section); here the fields and final accessors sit in Point2D and Double only adds
 * constructors, so that the round measures the projections' own code.
 */
package dev.leibniz.corpus.geotools;

public abstract class Point2D {
    public double x;
    public double y;

    protected Point2D() {}

    public final double getX() {
        return x;
    }

    public final double getY() {
        return y;
    }

    public final void setLocation(double x, double y) {
        this.x = x;
        this.y = y;
    }

    public static final class Double extends Point2D {
        public Double() {}

        public Double(double x, double y) {
            this.x = x;
            this.y = y;
        }
    }
}
