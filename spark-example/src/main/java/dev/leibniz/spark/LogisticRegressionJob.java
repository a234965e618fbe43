package dev.leibniz.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.mllib.linalg.DenseVector;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.optimization.Gradient;
import org.apache.spark.mllib.optimization.LBFGS;
import org.apache.spark.mllib.optimization.SimpleUpdater;
import scala.Tuple2;

/**
 * A logistic regression fitted by MLlib's L-BFGS with the gradient of {@link AdjointLogisticGradient}
 * (MLlib sums it with {@code treeAggregate}, one partition-local buffer per task). Arguments:
 * {@code [points [dimension [partitions]]]}; the master comes from {@code spark-submit} or
 * {@code -Dspark.master} (default {@code local[*]}).
 */
public final class LogisticRegressionJob {
  public static final int CORRECTIONS = 10;
  public static final double TOLERANCE = 1e-9;
  public static final int MAX_ITERATIONS = 200;

  private LogisticRegressionJob() {}

  /** The fitted weights and the loss after each iteration. */
  public static Tuple2<Vector, double[]> fit(JavaRDD<Tuple2<Object, Vector>> data, Gradient gradient, int dimension) {
    return LBFGS.runLBFGS(data.rdd(), gradient, new SimpleUpdater(), CORRECTIONS, TOLERANCE, MAX_ITERATIONS, 0.0,
        new DenseVector(new double[dimension]));
  }

  public static void main(String[] args) {
    long points = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    int dimension = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int partitions = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    SparkConf conf = new SparkConf().setAppName("leibniz-logistic-regression").setIfMissing("spark.master", "local[*]");
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      JavaRDD<Tuple2<Object, Vector>> data = Data.generate(sc, points, dimension, partitions, 42);
      long start = System.nanoTime();
      Tuple2<Vector, double[]> fit = fit(data, new AdjointLogisticGradient(), dimension);
      double seconds = (System.nanoTime() - start) / 1e9;
      double[] losses = fit._2();
      System.out.printf("leibniz: %d points, %d features: L-BFGS took %d iterations, %.1f s; loss %.6f -> %.6f%n",
          points, dimension, losses.length - 1, seconds, losses[0], losses[losses.length - 1]);
      System.out.println("fitted weights " + fit._1());
      System.out.println("true weights   " + new DenseVector(Data.trueWeights(dimension)));
    }
  }
}
