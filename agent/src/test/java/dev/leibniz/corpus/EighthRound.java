package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.knownWrong;

import dev.leibniz.corpus.boofcv.ColorHsvHsvToRgb;
import dev.leibniz.corpus.boofcv.ColorHsvRgbToHsv;
import dev.leibniz.corpus.boofcv.ColorLabLabToLinearRgb;
import dev.leibniz.corpus.boofcv.ColorLabRgbToLab;
import dev.leibniz.corpus.boofcv.ColorXyzRgbToXyz;
import dev.leibniz.corpus.graphhopper.AngleCalcAtan2;
import dev.leibniz.corpus.graphhopper.AngleCalcConvertAzimuth;
import dev.leibniz.corpus.graphhopper.AngleCalcOrientation;
import dev.leibniz.corpus.graphhopper.DistanceCalcEarthCalcDist;
import dev.leibniz.corpus.graphhopper.DistanceCalcEarthCalcDist3D;
import dev.leibniz.corpus.graphhopper.DistanceCalcEarthEdgeDistance;
import dev.leibniz.corpus.graphhopper.DistanceCalcEarthEdgeDistance3D;
import dev.leibniz.corpus.graphhopper.DistanceCalcEarthProjectCoordinate;
import dev.leibniz.corpus.graphhopper.DistancePlaneProjectionCalcDist;
import dev.leibniz.corpus.imagej.CurveFitterF;
import dev.leibniz.corpus.imagej.SplineFitter;
import dev.leibniz.corpus.imaging.ColorConversionsCieLabToDin99o;
import dev.leibniz.corpus.imaging.ColorConversionsXyzToCieLab;
import dev.leibniz.corpus.neuroph.Gaussian;
import dev.leibniz.corpus.neuroph.MeanSquaredError;
import dev.leibniz.corpus.neuroph.Sigmoid;
import dev.leibniz.corpus.neuroph.Tanh;
import dev.leibniz.corpus.neuroph.TanhDerivative;
import java.util.List;

/**
 * The eighth round of the corpus table (issues 9, 10, 13): methods from projects not seen before, copied from
 * public GitHub sources and one Maven Central sources jar — routing geometry (GraphHopper: haversine and
 * plane-projected distances, edge distances in two and three dimensions through own overridable helpers, a fast
 * polynomial atan2, a destination point returned as a new object), colour spaces (BoofCV: sRGB, XYZ, CIE Lab and
 * HSV in float and double, arrays read and overwritten in place; Apache Commons Imaging: results as new colour
 * objects), neural-network transfer and error functions that cache their results in fields (Neuroph) and curve
 * fitting (ImageJ: the built-in fit formulas, natural cubic splines). Kept apart from {@link Corpus} so that rounds
 * merge without conflicts; {@link Corpus#entries()} appends it.
 */
final class EighthRound {
  private EighthRound() {}

  /**
   * GraphHopper's edge distance at a horizontal (vertical) edge: "if (delta_lat == 0) return calcNormalizedDist(a_lat,
   * r_lon, r_lat, r_lon)" is the general formula's value but not its derivative in the edge's latitudes (longitudes).
   */
  static final String POINT_CASE = "an exact test of an active value against a constant holds (delta_lat == 0): the"
      + " special case's derivative, warned at load";

