package dev.leibniz.corpus.jts;

/*
 * A helper of the real-code corpus (not an entry; see ../README.md).
 * Source: locationtech/jts (GitHub), modules/core/src/main/java/org/locationtech/jts/geom/Coordinate.java
 * Licence: Eclipse Public License 2.0 and Eclipse Distribution License 1.0 (BSD-3-Clause); Copyright (c)
 * 2016 Vivid Solutions. All rights reserved.
 * Copied unchanged: NULL_ORDINATE, the fields x, y, z, the two- and three-argument constructors,
 * setX, setY and create(), the no-argument constructor; getZ() and distance(Coordinate) (JTS 1.19.0,
 * jts-core-1.19.0-sources.jar, for the Distance, Angle and Triangle entries); the rest of the class is omitted; javadoc omitted.
 */
public class Coordinate {
  public static final double NULL_ORDINATE = Double.NaN;

  public double x;
  public double y;
  public double z;

  public Coordinate(double x, double y, double z) {
    this.x = x;
    this.y = y;
    this.z = z;
  }

  public Coordinate() {
    this(0.0, 0.0);
  }

  public Coordinate(double x, double y) {
    this(x, y, NULL_ORDINATE);
  }

  public void setX(double x) {
    this.x = x;
  }

  public void setY(double y) {
    this.y = y;
  }

  public Coordinate create() {
      return new Coordinate();
  }

  public double getZ() {
      return z;      
  }

  public double distance(Coordinate c) {
    double dx = x - c.x;
    double dy = y - c.y;
    return Math.sqrt(dx * dx + dy * dy);
  }
}
