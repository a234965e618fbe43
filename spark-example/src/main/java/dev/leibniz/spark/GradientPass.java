package dev.leibniz.spark;

import java.io.Serializable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.mllib.linalg.DenseVector;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.optimization.Gradient;
import scala.Tuple2;

/**
 * One pass over the data: the mean loss and gradient of an MLlib {@link Gradient} at given weights,
 * summed per partition into one mutable {@link Sum} (the sequence operation adds a record into it and
 * returns it, allocating nothing per record) and across partitions by {@code treeAggregate}. Used
 * alike for {@link AdjointLogisticGradient} and MLlib's hand-written {@code LogisticGradient}.
 */
public final class GradientPass {
  private GradientPass() {}

  /** A partition's running sums: the buffer the sequence operation adds each record into. */
  public static final class Sum implements Serializable {
    private static final long serialVersionUID = 1L;
    final DenseVector gradient;
    double loss;
    long count;

    Sum(int dimension) {
      gradient = new DenseVector(new double[dimension]);
    }

    Sum add(Sum other) {
      double[] g = gradient.values(), o = other.gradient.values();
      for (int j = 0; j < g.length; j++) g[j] += o[j];
      loss += other.loss;
      count += other.count;
      return this;
    }
  }

  /** The mean loss and its gradient. */
  public record Result(double loss, double[] gradient, long count) {}

  public static Result run(JavaSparkContext sc, JavaRDD<Tuple2<Object, Vector>> data, Gradient gradient, double[] weights) {
    Broadcast<Vector> w = sc.broadcast(new DenseVector(weights));
    try {
      Sum total = data.treeAggregate(new Sum(weights.length),
          (sum, record) -> {
            sum.loss += gradient.compute(record._2(), (Double) record._1(), w.value(), sum.gradient);
            sum.count++;
            return sum;
          },
          Sum::add, 2);
      double[] g = total.gradient.values();
      for (int j = 0; j < g.length; j++) g[j] /= total.count;
      return new Result(total.loss / total.count, g, total.count);
    } finally {
      w.destroy();
    }
  }
}
