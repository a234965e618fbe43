package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.ddogleg.LossCauchy;
import dev.leibniz.corpus.ddogleg.LossHuber;
import dev.leibniz.corpus.ddogleg.LossHuberSmooth;
import dev.leibniz.corpus.ddogleg.LossTukey;
import dev.leibniz.corpus.ddogleg.LossWeighted;
import dev.leibniz.corpus.ddogleg.SearchInterpolate;
import dev.leibniz.corpus.ddogleg.UtilGaussian;
import dev.leibniz.corpus.jdsp.LMS;
import dev.leibniz.corpus.jdsp.UtilMethods;
import dev.leibniz.corpus.jquantlib.BlackFormula;
import dev.leibniz.corpus.jquantlib.GammaFunction;
import dev.leibniz.corpus.jquantlib.Option;
import dev.leibniz.corpus.jquantlib.Sabr;
import dev.leibniz.corpus.tdigest.ScaleFunction;
import java.util.List;
import java.util.function.Function;

/**
 * The fifteenth round of the corpus table: 27 methods from four projects not seen before — DDogleg (Apache-2.0: the
 * robust loss functions of its least-squares optimizers as nested classes reading a scale held in a field and the
 * count of residuals from a base class, the line search's cubic interpolation formulas, the normal density reading a
 * public static non-final constant), JQuantLib (BSD: Black-76 and Bachelier prices, the implied-deviation approximation,
 * the in-the-money probability and vega, each building a CumulativeNormalDistribution that calls a held erf and normal
 * density; Hagan's SABR volatility as an instance method; Lanczos' log-gamma), JDSP (MIT: Python's modulo, rescaling and
 * centring through Commons Math 3's StatUtils, the Bessel function I0 by Chebyshev series, sinc, and the leaky LMS
 * adaptive filter adapting weights held in a field through Commons Math 3 vectors) and t-digest (Apache-2.0: the scale
 * functions of an enum whose constants have bodies, through anonymous Function objects capturing a parameter, a
 * blended polynomial asin and a recursive call). Kept apart from {@link Corpus} so that rounds merge without conflicts;
 * {@link Corpus#entries()} appends it.
 */
final class FifteenthRound {
  private FifteenthRound() {}

  /** A DDogleg loss made by its constructor from {@code args}, then told how many residuals it sums. */
  private static Function<Class<?>, Object> loss(int functions, Object... args) {
    return c -> {
      Object loss = construct(args).apply(c);
      try {
        c.getMethod("setNumberOfFunctions", int.class).invoke(loss, functions);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError("cannot size " + c.getName(), e);
      }
      return loss;
    };
  }

  /** A LossWeighted made by its constructor, then given (a fresh copy of) the weights. */
  private static Function<Class<?>, Object> weighted(double... weights) {
    return c -> {
      Object loss = construct().apply(c);
      try {
        c.getMethod("setWeights", double[].class).invoke(loss, (Object) weights.clone());
      } catch (ReflectiveOperationException e) {
        throw new AssertionError("cannot weigh " + c.getName(), e);
      }
      return loss;
    };
  }

  /** An LMS filter with fresh initial weights for each call (filter adapts them in place). */
  private static Function<Class<?>, Object> lms(double learningRate, double leakage, double... weights) {
    return c -> construct(learningRate, leakage, weights.clone()).apply(c);
  }

  /** The enum constant {@code name} of ScaleFunction as the entry's loader made it (its class is the entry's class). */
  private static Function<Class<?>, Object> constant(String name) {
    return c -> {
      try {
        return c.getSuperclass().getField(name).get(null);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError("no constant " + name, e);
      }
    };
  }

  /** filter assigns new arrays to the fields error and output and fills them with active values. */
  static final String LMS_FIELDS = "active values stored in arrays held in fields (this.error = new double[x.length],"
      + " this.output = ...; out[0], out[1] written into them), and the weights adapted in place in the field weights;"
      + " those arrays are the call's only outputs, read after it by getOutput(), getError(), getWeights(): not scratch"
      + " (their derivative would be dropped), and the refusal now says so";

