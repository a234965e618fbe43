/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: google/s2-geometry-library-java (GitHub, commit 57151fc0f7fe543b75e9f743bf897e81928d5c3f),
 * library/src/com/google/common/geometry/S2Projections.java
 * Licence: Apache License 2.0 ("Copyright 2005 Google Inc. Licensed under the Apache License, Version 2.0";
 * http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS).
 * Copied: stToUV, uvToST, UvTransform and XyzTransform with their six anonymous implementations each (held in static
 * arrays indexed by face), both faceUvToXyz methods, faceToXyzTransform, both validFaceXyzToUv methods and
 * faceToUvTransform; entries: stToUV, uvToST, faceUvToXyz(face, u, v), validFaceXyzToUv(face, p) (@Differentiable
 * added to each).
 * Changes: package; the licence block shortened to this header; the class javadoc, the cell metrics, the (i, j) and
 * (si, ti) conversions, the face frames and the nullable faceXyzToUv left out (with their imports).
 */
package dev.leibniz.corpus.s2;

import static java.lang.Math.min;
import static java.lang.Math.sqrt;

import dev.leibniz.Differentiable;

/**
 * This class specifies the coordinate systems and transforms used to project points from the sphere
 * to the unit cube to an S2CellId.
 */
public final class S2Projections {
  private S2Projections() {}

  /**
   * Convert an s- or t-value to the corresponding u- or v-value. This is a non-linear
   * transformation from [0,1] to [-1,1] that attempts to make the cell sizes more uniform.
   */
  @Differentiable
  public static double stToUV(double s) {
    if (s >= 0.5) {
      return (1 / 3.) * (4 * s * s - 1);
    } else {
      return (1 / 3.) * (1 - 4 * (1 - s) * (1 - s));
    }
  }

  /**
   * The inverse of {@link #stToUV(double)}. Note that it is not always true that {@code
   * uvToST(stToUV(x)) == x} due to numerical errors.
   */
  @Differentiable
  public static double uvToST(double u) {
    if (u >= 0) {
      return 0.5 * sqrt(1 + 3 * u);
    } else {
      return 1 - 0.5 * sqrt(1 - 3 * u);
    }
  }


  /**
   * A transform from 3D cartesian coordinates to the 2D coordinates of a face. For (x, y, z)
   * coordinates within the face, the resulting UV coordinates should each lie in the inclusive
   * range [-1,1], with the center of the face along that axis at 0.
   */
  public abstract static class UvTransform {
    /** Internal implementations only. */
    private UvTransform() {}

    /**
     * Returns the 'u' coordinate of the [u, v] point projected onto a cube face from the given [x,
     * y, z] position.
     */
    public abstract double xyzToU(double x, double y, double z);

    /**
     * Returns the 'u' coordinate of the [u, v] point projected onto a cube face from the given [x,
     * y, z] position.
     */
    public final double xyzToU(S2Point p) {
      return xyzToU(p.x, p.y, p.z);
    }

    /**
     * Returns the 'v' coordinate of the [u, v] point projected onto a cube face from the given [x,
     * y, z] position.
     */
    public abstract double xyzToV(double x, double y, double z);

    /**
     * Returns the 'v' coordinate of the [u, v] point projected onto a cube face from the given [x,
     * y, z] position.
     */
    public final double xyzToV(S2Point p) {
      return xyzToV(p.x, p.y, p.z);
    }
  }

  /**
   * The transforms to convert (x, y, z) coordinates to u and v coordinates on a specific face,
   * indexed by face.
   */
  private static final UvTransform[] UV_TRANSFORMS = {
    new UvTransform() {
      @Override
      public double xyzToU(double x, double y, double z) {
        return y / x;
      }

      @Override
      public double xyzToV(double x, double y, double z) {
        return z / x;
      }
    },
    new UvTransform() {
      @Override
      public double xyzToU(double x, double y, double z) {
        return -x / y;
      }

      @Override
      public double xyzToV(double x, double y, double z) {
        return z / y;
      }
    },
    new UvTransform() {
      @Override
      public double xyzToU(double x, double y, double z) {
        return -x / z;
      }

      @Override
      public double xyzToV(double x, double y, double z) {
        return -y / z;
      }
    },
    new UvTransform() {
      @Override
      public double xyzToU(double x, double y, double z) {
        return z / x;
      }

      @Override
      public double xyzToV(double x, double y, double z) {
        return y / x;
      }
    },
    new UvTransform() {
      @Override
      public double xyzToU(double x, double y, double z) {
        return z / y;
      }

      @Override
      public double xyzToV(double x, double y, double z) {
        return -x / y;
      }
    },
    new UvTransform() {
      @Override
      public double xyzToU(double x, double y, double z) {
        return -y / z;
      }

      @Override
      public double xyzToV(double x, double y, double z) {
        return -x / z;
      }
    }
  };

