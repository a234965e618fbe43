package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.fresh;
import static dev.leibniz.corpus.Entry.inLoader;
import static dev.leibniz.corpus.Entry.knownWrong;
import static dev.leibniz.corpus.Entry.nanAtPoint;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.commonsmath.DormandPrince54ErrorEstimate;
import dev.leibniz.corpus.commonsmath.GammaRegularizedP;
import dev.leibniz.corpus.commonsmath.BetaRegularizedBeta;
import dev.leibniz.corpus.commonsmath.CanberraDistance;
import dev.leibniz.corpus.commonsmath.EarthMoversDistance;
import dev.leibniz.corpus.commonsmath.ErfErfc;
import dev.leibniz.corpus.lucene.VectorCosine;
import dev.leibniz.corpus.lucene.VectorSquareDistance;
import dev.leibniz.corpus.commonsmath.SkewnessEvaluate;
import dev.leibniz.corpus.commonsmath.VarianceEvaluate;
import dev.leibniz.corpus.lucene.SloppyMathHaversin;
import dev.leibniz.corpus.encog.ActivationLOG;
import dev.leibniz.corpus.finmath.DigitalRho;
import dev.leibniz.corpus.finmath.CmsAdjustedRate;
import dev.leibniz.corpus.finmath.Greeks;
import dev.leibniz.corpus.finmath.Vega;
import dev.leibniz.corpus.finmath.HuntKennedy;
import dev.leibniz.corpus.finmath.SabrAlpha;
import dev.leibniz.corpus.finmath.SabrNormal;
import dev.leibniz.corpus.finmath.ImpliedVolatility;
import dev.leibniz.corpus.numbers.LogGamma;
import dev.leibniz.corpus.numbers.Trigamma;
import dev.leibniz.corpus.orekit.EllipticMeanToEccentricDifference;
import dev.leibniz.corpus.orekit.HyperbolicMeanToTrue;
import dev.leibniz.corpus.orekit.HyperbolicTrueToMean;
import dev.leibniz.corpus.benchmarksgame.Body;
import dev.leibniz.corpus.benchmarksgame.NBody;
import dev.leibniz.corpus.benchmarksgame.SpectralNorm;
import dev.leibniz.corpus.colt.ProbabilityNormal;
import dev.leibniz.corpus.commonsmath.FirstOrderDifferentialEquations;
import dev.leibniz.corpus.commonsmath.LorenzMarked;
import dev.leibniz.corpus.commonsmath.RungeKuttaIntegrator;
import dev.leibniz.corpus.commonsmath.LinearInterpolator;
import dev.leibniz.corpus.commonsmath.HarmonicOscillator;
import dev.leibniz.corpus.commonsmath.Sigmoid;
import dev.leibniz.corpus.ejml.DMatrixRMaj;
import dev.leibniz.corpus.ejml.QrComputeTauAndDivide;
import dev.leibniz.corpus.ejml.QrFindMax;
import dev.leibniz.corpus.ejml.QrRank1UpdateMultR;
import dev.leibniz.corpus.encog.ActivationElliottSymmetric;
import dev.leibniz.corpus.encog.ActivationSigmoid;
import dev.leibniz.corpus.encog.ActivationSoftMax;
import dev.leibniz.corpus.encog.ActivationTANH;
import dev.leibniz.corpus.finmath.AsianOption;
import dev.leibniz.corpus.finmath.Bachelier;
import dev.leibniz.corpus.finmath.BlackScholes;
import dev.leibniz.corpus.finmath.CallOrPut;
import dev.leibniz.corpus.finmath.Margrabe;
import dev.leibniz.corpus.finmath.SabrBerestycki;
import dev.leibniz.corpus.finmath.SabrHagan;
import dev.leibniz.corpus.finmath.Wichura;
import dev.leibniz.corpus.jbox2d.MathUtilsAtan2;
import dev.leibniz.corpus.jbox2d.MathUtilsReduceAngle;
import dev.leibniz.corpus.jts.AngleDiff;
import dev.leibniz.corpus.jts.AngleNormalize;
import dev.leibniz.corpus.jts.Coordinate;
import dev.leibniz.corpus.jts.LineSegment;
import dev.leibniz.corpus.jama.Maths;
import dev.leibniz.corpus.libsvm.KernelPowi;
import dev.leibniz.corpus.libsvm.SvmMulticlassProbability;
import dev.leibniz.corpus.libsvm.SvmSigmoidPredict;
import dev.leibniz.corpus.libsvm.SvmSigmoidTrain;
import dev.leibniz.corpus.numbers.Norm;
import dev.leibniz.corpus.numbers.Normalizer;
import dev.leibniz.corpus.orekit.EllipticMeanToTrue;
import dev.leibniz.corpus.orekit.EllipticTrueToEccentric;
import dev.leibniz.corpus.orekit.HyperbolicMeanToEccentric;
import dev.leibniz.corpus.statistics.GumbelDistribution;
import dev.leibniz.corpus.statistics.LogisticDistribution;
import dev.leibniz.corpus.statistics.WeibullDistribution;
import dev.leibniz.corpus.hipparchus.BetaLogBeta;
import dev.leibniz.corpus.hipparchus.CarlsonRf;
import dev.leibniz.corpus.hipparchus.ErfErf;
import dev.leibniz.corpus.hipparchus.ErfInv;
import dev.leibniz.corpus.hipparchus.FunctionUtilsSample;
import dev.leibniz.corpus.hipparchus.GammaDigamma;
import dev.leibniz.corpus.hipparchus.GammaLogGamma;
import dev.leibniz.corpus.hipparchus.Gaussian;
import dev.leibniz.corpus.hipparchus.LegendreEllipticIntegralBigPi;
import dev.leibniz.corpus.hipparchus.Logistic;
import dev.leibniz.corpus.hipparchus.MathArraysConvolve;
import dev.leibniz.corpus.hipparchus.MathArraysDistance;
import dev.leibniz.corpus.hipparchus.MathArraysLinearCombination;
import dev.leibniz.corpus.hipparchus.MathArraysSafeNorm;
import dev.leibniz.corpus.hipparchus.NormalDistribution;
import dev.leibniz.corpus.hipparchus.PolynomialFunctionEvaluate;
import dev.leibniz.corpus.hipparchus.PolynomialSplineFunction;
import dev.leibniz.corpus.hipparchus.Sinc;
import dev.leibniz.corpus.geographiclib.GeoMathAngDiff;
import dev.leibniz.corpus.geographiclib.GeoMathAtan2d;
import dev.leibniz.corpus.geographiclib.GeoMathSincosd;
import dev.leibniz.corpus.geographiclib.GeodesicAstroid;
import dev.leibniz.corpus.geographiclib.GeodesicC1f;
import dev.leibniz.corpus.geographiclib.GeodesicSinCosSeries;
import dev.leibniz.corpus.geographiclib.Pair;
import dev.leibniz.corpus.jts.AngleBetweenOriented;
import dev.leibniz.corpus.jts.DistancePointToSegment;
import dev.leibniz.corpus.jts.TriangleArea3D;
import dev.leibniz.corpus.numbers11.Digamma;
import dev.leibniz.corpus.ejml.NormOpsNormF;
import dev.leibniz.corpus.ejml.VectorVectorInnerProdA;
import dev.leibniz.corpus.finmath.CevOption;
import dev.leibniz.corpus.numbers11.Erf;
import dev.leibniz.corpus.numbers11.Erfcx;
import dev.leibniz.corpus.statistics.ParetoDistribution;
import java.util.List;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.polynomials.PolynomialFunction;
import org.hipparchus.util.FastMath;

