package dev.leibniz.corpus.ignite;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Ignite (apache/ignite on GitHub, commit 3860e5a171c8cae1f38c73fe30c8d3d2e2a46246),
 * modules/ml/src/main/java/org/apache/ignite/ml/tree/impurity/mse/MSEImpurityMeasure.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (entry: impurity(), the variance impurity of a split from the receiver's six final fields, two of them long counts).
 * Changes: package; licence header shortened to this header; implements ImpurityMeasure of this package (ImpurityMeasure.java here); @Differentiable added to impurity.
 */

import dev.leibniz.Differentiable;

/**
 * Mean squared error (variance) impurity measure which is calculated the following way:
 * {@code \frac{1}{L}\sum_{i=0}^{n}(y_i - \mu)^2}.
 */
public class MSEImpurityMeasure implements ImpurityMeasure<MSEImpurityMeasure> {
    /** Sum of all elements in the left part. */
    private final double leftY;

    /** Sum of all squared elements in the left part. */
    private final double leftY2;

    /** Number of elements in the left part. */
    private final long leftCnt;

    /** Sum of all elements in the right part. */
    private final double rightY;

    /** Sum of all squared elements in the right part. */
    private final double rightY2;

    /** Number of elements in the right part. */
    private final long rightCnt;

    /**
     * Constructs a new instance of mean squared error (variance) impurity measure.
     *
     * @param leftY Sum of all elements in the left part.
     * @param leftY2 Sum of all squared elements in the left part.
     * @param leftCnt Number of elements in the left part.
     * @param rightY Sum of all elements in the right part.
     * @param rightY2 Sum of all squared elements in the right part.
     * @param rightCnt Number of elements in the right part.
     */
    public MSEImpurityMeasure(double leftY, double leftY2, long leftCnt, double rightY, double rightY2, long rightCnt) {
        this.leftY = leftY;
        this.leftY2 = leftY2;
        this.leftCnt = leftCnt;
        this.rightY = rightY;
        this.rightY2 = rightY2;
        this.rightCnt = rightCnt;
    }

    /** {@inheritDoc} */
    @Differentiable
    @Override public double impurity() {
        double impurity = 0;

        if (leftCnt > 0)
            impurity += leftY2 - 2.0 * leftY / leftCnt * leftY + Math.pow(leftY / leftCnt, 2) * leftCnt;

        if (rightCnt > 0)
            impurity += rightY2 - 2.0 * rightY / rightCnt * rightY + Math.pow(rightY / rightCnt, 2) * rightCnt;

        return impurity;
    }

    /** {@inheritDoc} */
    @Override public MSEImpurityMeasure add(MSEImpurityMeasure b) {
        return new MSEImpurityMeasure(
            leftY + b.leftY,
            leftY2 + b.leftY2,
            leftCnt + b.leftCnt,
            rightY + b.rightY,
            rightY2 + b.rightY2,
            rightCnt + b.rightCnt
        );
    }

    /** {@inheritDoc} */
    @Override public MSEImpurityMeasure subtract(MSEImpurityMeasure b) {
        return new MSEImpurityMeasure(
            leftY - b.leftY,
            leftY2 - b.leftY2,
            leftCnt - b.leftCnt,
            rightY - b.rightY,
            rightY2 - b.rightY2,
            rightCnt - b.rightCnt
        );
    }

    /** */
    public double getLeftY() {
        return leftY;
    }

    /** */
    public double getLeftY2() {
        return leftY2;
    }

    /** */
    public long getLeftCnt() {
        return leftCnt;
    }

    /** */
    public double getRightY() {
        return rightY;
    }

    /** */
    public double getRightY2() {
        return rightY2;
    }

    /** */
    public long getRightCnt() {
        return rightCnt;
    }
}
