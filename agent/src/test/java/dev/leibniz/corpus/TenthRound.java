package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.fresh;
import static dev.leibniz.corpus.Entry.inLoaderOf;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.h2o.BernoulliDistribution;
import dev.leibniz.corpus.h2o.DistributionFamily;
import dev.leibniz.corpus.h2o.GammaDistribution;
import dev.leibniz.corpus.h2o.HuberDistribution;
import dev.leibniz.corpus.h2o.Model;
import dev.leibniz.corpus.h2o.ModifiedHuberDistribution;
import dev.leibniz.corpus.h2o.PoissonDistribution;
import dev.leibniz.corpus.h2o.QuantileDistribution;
import dev.leibniz.corpus.h2o.QuasibinomialDistribution;
import dev.leibniz.corpus.h2o.TweedieDistribution;
import dev.leibniz.corpus.jblas.ComplexDoubleDivi;
import dev.leibniz.corpus.jblas.ComplexDoubleInvi;
import dev.leibniz.corpus.jblas.ComplexDoubleMul;
import dev.leibniz.corpus.jblas.ComplexDoubleMuli;
import dev.leibniz.corpus.jblas.ComplexDoubleSqrt;
import dev.leibniz.corpus.mahout.ElasticBandPrior;
import dev.leibniz.corpus.mahout.ElasticBandPriorAge;
import dev.leibniz.corpus.mahout.L1;
import dev.leibniz.corpus.mahout.L2;
import dev.leibniz.corpus.mahout.OnlineExponentialAverage;
import dev.leibniz.corpus.mahout.TPrior;
import dev.leibniz.corpus.mahout.TPriorLogP;
import dev.leibniz.corpus.opennlp.ArrayMath;
import dev.leibniz.corpus.opennlp.ArrayMathInvL2norm;
import dev.leibniz.corpus.opennlp.Context;
import dev.leibniz.corpus.opennlp.EvalParameters;
import dev.leibniz.corpus.opennlp.GISModel;
import dev.leibniz.corpus.opennlp.NegLogLikelihood;
import dev.leibniz.corpus.opennlp.OnePassRealValueDataIndexer;
import dev.leibniz.corpus.opennlp.PerceptronModel;
import dev.leibniz.corpus.opennlp.QNModel;
import dev.leibniz.corpus.opensearch.CompensatedSum;
import dev.leibniz.corpus.opensearch.CompensatedSumArray;
import dev.leibniz.corpus.opensearch.MovingFunctionsEwma;
import dev.leibniz.corpus.opensearch.MovingFunctionsHolt;
import dev.leibniz.corpus.opensearch.MovingFunctionsHoltWinters;
import dev.leibniz.corpus.opensearch.MovingFunctionsLinearWeightedAvg;
import dev.leibniz.corpus.opensearch.MovingFunctionsStdDev;
import dev.leibniz.corpus.opensearch.MovingFunctionsSum;
import dev.leibniz.corpus.opensearch.MovingFunctionsUnweightedAvg;
import java.util.List;

/**
 * The tenth round of the corpus table (issues 9, 10, 13): methods from four projects not seen before, all Apache-2.0 —
 * Apache Mahout 0.13.0 (SGD priors behind an interface with their scales in fields, one holding two other priors in
 * fields; an online exponential average writing its own fields), Apache OpenNLP 2.5.9 (maxent, perceptron and
 * quasi-Newton model evaluation in place on a prior array, with parameters in objects; log-sum-exp; a negative
 * log-likelihood over indexed events), OpenSearch (moving-window functions over arrays with NaN skipping, Holt and
 * Holt-Winters smoothing, a stream sum; Kahan summation in an object's fields, fluent) and H2O-3 (GBM distributions:
 * deviances and gradients through a link function held in a field of the abstract superclass, reached through link and
 * linkInv, which each distribution inherits: correct since core.InheritedCalls; refused before). Kept apart from
 * {@link Corpus} so that rounds merge without conflicts; {@link Corpus#entries()} appends it.
 */
final class TenthRound {
  private TenthRound() {}

  /** OpenNLP's evaluation parameters: three contexts (predicates) over three outcomes. */
  private static EvalParameters maxentModel() {
    return new EvalParameters(new Context[] {
        new Context(new int[] {0, 2}, new double[] {0.4, -0.3}),
        new Context(new int[] {0, 1, 2}, new double[] {-0.2, 0.7, 0.15}),
        new Context(new int[] {1}, new double[] {0.9})}, 3);
  }

  /** Three events over three predicates and two outcomes, with real values, as OpenNLP's indexer would hold them. */
  private static OnePassRealValueDataIndexer indexedEvents() {
    return new OnePassRealValueDataIndexer(new int[][] {{0, 1}, {1, 2}, {0, 2}},
        new float[][] {{1f, 0.5f}, {2f, 1f}, {0.3f, 1.2f}}, new int[] {0, 1, 1}, new int[] {1, 2, 1},
        new String[] {"a", "b", "c"}, new String[] {"yes", "no"});
  }

