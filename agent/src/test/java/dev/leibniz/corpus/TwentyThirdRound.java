package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.by;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.inLoaderBy;
import static dev.leibniz.corpus.Entry.inLoaderOf;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.suanshu.CumulativeNormalHastings;
import dev.leibniz.corpus.suanshu.CumulativeNormalInverse;
import dev.leibniz.corpus.suanshu.CumulativeNormalMarsaglia;
import dev.leibniz.corpus.suanshu.Digamma;
import dev.leibniz.corpus.suanshu.Erf;
import dev.leibniz.corpus.suanshu.Gaussian;
import dev.leibniz.corpus.suanshu.LogNormalDistribution;
import dev.leibniz.corpus.suanshu.NormalDistribution;
import dev.leibniz.corpus.suanshu.Trigamma;
import dev.leibniz.corpus.ta4j.CashFlow;
import dev.leibniz.corpus.ta4j.DoubleNum;
import dev.leibniz.corpus.ta4j.DoubleNumFactory;
import dev.leibniz.corpus.ta4j.NaN;
import dev.leibniz.corpus.ta4j.Num;
import dev.leibniz.corpus.ta4j.NumFactory;
import dev.leibniz.corpus.ta4j.SlippageExecutionModel;
import dev.leibniz.corpus.ta4j.Trade;
import dev.leibniz.corpus.worldwind.Angle;
import dev.leibniz.corpus.worldwind.LatLon;
import dev.leibniz.corpus.worldwind.Logging;
import dev.leibniz.corpus.worldwind.Matrix;
import dev.leibniz.corpus.worldwind.Vec4;
import dev.leibniz.corpus.worldwind.WWMath;
import java.util.List;
import java.util.stream.Stream;

/**
 * The twenty-third round of the corpus table: three projects the corpus had not used. NASA WorldWind Java (Apache-2.0,
 * ids {@code worldwind/...}): the immutable geometry its users write with, {@code Vec4} (four final doubles), {@code
 * Angle} (degrees and radians, made by factories through a private constructor), {@code LatLon} (two {@code Angle}s:
 * objects holding objects) with its great-circle, rhumb-line and Vincenty ellipsoidal geodesy, {@code Matrix} (sixteen
 * final doubles and a flag; rotations, look-at, products, the determinant, the inverse through an LU decomposition on
 * {@code double[][]}), and {@code WWMath}'s interpolation helpers. SuanShu (Apache-2.0, ids {@code suanshu/...}): special
 * functions as objects ({@code UnivariateRealFunction} subclasses; digamma's recurrence sums an anonymous {@code
 * Summation.Term} capturing {@code x}), the error function through a static {@code StandardCumulativeNormal} field, and
 * the normal and log-normal distributions, the latter holding a {@code NormalDistribution}. ta4j (MIT, ids {@code
 * ta4j/...}): its {@code Num} arithmetic in {@code DoubleNum} (every operation through the interface {@code Num}, a cast,
 * and a new {@code DoubleNum}; {@code pow(Num)} through the default {@code doubleValue()} of a boxed {@code Number}), two
 * trading helpers over {@code Num}, and the Bayesian online change-point posterior of its forecast indicators (a
 * Student-t predictive with Commons Math's {@code Gamma.logGamma}, log-sum-exp, one step of the run-length posterior over
 * a frame of arrays). Kept apart from {@link Corpus} so that rounds merge without conflicts; {@link Corpus#entries()}
 * appends it.
 */
final class TwentyThirdRound {
  private TwentyThirdRound() {}

  private static Class<?> classNamed(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }


  /**
   * DoubleNum.pow(Num n) reads n.doubleValue(), Num's default method, through getDelegate() (boxed, overridable). The other
   * operations (a new DoubleNum or the field-less NaN.NaN, declared Num) are correct since the interface carries a slot.
   */
  static final String NUM_DELEGATE = "n.doubleValue(): Num's default method calls getDelegate(), which can be overridden"
      + " and returns a boxed Number: refused, located, in both modes";

  /** CashFlow's and SlippageExecutionModel's helpers take only Num (an interface) parameters. */
  static final String NUM_PARAMETERS = "no differentiable input: every parameter is a Num, an interface without shadows";

  // WorldWind: the geometry classes are loaded (and differentiated) together
  private static final List<Class<?>> WORLDWIND = List.of(Vec4.class, Angle.class, LatLon.class, Matrix.class,
      WWMath.class, Logging.class);

