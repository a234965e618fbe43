/*
 * Real-code corpus entry (test code only, see ../../README.md).
 * Source: apache/commons-geometry (GitHub, commit 7c07ceffedac9f0afaaaff5de404000d91e897bf),
 * commons-geometry-euclidean/src/main/java/org/apache/commons/geometry/euclidean/twod/Vector2D.java
 * Licence: Apache License 2.0 (Licensed to the Apache Software Foundation (ASF) under one or more contributor
 * license agreements; http://www.apache.org/licenses/LICENSE-2.0). Distributed on an "AS IS" BASIS, WITHOUT
 * WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied: the class but eq, toString and parse (entries: norm, lerp, angle, reject, orthogonal(dir), signedArea).
 * Changes: package (the classes of commons-geometry-euclidean and the few of commons-geometry-core it needs in one package) and imports; the licence block shortened to this header; javadoc removed; eq (Precision), toString and parse (SimpleTupleFormat) left out; Commons Numbers core's Sum is the copy in ../../numbers11; @Differentiable added to each entry method.
 */
package dev.leibniz.corpus.geometry.euclidean;

import dev.leibniz.Differentiable;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.function.UnaryOperator;


public class Vector2D extends MultiDimensionalEuclideanVector<Vector2D> {

    public static final Vector2D ZERO = new Vector2D(0, 0);

    public static final Vector2D NaN = new Vector2D(Double.NaN, Double.NaN);

