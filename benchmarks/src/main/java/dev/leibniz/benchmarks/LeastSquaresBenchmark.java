package dev.leibniz.benchmarks;

import dev.leibniz.examples.DampedOscillation;
import dev.leibniz.hipparchus.LeibnizModel;
import java.lang.invoke.MethodHandles;
import java.util.concurrent.TimeUnit;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer.Optimum;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.MultivariateJacobianFunction;
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
 * The {@code fit} example (examples' {@code FitDemo}): a Levenberg–Marquardt fit of a damped
 * oscillation to m noisy points, and one Jacobian evaluation, with the Jacobian from Leibniz
 * ({@code dev.leibniz.hipparchus.LeibnizModel}, 5 tangent columns) and from Hipparchus {@code
 * DerivativeStructure}; {@code primal} is one evaluation of the m residuals.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {BenchmarkMain.STACK, BenchmarkMain.HEAP})
@State(Scope.Thread)
public class LeastSquaresBenchmark {
  @Param({"1000"})
  public int points;

  private DampedOscillation data;
  private LeibnizModel leibniz;
  private MultivariateJacobianFunction hipparchus;
  private RealVector start;
  private double[] residuals;

  @Setup
  public void setUp() {
    data = DampedOscillation.observations(points, 0.05, 7);
    leibniz = LeibnizModel.of(MethodHandles.lookup(), data, "residuals", 5, points);
    hipparchus = data.hipparchusModel();
    start = new ArrayRealVector(DampedOscillation.START);
    residuals = new double[points];
  }

  @Benchmark
  public double[] primal() {
    data.residuals(DampedOscillation.START, residuals);
    return residuals;
  }

  @Benchmark
  public Object leibnizJacobian() {
    return leibniz.value(start);
  }

  @Benchmark
  public Object hipparchusJacobian() {
    return hipparchus.value(start);
  }

  @Benchmark
  public Optimum leibnizFit() {
    return fit(leibniz);
  }

  @Benchmark
  public Optimum hipparchusFit() {
    return fit(hipparchus);
  }

  private Optimum fit(MultivariateJacobianFunction model) {
    return new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
        .model(model).target(new double[points]).start(DampedOscillation.START)
        .maxEvaluations(1000).maxIterations(1000).build());
  }
}