/**
 * The corpus table: every entry with its check points and the status it is expected to reach.
 * When an entry improves (the test prints "improved"), move it up here; a refused entry names its
 * first blocker in words (the diagnostic itself is in the report).
 */
final class Corpus {


  // blocker names (as Blockers prints them)
  static final String ARRAY_IN_FIELD = "array held in a field receives active values";
  static final String BIT_PATTERN = "bit pattern of an active value read (library code)";
  static final String BOXED_FOR_MESSAGE = "active value boxed (exception message arguments)";
  static final String CALLBACK_WITHOUT_COMPANION = "callback implementation without a companion (run time)";
  static final String DISPATCH = "virtual or interface call";
  static final String FASTMATH = "FastMath";
  static final String FIELD_WRITE = "active value written to a field";
  static final String LAMBDA = "lambda / invokedynamic";
  static final String OBJECT_CONSTRUCTION = "active value passed to a constructor (object)";
  static final String OTHER_CLASS = "static call into another class";
  static final String PASSIVE_RESULT_CALL = "active argument to a call with a passive result";
  static final String SINCOS_OBJECT = "value object returned by a library call (SinCos)";
  static final String PACKAGE_PRIVATE_CLASS = "class the caller cannot name (not public)";
  /** NaN at the point, warned: a formula made for whole (half) numbers at such a point (WholeNumberNaNTest). */
  static final String WHOLE_NUMBER_BRANCH = "at a whole or half number the code switches to a formula made for that point"
      + " (BoostGamma: a factorial table, a finite sum whose only use of a is its loop bound), whose derivative in the"
      + " tested value is not the function's; the core warns at the test and the companions return NaN for that"
      + " derivative there (the others exact)";
  static final String PASSIVE_OBJECT_INPUTS = "only passive object inputs (fields only read, class not annotated)";

  private Corpus() {}

