package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.fresh;
import static dev.leibniz.corpus.Entry.knownWrong;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.batik.PointLight;
import dev.leibniz.corpus.batik.SpotLight;
import dev.leibniz.corpus.datasketches.BoundsOnBinomialProportions;
import dev.leibniz.corpus.datasketches.BoundsOnRatiosInSampledSets;
import dev.leibniz.corpus.datasketches.CpcConfidence;
import dev.leibniz.corpus.datasketches.CubicInterpolation;
import dev.leibniz.corpus.datasketches.IconEstimator;
import dev.leibniz.corpus.flinkml.BLAS;
import dev.leibniz.corpus.flinkml.BinaryLogisticLoss;
import dev.leibniz.corpus.flinkml.CosineDistanceMeasure;
import dev.leibniz.corpus.flinkml.DenseVector;
import dev.leibniz.corpus.flinkml.EuclideanDistanceMeasure;
import dev.leibniz.corpus.flinkml.HingeLoss;
import dev.leibniz.corpus.flinkml.LabeledPointWithWeight;
import dev.leibniz.corpus.flinkml.LeastSquareLoss;
import dev.leibniz.corpus.flinkml.RegularizationUtils;
import dev.leibniz.corpus.flinkml.SparseVector;
import dev.leibniz.corpus.flinkml.VectorWithNorm;
import dev.leibniz.corpus.pdfbox.Matrix;
import dev.leibniz.corpus.pdfbox.Vector;
import java.awt.Color;
import java.util.List;

/**
 * The eleventh round of the corpus table (issues 9, 10, 13): methods from four projects not seen before, all
 * Apache-2.0 — Apache DataSketches (binomial and sampled-ratio confidence bounds through Abramowitz-Stegun formulas,
 * cubic interpolation over tables with a recursive bisection, the CPC estimator's polynomial and confidence bound
 * from static tables), Apache PDFBox (its affine Matrix over a float[] in a field: points, vectors, translation and a
 * rotation factory), Apache Batik (SVG lighting: point and spot lights writing their unit vector into an array, a row of
 * lights into a double[][]) and Apache Flink ML (losses, distances, a p-norm and a regulariser over DenseVector and
 * SparseVector objects holding their values in public array fields, through Flink ML's BLAS and netlib's pure-Java
 * BLAS, MIT). Kept apart from {@link Corpus} so that rounds merge without conflicts; {@link Corpus#entries()} appends it.
 */
final class EleventhRound {
  private EleventhRound() {}

  private static final double[] X_TABLE = {0.0, 1.0, 2.5, 3.0, 4.2, 5.5, 7.0};
  private static final double[] Y_TABLE = {0.0, 0.8, 2.9, 3.3, 5.1, 6.0, 8.4};

  private static LabeledPointWithWeight point(double label) {
    return new LabeledPointWithWeight(new DenseVector(new double[] {0.5, -1.2, 0.8}), label, 0.7);
  }

  private static DenseVector coefficients() {
    return new DenseVector(new double[] {0.3, 0.1, -0.4});
  }

  /** PDFBox's transformPoint returns a new java.awt.geom.Point2D.Float: a JDK object built from active values. */
  static final String JDK_POINT = "an active value passed to a constructor of a JDK class (new Point2D.Float(x', y'), returned)";

  /**
   * Flink ML's distances read the vectors through VectorWithNorm.vector, a Vector interface field: by the contract (README,
   * "Differentiable classes") an object held in a field whose class has no shadows is passive data, like a Dataset, so the
   * companions differentiate along the cached norms only (exactly: objects.NestedObjectFieldsTest); the harness takes the
   * held vectors' values as inputs too (ObjectShapes walks every field, as a plain Derivatives.zeroShadow copies every
   * holder), where the derivative is 0 by the contract, with no diagnostic. The harness's or the contract's to settle.
   */
  static final String HELD_VECTOR = "the harness counts the values of the DenseVector held in VectorWithNorm.vector (an"
      + " interface field; a holder of a class without shadows, passive data by the contract) as inputs; the companions give"
      + " 0 along them, exact along the norms, without a diagnostic";