  private static Model.Parameters h2oParameters(DistributionFamily family, double tweediePower, double quantileAlpha) {
    return new Model.Parameters(family, tweediePower, quantileAlpha);
  }


  static List<Entry> entries() {
    return List.of(
        // Apache Mahout 0.13.0, SGD priors and an online average (Apache-2.0)
        correct("mahout/L1.age", L1.class, "age", args(0.8, 3.0, 0.05), args(-0.5, 2.0, 0.1), args(0.1, 3.0, 0.05))
            .on(construct()),
        correct("mahout/L2.age", L2.class, "age", args(0.8, 3.0, 0.05), args(-0.5, 2.5, 0.2))
            .on(construct(1.5)),
        correct("mahout/TPrior.age", TPrior.class, "age", args(0.8, 3.5, 0.05), args(-1.5, 1.7, 0.2))
            .on(construct(3.0)),
        correct("mahout/TPrior.logP", TPriorLogP.class, "logP", args(0.7), args(-1.4))
            .on(construct(3.0)),
        correct("mahout/ElasticBandPrior.logP", ElasticBandPrior.class, "logP", args(0.7), args(-1.4))
            .on(construct(0.5)),
        correct("mahout/ElasticBandPrior.age", ElasticBandPriorAge.class, "age", args(0.8, 3.0, 0.05),
                args(-0.5, 2.5, 0.04), args(0.1, 3.0, 0.05))
            .on(construct(0.5)),
        correct("mahout/OnlineExponentialAverage.add", OnlineExponentialAverage.class, "add", args(1.5, 0.8),
                args(0.4, -2.0))
            .on(construct(2.0)),

        // Apache OpenNLP 2.5.9, model evaluation (Apache-2.0)
        correct("opennlp/ArrayMath.logSumOfExps", ArrayMath.class, "logSumOfExps",
            args(new double[] {0.3, -1.2, 0.8, 2.1}), args(new double[] {-0.5, 0.4})),
        correct("opennlp/ArrayMath.invL2norm", ArrayMathInvL2norm.class, "invL2norm",
            args(new double[] {0.3, -1.2, 0.8})),
        correct("opennlp/QNModel.eval", QNModel.class, "eval",
            args(new int[] {0, 2}, new float[] {0.7f, 1.3f}, new double[] {0.1, -0.2, 0.3}, 3, 3,
                new double[] {0.4, -0.3, 0.2, 0.1, 0.5, -0.6, 0.25, -0.15, 0.35}))
            .with(ArrayMath.class),
        correct("opennlp/GISModel.eval", GISModel.class, "eval",
            args(new int[] {0, 2}, new float[] {0.5f, 1.5f}, new double[] {0.1, 0.2, -0.1},
                fresh(TenthRound::maxentModel))),
        correct("opennlp/PerceptronModel.eval", PerceptronModel.class, "eval",
            args(new int[] {0, 1}, new float[] {0.5f, 1.5f}, new double[] {0.1, 0.2, -0.1},
                fresh(TenthRound::maxentModel), true),
            args(new int[] {1, 2}, new float[] {2.5f, -1.5f}, new double[] {0.1, 0.2, -0.1},
                fresh(TenthRound::maxentModel), true),
            args(new int[] {0, 2}, new float[] {2.5f, -1.5f}, new double[] {0.1, 0.2, -0.1},
                fresh(TenthRound::maxentModel), false)),
        // the instance's scratch array tempSums (core.objects.ScratchFields)
        correct("opennlp/NegLogLikelihood.valueAt", NegLogLikelihood.class, "valueAt",
                args(new double[] {0.3, -0.2, 0.5, 0.1, -0.4, 0.25}))
            .on(construct(indexedEvents()))
            .with(ArrayMath.class),

        // OpenSearch, moving-window functions and Kahan summation (Apache-2.0)
        correct("opensearch/MovingFunctions.unweightedAvg", MovingFunctionsUnweightedAvg.class, "unweightedAvg",
            args(new double[] {0.3, 1.2, -0.7, 2.0}), args(new double[] {-0.3, 4.5})),
        correct("opensearch/MovingFunctions.stdDev", MovingFunctionsStdDev.class, "stdDev",
            args(new double[] {0.3, 1.2, -0.7, 2.0}, 0.5)),
        correct("opensearch/MovingFunctions.linearWeightedAvg", MovingFunctionsLinearWeightedAvg.class,
            "linearWeightedAvg", args(new double[] {0.3, 1.2, -0.7, 2.0})),
        correct("opensearch/MovingFunctions.ewma", MovingFunctionsEwma.class, "ewma",
            args(new double[] {0.3, 1.2, -0.7, 2.0}, 0.3)),
        correct("opensearch/MovingFunctions.holt", MovingFunctionsHolt.class, "holt",
            args(new double[] {0.3, 1.2, -0.7, 2.0, 1.1}, 0.4, 0.2)),
        correct("opensearch/MovingFunctions.holtWinters", MovingFunctionsHoltWinters.class, "holtWinters",
            args(new double[] {1.3, 2.2, 1.1, 2.5, 1.6, 2.9, 1.4, 3.1}, 0.4, 0.2, 0.3, 2, true),
            args(new double[] {1.3, 2.2, 1.1, 2.5, 1.6, 2.9, 1.4, 3.1}, 0.4, 0.2, 0.3, 2, false),
            args(new double[] {1.3, 2.2, 0.7, 1.1, 2.5, 0.9, 1.6, 2.9, 0.8}, 0.5, 0.1, 0.6, 3, true)),
        correct("opensearch/MovingFunctions.sum", MovingFunctionsSum.class, "sum",
            args(new double[] {0.3, 1.2, -0.7})),
        correct("opensearch/CompensatedSum.add", CompensatedSum.class, "add", args(0.3, 0.01), args(-2.5, 0.0))
            .on(construct(1.25, 0.002)),
        correct("opensearch/CompensatedSum.add (array)", CompensatedSumArray.class, "add",
                args(new double[] {0.3, -1.2, 0.8}, 3), args(new double[] {1e8, -1.2, 0.8}, 2))
            .on(construct(1.25, 0.0)),

        // H2O-3, GBM distributions (Apache-2.0)
        correct("h2o/BernoulliDistribution.deviance", BernoulliDistribution.class, "deviance",
                args(1.5, 1.0, 0.3), args(0.7, 0.0, 0.8))
            .on(construct(DistributionFamily.bernoulli)),
        correct("h2o/QuasibinomialDistribution.negHalfGradient", QuasibinomialDistribution.class, "negHalfGradient",
                args(1.0, 0.4), args(0.0, -1.2))
            .on(construct(DistributionFamily.quasibinomial)),
        correct("h2o/ModifiedHuberDistribution.gammaDenom", ModifiedHuberDistribution.class, "gammaDenom",
                args(1.5, 1.0, 0.2, 0.4), args(1.5, 1.0, 0.2, -1.6), args(1.5, 0.0, 0.2, -1.6))
            .on(construct(DistributionFamily.modified_huber)),
        correct("h2o/PoissonDistribution.deviance", PoissonDistribution.class, "deviance", args(1.5, 2.0, 0.8),
                args(0.5, 0.0, 3.0))
            .on(construct(DistributionFamily.poisson)),
        correct("h2o/GammaDistribution.initFNum", GammaDistribution.class, "initFNum", args(1.5, 0.3, 2.0))
            .on(construct(DistributionFamily.gamma)),
        correct("h2o/TweedieDistribution.deviance", TweedieDistribution.class, "deviance", args(1.5, 2.0, 0.8))
            .on(construct(h2oParameters(DistributionFamily.tweedie, 1.4, 0.5))),
        correct("h2o/HuberDistribution.deviance", HuberDistribution.class, "deviance", args(1.0, 2.0, 1.6),
                args(1.0, 2.0, -0.5))
            .on(construct(h2oParameters(DistributionFamily.huber, 1.5, 0.5))),
        correct("h2o/QuantileDistribution.deviance", QuantileDistribution.class, "deviance", args(1.5, 2.0, 1.2),
                args(1.5, 0.5, 1.2))
            .on(construct(h2oParameters(DistributionFamily.quantile, 1.5, 0.3))),

        // jblas, complex numbers in objects (BSD 3-clause); arguments of the entry's own class are made in its loader
        correct("jblas/ComplexDouble.muli", ComplexDoubleMuli.class, "muli",
                args(inLoaderOf(ComplexDoubleMuli.class, 0.4, 1.5), inLoaderOf(ComplexDoubleMuli.class, 0.0, 0.0)))
            .on(construct(1.2, -0.7)),
        correct("jblas/ComplexDouble.divi", ComplexDoubleDivi.class, "divi",
                args(inLoaderOf(ComplexDoubleDivi.class, 0.4, 1.5), inLoaderOf(ComplexDoubleDivi.class, 0.0, 0.0)))
            .on(construct(1.2, -0.7)),
        // the receiver's numbers are its inputs (ShadowClasses.objectOnlyInputs), written in place
        correct("jblas/ComplexDouble.invi", ComplexDoubleInvi.class, "invi", args())
            .on(construct(1.2, -0.7)),
        // the receiver is its input; the result is a new object of the receiver's own class (private fields: NewResults)
        correct("jblas/ComplexDouble.sqrt", ComplexDoubleSqrt.class, "sqrt", args())
            .on(construct(1.2, -0.7)),
        // dup() = new ComplexDouble(r, i) built from values, then muli on it (core.objects.ValuedConstructions)
        correct("jblas/ComplexDouble.mul", ComplexDoubleMul.class, "mul",
                args(inLoaderOf(ComplexDoubleMul.class, 0.4, 1.5)))
            .on(construct(1.2, -0.7)));
  }
}