  /**
   * A transform from 2D cartesian coordinates of a face to 3D directional vectors. The resulting
   * vectors are not necessarily of unit length.
   */
  interface XyzTransform {
    /**
     * Returns the 'x' coordinate for the [x, y, z] point on the unit sphere that projects to the
     * given [u, v] point on a cube face.
     */
    public double uvToX(double u, double v);

    /**
     * Returns the 'y' coordinate for the [x, y, z] point on the unit sphere that projects to the
     * given [u, v] point on a cube face.
     */
    public double uvToY(double u, double v);

    /**
     * Returns the 'z' coordinate for the [x, y, z] point on the unit sphere that projects to the
     * given [u, v] point on a cube face.
     */
    public double uvToZ(double u, double v);
  }

  /**
   * The transforms to convert (u, v) coordinates on a specific face to x-, y-, and z- coordinates,
   * indexed by face.
   */
  private static final XyzTransform[] XYZ_TRANSFORMS = {
    new XyzTransform() {
      @Override
      public double uvToX(double u, double v) {
        return 1;
      }

      @Override
      public double uvToY(double u, double v) {
        return u;
      }

      @Override
      public double uvToZ(double u, double v) {
        return v;
      }
    },
    new XyzTransform() {
      @Override
      public double uvToX(double u, double v) {
        return -u;
      }

      @Override
      public double uvToY(double u, double v) {
        return 1;
      }

      @Override
      public double uvToZ(double u, double v) {
        return v;
      }
    },
    new XyzTransform() {
      @Override
      public double uvToX(double u, double v) {
        return -u;
      }

      @Override
      public double uvToY(double u, double v) {
        return -v;
      }

      @Override
      public double uvToZ(double u, double v) {
        return 1;
      }
    },
    new XyzTransform() {
      @Override
      public double uvToX(double u, double v) {
        return -1;
      }

      @Override
      public double uvToY(double u, double v) {
        return -v;
      }

      @Override
      public double uvToZ(double u, double v) {
        return -u;
      }
    },
    new XyzTransform() {
      @Override
      public double uvToX(double u, double v) {
        return v;
      }

      @Override
      public double uvToY(double u, double v) {
        return -1;
      }

      @Override
      public double uvToZ(double u, double v) {
        return -u;
      }
    },
    new XyzTransform() {
      @Override
      public double uvToX(double u, double v) {
        return v;
      }

      @Override
      public double uvToY(double u, double v) {
        return u;
      }

      @Override
      public double uvToZ(double u, double v) {
        return -1;
      }
    }
  };


  /**
   * Convert (face, u, v) coordinates to a direction vector (not necessarily unit length).
   *
   * <p>Requires that the face is between 0 and 5, inclusive.
   */
  @Differentiable
  public static S2Point faceUvToXyz(int face, double u, double v) {
    XyzTransform t = faceToXyzTransform(face);
    return new S2Point(t.uvToX(u, v), t.uvToY(u, v), t.uvToZ(u, v));
  }

  /**
   * Convert (face, u, v) coordinates to a direction vector (not necessarily unit length).
   *
   * <p>Requires that the face is between 0 and 5, inclusive.
   */
  public static S2Point faceUvToXyz(int face, R2Vector uv) {
    return faceUvToXyz(face, uv.x(), uv.y());
  }

  /** Returns the {@link XyzTransform} for the specified face. */
  static XyzTransform faceToXyzTransform(int face) {
    // We map illegal face indices to the largest face index to preserve legacy behavior, i.e., we
    // do not (yet) want to throw an index out of bounds exception. Note that S2CellId.face() is
    // guaranteed to return a non-negative face index even for invalid S2 cells, so it is sufficient
    // to just map all face indices greater than 5 to a face index of 5.
    //
    // TODO(user): Remove this legacy behavior.
    return XYZ_TRANSFORMS[min(5, face)];
  }

  /**
   * Given a *valid* face for the given point p (meaning that dot product of p with the face normal
   * is positive), return the corresponding u and v values (which may lie outside the range [-1,1]).
   *
   * <p>Requires that the face is between 0 and 5, inclusive.
   */
  @Differentiable
  public static R2Vector validFaceXyzToUv(int face, S2Point p) {
    R2Vector result = new R2Vector();
    validFaceXyzToUv(face, p, result);
    return result;
  }

  /**
   * As {@link #validFaceXyzToUv(int, S2Point)}, except {@code result} is updated, instead of a
   * being returned in a new instance. Package-private because non-S2 classes should not be mutating
   * R2Vectors.
   */
  static void validFaceXyzToUv(int face, S2Point p, R2Vector result) {
    UvTransform t = faceToUvTransform(face);
    result.set(t.xyzToU(p.x, p.y, p.z), t.xyzToV(p.x, p.y, p.z));
  }

  /** Returns the {@link UvTransform} for the specified face. */
  public static UvTransform faceToUvTransform(int face) {
    return UV_TRANSFORMS[face];
  }
}
