package dev.leibniz.spark;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.spark.mllib.linalg.DenseVector;
import org.apache.spark.mllib.optimization.Gradient;
import org.apache.spark.mllib.optimization.LogisticGradient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The sequence operation alone, without Spark: adding the gradients of 1,024 records into one
 * buffer with {@link AdjointLogisticGradient} and with MLlib's hand-written {@link LogisticGradient},
 * next to the loss alone (the primal). Run by {@code spark-example/run.sh bench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class GradientBenchmark {
  static final int RECORDS = 1024;

  @Param({"10", "100"})
  public int dimension;

  DenseVector[] features;
  double[] labels;
  DenseVector weights, gradient;
  final Gradient leibniz = new AdjointLogisticGradient(), mllib = new LogisticGradient();

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(1);
    features = new DenseVector[RECORDS];
    labels = new double[RECORDS];
    for (int i = 0; i < RECORDS; i++) {
      double[] x = new double[dimension];
      for (int j = 0; j < dimension; j++) x[j] = random.nextGaussian();
      features[i] = new DenseVector(x);
      labels[i] = random.nextBoolean() ? 1 : 0;
    }
    double[] w = Data.trueWeights(dimension);
    for (int j = 0; j < dimension; j++) w[j] *= 0.3;
    weights = new DenseVector(w);
    gradient = new DenseVector(new double[dimension]);
  }

  @Benchmark
  public double primal() {
    double loss = 0;
    double[] w = weights.values();
    for (int i = 0; i < RECORDS; i++) loss += LogisticLoss.pointLoss(w, features[i].values(), labels[i]);
    return loss;
  }

  @Benchmark
  public double leibnizAdjoint() {
    return pass(leibniz);
  }

  @Benchmark
  public double mllibLogisticGradient() {
    return pass(mllib);
  }

  private double pass(Gradient g) {
    double loss = 0;
    for (int i = 0; i < RECORDS; i++) loss += g.compute(features[i], labels[i], weights, gradient);
    return loss;
  }
}
