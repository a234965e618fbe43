/*
 * Real-code corpus entry (test code only, see ../../README.md).
 * Source: apache/commons-geometry (GitHub, commit 7c07ceffedac9f0afaaaff5de404000d91e897bf),
 * commons-geometry-euclidean/src/main/java/org/apache/commons/geometry/euclidean/threed/Vector3D.java
 * Licence: Apache License 2.0 (Licensed to the Apache Software Foundation (ASF) under one or more contributor
 * license agreements; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS, WITHOUT
 * WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the class but eq, toString and parse (entries: norm, normalize, distance, dot, angle, cross, lerp, project, orthogonal(), withNorm).
 * Changes: package (the classes of commons-geometry-euclidean and the few of commons-geometry-core it needs in one package) and imports; the licence block shortened to this header; javadoc removed; eq (Precision), toString and parse (SimpleTupleFormat) left out; Commons Numbers core's Sum is the copy in ../../numbers11; @Differentiable added to each entry method.
 */
package dev.leibniz.corpus.geometry.euclidean;

import dev.leibniz.Differentiable;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.function.UnaryOperator;


public class Vector3D extends MultiDimensionalEuclideanVector<Vector3D> {

    public static final Vector3D ZERO = new Vector3D(0, 0, 0);

    public static final Vector3D NaN = new Vector3D(Double.NaN, Double.NaN, Double.NaN);