  static List<Entry> entries() {
    return List.of(
        // Apache DataSketches, confidence bounds and estimators (Apache-2.0)
        correct("datasketches/BoundsOnBinomialProportions.approximateLowerBoundOnP", BoundsOnBinomialProportions.class,
            "approximateLowerBoundOnP", args(100L, 30L, 2.0), args(50L, 1L, 1.5), args(40L, 40L, 2.0)),
        correct("datasketches/BoundsOnBinomialProportions.approximateUpperBoundOnP", BoundsOnBinomialProportions.class,
            "approximateUpperBoundOnP", args(100L, 30L, 2.0), args(50L, 49L, 1.5), args(50L, 0L, 2.0)),
        correct("datasketches/BoundsOnBinomialProportions.normalCDF", BoundsOnBinomialProportions.class, "normalCDF",
            args(0.7), args(-1.3)),
        correct("datasketches/BoundsOnBinomialProportions.erf", BoundsOnBinomialProportions.class, "erf", args(0.4),
            args(-0.9)),
        correct("datasketches/BoundsOnRatiosInSampledSets.getLowerBoundForBoverA", BoundsOnRatiosInSampledSets.class,
                "getLowerBoundForBoverA", args(200L, 60L, 0.3), args(200L, 60L, 0.8))
            .with(BoundsOnBinomialProportions.class),
        correct("datasketches/BoundsOnRatiosInSampledSets.getUpperBoundForBoverA", BoundsOnRatiosInSampledSets.class,
                "getUpperBoundForBoverA", args(200L, 60L, 0.3), args(200L, 60L, 0.8))
            .with(BoundsOnBinomialProportions.class),
        correct("datasketches/BoundsOnRatiosInSampledSets.getEstimateOfA", BoundsOnRatiosInSampledSets.class,
                "getEstimateOfA", args(200L, 0.3))
            .with(BoundsOnBinomialProportions.class),
        correct("datasketches/BoundsOnRatiosInSampledSets.getEstimateOfB", BoundsOnRatiosInSampledSets.class,
                "getEstimateOfB", args(60L, 0.3))
            .with(BoundsOnBinomialProportions.class),
        correct("datasketches/CubicInterpolation.usingXAndYTables", CubicInterpolation.class, "usingXAndYTables",
            args(X_TABLE.clone(), Y_TABLE.clone(), 3.4), args(X_TABLE.clone(), Y_TABLE.clone(), 0.6),
            args(X_TABLE.clone(), Y_TABLE.clone(), 6.2)),
        correct("datasketches/CubicInterpolation.usingXArrAndYStride", CubicInterpolation.class, "usingXArrAndYStride",
            args(X_TABLE.clone(), 1.5, 3.4), args(X_TABLE.clone(), 1.5, 0.6), args(X_TABLE.clone(), 1.5, 6.2)),
        correct("datasketches/IconEstimator.evaluatePolynomial", IconEstimator.class, "evaluatePolynomial",
            args(new double[] {0.9, -0.3, 1.2, 0.25, -0.05, 0.7}, 1, 4, 0.7)),
        correct("datasketches/IconEstimator.iconExponentialApproximation", IconEstimator.class,
            "iconExponentialApproximation", args(1024.0, 6000.0)),
        correct("datasketches/CpcConfidence.getHipConfidenceLB", CpcConfidence.class, "getHipConfidenceLB",
            args(10, 500L, 700.0, 2), args(15, 500L, 700.0, 1)),

        // Apache PDFBox, the affine Matrix (Apache-2.0)
        refused("pdfbox/Matrix.transformPoint", Matrix.class, "transformPoint", JDK_POINT, args(1.5f, -0.7f))
            .on(construct(1.2f, 0.3f, -0.4f, 0.9f, 2.0f, -1.0f)),
        // Vector's private fields: the adjoint reads the seed through its plain getters getX, getY (NewResults)
        correct("pdfbox/Matrix.transform", Matrix.class, "transform", args(new Vector(1.5f, -0.7f)))
            .on(construct(1.2f, 0.3f, -0.4f, 0.9f, 2.0f, -1.0f)),
        // Matrix has shadows (transform(Vector) has only object inputs, its receiver among them): the matrix's
        // float[] single is the receiver's, an input and an output of translate
        correct("pdfbox/Matrix.translate", Matrix.class, "translate", args(0.5f, -1.5f))
            .on(construct(1.2f, 0.3f, -0.4f, 0.9f, 2.0f, -1.0f)),
        correct("pdfbox/Matrix.getRotateInstance", Matrix.class, "getRotateInstance", args(0.4, 1.5f, -0.5f)),

        // Apache Batik, SVG filter lights (Apache-2.0)
        correct("batik/PointLight.getLight", PointLight.class, "getLight", args(0.5, 0.3, 0.1, new double[3]),
                args(-1.0, 2.0, 0.4, new double[3]))
            .on(construct(3.0, -2.0, 5.0, Color.WHITE)),
        correct("batik/SpotLight.getLight", SpotLight.class, "getLight", args(0.5, 0.3, 0.1, new double[3]),
                args(1.0, -0.5, 0.2, new double[3]))
            .on(construct(3.0, -2.0, 5.0, 0.0, 0.0, 0.0, 2.0, 30.0, Color.WHITE)),
        correct("batik/SpotLight.getLightRow4", SpotLight.class, "getLightRow4",
                args(0.5, 0.3, 0.25, 3, new double[][] {{0, 0, 0, 0.1}, {0, 0, 0, 0.2}, {0, 0, 0, 0.15}},
                    new double[3][4]))
            .on(construct(3.0, -2.0, 5.0, 0.0, 0.0, 0.0, 2.0, 30.0, Color.WHITE)),

        // Apache Flink ML, losses, distances and norms over vectors (Apache-2.0; netlib-java, MIT)
        correct("flinkml/BinaryLogisticLoss.computeLoss", BinaryLogisticLoss.class, "computeLoss",
                args(point(1.0), coefficients()), args(point(0.0), coefficients()))
            .on(construct()).with(BLAS.class),
        correct("flinkml/BinaryLogisticLoss.computeGradient", BinaryLogisticLoss.class, "computeGradient",
                args(point(1.0), coefficients(), new DenseVector(new double[] {0.1, 0.0, -0.2})))
            .on(construct()).with(BLAS.class),
        correct("flinkml/HingeLoss.computeLoss", HingeLoss.class, "computeLoss", args(point(1.0), coefficients()))
            .on(construct()).with(BLAS.class),
        correct("flinkml/HingeLoss.computeGradient", HingeLoss.class, "computeGradient",
                args(point(1.0), coefficients(), new DenseVector(new double[] {0.1, 0.0, -0.2})))
            .on(construct()).with(BLAS.class),
        correct("flinkml/LeastSquareLoss.computeLoss", LeastSquareLoss.class, "computeLoss",
                args(point(0.4), coefficients()))
            .on(construct()).with(BLAS.class),
        correct("flinkml/LeastSquareLoss.computeGradient", LeastSquareLoss.class, "computeGradient",
                args(point(0.4), coefficients(), new DenseVector(new double[] {0.1, 0.0, -0.2})))
            .on(construct()).with(BLAS.class),
        knownWrong("flinkml/EuclideanDistanceMeasure.distance", EuclideanDistanceMeasure.class, "distance", HELD_VECTOR,
                args(new VectorWithNorm(new DenseVector(new double[] {0.5, -1.2, 0.8}), 1.526),
                    new VectorWithNorm(new DenseVector(new double[] {0.3, 0.1, -0.4}), 0.51)))
            .on(construct()).with(BLAS.class),
        knownWrong("flinkml/CosineDistanceMeasure.distance", CosineDistanceMeasure.class, "distance", HELD_VECTOR,
                args(new VectorWithNorm(new DenseVector(new double[] {0.5, -1.2, 0.8}), 1.526),
                    new VectorWithNorm(new DenseVector(new double[] {0.3, 0.1, -0.4}), 0.51)))
            .on(construct()).with(BLAS.class),
        correct("flinkml/BLAS.norm", BLAS.class, "norm", args(new DenseVector(new double[] {0.5, -1.2, 0.8, 0.3, 2.1}), 3.0),
            args(new SparseVector(6, new int[] {0, 2, 5}, new double[] {0.4, -1.1, 0.7}), 1.7)),
        // BLAS.scal(double, Vector) reaches SparseVector.values through JavaBLAS.dscal's overloads (ShadowClasses.writtenParams),
        // and Vector.size() runs DenseVector's or SparseVector's code (DispatchedCalls); the coefficients, which the L1 and
        // mixed branches write, made afresh for each call
        correct("flinkml/RegularizationUtils.regularize", RegularizationUtils.class, "regularize",
                args(fresh(EleventhRound::coefficients), 0.1, 0.3, 0.05), args(fresh(EleventhRound::coefficients), 0.2, 0.6, 0.1))
            .with(BLAS.class));
  }
}
