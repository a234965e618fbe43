package dev.leibniz.corpus.statistics;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache Commons Statistics 1.0, commons-statistics-distribution-1.0-sources.jar (Maven Central,
 *   org.apache.commons:commons-statistics-distribution:1.0), org/apache/commons/statistics/distribution/ParetoDistribution.java
 * Licence: Apache License 2.0. Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements; http://www.apache.org/licenses/LICENSE-2.0; "AS IS" BASIS.
 * Copied unchanged: the constants, fields, constructor (which stores lambdas capturing the parameters, one of which
 * calls the other) and density(double) (entry; calls the lambda held in a DoubleUnaryOperator field).
 * Changes: package; javadoc omitted; "extends AbstractContinuousDistribution" and @Override dropped (the factory
 * method "of" is omitted: the test calls the private constructor); @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;
import java.util.function.DoubleUnaryOperator;

public final class ParetoDistribution {
    private static final double MIN_SHAPE_FOR_VARIANCE = 2.0;

    private final double scale;
    private final double shape;
    private final DoubleUnaryOperator pdf;
    private final DoubleUnaryOperator logpdf;

    private ParetoDistribution(double scale,
                               double shape) {
        this.scale = scale;
        this.shape = shape;

        // The Pareto distribution approaches a Dirac delta function when shape -> inf.
        // Parameterisations can also lead to underflow in the standard computation.
        // Extract the PDF and CDF to specialized implementations to handle edge cases.

        // Pre-compute factors for the standard computation
        final double shapeByScalePowShape = shape * Math.pow(scale, shape);
        final double logShapePlusShapeByLogScale = Math.log(shape) + Math.log(scale) * shape;

        if (shapeByScalePowShape < Double.POSITIVE_INFINITY &&
            shapeByScalePowShape >= Double.MIN_NORMAL) {
            // Standard computation
            pdf = x -> shapeByScalePowShape / Math.pow(x, shape + 1);
            logpdf = x -> logShapePlusShapeByLogScale - Math.log(x) * (shape + 1);
        } else {
            // Standard computation overflow; underflow to sub-normal or zero; or nan (pow(1.0, inf))
            if (Double.isFinite(logShapePlusShapeByLogScale)) {
                // Log computation is valid
                logpdf = x -> logShapePlusShapeByLogScale - Math.log(x) * (shape + 1);
                pdf = x -> Math.exp(logpdf.applyAsDouble(x));
            } else  {
                // Assume Dirac function
                logpdf = x -> x > scale ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                // PDF has infinite value at lower bound
                pdf = x -> x > scale ? 0 : Double.POSITIVE_INFINITY;
            }
        }
    }

    @Differentiable
    public double density(double x) {
        if (x < scale) {
            return 0;
        }
        return pdf.applyAsDouble(x);
    }
}
