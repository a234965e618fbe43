package dev.leibniz.benchmarks;

import dev.leibniz.Derivatives;
import dev.leibniz.sample.PointLoss;
import dev.leibniz.sample.PointLossDerivatives;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link FacadeBenchmark} on a loop-free companion, {@code PointLoss.logistic$adjoint} (a few
 * nanoseconds, no tape), where the cost of the call itself shows: directly, through the typed
 * facade {@code PointLossDerivatives}, a {@code Derivatives} handle in a {@code static final} field
 * and in an ordinary field, and reflection. Figures in FACADE.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {BenchmarkMain.STACK, BenchmarkMain.HEAP})
@State(Scope.Thread)
public class FacadePointBenchmark {
  private static final MethodHandle POINT_CONSTANT =
      Derivatives.adjoint(MethodHandles.lookup(), PointLoss.class, "logistic", double.class, double.class);

  private MethodHandle pointField;
  private Method pointReflective;
  private double margin = 0.8, label = 1;
  private final double[] pointGrad = new double[2];

  @Setup
  public void setUp() throws ReflectiveOperationException {
    pointField = Derivatives.adjoint(MethodHandles.lookup(), PointLoss.class, "logistic", double.class, double.class);
    pointReflective = PointLoss.class.getMethod("logistic$adjoint", double.class, double.class, double.class, double[].class);
  }

  @Benchmark
  public double primal() {
    return PointLoss.logistic(margin, label);
  }

  @Benchmark
  public double direct() {
    pointGrad[0] = pointGrad[1] = 0;
    return PointLoss.logistic$adjoint(margin, label, 1.0, pointGrad);
  }

  @Benchmark
  public double facade() {
    pointGrad[0] = pointGrad[1] = 0;
    return PointLossDerivatives.logisticAdjoint(margin, label, 1.0, pointGrad);
  }

  @Benchmark
  public double handleStaticFinal() throws Throwable {
    pointGrad[0] = pointGrad[1] = 0;
    return (double) POINT_CONSTANT.invokeExact(margin, label, 1.0, pointGrad);
  }

  @Benchmark
  public double handleField() throws Throwable {
    pointGrad[0] = pointGrad[1] = 0;
    return (double) pointField.invokeExact(margin, label, 1.0, pointGrad);
  }

  @Benchmark
  public double reflection() throws ReflectiveOperationException {
    pointGrad[0] = pointGrad[1] = 0;
    return (double) pointReflective.invoke(null, margin, label, 1.0, pointGrad);
  }
}
