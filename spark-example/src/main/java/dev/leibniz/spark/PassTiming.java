package dev.leibniz.spark;

import java.util.Arrays;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.optimization.Gradient;
import org.apache.spark.mllib.optimization.LogisticGradient;
import scala.Tuple2;

/**
 * The timing harness behind benchmarks/SPARK.md (run by spark-example/run.sh; not a test): on one
 * cached data set, the time of one gradient pass ({@link GradientPass}, the same treeAggregate for
 * both) with {@link AdjointLogisticGradient} and with MLlib's hand-written {@link LogisticGradient},
 * alternating, after a warm-up; then L-BFGS to convergence with each. Arguments:
 * {@code [points [dimension [partitions [rounds]]]]}.
 */
public final class PassTiming {
  private PassTiming() {}

  public static void main(String[] args) {
    long points = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    int dimension = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int partitions = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 15;
    SparkConf conf = new SparkConf().setAppName("leibniz-pass-timing").setIfMissing("spark.master", "local[*]")
        .set("spark.ui.enabled", "false");
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      sc.setLogLevel("WARN");
      JavaRDD<Tuple2<Object, Vector>> data = Data.generate(sc, points, dimension, partitions, 42);
      double[] w = Data.trueWeights(dimension);
      Gradient ours = new AdjointLogisticGradient(), mllib = new LogisticGradient();
      for (int i = 0; i < 5; i++) {
        GradientPass.run(sc, data, ours, w);
        GradientPass.run(sc, data, mllib, w);
      }
      double[] tOurs = new double[rounds], tMllib = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        boolean oursFirst = r % 2 == 0;
        double a = time(sc, data, oursFirst ? ours : mllib, w), b = time(sc, data, oursFirst ? mllib : ours, w);
        tOurs[r] = oursFirst ? a : b;
        tMllib[r] = oursFirst ? b : a;
      }
      double mOurs = median(tOurs), mMllib = median(tMllib);
      double[] paired = new double[rounds]; // each round's two passes ran back to back: robust to load drift
      for (int r = 0; r < rounds; r++) paired[r] = tOurs[r] / tMllib[r];
      Arrays.sort(paired);
      System.out.printf("setup: %d points, %d features, %d partitions, master %s, %d cores, JDK %s%n", points, dimension,
          partitions, sc.master(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
      System.out.printf("gradient pass, median of %d (min..max) ms: Leibniz $adjoint %.1f (%.1f..%.1f), MLlib LogisticGradient %.1f (%.1f..%.1f); ratio %.2f%n",
          rounds, mOurs, min(tOurs), max(tOurs), mMllib, min(tMllib), max(tMllib), mOurs / mMllib);
      System.out.printf("paired ratio Leibniz / MLlib per round: median %.2f, quartiles %.2f..%.2f%n",
          median(paired), paired[rounds / 4], paired[(3 * rounds) / 4]);
      // twice each, alternating: the first fit also warms up MLlib's and breeze's optimiser code
      for (int round = 1; round <= 2; round++) {
        fit(data, ours, dimension, "Leibniz $adjoint (round " + round + ")");
        fit(data, mllib, dimension, "MLlib LogisticGradient (round " + round + ")");
      }
    }
  }

  private static void fit(JavaRDD<Tuple2<Object, Vector>> data, Gradient g, int dimension, String name) {
    long start = System.nanoTime();
    Tuple2<Vector, double[]> fit = LogisticRegressionJob.fit(data, g, dimension);
    double s = (System.nanoTime() - start) / 1e9;
    double[] losses = fit._2();
    System.out.printf("L-BFGS with %s: %d iterations, %.1f s, final loss %.8f%n", name, losses.length - 1, s, losses[losses.length - 1]);
  }

  private static double time(JavaSparkContext sc, JavaRDD<Tuple2<Object, Vector>> data, Gradient g, double[] w) {
    long start = System.nanoTime();
    GradientPass.run(sc, data, g, w);
    return (System.nanoTime() - start) / 1e6;
  }

  private static double median(double[] t) {
    double[] s = t.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static double min(double[] t) {
    return Arrays.stream(t).min().orElse(Double.NaN);
  }

  private static double max(double[] t) {
    return Arrays.stream(t).max().orElse(Double.NaN);
  }
}
