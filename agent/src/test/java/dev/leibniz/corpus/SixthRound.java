package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.fresh;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.georegression.Area2DTriangle;
import dev.leibniz.corpus.georegression.Distance2DSegment;
import dev.leibniz.corpus.georegression.LineSegment2D_F64;
import dev.leibniz.corpus.georegression.Point2D_F64;
import dev.leibniz.corpus.georegression.UtilAngleAverage;
import dev.leibniz.corpus.guava.DoubleMathLog2;
import dev.leibniz.corpus.guava.DoubleMathMean;
import dev.leibniz.corpus.guava.StatsMeanOf;
import dev.leibniz.corpus.jenetics.BasicsNormalize;
import dev.leibniz.corpus.jenetics.DoubleAdderSum;
import dev.leibniz.corpus.joml.IntersectiondPointPlane;
import dev.leibniz.corpus.joml.Vector3d;
import dev.leibniz.corpus.joml.Vector3dAngle;
import dev.leibniz.corpus.joml.Vector3dDistance;
import dev.leibniz.corpus.sis.Atanh;
import dev.leibniz.corpus.sis.Ellipsoid;
import dev.leibniz.corpus.sis.FormulasAuthalicRadius;
import dev.leibniz.corpus.sis.FormulasGeocentricRadius;
import dev.leibniz.corpus.sis.Magnitude;
import dev.leibniz.corpus.sis.PolynomialRoots;
import dev.leibniz.corpus.spatial4j.DistHaversine;
import dev.leibniz.corpus.spatial4j.DistLawOfCosines;
import dev.leibniz.corpus.spatial4j.DistVincenty;
import dev.leibniz.corpus.spatial4j.LatHorizAxis;
import dev.leibniz.corpus.spatial4j.LonDegreesAtLat;
import dev.leibniz.corpus.spatial4j.VectorDistance;
import dev.leibniz.corpus.tribuo.ExpNormalizer;
import dev.leibniz.corpus.tribuo.Normalizer;
import dev.leibniz.corpus.tribuo.SigmoidNormalizer;
import java.util.List;

/**
 * The sixth round of the corpus table (issues 9, 10): 25 methods from projects not seen before, copied from Maven
 * Central sources jars — great-circle distances (Spatial4j), 2-D geometry over value objects (GeoRegression),
 * geodesy formulas, double-double arithmetic and polynomial roots (Apache SIS), statistics helpers that check their
 * arguments (Guava), a game-maths library calling its own {@code Math} (JOML), Kahan summation in an object
 * (Jenetics) and ML output normalizers working in place (Tribuo). Kept apart from {@link Corpus} so that rounds
 * merge without conflicts; {@link Corpus#entries()} appends it.
 */
final class SixthRound {
  private SixthRound() {}

  /** SIS's polynomialRoots returns ArraysExt.EMPTY_DOUBLE (a static final double[0]) when there is no root. */
  static final String FIELD_ARRAY_RESULT = "static final array returned as the active result";
  /** JOML's angle(Vector3dc): the numbers are in the receiver and behind an interface-typed parameter. */

  private static Object segment() {
    return LineSegment2D_F64.wrap(new Point2D_F64(0.0, 0.0), new Point2D_F64(2.0, 1.0));
  }