  private static Entry worldwind(Entry e) {
    return e.with(WORLDWIND.stream().filter(c -> c != e.type()).toArray(Class<?>[]::new));
  }

  private static Entry.InLoader vec(double x, double y, double z) {
    return inLoaderOf(Vec4.class, x, y, z);
  }

  private static Entry.InLoader deg(double degrees) {
    return inLoaderBy(Angle.class, "fromDegrees", degrees);
  }

  private static Entry.InLoader ll(double latitude, double longitude) {
    return inLoaderBy(LatLon.class, "fromDegrees", latitude, longitude);
  }

  private static final Object[] M = {1.2, 0.3, -0.5, 0.7, -0.2, 0.9, 0.4, -1.1, 0.6, -0.8, 1.5, 0.2, 0.1, 0.35, -0.45, 1.3};
  private static final Object[] N = {0.8, -0.4, 1.1, 0.5, 1.3, -0.6, 0.2, 0.9, -0.7, 0.25, 0.6, -1.2, 0.3, 0.15, -0.9, 1.1};

  // WGS84's semi-axes (m)
  private static final double WGS84_A = 6378137.0;
  private static final double WGS84_B = 6356752.314245;

  // SuanShu: the function objects and their helpers
  private static final List<Class<?>> SUANSHU = Stream.of("Constant", "DoubleUtils", "R", "SuanShuUtils", "Summation",
      "UnivariateRealFunction", "Digamma", "Trigamma", "StandardCumulativeNormal", "CumulativeNormalMarsaglia",
      "CumulativeNormalHastings", "CumulativeNormalInverse", "Gaussian", "Erf", "ProbabilityDistribution",
      "NormalDistribution", "LogNormalDistribution").<Class<?>>map(n -> classNamed("dev.leibniz.corpus.suanshu." + n))
      .toList();

  private static Entry suanshu(Entry e) {
    return e.with(SUANSHU.stream().filter(c -> c != e.type()).toArray(Class<?>[]::new));
  }

  // ta4j: Num and its double implementation, the helpers over Num, the change-point posterior (private nested classes)
  private static final Class<?> POSTERIOR = classNamed("dev.leibniz.corpus.ta4j.OnlineChangePointForecastStateIndicator$PosteriorFrameIndicator");
  private static final Class<?> FRAME = classNamed("dev.leibniz.corpus.ta4j.OnlineChangePointForecastStateIndicator$PosteriorFrame");
  private static final List<Class<?>> TA4J = List.of(Num.class, DoubleNum.class, NaN.class, NumFactory.class,
      DoubleNumFactory.class, CashFlow.class, SlippageExecutionModel.class, Trade.class, Trade.TradeType.class,
      classNamed("dev.leibniz.corpus.ta4j.OnlineChangePointForecastStateIndicator"), POSTERIOR, FRAME);

  private static Entry ta4j(Entry e) {
    return e.with(TA4J.stream().filter(c -> c != e.type()).toArray(Class<?>[]::new));
  }

  private static Entry.InLoader num(double v) {
    return inLoaderBy(DoubleNum.class, "valueOf", v);
  }

  private static Entry.InLoader trade(String type) {
    return inLoaderBy(Trade.TradeType.class, "valueOf", type);
  }

  /** A posterior frame over three run lengths (log-probabilities, means, precisions, shapes, scales). */
  private static Entry.InLoader frame() {
    return inLoaderOf(FRAME, 7, new double[] {-0.4, -1.6, -2.3}, new double[] {0.05, 0.12, -0.03},
        new double[] {1.0, 2.0, 3.0}, new double[] {2.0, 2.5, 3.0}, new double[] {0.5, 0.62, 0.71});
  }