  static List<Entry> entries() {
    return List.of(
        // GraphHopper (Apache-2.0)
        correct("graphhopper/DistanceCalcEarth.calcDist", DistanceCalcEarthCalcDist.class, "calcDist",
                args(52.5, 13.4, 48.1, 11.6), args(-33.9, 151.2, -37.8, 144.9))
            .on(construct()),
        correct("graphhopper/DistanceCalcEarth.calcDist3D", DistanceCalcEarthCalcDist3D.class, "calcDist3D",
                args(52.5, 13.4, 34.0, 52.51, 13.41, 120.0), args(-33.9, 151.2, 5.0, -33.95, 151.1, 80.0))
            .on(construct()),
        correct("graphhopper/DistanceCalcEarth.calcNormalizedEdgeDistance", DistanceCalcEarthEdgeDistance.class,
                "calcNormalizedEdgeDistance",
                args(52.52, 13.40, 52.50, 13.38, 52.55, 13.45), args(10.0, 20.5, 9.8, 20.0, 10.3, 21.0))
            .on(construct()),
        knownWrong("graphhopper/DistanceCalcEarth.calcNormalizedEdgeDistance (horizontal and vertical edges)",
                DistanceCalcEarthEdgeDistance.class, "calcNormalizedEdgeDistance", POINT_CASE,
                args(70.0, 13.40, 50.0, 13.38, 50.0, 30.0), args(60.0, 40.0, 50.0, 13.38, 55.0, 13.38))
            .on(construct()),
        correct("graphhopper/DistanceCalcEarth.calcNormalizedEdgeDistance3D", DistanceCalcEarthEdgeDistance3D.class,
                "calcNormalizedEdgeDistance3D",
                args(52.52, 13.40, 40.0, 52.50, 13.38, 35.0, 52.55, 13.45, 60.0),
                args(10.0, 20.5, 300.0, 9.8, 20.0, 120.0, 10.3, 21.0, 150.0))
            .on(construct()),
        correct("graphhopper/DistanceCalcEarth.projectCoordinate", DistanceCalcEarthProjectCoordinate.class,
                "projectCoordinate", args(52.5, 13.4, 10000.0, 45.0), args(-10.0, 170.0, 500000.0, 100.0))
            .on(construct()),
        correct("graphhopper/DistancePlaneProjection.calcDist", DistancePlaneProjectionCalcDist.class, "calcDist",
                args(52.5, 13.4, 52.6, 13.7), args(-33.9, 151.2, -34.2, 150.8))
            .on(construct()),
        correct("graphhopper/AngleCalc.calcOrientation", AngleCalcOrientation.class, "calcOrientation",
                args(52.5, 13.4, 52.6, 13.6), args(10.0, 20.0, 9.0, 21.0))
            .on(construct()),
        correct("graphhopper/AngleCalc.atan2", AngleCalcAtan2.class, "atan2",
            args(0.7, 1.3), args(-0.4, -1.1), args(0.9, -0.2)),
        correct("graphhopper/AngleCalc.convertAzimuth2xaxisAngle", AngleCalcConvertAzimuth.class,
                "convertAzimuth2xaxisAngle", args(45.0), args(300.0), args(170.0))
            .on(construct()),

        // BoofCV (Apache-2.0)
        correct("boofcv/ColorXyz.rgbToXyz", ColorXyzRgbToXyz.class, "rgbToXyz",
            args(120.0, 200.0, 30.0, new float[3]), args(5.0, 200.0, 80.0, new float[3])),
        correct("boofcv/ColorLab.rgbToLab", ColorLabRgbToLab.class, "rgbToLab",
            args(120.0, 200.0, 30.0, new float[3]), args(5.0, 60.0, 180.0, new float[3])),
        correct("boofcv/ColorLab.labToLinearRgb", ColorLabLabToLinearRgb.class, "labToLinearRgb",
            args(55.0, 20.0, -30.0, new double[3]), args(2.0, -3.0, 30.0, new double[3])),
        correct("boofcv/ColorHsv.rgbToHsv", ColorHsvRgbToHsv.class, "rgbToHsv",
            args(0.8, 0.3, 0.5, new double[3]), args(0.2, 0.7, 0.4, new double[3]), args(0.3, 0.1, 0.9, new double[3])),
        correct("boofcv/ColorHsv.hsvToRgb", ColorHsvHsvToRgb.class, "hsvToRgb",
            args(1.2, 0.6, 0.8, new double[3]), args(4.0, 0.3, 0.5, new double[3]), args(5.9, 0.5, 0.7, new double[3])),

        // Neuroph 2.9 (Apache-2.0)
        correct("neuroph/Sigmoid.getOutput", Sigmoid.class, "getOutput", args(0.7), args(-2.3))
            .on(construct(1.5)),
        correct("neuroph/Tanh.getOutput", Tanh.class, "getOutput", args(0.3), args(-1.1))
            .on(construct(0.8)),
        correct("neuroph/Tanh.getDerivative", TanhDerivative.class, "getDerivative", args(0.3), args(-1.1))
            .on(construct(0.8)),
        correct("neuroph/Gaussian.getOutput", Gaussian.class, "getOutput", args(0.3), args(-0.8))
            .on(construct()),
        correct("neuroph/MeanSquaredError.addPatternError", MeanSquaredError.class, "addPatternError",
                args(new double[] {0.2, 0.7, -0.3}, new double[] {0.0, 1.0, 0.1}))
            .on(construct()),

        // ImageJ 1.x (public domain)
        correct("imagej/CurveFitter.f (polynomial, exponential, Gaussian)", CurveFitterF.class, "f",
            args(CurveFitterF.POLY4, new double[] {0.5, -1.2, 0.8, 0.3, -0.1}, 0.7),
            args(CurveFitterF.EXP_RECOVERY, new double[] {2.0, 0.8, 0.3}, 1.5),
            args(CurveFitterF.CHAPMAN, new double[] {2.0, 0.8, 1.7}, 1.5),
            args(CurveFitterF.GAUSSIAN, new double[] {0.5, 3.0, 1.2, 0.7}, 1.5)),
        correct("imagej/CurveFitter.f (Rodbard, gamma variate, log)", CurveFitterF.class, "f",
            args(CurveFitterF.RODBARD, new double[] {0.1, 2.2, 3.0, 5.0}, 2.0),
            args(CurveFitterF.GAMMA_VARIATE, new double[] {0.5, 2.0, 1.7, 0.9}, 2.0),
            args(CurveFitterF.INV_RODBARD, new double[] {0.2, 1.5, 2.0, 5.0}, 2.5),
            args(CurveFitterF.LOG2, new double[] {1.0, 0.5, 0.3}, 2.0)),
        correct("imagej/CurveFitter.f (erf)", CurveFitterF.class, "f",
            args(CurveFitterF.ERF, new double[] {0.5, 2.0, 1.0, 0.8}, 1.7),
            args(CurveFitterF.ERF, new double[] {0.5, 2.0, 1.0, 0.8}, 0.2)),
        correct("imagej/SplineFitter.evalSpline", SplineFitter.class, "evalSpline", args(0.7), args(3.1))
            .on(construct(new float[] {0f, 1f, 2.5f, 4f, 5f}, new float[] {1f, 2f, 0.5f, 1.5f, 3f}, 5)),

        // Apache Commons Imaging 1.0.0-alpha5 (Apache-2.0)
        correct("imaging/ColorConversions.convertXyzToCieLab", ColorConversionsXyzToCieLab.class,
            "convertXyzToCieLab", args(41.2, 35.7, 20.1), args(0.5, 0.6, 0.4)),
        correct("imaging/ColorConversions.convertCieLabToDin99oLab", ColorConversionsCieLabToDin99o.class,
            "convertCieLabToDin99oLab", args(55.0, 20.0, -30.0), args(30.0, -15.0, 25.0)));
  }
}
