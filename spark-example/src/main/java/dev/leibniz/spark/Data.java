package dev.leibniz.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.mllib.linalg.DenseVector;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * A generated logistic-regression data set: features standard normal (the last one fixed at 1, an
 * intercept), labels drawn with probability {@code sigmoid(trueWeights . x)}. Generated on the
 * executors, partition by partition from a seed, and cached.
 */
public final class Data {
  private Data() {}

  /** The weights the labels are drawn from: {@code 1, -1, 0.5, -0.5, ...}, scaled to keep the classes mixed. */
  public static double[] trueWeights(int dimension) {
    double[] w = new double[dimension];
    for (int j = 0; j < dimension; j++) w[j] = (j % 2 == 0 ? 1.0 : -1.0) / (1 + j / 2) * 1.5;
    return w;
  }

  public static JavaRDD<Tuple2<Object, Vector>> generate(JavaSparkContext sc, long points, int dimension, int partitions, long seed) {
    List<Integer> ids = new ArrayList<>();
    for (int p = 0; p < partitions; p++) ids.add(p);
    double[] truth = trueWeights(dimension);
    JavaRDD<Tuple2<Object, Vector>> data = sc.parallelize(ids, partitions).flatMap(p -> {
      long from = points * p / partitions, to = points * (p + 1) / partitions;
      SplittableRandom random = new SplittableRandom(seed * 1_000_003L + p);
      List<Tuple2<Object, Vector>> records = new ArrayList<>((int) (to - from));
      for (long i = from; i < to; i++) {
        double[] x = new double[dimension];
        double m = 0;
        for (int j = 0; j < dimension; j++) {
          x[j] = j == dimension - 1 ? 1 : random.nextGaussian();
          m += truth[j] * x[j];
        }
        double label = random.nextDouble() < 1 / (1 + Math.exp(-m)) ? 1.0 : 0.0;
        records.add(new Tuple2<>(label, new DenseVector(x)));
      }
      return records.iterator();
    });
    data.persist(StorageLevel.MEMORY_ONLY());
    data.count();
    return data;
  }
}
