package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.inLoader;
import static dev.leibniz.corpus.Entry.inLoaderOf;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.druid.DoubleMeanHolder;
import dev.leibniz.corpus.druid.VarianceAggregatorCollector;
import dev.leibniz.corpus.flink.CompensatedSum;
import dev.leibniz.corpus.flink.CosineDistance;
import dev.leibniz.corpus.flink.DoubleSummaryAggregator.MaxDoubleAggregator;
import dev.leibniz.corpus.flink.DoubleSummaryAggregator.MinDoubleAggregator;
import dev.leibniz.corpus.flink.DoubleSummaryAggregator.SumDoubleAggregator;
import dev.leibniz.corpus.flink.EuclideanDistance;
import dev.leibniz.corpus.oryx.ALSUtils;
import dev.leibniz.corpus.oryx.ClusterInfo;
import dev.leibniz.corpus.oryx.DoubleWeightedMean;
import dev.leibniz.corpus.oryx.EuclideanDistanceFn;
import dev.leibniz.corpus.oryx.SquaredDistanceFn;
import dev.leibniz.corpus.oryx.VectorMath;
import java.util.List;
import java.util.function.Function;

/**
 * The twelfth round of the corpus table: methods from three projects not seen before, all Apache-2.0 — Oryx 2 (float
 * vector products, the ALS interaction target with Math.max/min kinks, k-means distance functions implementing a
 * ToDoubleBiFunction, a running weighted mean extending Commons Math 3's storeless statistic, a cluster centre moved
 * into a new array held in a volatile field), Apache Druid (the Chan-Golub-LeVeque variance collector: a fluent add,
 * the merge of two collectors, a boxed Double variance; the mean holder) and Apache Flink (the immutable Kahan
 * CompensatedSum, the summary aggregators over boxed Doubles with Math.min/max and a held CompensatedSum, the streaming
 * delta functions overriding a generic abstract method). Kept apart from {@link Corpus} so that rounds merge without
 * conflicts; {@link Corpus#entries()} appends it.
 */
final class TwelfthRound {
  private TwelfthRound() {}

  /** A Flink aggregator made by its constructor, then given {@code values} through its own aggregate(Double). */
  private static Function<Class<?>, Object> aggregated(double... values) {
    return c -> {
      Object aggregator = construct().apply(c);
      aggregate(aggregator, values);
      return aggregator;
    };
  }

  private static void aggregate(Object aggregator, double... values) {
    try {
      var method = aggregator.getClass().getMethod("aggregate", Double.class);
      for (double v : values) method.invoke(aggregator, v);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot aggregate into " + aggregator.getClass().getName(), e);
    }
  }

  /** Oryx's ClusterInfo.update replaces the volatile double[] center field with a new array. */
  static final String CENTER_FIELD = "an active array written into a field of a class without shadows (center = newCenter,"
      + " a volatile double[] reassigned)";

