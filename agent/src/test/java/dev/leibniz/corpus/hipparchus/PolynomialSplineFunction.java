package dev.leibniz.corpus.hipparchus;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Hipparchus-Math/hipparchus (GitHub), hipparchus-core/src/main/java/org/hipparchus/analysis/polynomials/PolynomialSplineFunction.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; modified by the Hipparchus project. You may obtain a copy of the
 * License at http://www.apache.org/licenses/LICENSE-2.0. Distributed on an "AS IS" BASIS, WITHOUT
 * WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the fields and value(double) (entry).
 * Changes: package and class name; javadoc omitted; @Differentiable added to the entry method. "implements UnivariateDifferentiableFunction" dropped;
 * the validating constructor replaced by one that assigns the fields (the receiver is made by the test).
 * Calls hipparchus-core 4.0.2 (a test dependency): MathUtils.checkRangeInclusive (void, active
 * argument), Arrays.binarySearch (int result, active argument), PolynomialFunction.value (a virtual
 * call on a library object held in a field).
 */

import dev.leibniz.Differentiable;
import java.util.Arrays;
import org.hipparchus.analysis.polynomials.PolynomialFunction;
import org.hipparchus.util.MathUtils;

public class PolynomialSplineFunction {
    private final double[] knots;
    /**
     * The polynomial functions that make up the spline.  The first element
     * determines the value of the spline over the first subinterval, the
     * second over the second, etc.   Spline function values are determined by
     * evaluating these functions at {@code (x - knot[i])} where i is the
     * knot segment to which x belongs.
     */
    private final PolynomialFunction[] polynomials;
    /**
     * Number of spline segments. It is equal to the number of polynomials and
     * to the number of partition points - 1.
     */
    private final int n;

    /** Not in the original: assigns the fields without the original constructor's checks and copies. */
    public PolynomialSplineFunction(double[] knots, PolynomialFunction[] polynomials) {
        this.n = knots.length - 1;
        this.knots = knots;
        this.polynomials = polynomials;
    }

    @Differentiable
    public double value(double v) {
        MathUtils.checkRangeInclusive(v, knots[0], knots[n]);
        int i = Arrays.binarySearch(knots, v);
        if (i < 0) {
            i = -i - 2;
        }
        // This will handle the case where v is the last knot value
        // There are only n-1 polynomials, so if v is the last knot
        // then we will use the last polynomial to calculate the value.
        if ( i >= polynomials.length ) {
            i--;
        }
        return polynomials[i].value(v - knots[i]);
    }
}
