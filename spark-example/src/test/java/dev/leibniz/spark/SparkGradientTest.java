package dev.leibniz.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.management.ManagementFactory;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.mllib.linalg.DenseVector;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.optimization.Gradient;
import org.apache.spark.mllib.optimization.LogisticGradient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * A real Spark job in local mode, without the agent (the companions were written by
 * leibniz:transform at build time): the gradient pass of {@link AdjointLogisticGradient} against
 * MLlib's hand-written {@link LogisticGradient} and central differences, L-BFGS to convergence with
 * both, serialisation, and no allocation per record.
 */
class SparkGradientTest {
  static final int POINTS = 20_000, DIM = 6;
  static JavaSparkContext sc;
  static JavaRDD<Tuple2<Object, Vector>> data;

  @BeforeAll
  static void start() {
    sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("leibniz-test")
        .set("spark.ui.enabled", "false").set("spark.sql.shuffle.partitions", "2"));
    sc.setLogLevel("WARN");
    data = Data.generate(sc, POINTS, DIM, 2, 7);
  }

  @AfterAll
  static void stop() {
    if (sc != null) sc.close();
  }

  static final double[] W = {0.3, -0.8, 0.2, 0.5, -0.1, 0.05};

  @Test
  void noAgentInThisJvm() {
    assertTrue(ManagementFactory.getRuntimeMXBean().getInputArguments().stream().noneMatch(a -> a.startsWith("-javaagent")));
  }

  @Test
  void gradientPassMatchesMllibsHandWrittenGradient() {
    GradientPass.Result ours = GradientPass.run(sc, data, new AdjointLogisticGradient(), W);
    GradientPass.Result mllib = GradientPass.run(sc, data, new LogisticGradient(), W);
    assertEquals(POINTS, ours.count());
    assertEquals(mllib.loss(), ours.loss(), 1e-13);
    assertArrayEquals(mllib.gradient(), ours.gradient(), 1e-13);
  }

  @Test
  void gradientPassMatchesCentralDifferences() {
    double[] v = {0.4, 0.1, -0.7, 0.2, 0.3, -0.5};
    GradientPass.Result at = GradientPass.run(sc, data, new AdjointLogisticGradient(), W);
    double h = 0x1p-12;
    double plus = GradientPass.run(sc, data, new LogisticGradient(), shifted(v, h)).loss();
    double minus = GradientPass.run(sc, data, new LogisticGradient(), shifted(v, -h)).loss();
    double directional = 0;
    for (int j = 0; j < DIM; j++) directional += at.gradient()[j] * v[j];
    assertEquals((plus - minus) / (2 * h), directional, 1e-7);
  }

  @Test
  void lbfgsConvergesToMllibsSolution() {
    Tuple2<Vector, double[]> ours = LogisticRegressionJob.fit(data, new AdjointLogisticGradient(), DIM);
    Tuple2<Vector, double[]> mllib = LogisticRegressionJob.fit(data, new LogisticGradient(), DIM);
    double[] losses = ours._2();
    assertTrue(losses.length - 1 < LogisticRegressionJob.MAX_ITERATIONS, "converged within the iteration limit");
    assertTrue(losses[losses.length - 1] < 0.8 * losses[0], "the loss decreased: " + losses[0] + " -> " + losses[losses.length - 1]);
    assertArrayEquals(mllib._1().toArray(), ours._1().toArray(), 1e-6);
    // the optimum of 20,000 points is near the weights the labels were drawn from
    assertArrayEquals(Data.trueWeights(DIM), ours._1().toArray(), 0.15);
    // and is a stationary point
    for (double g : GradientPass.run(sc, data, new AdjointLogisticGradient(), ours._1().toArray()).gradient()) {
      assertEquals(0, g, 1e-5);
    }
  }

  @Test
  void gradientSurvivesJavaSerialisation() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new AdjointLogisticGradient());
    }
    Gradient back;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (Gradient) in.readObject();
    }
    double[] g = new double[DIM], expected = new double[DIM];
    double[] x = {1, -2, 0.5, 0.25, 3, 1};
    double loss = back.compute(new DenseVector(x), 1.0, new DenseVector(W), new DenseVector(g));
    double mllibLoss = new LogisticGradient().compute(new DenseVector(x), 1.0, new DenseVector(W), new DenseVector(expected));
    assertEquals(mllibLoss, loss, 1e-15);
    assertArrayEquals(expected, g, 1e-15);
  }

  @Test
  void noAllocationPerRecordInSteadyState() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Gradient gradient = new AdjointLogisticGradient();
    Vector x = new DenseVector(new double[] {1, -2, 0.5, 0.25, 3, 1}), w = new DenseVector(W.clone());
    DenseVector cum = new DenseVector(new double[DIM]);
    double sink = 0;
    for (int i = 0; i < 200_000; i++) sink += gradient.compute(x, i & 1, w, cum); // warm up: JIT-compiled
    long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    for (int i = 0; i < 1_000_000; i++) sink += gradient.compute(x, i & 1, w, cum);
    long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
    assertTrue(allocated < 100_000, allocated + " bytes allocated by 10^6 records (sink " + sink + ")");
  }

  private static double[] shifted(double[] v, double t) {
    double[] w = W.clone();
    for (int j = 0; j < DIM; j++) w[j] += t * v[j];
    return w;
  }
}