  static List<Entry> entries() {
    return List.of(
        // Oryx 2, vector math, ALS and k-means (Apache-2.0)
        correct("oryx/VectorMath.dot", VectorMath.class, "dot",
            args(new float[] {0.5f, -1.2f, 0.8f, 2.0f}, new float[] {0.3f, 0.1f, -0.4f, 1.5f})),
        correct("oryx/VectorMath.norm", VectorMath.class, "norm", args(new float[] {0.5f, -1.2f, 0.8f, 2.0f})),
        correct("oryx/ALSUtils.computeTargetQui", ALSUtils.class, "computeTargetQui", args(true, 0.7, 0.4),
            args(true, 0.7, -0.3), args(true, -0.6, 0.3), args(true, -0.6, 1.4), args(false, 1.3, 0.2)),
        correct("oryx/EuclideanDistanceFn.applyAsDouble", EuclideanDistanceFn.class, "applyAsDouble",
                args(new double[] {0.5, -1.2, 0.8}, new double[] {0.3, 0.1, -0.4}))
            .on(construct()),
        correct("oryx/SquaredDistanceFn.applyAsDouble", SquaredDistanceFn.class, "applyAsDouble",
                args(new double[] {0.5, -1.2, 0.8}, new double[] {0.3, 0.1, -0.4}))
            .on(construct()),
        correct("oryx/DoubleWeightedMean.increment", DoubleWeightedMean.class, "increment", args(1.4, 0.6),
                args(-0.3, 2.0))
            .on(construct(3L, 2.5, 0.8)),
        refused("oryx/ClusterInfo.update", ClusterInfo.class, "update", CENTER_FIELD,
                args(new double[] {1.0, 0.2, -0.5}, 2L))
            .on(construct(7, new double[] {0.5, -1.0, 2.0}, 3L)),

        // Apache Druid, variance and mean aggregation (Apache-2.0)
        correct("druid/VarianceAggregatorCollector.add", VarianceAggregatorCollector.class, "add", args(2.5), args(-1.0))
            .on(construct(4L, 10.0, 3.0)),
        correct("druid/VarianceAggregatorCollector.fold", VarianceAggregatorCollector.class, "fold",
                args(inLoaderOf(VarianceAggregatorCollector.class, 4L, 10.0, 3.0)))
            .on(construct(5L, 12.0, 2.5)),
        correct("druid/VarianceAggregatorCollector.getVariance", VarianceAggregatorCollector.class, "getVariance",
                args(true), args(false))
            .on(construct(5L, 12.0, 2.5)),
        correct("druid/DoubleMeanHolder.update", DoubleMeanHolder.class, "update", args(2.5)).on(construct(12.0, 5L)),
        correct("druid/DoubleMeanHolder.mean", DoubleMeanHolder.class, "mean", args()).on(construct(12.0, 5L)),

        // Apache Flink, summary aggregation and streaming delta functions (Apache-2.0)
        correct("flink/CompensatedSum.add", CompensatedSum.class, "add", args(0.75, 0.003), args(-2.5, 0.01))
            .on(construct(1.25, 0.01)),
        correct("flink/MinDoubleAggregator.aggregate", MinDoubleAggregator.class, "aggregate", args(0.1), args(0.9))
            .on(aggregated(0.7, 0.4)),
        correct("flink/MaxDoubleAggregator.aggregate", MaxDoubleAggregator.class, "aggregate", args(0.1), args(0.9))
            .on(aggregated(0.7, 0.4)),
        // correct since a new CompensatedSum is known to be of exactly that class: add(other) reads other.value() and
        // delta(), open getters, which run its own code (README, "Objects": objects given to calls)
        correct("flink/SumDoubleAggregator.aggregate", SumDoubleAggregator.class, "aggregate",
                args(0.1), args(-2.3))
            .on(aggregated(0.7, 0.4)),
        correct("flink/MinDoubleAggregator.combine", MinDoubleAggregator.class, "combine",
                args(inLoader(MinDoubleAggregator.class, other -> aggregate(other, 0.2, 0.9))),
                args(inLoader(MinDoubleAggregator.class, other -> aggregate(other, 0.8))))
            .on(aggregated(0.7, 0.4)),
        // correct since zeroShadow copies the held CompensatedSum (final doubles), whose shadow the companions read
        correct("flink/SumDoubleAggregator.result", SumDoubleAggregator.class, "result", args())
            .on(aggregated(0.7, 0.4, -1.9)),
        correct("flink/EuclideanDistance.getNestedDelta", EuclideanDistance.class, "getNestedDelta",
                args(new double[] {0.5, -1.2, 0.8}, new double[] {0.3, 0.1, -0.4}))
            .on(construct()),
        correct("flink/CosineDistance.getNestedDelta", CosineDistance.class, "getNestedDelta",
                args(new double[] {0.5, -1.2, 0.8}, new double[] {0.3, 0.1, -0.4}))
            .on(construct()));
  }
}
