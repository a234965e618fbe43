package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.knownWrong;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.smile.AbstractInterpolation;
import dev.leibniz.corpus.smile.BetaRegularizedIncomplete;
import dev.leibniz.corpus.smile.CubicSplineInterpolation1D;
import dev.leibniz.corpus.smile.CorrelationDistance;
import dev.leibniz.corpus.smile.DynamicTimeWarping;
import dev.leibniz.corpus.smile.ErfErf;
import dev.leibniz.corpus.smile.ErfErfcc;
import dev.leibniz.corpus.smile.ErfInverfc;
import dev.leibniz.corpus.smile.EuclideanDistanceFloat;
import dev.leibniz.corpus.smile.GammaDigamma;
import dev.leibniz.corpus.smile.GammaDistribution;
import dev.leibniz.corpus.smile.GammaGamma;
import dev.leibniz.corpus.smile.GammaLgamma;
import dev.leibniz.corpus.smile.GammaRegularizedIncomplete;
import dev.leibniz.corpus.smile.GaussianKernel;
import dev.leibniz.corpus.smile.HellingerKernel;
import dev.leibniz.corpus.smile.JensenShannonDistance;
import dev.leibniz.corpus.smile.KernelDensity;
import dev.leibniz.corpus.smile.LaplacianKernel;
import dev.leibniz.corpus.smile.LogNormalDistribution;
import dev.leibniz.corpus.smile.MathLogistic;
import dev.leibniz.corpus.smile.MinkowskiDistance;
import dev.leibniz.corpus.smile.PearsonKernel;
import dev.leibniz.corpus.smile.PolynomialKernel;
import dev.leibniz.corpus.smile.ShepardInterpolation;
import dev.leibniz.corpus.smile.TDistribution;
import dev.leibniz.corpus.smile.ThinPlateRadialBasis;
import dev.leibniz.corpus.smile.ThinPlateSplineKernel;
import dev.leibniz.corpus.smile.Wavelet;
import dev.leibniz.corpus.smile.WeibullDistribution;
import java.util.List;
import java.util.function.Function;

/**
 * The ninth round of the corpus table (issues 9, 10, 13): methods from a project not seen before, Smile 1.5.3 (the
 * last Apache-2.0 line of haifengl/smile; 2.x is LGPL and 3.x GPL, neither used) — Mercer kernels and radial basis
 * functions behind interfaces with their parameters in fields, distances (weighted Minkowski, Euclidean over float
 * arrays, Jensen-Shannon, Pearson correlation, dynamic time warping), special functions (Lanczos gamma and its log,
 * digamma, regularized incomplete gamma and beta by series and continued fractions iterated to a tolerance, erf by a
 * Chebyshev recurrence, inverse erfc by Halley steps) and distribution functions that call them through a
 * {@code Math} class of the project's own. Kept apart from {@link Corpus} so that rounds merge without conflicts;
 * {@link Corpus#entries()} appends it.
 */
final class NinthRound {
  private NinthRound() {}

  /** Smile's PearsonKernel sets its field {@code constant} only in its setters; the receiver calls one, as users must. */
  private static Function<Class<?>, Object> pearson(double omega, double sigma) {
    return c -> {
      Object kernel = construct(omega, sigma).apply(c);
      try {
        c.getMethod("setSigma", double.class).invoke(kernel, sigma);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError("cannot set sigma on " + c.getName(), e);
      }
      return kernel;
    };
  }