  static List<Entry> entries() {
    return List.of(
        // Spatial4j 0.8 (radians; points away from the same-position test and the clamps)
        correct("spatial4j/DistanceUtils.distHaversineRAD", DistHaversine.class, "distHaversineRAD",
            args(0.5, 0.3, 0.9, -0.4), args(-0.2, 1.1, 0.4, 2.0)),
        correct("spatial4j/DistanceUtils.distLawOfCosinesRAD", DistLawOfCosines.class, "distLawOfCosinesRAD",
            args(0.5, 0.3, 0.9, -0.4), args(-0.2, 1.1, 0.4, 2.0)),
        correct("spatial4j/DistanceUtils.distVincentyRAD", DistVincenty.class, "distVincentyRAD",
            args(0.5, 0.3, 0.9, -0.4), args(-0.2, 1.1, 0.4, 2.0)),
        correct("spatial4j/DistanceUtils.calcLonDegreesAtLat", LonDegreesAtLat.class, "calcLonDegreesAtLat",
            args(40.0, 5.0), args(-65.0, 12.0)),
        correct("spatial4j/DistanceUtils.calcBoxByDistFromPt_latHorizAxisDEG", LatHorizAxis.class,
            "calcBoxByDistFromPt_latHorizAxisDEG", args(40.0, 10.0, 5.0), args(-30.0, 0.0, 20.0)),
        // the general p-norm path (power 3 and 1.5; power == 1, 2 or infinite are branch switches)
        correct("spatial4j/DistanceUtils.vectorDistance", VectorDistance.class, "vectorDistance",
            args(new double[] {1.5, 2.0, 3.5}, new double[] {0.5, 1.0, 0.3}, 3.0, 1 / 3.0),
            args(new double[] {2.5, 0.7}, new double[] {0.5, 0.2}, 1.5, 0.6)),

        // GeoRegression 0.27.1
        correct("georegression/UtilAngle.average", UtilAngleAverage.class, "average",
            args(0.3, 0.5), args(3.0, -3.0), args(-1.0, 2.5)),
        correct("georegression/Distance2D_F64.distanceSq", Distance2DSegment.class, "distanceSq",
            args(fresh(SixthRound::segment), 0.5, 1.2), args(fresh(SixthRound::segment), -1.0, 0.5),
            args(fresh(SixthRound::segment), 3.0, 2.0)),
        correct("georegression/Area2D_F64.triangle", Area2DTriangle.class, "triangle",
            args(fresh(() -> new Point2D_F64(0.0, 0.0)), fresh(() -> new Point2D_F64(2.0, 0.3)),
                fresh(() -> new Point2D_F64(0.7, 1.8))),
            args(fresh(() -> new Point2D_F64(0.0, 0.0)), fresh(() -> new Point2D_F64(0.7, 1.8)),
                fresh(() -> new Point2D_F64(2.0, 0.3)))),

        // Apache SIS 1.4
        correct("sis/MathFunctions.atanh", Atanh.class, "atanh", args(0.3), args(-0.8), args(0.0818)),
        correct("sis/MathFunctions.magnitude", Magnitude.class, "magnitude",
            args(new double[] {3.0, -4.0, 1.5, 0.2}), args(new double[] {1.0, 2.0}),
            args(new double[] {0.7, 2.5, 0.4, -1.0, 0.3})),
        refused("sis/MathFunctions.polynomialRoots", PolynomialRoots.class, "polynomialRoots", FIELD_ARRAY_RESULT,
            args(new double[] {-3.0, 1.0, 2.0}), args(new double[] {-6.0, 11.0, -6.5, 1.0})),
        correct("sis/Formulas.getAuthalicRadius", FormulasAuthalicRadius.class, "getAuthalicRadius",
            args(6378137.0, 6356752.314245179), args(1.0, 0.8)),
        correct("sis/Formulas.geocentricRadius", FormulasGeocentricRadius.class, "geocentricRadius",
            args(new Ellipsoid.Wgs84(), 0.7), args(new Ellipsoid.Wgs84(), -1.2)),

        // Guava 33.4.8
        correct("guava/DoubleMath.mean", DoubleMathMean.class, "mean", args(new double[] {1.0, 2.5, -0.7, 4.0})),
        correct("guava/Stats.meanOf", StatsMeanOf.class, "meanOf", args(new double[] {1.0, 2.5, -0.7, 4.0})),
        correct("guava/DoubleMath.log2", DoubleMathLog2.class, "log2", args(3.0), args(0.2)),

        // JOML 1.10.8
        // the receiver's numbers are its inputs (ShadowClasses.objectOnlyInputs); the Vector3dc parameter is passive
        correct("joml/Vector3d.angle", Vector3dAngle.class, "angle",
                args(fresh(() -> new Vector3d(0.3, -1.2, 2.0))), args(fresh(() -> new Vector3d(-1.0, 0.4, 0.1))))
            .on(construct(1.0, 2.0, -0.5)),
        correct("joml/Vector3d.distance", Vector3dDistance.class, "distance", args(0.3, -1.2, 2.0))
            .on(construct(1.0, 2.0, -0.5)),
        correct("joml/Intersectiond.distancePointPlane", IntersectiondPointPlane.class, "distancePointPlane",
            args(1.0, 2.0, 3.0, 0.3, -0.5, 0.8, 1.2)),

        // Jenetics 7.2.0
        correct("jenetics/Basics.normalize", BasicsNormalize.class, "normalize", args(new double[] {1.0, 2.0, 3.5})),
        correct("jenetics/DoubleAdder.sum", DoubleAdderSum.class, "sum", args(new double[] {1.0, 1e-3, -2.5, 4.0})),

        // Tribuo 4.3.1
        correct("tribuo/ExpNormalizer.normalize", ExpNormalizer.class, "normalize", args(new double[] {0.3, -1.2, 2.0}))
            .on(construct()),
        correct("tribuo/Normalizer.normalizeInPlace", Normalizer.class, "normalizeInPlace",
                args(new double[] {0.3, -1.2, 2.0}))
            .on(construct()),
        correct("tribuo/SigmoidNormalizer.normalizeInPlace", SigmoidNormalizer.class, "normalizeInPlace",
                args(new double[] {0.3, -1.2, 2.0}))
            .on(construct()));
  }
}
