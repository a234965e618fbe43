package dev.leibniz.benchmarks;

import dev.leibniz.Derivatives;
import dev.leibniz.sample.Regression;
import dev.leibniz.sample.RegressionDerivatives;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
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
 * Four ways to call the same companion, {@code Regression.logLoss$adjoint} (written into the class
 * file at build time by the build-time-example module, so that Java code can call it by name; the
 * loop-free {@link FacadePointBenchmark} shows a call's own cost): directly; through the typed facade {@code RegressionDerivatives} that the annotation
 * processor generated (a constant {@code MethodHandle}, {@code invokeExact}, plus its argument
 * checks); through a {@code Derivatives} handle kept in a {@code static final} field (constant for
 * the JIT) and in an ordinary field (not constant); and through reflection. Each call computes the
 * full gradient; the adjoint arrays are zeroed first, in every variant alike. Figures in
 * FACADE.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {BenchmarkMain.STACK, BenchmarkMain.HEAP})
@State(Scope.Thread)
public class FacadeBenchmark {
  /** Points and dimension of the regression: {@code 2x2}, a few hundred nanoseconds; {@code 1000x10}, a real loss. */
  @Param({"2x2", "1000x10"})
  public String size;

  private static final Class<?>[] LOSS = {double[].class, double.class, double[].class, double[].class, int.class, int.class};
  private static final MethodHandle CONSTANT = Derivatives.adjoint(MethodHandles.lookup(), Regression.class, "logLoss", LOSS);

  private MethodHandle field;
  private Method reflective;
  private double[] w, wBar, x, y, bBar;
  private double b;
  private int n, d;

  @Setup
  public void setUp() throws ReflectiveOperationException {
    n = Integer.parseInt(size.substring(0, size.indexOf('x')));
    d = Integer.parseInt(size.substring(size.indexOf('x') + 1));
    Random random = new Random(7);
    w = random.doubles(d, -1, 1).toArray();
    x = random.doubles((long) n * d, -2, 2).toArray();
    y = random.ints(n, 0, 2).asDoubleStream().toArray();
    b = 0.1;
    wBar = new double[d];
    bBar = new double[1];
    field = Derivatives.adjoint(MethodHandles.lookup(), Regression.class, "logLoss", LOSS);
    reflective = Regression.class.getMethod("logLoss$adjoint", double[].class, double[].class, double.class,
        double[].class, double[].class, double[].class, double[].class, int.class, int.class, double.class, double[].class);
  }


  @Benchmark
  public double primal() {
    return Regression.logLoss(w, b, x, y, n, d);
  }

  @Benchmark
  public double direct() {
    zero();
    return Regression.logLoss$adjoint(w, wBar, b, x, null, y, null, n, d, 1.0, bBar);
  }

  @Benchmark
  public double facade() {
    zero();
    return RegressionDerivatives.logLossAdjoint(w, wBar, b, x, null, y, null, n, d, 1.0, bBar);
  }

  @Benchmark
  public double handleStaticFinal() throws Throwable {
    zero();
    return (double) CONSTANT.invokeExact(w, wBar, b, x, (double[]) null, y, (double[]) null, n, d, 1.0, bBar);
  }

  @Benchmark
  public double handleField() throws Throwable {
    zero();
    return (double) field.invokeExact(w, wBar, b, x, (double[]) null, y, (double[]) null, n, d, 1.0, bBar);
  }

  @Benchmark
  public double reflection() throws ReflectiveOperationException {
    zero();
    return (double) reflective.invoke(null, w, wBar, b, x, null, y, null, n, d, 1.0, bBar);
  }

  private void zero() {
    Arrays.fill(wBar, 0);
    bBar[0] = 0;
  }
}