  static List<Entry> entries() {
    return java.util.stream.Stream.of(firstRounds(), FifthRound.entries(), SixthRound.entries(), SeventhRound.entries(), EighthRound.entries(),
        NinthRound.entries(), TenthRound.entries(), PeerRound.entries(), EleventhRound.entries(), TwelfthRound.entries(),
        ThirteenthRound.entries(), FourteenthRound.entries(), SecondPeerRound.entries(), FifteenthRound.entries(),
        SixteenthRound.entries(), ThirdPeerRound.entries(), SeventeenthRound.entries(), FourthPeerRound.entries(),
        EighteenthRound.entries(), NineteenthRound.entries(), TwentiethRound.entries(), TwentyFirstRound.entries(),
        FifthPeerRound.entries(), TwentySecondRound.entries(),
        SixthPeerRound.entries(), TwentyThirdRound.entries(), SeventhPeerRound.entries(), TwentyFourthRound.entries(),
        TwentyFifthRound.entries(), EighthPeerRound.entries(), TwentySixthRound.entries(), TwentySeventhRound.entries(),
        NinthPeerRound.entries(), TenthPeerRound.entries(), TwentyEighthRound.entries(),
        EleventhPeerRound.entries(), TwentyNinthRound.entries(), ThirtiethRound.entries(),
        TwelfthPeerRound.entries(), ThirtyFirstRound.entries(), ThirteenthPeerRound.entries(),
        ThirtySecondRound.entries(), FourteenthPeerRound.entries(), ThirtyThirdRound.entries(),
        FifteenthPeerRound.entries(), ThirtyFourthRound.entries(), SixteenthPeerRound.entries(),
        SeventeenthPeerRound.entries(), EighteenthPeerRound.entries(), ThirtyFifthRound.entries(),
        ThirtySixthRound.entries(), NineteenthPeerRound.entries(), ThirtyEighthRound.entries(),
        ThirtySeventhRound.entries(), TwentiethPeerRound.entries(), ThirtyNinthRound.entries(),
        TwentyFirstPeerRound.entries(), FortiethRound.entries())
        .flatMap(List::stream).toList();
  }