  static List<Entry> entries() {
    double[] residuals = {0.7, -1.3, 2.1};
    return List.of(
        // DDogleg, robust losses (Apache-2.0)
        correct("ddogleg/LossCauchy.Function.process", LossCauchy.Function.class, "process", args(residuals.clone()))
            .on(loss(3, 1.5)),
        correct("ddogleg/LossCauchy.Gradient.process", LossCauchy.Gradient.class, "process",
                args(residuals.clone(), new double[3]))
            .on(loss(3, 1.5)),
        correct("ddogleg/LossHuber.Function.process", LossHuber.Function.class, "process",
                args(new double[] {0.4, -2.5, 1.8}), args(new double[] {0.3, 0.2, -0.5}))
            .on(loss(3, 1.0)),
        correct("ddogleg/LossTukey.Function.process", LossTukey.Function.class, "process",
                args(new double[] {0.5, -1.2, 3.0}))
            .on(loss(3, 2.0)),
        correct("ddogleg/LossHuberSmooth.Function.process", LossHuberSmooth.Function.class, "process",
                args(residuals.clone()))
            .on(loss(3, 1.3)),
        correct("ddogleg/LossWeighted.process", LossWeighted.class, "process", args(residuals.clone()))
            .on(weighted(0.5, 2.0, 1.5)),

        // DDogleg, line-search interpolation and the normal density
        // f(a) = 1 - 2a + 0.5a^2 + 0.3a^3: f(0) = 1, f'(0) = -2, f(1) = -0.2, f(2) = 1.4, f'(2) = 3.6
        correct("ddogleg/SearchInterpolate.cubic", SearchInterpolate.class, "cubic", args(1.0, -2.0, -0.2, 1.0, 1.4, 2.0)),
        correct("ddogleg/SearchInterpolate.cubic2", SearchInterpolate.class, "cubic2",
            args(1.0, -2.0, 0.0, 1.4, 3.6, 2.0), args(1.4, 3.6, 2.0, 1.0, -2.0, 0.0)),
        correct("ddogleg/UtilGaussian.computePDF", UtilGaussian.class, "computePDF", args(0.3, 1.2, -0.5)),
        correct("ddogleg/UtilGaussian.derivative2", UtilGaussian.class, "derivative2", args(0.3, 1.2, -0.5),
            args(0.0, 0.8, 1.1)),

        // JQuantLib, Black-76 and Bachelier (BSD); displacements above 0, where require(displacement >= 0) throws
        correct("jquantlib/BlackFormula.blackFormula", BlackFormula.class, "blackFormula",
            args(Option.Type.Call, 100.0, 105.0, 0.2, 0.95, 0.5), args(Option.Type.Put, 100.0, 95.0, 0.25, 0.9, 1.5)),
        correct("jquantlib/BlackFormula.blackFormulaImpliedStdDevApproximation", BlackFormula.class,
            "blackFormulaImpliedStdDevApproximation", args(Option.Type.Call, 100.0, 105.0, 8.0, 0.95, 0.5),
            args(Option.Type.Put, 100.0, 95.0, 6.0, 0.9, 0.25)),
        correct("jquantlib/BlackFormula.blackFormulaCashItmProbability", BlackFormula.class,
            "blackFormulaCashItmProbability", args(Option.Type.Call, 100.0, 105.0, 0.2, 0.5),
            args(Option.Type.Put, 100.0, 95.0, 0.3, 0.25)),
        correct("jquantlib/BlackFormula.blackFormulaStdDevDerivative", BlackFormula.class,
            "blackFormulaStdDevDerivative", args(100.0, 105.0, 0.2, 0.95, 0.5)),
        correct("jquantlib/BlackFormula.bachelierBlackFormula", BlackFormula.class, "bachelierBlackFormula",
            args(Option.Type.Call, 100.0, 103.0, 5.0, 0.95)),
        correct("jquantlib/Sabr.sabrVolatility", Sabr.class, "sabrVolatility",
                args(0.045, 0.05, 2.0, 0.04, 0.5, 0.4, -0.3), args(0.06, 0.05, 0.5, 0.03, 0.7, 0.6, 0.2))
            .on(construct()),
        correct("jquantlib/GammaFunction.logValue", GammaFunction.class, "logValue", args(2.7), args(0.4))
            .on(construct()),

        // JDSP, utilities and the LMS adaptive filter (MIT)
        correct("jdsp/UtilMethods.modulo", UtilMethods.class, "modulo", args(7.3, 2.5), args(-7.3, 2.5)),
        // Commons Math 3's StatUtils.min/max/mean: Min/Max/Mean inherit evaluate(double[]), whose call of
        // this.evaluate(values, 0, length) runs their own loop (companions at the first call, core.ReceiverView)
        correct("jdsp/UtilMethods.rescale", UtilMethods.class, "rescale", args(new double[] {0.5, -1.2, 0.8, 2.0}, 0, 10)),
        correct("jdsp/UtilMethods.zeroCenter", UtilMethods.class, "zeroCenter", args(new double[] {0.5, -1.2, 0.8, 2.0})),
        correct("jdsp/UtilMethods.i0", UtilMethods.class, "i0", args(1.3), args(9.5), args(-2.0)),
        correct("jdsp/UtilMethods.sinc", UtilMethods.class, "sinc", args(0.3), args(-1.7)),
        refused("jdsp/LMS.filter", LMS.class, "filter", LMS_FIELDS,
                args(new double[] {0.3, 0.8, -0.2, 0.5, 1.1}, new double[] {1.0, 0.4, -0.6, 0.9, 0.2}))
            .on(lms(0.05, 0.98, 0.1, -0.2, 0.3)),

        // t-digest, scale functions of an enum with constant bodies (Apache-2.0)
        correct("tdigest/ScaleFunction.K_1.k", ScaleFunction.K_1.getClass(), "k", args(0.3, 100.0, 1000.0),
                args(0.9, 50.0, 200.0))
            .on(constant("K_1")),
        // q = 0.76: fastAsin(0.52) blends two models (0.5 < x < 0.55); q = 0.3: fastAsin(-0.4), one model
        correct("tdigest/ScaleFunction.K_1_FAST.k", ScaleFunction.K_1_FAST.getClass(), "k", args(0.76, 100.0, 1000.0),
                args(0.3, 100.0, 1000.0))
            .on(constant("K_1_FAST")),
        // K_2 and K_3: the anonymous Function calls the private Z(compression, n) of the constant's body (a nestmate's
        // invokevirtual, inlined into k): refused until Z got companions when first met (oracle.AnonymousNestmateHelperTest)
        correct("tdigest/ScaleFunction.K_2.k", ScaleFunction.K_2.getClass(), "k", args(0.3, 100.0, 1000.0),
                args(0.85, 200.0, 5000.0))
            .on(constant("K_2")),
        correct("tdigest/ScaleFunction.K_3.k", ScaleFunction.K_3.getClass(), "k", args(0.3, 100.0, 1000.0),
                args(0.8, 100.0, 1000.0))
            .on(constant("K_3")));
  }
}