  static List<Entry> entries() {
    return List.of(
        // WorldWind Vec4: final x, y, z, w; results are new vectors
        worldwind(correct("worldwind/Vec4.getLength3", Vec4.class, "getLength3", args()).on(construct(1.2, -0.7, 2.1))),
        worldwind(correct("worldwind/Vec4.normalize3", Vec4.class, "normalize3", args()).on(construct(1.2, -0.7, 2.1))),
        worldwind(correct("worldwind/Vec4.distanceTo3", Vec4.class, "distanceTo3", args(vec(0.4, 1.9, -0.8)))
            .on(construct(1.2, -0.7, 2.1))),
        worldwind(correct("worldwind/Vec4.cross3", Vec4.class, "cross3", args(vec(0.4, 1.9, -0.8))).on(construct(1.2, -0.7, 2.1))),
        // Angle.fromRadians(a) through Angle's private constructor: the result wrappers link it (objects.FactoryResultsTest)
        worldwind(correct("worldwind/Vec4.angleBetween3", Vec4.class, "angleBetween3", args(vec(0.4, 1.9, -0.8)))
            .on(construct(1.2, -0.7, 2.1))),
        worldwind(correct("worldwind/Vec4.projectOnto3", Vec4.class, "projectOnto3", args(vec(0.4, 1.9, -0.8)))
            .on(construct(1.2, -0.7, 2.1))),
        worldwind(correct("worldwind/Vec4.perpendicularTo3", Vec4.class, "perpendicularTo3", args(vec(0.4, 1.9, -0.8)))
            .on(construct(1.2, -0.7, 2.1))),
        worldwind(correct("worldwind/Vec4.transformBy4", Vec4.class, "transformBy4", args(inLoaderOf(Matrix.class, M)))
            .on(construct(1.2, -0.7, 2.1))),
        worldwind(correct("worldwind/Vec4.mix3", Vec4.class, "mix3", args(0.3, vec(1.2, -0.7, 2.1), vec(0.4, 1.9, -0.8)))),

        // Angle: degrees and radians, made by factories through a private constructor
        worldwind(correct("worldwind/Angle.fromXY", Angle.class, "fromXY", args(1.3, -0.4), args(-0.6, 0.9))),
        worldwind(correct("worldwind/Angle.angularDistanceTo", Angle.class, "angularDistanceTo", args(deg(50.0)), args(deg(211.0)))
            .on(by("fromDegrees", 37.0))),
        worldwind(correct("worldwind/Angle.tanHalfAngle", Angle.class, "tanHalfAngle", args()).on(by("fromDegrees", 37.0))),
        worldwind(correct("worldwind/Angle.average", Angle.class, "average", args(deg(12.0), deg(47.0), deg(-8.0)))),
        worldwind(correct("worldwind/Angle.normalizedDegreesLatitude", Angle.class, "normalizedDegreesLatitude",
            args(47.0), args(123.0), args(-250.0))),

        // LatLon: two Angles; spherical and ellipsoidal geodesy
        worldwind(correct("worldwind/LatLon.greatCircleDistance", LatLon.class, "greatCircleDistance",
            args(ll(40.7, -74.0), ll(51.5, -0.13)))),
        worldwind(correct("worldwind/LatLon.greatCircleAzimuth", LatLon.class, "greatCircleAzimuth",
            args(ll(40.7, -74.0), ll(51.5, -0.13)))),
        worldwind(correct("worldwind/LatLon.greatCircleEndPosition", LatLon.class, "greatCircleEndPosition", args(ll(40.7, -74.0), deg(51.0), deg(20.0)))),
        worldwind(correct("worldwind/LatLon.interpolateGreatCircle", LatLon.class, "interpolateGreatCircle", args(0.3, ll(40.7, -74.0), ll(51.5, -0.13)))),
        worldwind(correct("worldwind/LatLon.rhumbDistance", LatLon.class, "rhumbDistance", args(ll(40.7, -74.0), ll(51.5, -0.13)))),
        worldwind(correct("worldwind/LatLon.rhumbAzimuth", LatLon.class, "rhumbAzimuth", args(ll(40.7, -74.0), ll(51.5, -0.13)))),
        worldwind(correct("worldwind/LatLon.rhumbEndPosition", LatLon.class, "rhumbEndPosition", args(ll(40.7, -74.0), deg(51.0), deg(20.0)))),
        worldwind(correct("worldwind/LatLon.linearDistance", LatLon.class, "linearDistance", args(ll(40.7, -74.0), ll(51.5, -0.13)))),
        worldwind(correct("worldwind/LatLon.ellipsoidalForwardAzimuth", LatLon.class, "ellipsoidalForwardAzimuth",
            args(ll(40.7, -74.0), ll(51.5, -0.13), WGS84_A, WGS84_B))),
        worldwind(correct("worldwind/LatLon.ellipsoidalDistance", LatLon.class, "ellipsoidalDistance",
            args(ll(40.7, -74.0), ll(51.5, -0.13), WGS84_A, WGS84_B))),

        // Matrix: sixteen final doubles and a flag
        worldwind(correct("worldwind/Matrix.fromAxisAngle", Matrix.class, "fromAxisAngle", args(deg(35.0), vec(0.4, 1.9, -0.8)))),
        worldwind(correct("worldwind/Matrix.fromRotationXYZ", Matrix.class, "fromRotationXYZ", args(deg(12.0), deg(47.0), deg(-8.0)))),
        worldwind(correct("worldwind/Matrix.fromViewLookAt", Matrix.class, "fromViewLookAt",
            args(vec(1.2, -0.7, 2.1), vec(0.4, 1.9, -0.8), vec(0.1, 0.2, 1.0)))),
        worldwind(correct("worldwind/Matrix.multiply", Matrix.class, "multiply", args(inLoaderOf(Matrix.class, N))).on(construct(M))),
        worldwind(correct("worldwind/Matrix.getDeterminant", Matrix.class, "getDeterminant", args()).on(construct(M))),
        worldwind(correct("worldwind/Matrix.getInverse", Matrix.class, "getInverse", args()).on(construct(M))),

        // WWMath
        worldwind(correct("worldwind/WWMath.smoothStepValue", WWMath.class, "smoothStepValue", args(0.4, 0.1, 0.9))),
        worldwind(correct("worldwind/WWMath.computeInterpolationFactor", WWMath.class, "computeInterpolationFactor",
            args(0.4, 0.1, 0.9))),
        worldwind(correct("worldwind/WWMath.mixSmooth", WWMath.class, "mixSmooth", args(0.3, 1.2, 3.5))),
        worldwind(correct("worldwind/WWMath.computeTriangleNormal", WWMath.class, "computeTriangleNormal",
            args(vec(1.2, -0.7, 2.1), vec(0.4, 1.9, -0.8), vec(0.1, 0.2, 1.0)))),

        // SuanShu: special functions as objects
        suanshu(correct("suanshu/Digamma.evaluate(recurrence)", Digamma.class, "evaluate", args(3.7)).on(construct())),
        suanshu(correct("suanshu/Digamma.evaluate(asymptotic)", Digamma.class, "evaluate", args(12.5)).on(construct())),
        suanshu(correct("suanshu/Digamma.evaluate(reflection)", Digamma.class, "evaluate", args(-2.3)).on(construct())),
        suanshu(correct("suanshu/Trigamma.evaluate(recurrence)", Trigamma.class, "evaluate", args(0.7)).on(construct())),
        suanshu(correct("suanshu/Trigamma.evaluate(asymptotic)", Trigamma.class, "evaluate", args(35.0)).on(construct())),
        suanshu(correct("suanshu/Trigamma.evaluate(reflection)", Trigamma.class, "evaluate", args(-1.3)).on(construct())),
        suanshu(correct("suanshu/Trigamma.evaluate(small)", Trigamma.class, "evaluate", args(5e-5)).on(construct())),
        suanshu(correct("suanshu/CumulativeNormalMarsaglia.evaluate", CumulativeNormalMarsaglia.class, "evaluate",
            args(0.7), args(-2.2)).on(construct())),
        suanshu(correct("suanshu/CumulativeNormalHastings.evaluate", CumulativeNormalHastings.class, "evaluate",
            args(0.7), args(-1.1)).on(construct())),
        suanshu(correct("suanshu/CumulativeNormalInverse.evaluate", CumulativeNormalInverse.class, "evaluate",
            args(0.3), args(0.97)).on(construct())),
        suanshu(correct("suanshu/Gaussian.evaluate", Gaussian.class, "evaluate", args(0.9)).on(construct(0.8, 0.5, 1.3))),
        suanshu(correct("suanshu/Erf.evaluate", Erf.class, "evaluate", args(0.6), args(-1.1)).on(construct())),
        suanshu(correct("suanshu/NormalDistribution.entropy", NormalDistribution.class, "entropy", args()).on(construct(0.5, 1.3))),
        suanshu(correct("suanshu/NormalDistribution.cdf", NormalDistribution.class, "cdf", args(0.9)).on(construct(0.5, 1.3))),
        suanshu(correct("suanshu/NormalDistribution.quantile", NormalDistribution.class, "quantile", args(0.3))
            .on(construct(0.5, 1.3))),
        suanshu(correct("suanshu/NormalDistribution.density", NormalDistribution.class, "density", args(0.9)).on(construct(0.5, 1.3))),
        suanshu(correct("suanshu/NormalDistribution.moment", NormalDistribution.class, "moment", args(0.4)).on(construct(0.5, 1.3))),
        suanshu(correct("suanshu/LogNormalDistribution.variance", LogNormalDistribution.class, "variance", args())
            .on(construct(0.2, 0.6))),
        suanshu(correct("suanshu/LogNormalDistribution.kurtosis", LogNormalDistribution.class, "kurtosis", args())
            .on(construct(0.2, 0.6))),
        suanshu(correct("suanshu/LogNormalDistribution.cdf", LogNormalDistribution.class, "cdf", args(1.4)).on(construct(0.2, 0.6))),
        suanshu(correct("suanshu/LogNormalDistribution.quantile", LogNormalDistribution.class, "quantile", args(0.7))
            .on(construct(0.2, 0.6))),
        suanshu(correct("suanshu/LogNormalDistribution.density", LogNormalDistribution.class, "density", args(1.4))
            .on(construct(0.2, 0.6))),

        // ta4j: Num arithmetic in DoubleNum (through the interface Num, a cast and a new DoubleNum each time)
        ta4j(correct("ta4j/DoubleNum.plus", DoubleNum.class, "plus", args(num(0.8))).on(by("valueOf", 2.5))),
        ta4j(correct("ta4j/DoubleNum.minus", DoubleNum.class, "minus", args(num(0.8))).on(by("valueOf", 2.5))),
        ta4j(correct("ta4j/DoubleNum.multipliedBy", DoubleNum.class, "multipliedBy", args(num(0.8))).on(by("valueOf", 2.5))),
        ta4j(correct("ta4j/DoubleNum.dividedBy", DoubleNum.class, "dividedBy", args(num(0.8))).on(by("valueOf", 2.5))),
        ta4j(correct("ta4j/DoubleNum.remainder", DoubleNum.class, "remainder", args(num(0.8))).on(by("valueOf", 2.5))),
        ta4j(refused("ta4j/DoubleNum.pow", DoubleNum.class, "pow", NUM_DELEGATE, args(num(1.7))).on(by("valueOf", 2.5))),
        ta4j(correct("ta4j/DoubleNum.sqrt", DoubleNum.class, "sqrt", args()).on(by("valueOf", 2.5))),
        ta4j(correct("ta4j/DoubleNum.log", DoubleNum.class, "log", args()).on(by("valueOf", 2.5))),
        ta4j(correct("ta4j/DoubleNum.max", DoubleNum.class, "max", args(num(0.8))).on(by("valueOf", 2.5))),
        ta4j(correct("ta4j/DoubleNum.abs", DoubleNum.class, "abs", args()).on(by("valueOf", -2.5))),
        // trading helpers over Num
        ta4j(refused("ta4j/CashFlow.getIntermediateRatio", CashFlow.class, "getIntermediateRatio", NUM_PARAMETERS,
            args(true, num(101.5), num(104.2)), args(false, num(101.5), num(104.2)))),
        ta4j(refused("ta4j/SlippageExecutionModel.applySlippage", SlippageExecutionModel.class, "applySlippage", NUM_PARAMETERS,
            args(num(101.5), trade("BUY"), num(0.002)), args(num(101.5), trade("SELL"), num(0.002)))),
        // the change-point posterior
        ta4j(correct("ta4j/PosteriorFrameIndicator.studentTLogDensity", POSTERIOR, "studentTLogDensity",
            args(0.3, 0.1, 2.0, 3.0, 0.8))),
        ta4j(correct("ta4j/PosteriorFrameIndicator.logAdd", POSTERIOR, "logAdd", args(-1.2, -0.4))),
        ta4j(correct("ta4j/PosteriorFrameIndicator.logSum", POSTERIOR, "logSum", args((Object) new double[] {-1.2, -0.4, -2.5}))),
        ta4j(correct("ta4j/PosteriorFrameIndicator.logOnePlusExp", POSTERIOR, "logOnePlusExp", args(0.7), args(-0.9))),
        ta4j(correct("ta4j/PosteriorFrameIndicator.scaledSquaredDifference", POSTERIOR, "scaledSquaredDifference",
            args(0.3, 0.1, 2.0, 3.0))),
        ta4j(correct("ta4j/PosteriorFrameIndicator.updateComponent", POSTERIOR, "updateComponent",
            args(0.3, 0.1, 2.0, 3.0, 0.8, 1, new double[3], new double[3], new double[3], new double[3]))),
        ta4j(correct("ta4j/PosteriorFrameIndicator.advance", POSTERIOR, "advance", args(frame(), 0.3))
            .on(construct(0, 50.0, 5, 0.0, 1.0, 2.0, 0.5))));
  }
}