    public static final Vector3D POSITIVE_INFINITY =
        new Vector3D(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

    public static final Vector3D NEGATIVE_INFINITY =
        new Vector3D(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);

    public static final Comparator<Vector3D> COORDINATE_ASCENDING_ORDER = (a, b) -> {
        int cmp = 0;

        if (a != null && b != null) {
            cmp = Double.compare(a.getX(), b.getX());
            if (cmp == 0) {
                cmp = Double.compare(a.getY(), b.getY());
                if (cmp == 0) {
                    cmp = Double.compare(a.getZ(), b.getZ());
                }
            }
        } else if (a != null) {
            cmp = -1;
        } else if (b != null) {
            cmp = 1;
        }

        return cmp;
    };

    private final double x;

    private final double y;

    private final double z;

    Vector3D(final double x, final double y, final double z) {
        this.x = x;
        this.y = y;
        this.z = z;
    }

    public double getX() {
        return x;
    }

    public double getY() {
        return y;
    }

    public double getZ() {
        return z;
    }

    public double[] toArray() {
        return new double[]{x, y, z};
    }

    @Override
    public int getDimension() {
        return 3;
    }

    @Override
    public boolean isNaN() {
        return Double.isNaN(x) || Double.isNaN(y) || Double.isNaN(z);
    }

    @Override
    public boolean isInfinite() {
        return !isNaN() && (Double.isInfinite(x) || Double.isInfinite(y) || Double.isInfinite(z));
    }

    @Override
    public boolean isFinite() {
        return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(z);
    }

    @Override
    public Vector3D getZero() {
        return ZERO;
    }

    @Override
    public Vector3D vectorTo(final Vector3D v) {
        return v.subtract(this);
    }

    @Override
    public Unit directionTo(final Vector3D v) {
        return vectorTo(v).normalize();
    }

    @Override
    @Differentiable
    public Vector3D lerp(final Vector3D p, final double t) {
        return Sum.create()
                .addScaled(1.0 - t, this)
                .addScaled(t, p).get();
    }

    @Override
    @Differentiable
    public double norm() {
        return Vectors.norm(x, y, z);
    }

    @Override
    public double normSq() {
        return Vectors.normSq(x, y, z);
    }

    @Override
    @Differentiable
    public Vector3D withNorm(final double magnitude) {
        final double m = magnitude / getCheckedNorm();

        return new Vector3D(
                    m * x,
                    m * y,
                    m * z
                );
    }

    @Override
    public Vector3D add(final Vector3D v) {
        return new Vector3D(
                    x + v.x,
                    y + v.y,
                    z + v.z
                );
    }

    @Override
    public Vector3D add(final double factor, final Vector3D v) {
        return new Vector3D(
                    x + (factor * v.x),
                    y + (factor * v.y),
                    z + (factor * v.z)
                );
    }

    @Override
    public Vector3D subtract(final Vector3D v) {
        return new Vector3D(
                    x - v.x,
                    y - v.y,
                    z - v.z
                );
    }

    @Override
    public Vector3D subtract(final double factor, final Vector3D v) {
        return new Vector3D(
                    x - (factor * v.x),
                    y - (factor * v.y),
                    z - (factor * v.z)
                );
    }

    @Override
    public Vector3D negate() {
        return new Vector3D(-x, -y, -z);
    }

    @Override
    @Differentiable
    public Unit normalize() {
        return Unit.from(x, y, z);
    }

    @Override
    public Unit normalizeOrNull() {
        return Unit.tryCreateNormalized(x, y, z, false);
    }

    @Override
    public Vector3D multiply(final double a) {
        return new Vector3D(a * x, a * y, a * z);
    }

    @Override
    @Differentiable
    public double distance(final Vector3D v) {
        return Vectors.norm(
                x - v.x,
                y - v.y,
                z - v.z
            );
    }

    @Override
    public double distanceSq(final Vector3D v) {
        return Vectors.normSq(
                x - v.x,
                y - v.y,
                z - v.z
            );
    }

    @Override
    @Differentiable
    public double dot(final Vector3D v) {
        return Vectors.linearCombination(
                x, v.x,
                y, v.y,
                z, v.z);
    }

    @Override
    @Differentiable
    public double angle(final Vector3D v) {
        final double normProduct = getCheckedNorm() * v.getCheckedNorm();

        final double dot = dot(v);
        final double threshold = normProduct * 0.99;
        if ((dot < -threshold) || (dot > threshold)) {
            // the vectors are almost aligned, compute using the sine
            final Vector3D cross = cross(v);
            if (dot >= 0) {
                return Math.asin(cross.norm() / normProduct);
            }
            return Math.PI - Math.asin(cross.norm() / normProduct);
        }

        // the vectors are sufficiently separated to use the cosine
        return Math.acos(dot / normProduct);
    }

    @Override
    @Differentiable
    public Vector3D project(final Vector3D base) {
        return getComponent(base, false, Vector3D::new);
    }

    @Override
    public Vector3D reject(final Vector3D base) {
        return getComponent(base, true, Vector3D::new);
    }

    @Override
    @Differentiable
    public Vector3D.Unit orthogonal() {
        final double threshold = 0.6 * getCheckedNorm();

        final double inverse;
        if (Math.abs(x) <= threshold) {
            inverse  = 1 / Vectors.norm(y, z);
            return new Unit(0, inverse * z, -inverse * y);
        } else if (Math.abs(y) <= threshold) {
            inverse  = 1 / Vectors.norm(x, z);
            return new Unit(-inverse * z, 0, inverse * x);
        }
        inverse  = 1 / Vectors.norm(x, y);
        return new Unit(inverse * y, -inverse * x, 0);
    }

    @Override
    public Vector3D.Unit orthogonal(final Vector3D dir) {
        return dir.getComponent(this, true, Vector3D.Unit::from);
    }

    @Differentiable
    public Vector3D cross(final Vector3D v) {
        return new Vector3D(Vectors.linearCombination(y, v.z, -z, v.y),
                            Vectors.linearCombination(z, v.x, -x, v.z),
                            Vectors.linearCombination(x, v.y, -y, v.x));
    }

    public Vector3D transform(final UnaryOperator<Vector3D> fn) {
        return fn.apply(this);
    }


    @Override
    public int hashCode() {
        if (isNaN()) {
            return 642;
        }
        int result = 1;
        result = 31 * result + Double.hashCode(x);
        result = 31 * result + Double.hashCode(y);
        result = 31 * result + Double.hashCode(z);
        return result;
    }

    @Override
    public boolean equals(final Object other) {
        if (this == other) {
            return true;
        }
        if (other instanceof Vector3D) {
            final Vector3D rhs = (Vector3D) other;
            if (rhs.isNaN()) {
                return this.isNaN();
            }

            return Double.compare(x, rhs.x) == 0 &&
                    Double.compare(y, rhs.y) == 0 &&
                    Double.compare(z, rhs.z) == 0;
        }
        return false;
    }


    private <V extends Vector3D> V getComponent(final Vector3D base, final boolean reject,
                                                final DoubleFunction3N<V> factory) {
        final double aDotB = dot(base);

        // We need to check the norm value here to ensure that it's legal. However, we don't
        // want to incur the cost or floating point error of getting the actual norm and then
        // multiplying it again to get the square norm. So, we'll just check the squared norm
        // directly. This will produce the same error result as checking the actual norm since
        // Math.sqrt(0.0) == 0.0, Math.sqrt(Double.NaN) == Double.NaN and
        // Math.sqrt(Double.POSITIVE_INFINITY) == Double.POSITIVE_INFINITY.
        final double baseMagSq = Vectors.checkedNorm(base.normSq());

        final double scale = aDotB / baseMagSq;

        final double projX = scale * base.x;
        final double projY = scale * base.y;
        final double projZ = scale * base.z;

        if (reject) {
            return factory.apply(x - projX, y - projY, z - projZ);
        }

        return factory.apply(projX, projY, projZ);
    }

    public static Vector3D of(final double x, final double y, final double z) {
        return new Vector3D(x, y, z);
    }

    public static Vector3D of(final double[] v) {
        if (v.length != 3) {
            throw new IllegalArgumentException("Dimension mismatch: " + v.length + " != 3");
        }
        return new Vector3D(v[0], v[1], v[2]);
    }


    public static Vector3D max(final Vector3D first, final Vector3D... more) {
        return computeMax(first, Arrays.asList(more).iterator());
    }

    public static Vector3D max(final Iterable<Vector3D> vecs) {
        final Iterator<Vector3D> it = vecs.iterator();
        if (!it.hasNext()) {
            throw new IllegalArgumentException("Cannot compute vector max: no vectors given");
        }

        return computeMax(it.next(), it);
    }

    private static Vector3D computeMax(final Vector3D first, final Iterator<? extends Vector3D> more) {
        double x = first.getX();
        double y = first.getY();
        double z = first.getZ();

        Vector3D vec;
        while (more.hasNext()) {
            vec = more.next();

            x = Math.max(x, vec.getX());
            y = Math.max(y, vec.getY());
            z = Math.max(z, vec.getZ());
        }

        return of(x, y, z);
    }

    public static Vector3D min(final Vector3D first, final Vector3D... more) {
        return computeMin(first, Arrays.asList(more).iterator());
    }

    public static Vector3D min(final Iterable<Vector3D> vecs) {
        final Iterator<Vector3D> it = vecs.iterator();
        if (!it.hasNext()) {
            throw new IllegalArgumentException("Cannot compute vector min: no vectors given");
        }

        return computeMin(it.next(), it);
    }

    private static Vector3D computeMin(final Vector3D first, final Iterator<? extends Vector3D> more) {
        double x = first.getX();
        double y = first.getY();
        double z = first.getZ();

        Vector3D vec;
        while (more.hasNext()) {
            vec = more.next();

            x = Math.min(x, vec.getX());
            y = Math.min(y, vec.getY());
            z = Math.min(z, vec.getZ());
        }

        return of(x, y, z);
    }

    public static Vector3D centroid(final Vector3D first, final Vector3D... more) {
        return computeCentroid(first, Arrays.asList(more).iterator());
    }

    public static Vector3D centroid(final Iterable<Vector3D> pts) {
        final Iterator<Vector3D> it = pts.iterator();
        if (!it.hasNext()) {
            throw new IllegalArgumentException("Cannot compute centroid: no points given");
        }

        return computeCentroid(it.next(), it);
    }

    private static Vector3D computeCentroid(final Vector3D first, final Iterator<? extends Vector3D> more) {
        final Sum sum = Sum.of(first);
        int count = 1;

        while (more.hasNext()) {
            sum.add(more.next());
            ++count;
        }

        return sum.get().multiply(1.0 / count);
    }

    public static final class Unit extends Vector3D {
        public static final Unit PLUS_X  = new Unit(1d, 0d, 0d);
        public static final Unit MINUS_X = new Unit(-1d, 0d, 0d);
        public static final Unit PLUS_Y  = new Unit(0d, 1d, 0d);
        public static final Unit MINUS_Y = new Unit(0d, -1d, 0d);
        public static final Unit PLUS_Z  = new Unit(0d, 0d, 1d);
        public static final Unit MINUS_Z = new Unit(0d, 0d, -1d);

        private static final double UNSCALED_MAX = 0x1.0p+500;

        private static final double SCALE_UP_FACTOR = 0x1.0p+600;

        private static final double SCALE_DOWN_FACTOR = 0x1.0p-600;

        Unit(final double x, final double y, final double z) {
            super(x, y, z);
        }

        @Override
        public double norm() {
            return 1;
        }

        @Override
        public double normSq() {
            return 1;
        }

        @Override
        public Unit normalize() {
            return this;
        }

        @Override
        public Unit normalizeOrNull() {
            return this;
        }

        @Override
        public Vector3D withNorm(final double mag) {
            return multiply(mag);
        }

        @Override
        public Unit negate() {
            return new Unit(-getX(), -getY(), -getZ());
        }

        public static Unit from(final double x, final double y, final double z) {
            return tryCreateNormalized(x, y, z, true);
        }

        public static Unit from(final Vector3D v) {
            return v instanceof Unit ?
                (Unit) v :
                from(v.getX(), v.getY(), v.getZ());
        }

        private static Unit tryCreateNormalized(final double x, final double y, final double z,
                final boolean throwOnFailure) {

            // Compute the inverse norm directly. If the result is a non-zero real number,
            // then we can go ahead and construct the unit vector immediately. If not,
            // we'll do some extra work for edge cases.
            final double norm = Math.sqrt((x * x) + (y * y) + (z * z));
            final double normInv = 1.0 / norm;
            if (Vectors.isRealNonZero(normInv)) {
                return new Unit(
                        x * normInv,
                        y * normInv,
                        z * normInv);
            }

            // Direct computation did not work. Try scaled versions of the coordinates
            // to handle overflow and underflow.
            final double scaledX;
            final double scaledY;
            final double scaledZ;

            final double maxCoord = Math.max(Math.max(Math.abs(x), Math.abs(y)), Math.abs(z));
            if (maxCoord > UNSCALED_MAX) {
                scaledX = x * SCALE_DOWN_FACTOR;
                scaledY = y * SCALE_DOWN_FACTOR;
                scaledZ = z * SCALE_DOWN_FACTOR;
            } else {
                scaledX = x * SCALE_UP_FACTOR;
                scaledY = y * SCALE_UP_FACTOR;
                scaledZ = z * SCALE_UP_FACTOR;
            }

            final double scaledNormInv = 1.0 / Math.sqrt(
                    (scaledX * scaledX) +
                    (scaledY * scaledY) +
                    (scaledZ * scaledZ));

            if (Vectors.isRealNonZero(scaledNormInv)) {
                return new Unit(
                        scaledX * scaledNormInv,
                        scaledY * scaledNormInv,
                        scaledZ * scaledNormInv);
            } else if (throwOnFailure) {
                throw Vectors.illegalNorm(norm);
            }
            return null;
        }
    }

    public static final class Sum extends EuclideanVectorSum<Vector3D> {
        private final dev.leibniz.corpus.numbers11.Sum xsum;
        private final dev.leibniz.corpus.numbers11.Sum ysum;
        private final dev.leibniz.corpus.numbers11.Sum zsum;

        Sum(final Vector3D initial) {
            this.xsum = dev.leibniz.corpus.numbers11.Sum.of(initial.x);
            this.ysum = dev.leibniz.corpus.numbers11.Sum.of(initial.y);
            this.zsum = dev.leibniz.corpus.numbers11.Sum.of(initial.z);
        }

        @Override
        public Sum add(final Vector3D vec) {
            xsum.add(vec.x);
            ysum.add(vec.y);
            zsum.add(vec.z);
            return this;
        }

        @Override
        public Sum addScaled(final double scale, final Vector3D vec) {
            xsum.addProduct(scale, vec.x);
            ysum.addProduct(scale, vec.y);
            zsum.addProduct(scale, vec.z);
            return this;
        }

        @Override
        public Vector3D get() {
            return Vector3D.of(
                    xsum.getAsDouble(),
                    ysum.getAsDouble(),
                    zsum.getAsDouble());
        }

        public static Sum create() {
            return new Sum(ZERO);
        }

        public static Sum of(final Vector3D initial) {
            return new Sum(initial);
        }

        public static Sum of(final Vector3D first, final Vector3D... more) {
            final Sum s = new Sum(first);
            for (final Vector3D v : more) {
                s.add(v);
            }
            return s;
        }
    }
}