  /**
   * A receiver of {@code sub}, a subclass of the entry's class that the core runs on with it ({@link Entry#with}), as
   * loaded next to the transformed entry: Smile's interpolations and wavelets override package-private methods, which
   * only a class of the same runtime package overrides.
   */
  private static Function<Class<?>, Object> subclass(Class<?> sub, Object... args) {
    return c -> {
      try {
        return construct(args).apply(Class.forName(sub.getName(), true, c.getClassLoader()));
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
    };
  }

  /**
   * Smile's t distribution at its centre: nu / (nu + x * x) is exactly 1 and Beta takes "if (x == 1.0) ibeta = 1.0".
   */
  static final String T_CENTRE = "at x = 0 the incomplete beta's argument nu / (nu + x * x) is exactly 1 and the special"
      + " case 'if (x == 1.0) ibeta = 1.0' is taken (warned at load): derivative 0, the density there is 0.38; the"
      + " general formula's chain rule would be 0 times an infinite partial too";

  /** Smile's Wavelet: forward fills the instance's double[] workspace with active values and copies it back. */
  static final String SCRATCH_FIELD = "an array held in a field receives active values (the scratch array workspace)";

  private static final double[] D4 = {0.4829629131445341, 0.8365163037378079, 0.2241438680420134, -0.1294095225512604};

  static List<Entry> entries() {
    return List.of(
        // Smile 1.5.3, kernels and radial basis functions (Apache-2.0)
        correct("smile/GaussianKernel.k", GaussianKernel.class, "k",
                args(new double[] {0.3, -1.2, 0.8}, new double[] {0.5, 0.4, -0.1}))
            .on(construct(1.5)),
        correct("smile/LaplacianKernel.k", LaplacianKernel.class, "k",
                args(new double[] {0.3, -1.2, 0.8}, new double[] {0.5, 0.4, -0.1}))
            .on(construct(2.0)),
        correct("smile/PolynomialKernel.k", PolynomialKernel.class, "k",
                args(new double[] {0.3, -1.2, 0.8}, new double[] {0.5, 0.4, -0.1}),
                args(new double[] {1.1, 0.2}, new double[] {-0.7, 0.9}))
            .on(construct(3, 0.5, 1.0)),
        correct("smile/ThinPlateSplineKernel.k", ThinPlateSplineKernel.class, "k",
                args(new double[] {0.3, -1.2, 0.8}, new double[] {0.5, 0.4, -0.1}),
                args(new double[] {0.1, 0.2}, new double[] {0.3, -0.1}))
            .on(construct(1.3)),
        correct("smile/PearsonKernel.k", PearsonKernel.class, "k",
                args(new double[] {0.3, -1.2, 0.8}, new double[] {0.5, 0.4, -0.1}))
            .on(pearson(1.5, 2.0)),
        correct("smile/HellingerKernel.k", HellingerKernel.class, "k",
                args(new double[] {0.2, 0.5, 0.3}, new double[] {0.6, 0.1, 0.3}))
            .on(construct()),
        correct("smile/ThinPlateRadialBasis.f", ThinPlateRadialBasis.class, "f", args(0.8), args(2.5))
            .on(construct(1.5)),

        // Smile 1.5.3, distances
        correct("smile/MinkowskiDistance.d", MinkowskiDistance.class, "d",
                args(new double[] {0.3, -1.2, 0.8}, new double[] {0.5, 0.4, -0.1}))
            .on(construct(3, new double[] {1.0, 0.5, 2.0})),
        correct("smile/EuclideanDistance.d (float)", EuclideanDistanceFloat.class, "d",
                args(new float[] {0.3f, -1.2f, 0.8f}, new float[] {0.5f, 0.4f, -0.1f}))
            .on(construct(new double[] {1.0, 0.5, 2.0})),
        correct("smile/JensenShannonDistance.d", JensenShannonDistance.class, "d",
                args(new double[] {0.2, 0.5, 0.3}, new double[] {0.6, 0.1, 0.3}))
            .on(construct()),
        correct("smile/CorrelationDistance.pearson", CorrelationDistance.class, "pearson",
            args(new double[] {0.3, -1.2, 0.8, 2.1}, new double[] {0.5, 0.4, -0.1, 1.7})),
        correct("smile/DynamicTimeWarping.d", DynamicTimeWarping.class, "d",
            args(new double[] {0.3, -1.2, 0.8, 2.1}, new double[] {0.5, 0.1, 1.7})),

        // Smile 1.5.3, special functions
        correct("smile/Gamma.gamma", GammaGamma.class, "gamma", args(2.7), args(0.4), args(-1.3)),
        correct("smile/Gamma.lgamma", GammaLgamma.class, "lgamma", args(2.7), args(0.4), args(-1.3)),
        correct("smile/Gamma.regularizedIncompleteGamma", GammaRegularizedIncomplete.class,
            "regularizedIncompleteGamma", args(2.5, 1.2), args(1.5, 4.0)),
        correct("smile/Gamma.digamma", GammaDigamma.class, "digamma", args(4.2), args(1.3), args(0.3)),
        correct("smile/Erf.erf", ErfErf.class, "erf", args(0.4), args(-1.1)),
        correct("smile/Erf.erfcc", ErfErfcc.class, "erfcc", args(0.4), args(-0.8)),
        correct("smile/Erf.inverfc", ErfInverfc.class, "inverfc", args(0.3), args(1.6)),
        correct("smile/Beta.regularizedIncompleteBetaFunction", BetaRegularizedIncomplete.class,
            "regularizedIncompleteBetaFunction", args(2.3, 3.4, 0.3), args(2.6, 1.7, 0.8)),
        correct("smile/Math.logistic", MathLogistic.class, "logistic", args(0.7), args(-3.0)),

        // Smile 1.5.3, distributions
        correct("smile/WeibullDistribution.p", WeibullDistribution.class, "p", args(1.3), args(3.5))
            .on(construct(1.7, 2.0)),
        correct("smile/GammaDistribution.cdf", GammaDistribution.class, "cdf", args(1.2), args(7.0))
            .on(construct(2.5, 1.5)),
        correct("smile/TDistribution.cdf", TDistribution.class, "cdf", args(0.8), args(-1.5))
            .on(construct(5)),
        knownWrong("smile/TDistribution.cdf (at 0)", TDistribution.class, "cdf", T_CENTRE, args(0.0))
            .on(construct(5)),
        correct("smile/LogNormalDistribution.cdf", LogNormalDistribution.class, "cdf", args(1.5), args(0.4))
            .on(construct(0.3, 0.8)),
        correct("smile/KernelDensity.p", KernelDensity.class, "p", args(1.3), args(2.9))
            .on(construct(new double[] {0.2, 0.9, 1.1, 1.6, 2.4, 2.5, 3.3, 4.0}, 0.6)),

        // Smile 1.5.3, interpolation (a template method calling an abstract step; at a node, r == 0.0) and wavelets
        // was refused (an abstract method that is not @Differentiable called on this): abstract hooks get dispatch stubs,
        // the subclass's rawinterp its companions at its first call (oracle.AbstractHookTest)
        correct("smile/AbstractInterpolation.interpolate (cubic spline)", AbstractInterpolation.class, "interpolate",
                args(1.7), args(3.3))
            .with(CubicSplineInterpolation1D.class)
            .on(subclass(CubicSplineInterpolation1D.class, new double[] {0.0, 1.0, 2.5, 4.0, 5.0},
                new double[] {1.0, 2.0, 0.5, 1.5, 3.0})),
        correct("smile/ShepardInterpolation.interpolate", ShepardInterpolation.class, "interpolate",
                args(new double[] {0.3, 0.6}), args(new double[] {1.2, -0.4}), args(new double[] {1.0, 0.0}))
            .on(construct(new double[][] {{0.0, 0.0}, {1.0, 0.0}, {0.0, 1.0}, {1.0, 1.5}},
                new double[] {1.0, 2.0, 3.0, 4.0}, 2.0)),
        refused("smile/Wavelet.transform", Wavelet.class, "transform", SCRATCH_FIELD,
                args(new double[] {0.3, -1.2, 0.8, 2.1, 0.5, 0.4, -0.1, 1.7}))
            .on(construct(D4)));
  }
}