  private static List<Entry> firstRounds() {
    return List.of(
        // Hipparchus
        correct("hipparchus/Gamma.logGamma", GammaLogGamma.class, "logGamma",
            args(0.3), args(1.7), args(5.2), args(12.5)),
        correct("hipparchus/Gamma.digamma", GammaDigamma.class, "digamma", args(0.7), args(60.0)),
        correct("hipparchus/Erf.erf", ErfErf.class, "erf", args(0.4), args(-1.3)),
        correct("hipparchus/Erf.erfInv", ErfInv.class, "erfInv", args(0.3), args(-0.9999)),
        correct("hipparchus/Beta.logBeta", BetaLogBeta.class, "logBeta",
            args(1.5, 2.5), args(3.5, 4.0), args(12.0, 15.0)),
        correct("hipparchus/Logistic.value", Logistic.class, "value", args(0.8))
            .on(construct(2.0, 0.5, 1.2, 0.7, 0.1, 1.5)),
        correct("hipparchus/Gaussian.value", Gaussian.class, "value", args(0.9))
            .on(construct(1.3, 0.4, 0.8)),
        correct("hipparchus/Sinc.value", Sinc.class, "value", args(0.7), args(0.001))
            .on(construct(true)),
        correct("hipparchus/PolynomialFunction.evaluate", PolynomialFunctionEvaluate.class, "evaluate",
            args(new double[] {1.0, -2.0, 0.5, 3.0}, 0.7)),
        correct("hipparchus/PolynomialSplineFunction.value", PolynomialSplineFunction.class, "value",
            args(0.7), args(1.6))
            .on(construct(new double[] {0, 1, 2},
                new PolynomialFunction[] {
                  new PolynomialFunction(1.0, 2.0, -1.0), new PolynomialFunction(2.0, 0.0, 3.0, 0.5)})),
        correct("hipparchus/MathArrays.safeNorm", MathArraysSafeNorm.class, "safeNorm",
            args(new double[] {3.0, -4.0, 1e-3, 2.5})),
        correct("hipparchus/MathArrays.linearCombination", MathArraysLinearCombination.class,
            "linearCombination", args(1.1, -2.3, 0.7, 4.9)),
        correct("hipparchus/MathArrays.distance", MathArraysDistance.class, "distance",
            args(new double[] {1.0, 2.0, 3.0}, new double[] {-0.5, 4.0, 2.2})),
        correct("hipparchus/MathArrays.convolve", MathArraysConvolve.class, "convolve",
            args(new double[] {1.0, -0.5, 2.0}, new double[] {0.3, 0.2})),
        correct("hipparchus/NormalDistribution.cumulativeProbability", NormalDistribution.class,
                "cumulativeProbability", args(0.3), args(1.9))
            .on(construct(0.5, 1.3)),
        // The lambda capturing n is its body (LambdaCalls); Carlson rJ's adjoint, over the size limit, is
        // copied into the class, flattened and its duplication loop's body outlined (LocalCopies, LoopBodies).
        correct("hipparchus/LegendreEllipticIntegral.bigPi", LegendreEllipticIntegralBigPi.class, "bigPi",
            args(0.3, 3.5, 0.5), args(0.3, 1.0, 0.5)),
        correct("hipparchus/CarlsonEllipticIntegral.rF", CarlsonRf.class, "rF",
            args(0.5, 1.2, 2.0), args(0.1, 0.8, 1.5)),
        correct("hipparchus/FunctionUtils.sample", FunctionUtilsSample.class, "sample",
            args((UnivariateFunction) x -> FastMath.sin(x) * x, 0.2, 1.5, 5)),

        // finmath-lib
        correct("finmath/AnalyticFormulas.blackScholesGeneralizedOptionValue", BlackScholes.class,
            "blackScholesGeneralizedOptionValue", args(100.0, 0.25, 2.0, 95.0, 0.9), args(1.2, 0.3, 0.5, 1.5, 1.0)),
        correct("finmath/AnalyticFormulas.margrabeExchangeOptionValue", Margrabe.class, "margrabeExchangeOptionValue",
            args(100.0, 90.0, 0.2, 0.3, 0.4, 1.5)),
        correct("finmath/BachelierModel.bachelierOptionValue", Bachelier.class, "bachelierOptionValue",
            args(0.02, 0.005, 3.0, 0.025, 0.95)),
        correct("finmath/AnalyticFormulas.sabrBerestyckiNormalVolatilityApproximation", SabrBerestycki.class,
            "sabrBerestyckiNormalVolatilityApproximation", args(0.2, 0.5, -0.3, 0.4, 0.0, 0.03, 0.035, 2.0)),
        correct("finmath/AnalyticFormulas.sabrHaganLognormalBlackVolatilityApproximation", SabrHagan.class,
            "sabrHaganLognormalBlackVolatilityApproximation", args(0.04, 0.5, -0.3, 0.4, 0.01, 0.03, 0.035, 2.0)),
        correct("finmath/NormalDistribution.inverseCumulativeNormalDistributionWichura", Wichura.class,
            "inverseCumulativeNormalDistributionWichura", args(0.3), args(0.01), args(1e-10)),
        correct("finmath/AsianOption.priceDiscreteArithmeticAveragePriceTurnbullWakeman", AsianOption.class,
            "priceDiscreteArithmeticAveragePriceTurnbullWakeman", args(CallOrPut.CALL, 100.0, 95.0, 0.03, 0.01, 0.25, 1.0, new double[] {0.25, 0.5, 0.75, 1.0}, 0, 0.0)),

        // Orekit
        correct("orekit/KeplerianAnomalyUtility.ellipticMeanToTrue", EllipticMeanToTrue.class, "ellipticMeanToTrue",
            args(0.3, 1.2), args(0.95, 0.05), args(0.1, -2.5)),
        correct("orekit/KeplerianAnomalyUtility.ellipticTrueToEccentric", EllipticTrueToEccentric.class,
            "ellipticTrueToEccentric", args(0.4, 2.0)),
        correct("orekit/KeplerianAnomalyUtility.hyperbolicMeanToEccentric", HyperbolicMeanToEccentric.class,
            "hyperbolicMeanToEccentric", args(1.5, 2.0), args(1.01, 0.01)),

        // Commons Numbers
        correct("numbers/Norm.of", Norm.class, "of", args(3.0, -4.0), args(1e-3, 2.5))
            .on(c -> c.getEnumConstants()[0]),
        correct("numbers/Angle.Normalizer.applyAsDouble", Normalizer.class, "applyAsDouble", args(5.0), args(1.0))
            .on(construct(-Math.PI, 2 * Math.PI)),

        // Commons Statistics
        correct("statistics/WeibullDistribution.logDensity", WeibullDistribution.class, "logDensity", args(1.3))
            .on(construct(1.7, 2.5)),
        correct("statistics/GumbelDistribution.density", GumbelDistribution.class, "density", args(1.1))
            .on(construct(0.5, 2.0)),
        correct("statistics/LogisticDistribution.cumulativeProbability", LogisticDistribution.class,
                "cumulativeProbability", args(0.7))
            .on(construct(0.2, 1.5)),

        // JBox2D (float code)
        correct("jbox2d/MathUtils.atan2", MathUtilsAtan2.class, "atan2",
            args(0.3f, 0.8f), args(-1.5f, 0.4f), args(0.5f, -1.2f)),
        correct("jbox2d/MathUtils.reduceAngle", MathUtilsReduceAngle.class, "reduceAngle",
            args(2.0f), args(0.5f), args(7.0f)),

        // Encog (in place on an array range)
        correct("encog/ActivationSigmoid.activationFunction", ActivationSigmoid.class, "activationFunction",
                args(new double[] {0.5, -1.2, 2.0, 0.1}, 1, 2))
            .on(construct()),
        correct("encog/ActivationSoftMax.activationFunction", ActivationSoftMax.class, "activationFunction",
                args(new double[] {0.5, -1.2, 2.0, 0.1}, 0, 4))
            .on(construct()),
        correct("encog/ActivationElliottSymmetric.activationFunction", ActivationElliottSymmetric.class,
                "activationFunction", args(new double[] {0.5, -1.2, 2.0, 0.1}, 0, 4))
            .on(construct()),
        correct("encog/ActivationTANH.activationFunction", ActivationTANH.class, "activationFunction",
                args(new double[] {0.5, -1.2, 2.0, 0.1}, 0, 4))
            .on(construct()),

        // EJML
        correct("ejml/QrHelperFunctions_DDRM.findMax", QrFindMax.class, "findMax",
            args(new double[] {0.3, -2.0, 1.1, 0.5}, 0, 4)),
        correct("ejml/QrHelperFunctions_DDRM.computeTauAndDivide", QrComputeTauAndDivide.class,
            "computeTauAndDivide",
            args(1, 4, new double[] {0.3, -2.0, 1.1, 0.5}, 2.0)),
        correct("ejml/QrHelperFunctions_DDRM.rank1UpdateMultR", QrRank1UpdateMultR.class, "rank1UpdateMultR",
            args(fresh(() -> new DMatrixRMaj(3, 3, new double[] {1, 2, 0.5, -1, 0.3, 2, 0.7, -0.4, 1.5})),
                new double[] {1.0, 0.5, -0.3}, 0.8, 1, 0, 3, new double[3])),

        // JTS
        correct("jts/Angle.normalize", AngleNormalize.class, "normalize", args(7.5), args(-4.0), args(1.0)),
        correct("jts/Angle.diff", AngleDiff.class, "diff", args(0.5, 2.0), args(3.0, -2.5)),
        // p0.create() and setX are overridable: setX is differentiated (a mutator, CalleeOracle.mutator), and
        // create() returns new Coordinate() on every path (analysis.FreshObjects): the result is none of the receiver's
        // points, and its shadow is p0.create() again, zeroed; its z is NaN (NULL_ORDINATE), a "no value" output. The
        // segment holds its points (Coordinate has shadows), so it has shadows too: its points' z are inputs, finite here
        correct("jts/LineSegment.pointAlongOffset", LineSegment.class, "pointAlongOffset", args(0.3, 0.2), args(0.7, -1.5))
            .on(construct(new Coordinate(1.0, 2.0, 0.5), new Coordinate(4.0, -1.0, -0.3))),

        // JAMA
        correct("jama/Maths.hypot", Maths.class, "hypot", args(3.0, -4.0), args(-0.5, 0.2)),

        // libsvm
        correct("libsvm/svm.sigmoid_predict", SvmSigmoidPredict.class, "sigmoid_predict",
            args(0.7, -1.3, 0.2), args(-2.0, -1.3, 0.2)),
        correct("libsvm/svm.multiclass_probability", SvmMulticlassProbability.class, "multiclass_probability",
            args(3, new double[][] {{0, 0.6, 0.7}, {0.4, 0, 0.55}, {0.3, 0.45, 0}}, new double[3])),
        correct("libsvm/svm.sigmoid_train", SvmSigmoidTrain.class, "sigmoid_train",
            args(6, new double[] {1.2, -0.4, 2.1, -1.5, 0.3, -0.8}, new double[] {1, -1, 1, -1, 1, 1}, new double[2])),
        correct("libsvm/Kernel.powi", KernelPowi.class, "powi", args(1.3, 5), args(-0.7, 4)),

        // Colt
        correct("colt/Probability.normal", ProbabilityNormal.class, "normal", args(0.3), args(1.7), args(-2.5)),
        correct("colt/Gamma.logGamma", dev.leibniz.corpus.colt.GammaLogGamma.class, "logGamma",
            args(0.4), args(3.7), args(40.0), args(-2.5)),

        // Commons Math (an ODE step through an interface callback)
        correct("commonsmath/RungeKuttaIntegrator.singleStep", RungeKuttaIntegrator.class, "singleStep",
            args(new Lorenz(), 0.0, new double[] {1.0, 0.5, -0.3}, 0.05))
            .on(construct(RK4_C, RK4_A, RK4_B)),
        correct("commonsmath/RungeKuttaIntegrator.singleStep (marked right-hand side)", RungeKuttaIntegrator.class,
                "singleStep", args(inLoader(LorenzMarked.class), 0.0, new double[] {1.0, 0.5, -0.3}, 0.05))
            .on(construct(RK4_C, RK4_A, RK4_B))
            .with(LorenzMarked.class),

        correct("commonsmath/Sigmoid.value", Sigmoid.class, "value", args(0.4), args(-2.0))
            .on(construct(-1.0, 3.0)),
        correct("commonsmath/HarmonicOscillator.value", HarmonicOscillator.class, "value",
                args(0.7))
            .on(construct(1.5, 2.0, 0.3)),
        refused("commonsmath/LinearInterpolator.interpolate", LinearInterpolator.class,
                "interpolate", OBJECT_CONSTRUCTION,
                args(new double[] {0.0, 1.0, 2.5}, new double[] {1.0, -0.5, 2.0}))
            .on(construct()),

        // The Computer Language Benchmarks Game
        correct("benchmarksgame/spectralnorm.eval_AtA_times_u", SpectralNorm.class, "eval_AtA_times_u",
                args(4, new double[] {1, 0.5, -0.3, 2}, new double[4]))
            .on(construct()),
        correct("benchmarksgame/nbody.advance", NBody.class, "advance",
            args(fresh(Corpus::threeBodies), 0.01)),

        // Second round: methods added after the fixes of issue 9 (not seen before)
        correct("numbers/LogGamma.value (singletons)", LogGamma.class, "value",
                args(0.3), args(1.7), args(5.2), args(12.5))
            .on(construct()),
        correct("numbers/Trigamma.value", Trigamma.class, "value", args(0.7), args(3.5), args(60.0)),
        correct("finmath/AnalyticFormulas.blackScholesOptionImpliedVolatility", ImpliedVolatility.class,
            "blackScholesOptionImpliedVolatility", args(100.0, 1.5, 95.0, 0.95, 15.0), args(100.0, 0.5, 120.0, 0.98, 2.5)),
        correct("finmath/AnalyticFormulas.blackScholesOptionDelta", Greeks.class, "blackScholesOptionDelta",
            args(100.0, 0.03, 0.25, 1.5, 95.0), args(-50.0, 0.03, 0.25, 1.5, -60.0)),
        correct("finmath/AnalyticFormulas.blackScholesDigitalOptionRho", DigitalRho.class,
            "blackScholesDigitalOptionRho", args(100.0, 0.03, 0.25, 1.5, 95.0)),
        correct("finmath/AnalyticFormulas.sabrAlphaApproximation", SabrAlpha.class, "sabrAlphaApproximation",
            args(0.008, 0.5, -0.3, 0.4, 0.0, 0.03, 2.0)),
        correct("finmath/AnalyticFormulas.sabrNormalVolatilityApproximation", SabrNormal.class,
            "sabrNormalVolatilityApproximation", args(0.05, 0.5, -0.3, 0.4, 0.01, 0.03, 0.035, 2.0)),
        correct("finmath/AnalyticFormulas.huntKennedyCMSOptionValue", HuntKennedy.class, "huntKennedyCMSOptionValue",
            args(0.03, 0.2, 4.5, 2.0, 5.0, 0.9, 0.028)),
        correct("finmath/AnalyticFormulas.blackScholesOptionVega", Vega.class, "blackScholesOptionVega",
            args(100.0, 0.03, 0.25, 1.5, 95.0)),
        correct("finmath/AnalyticFormulas.huntKennedyCMSAdjustedRate", CmsAdjustedRate.class, "huntKennedyCMSAdjustedRate",
            args(0.03, 0.2, 4.5, 2.0, 5.0, 0.9)),
        correct("encog/ActivationLOG.activationFunction", ActivationLOG.class, "activationFunction",
                args(new double[] {0.5, -1.2, 2.0, -0.1}, 0, 4))
            .on(construct()),
        correct("commonsmath/DormandPrince54Integrator.estimateError", DormandPrince54ErrorEstimate.class,
                "estimateError",
                args(new double[][] {{1.0, 0.5, -0.3}, {0.9, 0.4, -0.2}, {0.8, 0.45, -0.25}, {0.7, 0.3, -0.1},
                    {0.75, 0.35, -0.15}, {0.6, 0.2, 0.05}, {0.65, 0.25, 0.0}},
                    new double[] {1.0, -2.0, 0.5}, new double[] {1.1, -1.9, 0.45}, 0.1))
            .on(construct(3, 1e-6, 1e-6)),
        correct("orekit/KeplerianAnomalyUtility.hyperbolicTrueToMean", HyperbolicTrueToMean.class,
            "hyperbolicTrueToMean", args(1.5, 0.8), args(3.0, -1.0)),
        correct("orekit/KeplerianAnomalyUtility.hyperbolicMeanToTrue", HyperbolicMeanToTrue.class,
            "hyperbolicMeanToTrue", args(1.5, 0.8), args(1.05, 0.05), args(3.0, -4.0)),
        correct("orekit/KeplerianAnomalyUtility.ellipticMeanToEccentricDifference",
            EllipticMeanToEccentricDifference.class, "ellipticMeanToEccentricDifference",
            args(0.1, 0.9, 0.5), args(0.3, 0.2, -1.0)),

        // Third round (issue 9): methods not seen before, from the projects' Maven Central sources jars
        correct("commonsmath/Gamma.regularizedGammaP", GammaRegularizedP.class, "regularizedGammaP",
            args(1.5, 0.8, 1e-15, 10000), args(2.5, 4.0, 1e-15, 10000)),
        correct("commonsmath/Variance.evaluate", VarianceEvaluate.class, "evaluate",
                args(new double[] {1.0, 2.5, -0.3, 4.0, 0.7}, 1.2, 0, 5))
            .on(construct(true)),
        correct("commonsmath/Skewness.evaluate", SkewnessEvaluate.class, "evaluate",
                args(new double[] {1.0, 2.5, -0.3, 4.0, 0.7, 3.1}, 0, 6))
            .on(construct()),
        // WRONG (a zero gradient, no diagnostic) until a mantissa truncation without its low part was refused;
        // now that truncation is a rounding (derivative 1, lift.BitIdioms)
        correct("lucene/SloppyMath.haversinMeters", SloppyMathHaversin.class, "haversinMeters",
            args(48.85, 2.35, 51.5, -0.12), args(-33.9, 151.2, 35.7, 139.7)),
        correct("commonsmath/Beta.regularizedBeta", BetaRegularizedBeta.class, "regularizedBeta",
            args(0.3, 1.5, 2.5, 1e-15, 10000), args(0.8, 2.0, 1.5, 1e-15, 10000)),
        correct("commonsmath/Erf.erfc", ErfErfc.class, "erfc", args(0.3), args(-1.2), args(2.5)),
        correct("commonsmath/EarthMoversDistance.compute", EarthMoversDistance.class, "compute",
                args(new double[] {0.2, 0.5, 0.1, 0.9}, new double[] {0.4, 0.1, 0.6, 0.3}))
            .on(construct()),
        correct("commonsmath/CanberraDistance.compute", CanberraDistance.class, "compute",
                args(new double[] {0.2, -0.5, 1.1, 0.9}, new double[] {0.4, 0.1, 0.6, -0.3}))
            .on(construct()),
        correct("lucene/DefaultVectorUtilSupport.cosine", VectorCosine.class, "cosine",
                args(new float[] {0.2f, -0.5f, 1.1f, 0.9f, 0.3f}, new float[] {0.4f, 0.1f, 0.6f, -0.3f, 0.8f}))
            .on(construct()),
        correct("lucene/DefaultVectorUtilSupport.squareDistance", VectorSquareDistance.class, "squareDistance",
                args(new float[] {0.2f, -0.5f, 1.1f, 0.9f, 0.3f, 0.7f, -0.2f, 0.5f, 1.3f, -0.8f, 0.1f},
                    new float[] {0.4f, 0.1f, 0.6f, -0.3f, 0.8f, 0.2f, 0.9f, -0.4f, 0.5f, 0.3f, -0.6f}))

            .on(construct()),

        // Fourth round (issues 9, 10, 13): methods not seen before, from Maven Central sources jars
        // (GeographicLib-Java 2.0, Commons Numbers 1.1, Commons Statistics 1.0, JTS 1.19.0, EJML 0.43)
        correct("geographiclib/Geodesic.Astroid", GeodesicAstroid.class, "Astroid",
            args(0.5, 0.8), args(0.2, 0.1), args(-1.3, 0.4)),
        correct("geographiclib/Geodesic.C1f", GeodesicC1f.class, "C1f",
            args(0.05, new double[7]), args(-0.12, new double[7])),
        correct("geographiclib/Geodesic.SinCosSeries", GeodesicSinCosSeries.class, "SinCosSeries",
            args(true, 0.6, 0.8, new double[] {0, 0.1, -0.02, 0.003, 0.001}),
            args(false, 0.28, 0.96, new double[] {0.5, 0.1, -0.2, 0.05})),
        correct("geographiclib/GeoMath.atan2d", GeoMathAtan2d.class, "atan2d",
            args(0.3, 0.8), args(1.5, 0.4), args(0.5, -1.2), args(-2.0, -0.7)),
        correct("geographiclib/GeoMath.AngDiff", GeoMathAngDiff.class, "AngDiff",
            args(fresh(Pair::new), 30.0, 75.5), args(fresh(() -> new Pair(1, 2)), 350.0, -20.0)),
        correct("geographiclib/GeoMath.sincosd", GeoMathSincosd.class, "sincosd",
            args(fresh(Pair::new), 30.5), args(fresh(Pair::new), 200.0), args(fresh(Pair::new), -130.0)),
        correct("numbers11/Digamma.value", Digamma.class, "value", args(-0.3), args(0.7), args(2.5), args(60.0)),
        correct("numbers11/Erf.value", Erf.class, "value",
            args(0.3), args(0.8), args(1.7), args(3.2), args(-4.5)),
        correct("numbers11/Erfcx.value", Erfcx.class, "value", args(0.3), args(2.0), args(-1.5), args(30.0)),
        correct("numbers11/LogGamma.value", dev.leibniz.corpus.numbers11.LogGamma.class, "value",
            args(0.3), args(1.7), args(5.2), args(25.5)),
        // the marked LogGamma.value writes only the fields of the Sum objects BoostGamma.lgamma creates
        // and drops (no write a caller sees); LogGamma is transformed too, as the agent would
        correct("numbers11/LogBeta.value", dev.leibniz.corpus.numbers11.LogBeta.class, "value",
            args(1.5, 2.5), args(12.0, 15.0), args(0.3, 40.0)).with(dev.leibniz.corpus.numbers11.LogGamma.class),
        // the adjoint of BoostGamma.gammaIncompleteImp is over the JIT's size limit and no cut splits it: it is
        // generated whole, with a warning (ModeUnit.oversizeAllowed; it runs in the interpreter)
        correct("numbers11/RegularizedGamma.P.value", dev.leibniz.corpus.numbers11.RegularizedGamma.P.class, "value",
            args(1.7, 0.8), args(2.3, 4.0), args(30.2, 28.0)),
        // NaN in a as warned (WHOLE_NUMBER_BRANCH), exact in x; the adjoint oversized as above
        nanAtPoint("numbers11/RegularizedGamma.P.value (half-integer a)",
            dev.leibniz.corpus.numbers11.RegularizedGamma.P.class, "value", WHOLE_NUMBER_BRANCH, args(1.5, 0.8)),
        correct("numbers11/GammaRatio.value", dev.leibniz.corpus.numbers11.GammaRatio.class, "value",
            args(2.5, 1.5), args(12.3, 3.4)),
        nanAtPoint("numbers11/GammaRatio.value (whole x)", dev.leibniz.corpus.numbers11.GammaRatio.class, "value",
            WHOLE_NUMBER_BRANCH, args(12.0, 3.0)),
        correct("statistics/NormalDistribution.density", dev.leibniz.corpus.statistics.NormalDistribution.class,
                "density", args(2.5), args(0.9))
            .on(construct(0.3, 1.1)),
        // lambdas in final instance fields, set in the constructor: their companions are made at the first call
        // (lambdas of one shape told apart by the constant pool, with premain's Instrumentation)
        correct("statistics/ParetoDistribution.density", ParetoDistribution.class, "density",
                args(2.0), args(4.0))
            .on(construct(1.5, 2.5)),
        correct("statistics/ParetoDistribution.density (log path)", ParetoDistribution.class, "density",
                args(10.01), args(10.02))
            .on(construct(10.0, 400.0)),
        // objects as the only inputs get shadows, as if the parameters were annotated (ShadowClasses.objectOnlyInputs)
        correct("jts/Distance.pointToSegment", DistancePointToSegment.class, "pointToSegment",
            args(fresh(() -> new Coordinate(0.5, 1.0, 0.0)), fresh(() -> new Coordinate(0.0, 0.0, 0.0)),
                fresh(() -> new Coordinate(2.0, 0.5, 0.0))),
            args(fresh(() -> new Coordinate(3.0, 1.0, 0.0)), fresh(() -> new Coordinate(0.0, 0.0, 0.0)),
                fresh(() -> new Coordinate(2.0, 0.5, 0.0)))),
        correct("jts/Angle.angleBetweenOriented", AngleBetweenOriented.class, "angleBetweenOriented",
            args(fresh(() -> new Coordinate(2.0, 1.0, 0.0)), fresh(() -> new Coordinate(0.5, -0.2, 0.0)),
                fresh(() -> new Coordinate(-1.0, 1.5, 0.0))),
            args(fresh(() -> new Coordinate(-2.0, -0.1, 0.0)), fresh(() -> new Coordinate(0.0, 0.0, 0.0)),
                fresh(() -> new Coordinate(-2.0, 0.3, 0.0)))),
        correct("jts/Triangle.area3D", TriangleArea3D.class, "area3D",
            args(fresh(() -> new Coordinate(0.0, 0.0, 0.5)), fresh(() -> new Coordinate(2.0, 0.3, -0.4)),
                fresh(() -> new Coordinate(0.7, 1.8, 1.1)))),
        correct("ejml/NormOps_DDRM.normF", NormOpsNormF.class, "normF",
            args(fresh(() -> new org.ejml.data.DMatrixRMaj(2, 3, true, 1.0, -2.5, 0.3, 4.0, 0.7, -1.1)))),
        // the matrices get shadows (their only inputs); DMatrixD1.unsafe_get is abstract (DMatrix's), so its companion,
        // taking the receiver's shadow, is made at the first call for DMatrixRMaj with this class's shadow classes
        correct("ejml/VectorVectorMult_DDRM.innerProdA", VectorVectorInnerProdA.class, "innerProdA",
            args(fresh(() -> new org.ejml.data.DMatrixRMaj(3, 1, true, 0.5, -1.0, 2.0)),
                fresh(() -> new org.ejml.data.DMatrixRMaj(3, 2, true, 1.0, -2.5, 0.3, 4.0, 0.7, -1.1)),
                fresh(() -> new org.ejml.data.DMatrixRMaj(2, 1, true, 1.5, -0.4)))),
        // commons-lang3's Validate.isTrue(boolean, String, Object...) gets the active parameters boxed as
        // varargs it only formats (passive); the adjoint, with both distributions' series inlined, is over the
        // JIT's size limit and no cut splits it: generated whole, with a warning (runs in the interpreter)
        correct("finmath/AnalyticFormulas.constantElasticityOfVarianceOptionValue", CevOption.class,
            "constantElasticityOfVarianceOptionValue",
            args(100.0, 0.03, 2.0, 0.5, 1.0, 95.0, true), args(100.0, 0.03, 2.0, 0.5, 1.0, 105.0, false)));
  }