    public static final Vector2D POSITIVE_INFINITY =
        new Vector2D(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

    public static final Vector2D NEGATIVE_INFINITY =
        new Vector2D(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);

    public static final Comparator<Vector2D> COORDINATE_ASCENDING_ORDER = (a, b) -> {
        int cmp = 0;

        if (a != null && b != null) {
            cmp = Double.compare(a.getX(), b.getX());
            if (cmp == 0) {
                cmp = Double.compare(a.getY(), b.getY());
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

    Vector2D(final double x, final double y) {
        this.x = x;
        this.y = y;
    }

    public double getX() {
        return x;
    }

    public double getY() {
        return y;
    }

    public double[] toArray() {
        return new double[]{x, y};
    }

    @Override
    public int getDimension() {
        return 2;
    }

    @Override
    public boolean isNaN() {
        return Double.isNaN(x) || Double.isNaN(y);
    }

    @Override
    public boolean isInfinite() {
        return !isNaN() && (Double.isInfinite(x) || Double.isInfinite(y));
    }

    @Override
    public boolean isFinite() {
        return Double.isFinite(x) && Double.isFinite(y);
    }

    @Override
    public Vector2D vectorTo(final Vector2D v) {
        return v.subtract(this);
    }

    @Override
    public Unit directionTo(final Vector2D v) {
        return vectorTo(v).normalize();
    }

    @Override
    @Differentiable
    public Vector2D lerp(final Vector2D p, final double t) {
        return Sum.create()
                .addScaled(1.0 - t, this)
                .addScaled(t, p).get();
    }

    @Override
    public Vector2D getZero() {
        return ZERO;
    }

    @Override
    @Differentiable
    public double norm() {
        return Vectors.norm(x, y);
    }

    @Override
    public double normSq() {
        return Vectors.normSq(x, y);
    }

    @Override
    public Vector2D withNorm(final double magnitude) {
        final double invNorm = 1.0 / getCheckedNorm();

        return new Vector2D(
                    magnitude * x * invNorm,
                    magnitude * y * invNorm
                );
    }

    @Override
    public Vector2D add(final Vector2D v) {
        return new Vector2D(x + v.x, y + v.y);
    }

    @Override
    public Vector2D add(final double factor, final Vector2D v) {
        return new Vector2D(x + (factor * v.x), y + (factor * v.y));
    }

    @Override
    public Vector2D subtract(final Vector2D v) {
        return new Vector2D(x - v.x, y - v.y);
    }

    @Override
    public Vector2D subtract(final double factor, final Vector2D v) {
        return new Vector2D(x - (factor * v.x), y - (factor * v.y));
    }

    @Override
    public Vector2D negate() {
        return new Vector2D(-x, -y);
    }

    @Override
    public Unit normalize() {
        return Unit.from(x, y);
    }

    @Override
    public Unit normalizeOrNull() {
        return Unit.tryCreateNormalized(x, y, false);
    }

    @Override
    public Vector2D multiply(final double a) {
        return new Vector2D(a * x, a * y);
    }

    @Override
    public double distance(final Vector2D v) {
        return Vectors.norm(x - v.x, y - v.y);
    }

    @Override
    public double distanceSq(final Vector2D v) {
        return Vectors.normSq(x - v.x, y - v.y);
    }

    @Override
    public double dot(final Vector2D v) {
        return Vectors.linearCombination(x, v.x, y, v.y);
    }

    @Override
    @Differentiable
    public double angle(final Vector2D v) {
        final double normProduct = getCheckedNorm() * v.getCheckedNorm();

        final double dot = dot(v);
        final double threshold = normProduct * 0.9999;
        if ((dot < -threshold) || (dot > threshold)) {
            // the vectors are almost aligned, compute using the sine
            final double n = Math.abs(Vectors.linearCombination(x, v.y, -y, v.x));
            if (dot >= 0) {
                return Math.asin(n / normProduct);
            }
            return Math.PI - Math.asin(n / normProduct);
        }

        // the vectors are sufficiently separated to use the cosine
        return Math.acos(dot / normProduct);
    }

    @Override
    public Vector2D project(final Vector2D base) {
        return getComponent(base, false, Vector2D::new);
    }

    @Override
    @Differentiable
    public Vector2D reject(final Vector2D base) {
        return getComponent(base, true, Vector2D::new);
    }

    @Override
    public Vector2D.Unit orthogonal() {
        return Unit.from(-y, x);
    }

    @Override
    @Differentiable
    public Vector2D.Unit orthogonal(final Vector2D dir) {
        return dir.getComponent(this, true, Vector2D.Unit::from);
    }

    @Differentiable
    public double signedArea(final Vector2D v) {
        return Vectors.linearCombination(
                x, v.y,
                -y, v.x);
    }

    public Vector2D transform(final UnaryOperator<Vector2D> fn) {
        return fn.apply(this);
    }


    @Override
    public int hashCode() {
        if (isNaN()) {
            return 542;
        }
        int result = 1;
        result = 31 * result + Double.hashCode(x);
        result = 31 * result + Double.hashCode(y);
        return result;
    }

    @Override
    public boolean equals(final Object other) {
        if (this == other) {
            return true;
        }
        if (other instanceof Vector2D) {
            final Vector2D rhs = (Vector2D) other;
            if (rhs.isNaN()) {
                return this.isNaN();
            }

            return Double.compare(x, rhs.x) == 0 &&
                    Double.compare(y, rhs.y) == 0;
        }
        return false;
    }


    private <T extends Vector2D> T getComponent(final Vector2D base, final boolean reject,
            final DoubleFunction2N<T> factory) {
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

        if (reject) {
            return factory.apply(x - projX, y - projY);
        }

        return factory.apply(projX, projY);
    }

    public static Vector2D of(final double x, final double y) {
        return new Vector2D(x, y);
    }

    public static Vector2D of(final double[] v) {
        if (v.length != 2) {
            throw new IllegalArgumentException("Dimension mismatch: " + v.length + " != 2");
        }
        return new Vector2D(v[0], v[1]);
    }


    public static Vector2D max(final Vector2D first, final Vector2D... more) {
        return computeMax(first, Arrays.asList(more).iterator());
    }

    public static Vector2D max(final Iterable<Vector2D> vecs) {
        final Iterator<Vector2D> it = vecs.iterator();
        if (!it.hasNext()) {
            throw new IllegalArgumentException("Cannot compute vector max: no vectors given");
        }

        return computeMax(it.next(), it);
    }

    private static Vector2D computeMax(final Vector2D first, final Iterator<? extends Vector2D> more) {
        double x = first.getX();
        double y = first.getY();

        Vector2D vec;
        while (more.hasNext()) {
            vec = more.next();

            x = Math.max(x, vec.getX());
            y = Math.max(y, vec.getY());
        }

        return of(x, y);
    }

    public static Vector2D min(final Vector2D first, final Vector2D... more) {
        return computeMin(first, Arrays.asList(more).iterator());
    }

    public static Vector2D min(final Iterable<Vector2D> vecs) {
        final Iterator<Vector2D> it = vecs.iterator();
        if (!it.hasNext()) {
            throw new IllegalArgumentException("Cannot compute vector min: no vectors given");
        }

        return computeMin(it.next(), it);
    }

    private static Vector2D computeMin(final Vector2D first, final Iterator<? extends Vector2D> more) {
        double x = first.getX();
        double y = first.getY();

        Vector2D vec;
        while (more.hasNext()) {
            vec = more.next();

            x = Math.min(x, vec.getX());
            y = Math.min(y, vec.getY());
        }

        return of(x, y);
    }

    public static Vector2D centroid(final Vector2D first, final Vector2D... more) {
        return computeCentroid(first, Arrays.asList(more).iterator());
    }

    public static Vector2D centroid(final Iterable<Vector2D> pts) {
        final Iterator<Vector2D> it = pts.iterator();
        if (!it.hasNext()) {
            throw new IllegalArgumentException("Cannot compute centroid: no points given");
        }

        return computeCentroid(it.next(), it);
    }

    private static Vector2D computeCentroid(final Vector2D first, final Iterator<? extends Vector2D> more) {
        final Sum sum = Sum.of(first);
        int count = 1;

        while (more.hasNext()) {
            sum.add(more.next());
            ++count;
        }

        return sum.get().multiply(1.0 / count);
    }

    public static final class Unit extends Vector2D {
        public static final Unit PLUS_X  = new Unit(1d, 0d);
        public static final Unit MINUS_X = new Unit(-1d, 0d);
        public static final Unit PLUS_Y  = new Unit(0d, 1d);
        public static final Unit MINUS_Y = new Unit(0d, -1d);

        private static final double UNSCALED_MAX = 0x1.0p+500;

        private static final double SCALE_UP_FACTOR = 0x1.0p+600;

        private static final double SCALE_DOWN_FACTOR = 0x1.0p-600;

        private Unit(final double x, final double y) {
            super(x, y);
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
        public Vector2D.Unit orthogonal() {
            return new Unit(-getY(), getX());
        }

        @Override
        public Vector2D withNorm(final double mag) {
            return multiply(mag);
        }

        @Override
        public Unit negate() {
            return new Unit(-getX(), -getY());
        }

        public static Unit from(final double x, final double y) {
            return tryCreateNormalized(x, y, true);
        }

        public static Unit from(final Vector2D v) {
            return v instanceof Unit ?
                (Unit) v :
                from(v.getX(), v.getY());
        }

        private static Unit tryCreateNormalized(final double x, final double y, final boolean throwOnFailure) {

            // Compute the inverse norm directly. If the result is a non-zero real number,
            // then we can go ahead and construct the unit vector immediately. If not,
            // we'll do some extra work for edge cases.
            final double norm = Vectors.norm(x, y);
            final double normInv = 1.0 / norm;
            if (Vectors.isRealNonZero(normInv)) {
                return new Unit(
                        x * normInv,
                        y * normInv);
            }

            // Direct computation did not work. Try scaled versions of the coordinates
            // to handle overflow and underflow.
            final double scaledX;
            final double scaledY;

            final double maxCoord = Math.max(Math.abs(x), Math.abs(y));
            if (maxCoord > UNSCALED_MAX) {
                scaledX = x * SCALE_DOWN_FACTOR;
                scaledY = y * SCALE_DOWN_FACTOR;
            } else {
                scaledX = x * SCALE_UP_FACTOR;
                scaledY = y * SCALE_UP_FACTOR;
            }

            final double scaledNormInv = 1.0 / Vectors.norm(scaledX, scaledY);

            if (Vectors.isRealNonZero(scaledNormInv)) {
                return new Unit(
                        scaledX * scaledNormInv,
                        scaledY * scaledNormInv);
            } else if (throwOnFailure) {
                throw Vectors.illegalNorm(norm);
            }
            return null;
        }
    }

    public static final class Sum extends EuclideanVectorSum<Vector2D> {
        private final dev.leibniz.corpus.numbers11.Sum xsum;
        private final dev.leibniz.corpus.numbers11.Sum ysum;

        Sum(final Vector2D initial) {
            this.xsum = dev.leibniz.corpus.numbers11.Sum.of(initial.x);
            this.ysum = dev.leibniz.corpus.numbers11.Sum.of(initial.y);
        }

        @Override
        public Sum add(final Vector2D vec) {
            xsum.add(vec.x);
            ysum.add(vec.y);
            return this;
        }

        @Override
        public Sum addScaled(final double scale, final Vector2D vec) {
            xsum.addProduct(scale, vec.x);
            ysum.addProduct(scale, vec.y);
            return this;
        }

        @Override
        public Vector2D get() {
            return Vector2D.of(
                    xsum.getAsDouble(),
                    ysum.getAsDouble());
        }

        public static Sum create() {
            return new Sum(ZERO);
        }

        public static Sum of(final Vector2D initial) {
            return new Sum(initial);
        }

        public static Sum of(final Vector2D first, final Vector2D... more) {
            final Sum s = new Sum(first);
            for (final Vector2D v : more) {
                s.add(v);
            }
            return s;
        }
    }
}
