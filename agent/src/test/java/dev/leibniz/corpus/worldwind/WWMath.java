/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: NASAWorldWind/WorldWindJava (GitHub, commit 8f3c491585e6d92b100a0a4601414ab9dce4f6f1),
 * src/gov/nasa/worldwind/util/WWMath.java
 * Licence: Apache License 2.0 (Copyright 2006-2009, 2017, 2020 United States Government, as represented by the
 * Administrator of the National Aeronautics and Space Administration. All rights reserved.
 * http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
 * KIND.
 * Copied: logBase2, clamp(double...), stepValue, smoothStepValue, computeInterpolationFactor, mix, mixSmooth, computeArrayNormal, findThreeIndependentVertices(Vec4[]), computeTriangleNormal, computePolygonAreaFromVertices, computePrincipalAxes(Iterable), computeCircleThroughPoints (entries marked @Differentiable).
 * Changes: package; the licence block shortened to this header; only the members named above (the rest draws, takes buffers, views or globes); @Differentiable added to each entry method.
 */
package dev.leibniz.corpus.worldwind;

import dev.leibniz.Differentiable;
import java.util.*;

public class WWMath
{
    /**
     * Convenience method to compute the log base 2 of a value.
     *
     * @param value the value to take the log of.
     *
     * @return the log base 2 of the specified value.
     */
    public static double logBase2(double value)
    {
        return Math.log(value) / Math.log(2d);
    }

    /**
     * Clamps a value to a given range.
     *
     * @param v   the value to clamp.
     * @param min the floor.
     * @param max the ceiling
     *
     * @return the nearest value such that min &lt;= v &lt;= max.
     */
    public static double clamp(double v, double min, double max)
    {
        return v < min ? min : v > max ? max : v;
    }

    /**
     * Returns a number between 0.0 and 1.0 indicating whether a specified floating point value is before, between or
     * after the specified min and max. Returns a linear interpolation of min and max when the value is between the
     * two.
     * <p>
     * The returned number is undefined if min &gt; max. Otherwise, the returned number is equivalent to the following:
     * <ul> <li>0.0 - If value &lt; min</li> <li>1.0 - If value &gt; max</li> <li>Linear interpolation of min and max - If min
     * &lt;= value &lt;= max</li> </ul>
     *
     * @param value the value to compare to the minimum and maximum.
     * @param min   the minimum value.
     * @param max   the maximum value.
     *
     * @return a floating point number between 0.0 and 1.0, inclusive.
     */
    public static double stepValue(double value, double min, double max)
    {
        // Note: when min==max this returns 0 if the value is on or before the min, and 1 if the value is after the max.
        // The case that would cause a divide by zero error is never evaluated. The value is always less than, equal to,
        // or greater than the min/max.

        if (value <= min)
        {
            return 0;
        }
        else if (value >= max)
        {
            return 1;
        }
        else
        {
            return (value - min) / (max - min);
        }
    }

    /**
     * Returns a number between 0.0 and 1.0 indicating whether a specified floating point value is before, between or
     * after the specified min and max. Returns a smooth interpolation of min and max when the value is between the
     * two.
     * <p>
     * This method's smooth interpolation is similar to the interpolation performed by {@link #stepValue(double, double,
     * double)}, except that the first derivative of the returned number approaches zero as the value approaches the
     * minimum or maximum. This causes the returned number to ease-in and ease-out as the value travels between the
     * minimum and maximum.
     * <p>
     * The returned number is undefined if min &gt; max. Otherwise, the returned number is equivalent to the following:
     * <ul> <li>0.0 - If value &lt; min</li> <li>1.0 - If value &gt; max</li> <li>Smooth interpolation of min and max - If min
     * &lt;= value &lt;= max</li> </ul>
     *
     * @param value the value to compare to the minimum and maximum.
     * @param min   the minimum value.
     * @param max   the maximum value.
     *
     * @return a floating point number between 0.0 and 1.0, inclusive.
     */
    @Differentiable
    public static double smoothStepValue(double value, double min, double max)
    {
        // When the min and max are equivalent this cannot distinguish between the two. In this case, this returns 0 if
        // the value is on or before the min, and 1 if the value is after the max. The case that would cause a divide by
        // zero error is never evaluated. The value is always less than, equal to, or greater than the min/max.

        if (value <= min)
        {
            return 0;
        }
        else if (value >= max)
        {
            return 1;
        }
        else
        {
            double step = (value - min) / (max - min);
            return step * step * (3 - 2 * step);
        }
    }

    /**
     * Returns the interpolation factor for <code>v</code> given the specified range <code>[x, y]</code>. The
     * interpolation factor is a number between 0 and 1 (inclusive), representing the value's relative position between
     * <code>x</code> and <code>y</code>. For example, 0 corresponds to <code>x</code>, 1 corresponds to <code>y</code>,
     * and anything in between corresponds to a linear combination of <code>x</code> and <code>y</code>.
     *
     * @param v the value to compute the interpolation factor for.
     * @param x the first value.
     * @param y the second value.
     *
     * @return the interpolation factor for <code>v</code> given the specified range <code>[x, y]</code>
     */
    @Differentiable
    public static double computeInterpolationFactor(double v, double x, double y)
    {
        return clamp((v - x) / (y - x), 0d, 1d);
    }

    /**
     * Returns the linear interpolation of <code>x</code> and <code>y</code> according to the function: <code>(1 - a) *
     * x + a * y</code>. The interpolation factor <code>a</code> defines the weight given to each value, and is clamped
     * to the range [0, 1]. If <code>a</code> is 0 or less, this returns x. If <code>a</code> is 1 or more, this returns
     * <code>y</code>. Otherwise, this returns the linear interpolation of <code>x</code> and <code>y</code>. For
     * example, when <code>a</code> is <code>0.5</code> this returns <code>(x + y)/2</code>.
     *
     * @param a the interpolation factor.
     * @param x the first value.
     * @param y the second value.
     *
     * @return the linear interpolation of <code>x</code> and <code>y</code>.
     */
    public static double mix(double a, double x, double y)
    {
        double t = clamp(a, 0d, 1d);
        return x + t * (y - x);
    }

    /**
     * Returns the smooth hermite interpolation of <code>x</code> and <code>y</code> according to the function: <code>(1
     * - t) * x + t * y</code>, where <code>t = a * a * (3 - 2 * a)</code>. The interpolation factor <code>a</code>
     * defines the weight given to each value, and is clamped to the range [0, 1]. If <code>a</code> is 0 or less, this
     * returns <code>x</code>. If <code>a</code> is 1 or more, this returns <code>y</code>. Otherwise, this returns the
     * smooth hermite interpolation of <code>x</code> and <code>y</code>. Like the linear function {@link #mix(double,
     * double, double)}, when <code>a</code> is <code>0.5</code> this returns <code>(x + y)/2</code>. But unlike the
     * linear function, the hermite function's slope gradually increases when <code>a</code> is near 0, then gradually
     * decreases when <code>a</code> is near 1. This is a useful property where a more gradual transition from
     * <code>x</code> to <code>y</code> is desired.
     *
     * @param a the interpolation factor.
     * @param x the first value.
     * @param y the second value.
     *
     * @return the smooth hermite interpolation of <code>x</code> and <code>y</code>.
     */
    @Differentiable
    public static double mixSmooth(double a, double x, double y)
    {
        double t = clamp(a, 0d, 1d);
        t = t * t * (3d - 2d * t);
        return x + t * (y - x);
    }

    /**
     * Computes a unit-length normal vector for an array of coordinates. The normal vector is computed from the first
     * three non-colinear points in the array.
     *
     * @param coords the coordinates. This method returns null if this argument is null.
     *
     * @return the computed unit-length normal vector, or null if a normal vector could not be computed.
     */
    public static Vec4 computeArrayNormal(Vec4[] coords)
    {
        Vec4[] verts = WWMath.findThreeIndependentVertices(coords);
        return verts != null ? WWMath.computeTriangleNormal(verts[0], verts[1], verts[2]) : null;
    }

    /**
     * Finds three non-colinear points in an array of points.
     *
     * @param coords the coordinates. This method returns null if this argument is null.
     *
     * @return an array of three points, or null if three non-colinear points could not be found.
     */
    public static Vec4[] findThreeIndependentVertices(Vec4[] coords)
    {
        if (coords == null || coords.length < 3)
            return null;

        Vec4 a = coords[0];
        Vec4 b = null;
        Vec4 c = null;

        int k = 1;
        for (; k < coords.length; k++)
        {
            b = coords[k];
            if (!(b.x == a.x && b.y == a.y && b.z == a.z))
                break;
            b = null;
        }

        if (b == null)
            return null;

        for (; k < coords.length; k++)
        {
            c = coords[k];

            // if c is not coincident with a or b, and the vectors ab and bc are not colinear, break and return a, b, c
            if (!((c.x == a.x && c.y == a.y && c.z == a.z) || (c.x == b.x && c.y == b.y && c.z == b.z)))
            {
                if (!Vec4.areColinear(a, b, c))
                    break;
            }

            c = null; // reset c to signal failure to return statement below
        }

        return c != null ? new Vec4[] {a, b, c} : null;
    }

    /**
     * Returns the normal vector corresponding to the triangle defined by three vertices (a, b, c).
     *
     * @param a the triangle's first vertex.
     * @param b the triangle's second vertex.
     * @param c the triangle's third vertex.
     *
     * @return the triangle's unit-length normal vector.
     *
     * @throws IllegalArgumentException if any of the specified vertices are null.
     */
    @Differentiable
    public static Vec4 computeTriangleNormal(Vec4 a, Vec4 b, Vec4 c)
    {
        if (a == null || b == null || c == null)
        {
            String message = Logging.getMessage("nullValue.Vec4IsNull");
            Logging.logger().severe(message);
            throw new IllegalArgumentException(message);
        }

        double x = ((b.y - a.y) * (c.z - a.z)) - ((b.z - a.z) * (c.y - a.y));
        double y = ((b.z - a.z) * (c.x - a.x)) - ((b.x - a.x) * (c.z - a.z));
        double z = ((b.x - a.x) * (c.y - a.y)) - ((b.y - a.y) * (c.x - a.x));

        double length = (x * x) + (y * y) + (z * z);
        if (length == 0d)
            return new Vec4(x, y, z);

        length = Math.sqrt(length);
        return new Vec4(x / length, y / length, z / length);
    }

    /**
     * Returns the area enclosed by the specified (x, y) points (the z and w coordinates are ignored). If the specified
     * points do not define a closed loop, then the loop is automatically closed by simulating appending the first point
     * to the last point.
     *
     * @param points the (x, y) points which define the 2D polygon.
     *
     * @return the area enclosed by the specified coordinates.
     *
     * @throws IllegalArgumentException if points is null.
     */
    public static double computePolygonAreaFromVertices(Iterable<? extends Vec4> points)
    {
        if (points == null)
        {
            String message = Logging.getMessage("nullValue.IterableIsNull");
            Logging.logger().severe(message);
            throw new IllegalArgumentException(message);
        }

        java.util.Iterator<? extends Vec4> iter = points.iterator();
        if (!iter.hasNext())
        {
            return 0;
        }

        double area = 0;
        Vec4 firstPoint = iter.next();
        Vec4 point = firstPoint;

        while (iter.hasNext())
        {
            Vec4 nextLocation = iter.next();

            area += point.x * nextLocation.y;
            area -= nextLocation.x * point.y;

            point = nextLocation;
        }

        // Include the area connecting the last point to the first point, if they're not already equal.
        if (!point.equals(firstPoint))
        {
            area += point.x * firstPoint.y;
            area -= firstPoint.x * point.y;
        }

        area /= 2.0;
        return area;
    }

    /**
     * Returns an array of normalized vectors defining the three principal axes of the x-, y-, and z-coordinates from
     * the specified points Iterable, sorted from the most prominent axis to the least prominent. This returns null if
     * the points Iterable is empty, or if all of the points are null. The returned array contains three normalized
     * orthogonal vectors defining a coordinate system which best fits the distribution of the points Iterable about its
     * arithmetic mean.
     *
     * @param points the Iterable of points for which to compute the principal axes.
     *
     * @return the normalized principal axes of the points Iterable, sorted from the most prominent axis to the least
     *         prominent.
     *
     * @throws IllegalArgumentException if the points Iterable is null.
     */
    public static Vec4[] computePrincipalAxes(Iterable<? extends Vec4> points)
    {
        if (points == null)
        {
            String message = Logging.getMessage("nullValue.IterableIsNull");
            Logging.logger().severe(message);
            throw new IllegalArgumentException(message);
        }

        // Compute the covariance matrix of the specified points Iterable. Note that Matrix.fromCovarianceOfVertices
        // returns null if the points Iterable is empty, or if all of the points are null.
        Matrix covariance = Matrix.fromCovarianceOfVertices(points);
        if (covariance == null)
            return null;

        // Compute the eigenvalues and eigenvectors of the covariance matrix. Since the covariance matrix is symmetric
        // by definition, we can safely use the method Matrix.computeEigensystemFromSymmetricMatrix3().
        final double[] eigenValues = new double[3];
        final Vec4[] eigenVectors = new Vec4[3];
        Matrix.computeEigensystemFromSymmetricMatrix3(covariance, eigenValues, eigenVectors);

        // Compute an index array who's entries define the order in which the eigenValues array can be sorted in
        // ascending order.
        Integer[] indexArray = {0, 1, 2};
        Arrays.sort(indexArray, new Comparator<Integer>()
        {
            public int compare(Integer a, Integer b)
            {
                return Double.compare(eigenValues[a], eigenValues[b]);
            }
        });

        // Return the normalized eigenvectors in order of decreasing eigenvalue. This has the effect of returning three
        // normalized orthognal vectors defining a coordinate system, which are sorted from the most prominent axis to
        // the least prominent.
        return new Vec4[]
            {
                eigenVectors[indexArray[2]].normalize3(),
                eigenVectors[indexArray[1]].normalize3(),
                eigenVectors[indexArray[0]].normalize3()
            };
    }

    /**
     * Computes the center, axis, and radius of the circle that circumscribes the specified points. If the points are
     * oriented in a clockwise winding order, the circle's axis will point toward the viewer. Otherwise the axis will
     * point away from the viewer. Values are returned in the first element of centerOut, axisOut, and radiusOut. The
     * caller must provide a preallocted arrays of length one or greater for each of these values.
     *
     * @param p0        the first point.
     * @param p1        the second point.
     * @param p2        the third point.
     * @param centerOut preallocated array to hold the circle's center.
     * @param axisOut   preallocated array to hold the circle's axis.
     * @param radiusOut preallocated array to hold the circle's radius.
     *
     * @return true if the computation was successful; false otherwise.
     *
     * @throws IllegalArgumentException if <code>p0</code>, <code>p1</code>, or <code>p2</code> is null
     */
    public static boolean computeCircleThroughPoints(Vec4 p0, Vec4 p1, Vec4 p2, Vec4[] centerOut, Vec4[] axisOut,
        double[] radiusOut)
    {
        if (p0 == null || p1 == null || p2 == null)
        {
            String msg = Logging.getMessage("nullValue.Vec4IsNull");
            Logging.logger().severe(msg);
            throw new IllegalArgumentException(msg);
        }

        Vec4 v0 = p1.subtract3(p0);
        Vec4 v1 = p2.subtract3(p1);
        Vec4 v2 = p2.subtract3(p0);

        double d0 = v0.dot3(v2);
        double d1 = -v0.dot3(v1);
        double d2 = v1.dot3(v2);

        double t0 = d1 + d2;
        double t1 = d0 + d2;
        double t2 = d0 + d1;

        double e0 = d0 * t0;
        double e1 = d1 * t1;
        double e2 = d2 * t2;

        double max_e = Math.max(Math.max(e0, e1), e2);
        double min_e = Math.min(Math.min(e0, e1), e2);

        double E = e0 + e1 + e2;

        double tolerance = 1e-6;
        if (Math.abs(E) <= tolerance * (max_e - min_e))
            return false;

        double radiusSquared = 0.5d * t0 * t1 * t2 / E;
        // the three points are collinear -- no circle with finite radius is possible
        if (radiusSquared < 0d)
            return false;

        double radius = Math.sqrt(radiusSquared);

        Vec4 center = p0.multiply3(e0 / E);
        center = center.add3(p1.multiply3(e1 / E));
        center = center.add3(p2.multiply3(e2 / E));

        Vec4 axis = v2.cross3(v0);
        axis = axis.normalize3();

        if (centerOut != null)
            centerOut[0] = center;
        if (axisOut != null)
            axisOut[0] = axis;
        if (radiusOut != null)
            radiusOut[0] = radius;
        return true;
    }

}