  /** The classical Runge-Kutta Butcher arrays (ClassicalRungeKuttaIntegrator's STATIC_C, STATIC_A, STATIC_B). */
  private static final double[] RK4_C = {0.5, 0.5, 1.0}, RK4_B = {1.0 / 6, 1.0 / 3, 1.0 / 3, 1.0 / 6};

  private static final double[][] RK4_A = {{0.5}, {0.0, 0.5}, {0.0, 0.0, 1.0}};

  /** The Lorenz system, a right-hand side for the Runge-Kutta entry (test code, not from the corpus). */
  static final class Lorenz implements FirstOrderDifferentialEquations {
    @Override
    public int getDimension() {
      return 3;
    }

    @Override
    public void computeDerivatives(double t, double[] y, double[] yDot) {
      yDot[0] = 10 * (y[1] - y[0]);
      yDot[1] = y[0] * (28 - y[2]) - y[1];
      yDot[2] = y[0] * y[1] - 8.0 / 3 * y[2];
    }
  }

  /** The sun, Jupiter and Saturn of the n-body benchmark (its initial data, without the offset). */
  static Object threeBodies() {
    double pi = 3.141592653589793, solarMass = 4 * pi * pi, days = 365.24;
    return new Body[] {
      new Body(0, 0, 0, 0, 0, 0, solarMass),
      new Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
          1.66007664274403694e-03 * days, 7.69901118419740425e-03 * days, -6.90460016972063023e-05 * days,
          9.54791938424326609e-04 * solarMass),
      new Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
          -2.76742510726862411e-03 * days, 4.99852801234917238e-03 * days, 2.30417297573763929e-05 * days,
          2.85885980666130812e-04 * solarMass)
    };
  }
}
