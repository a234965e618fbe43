package dev.leibniz.benchmarks;

import dev.leibniz.Derivatives;
import dev.leibniz.benchmarks.objects.Geometry;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
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
 * Scalar replacement: the same vector-geometry workload ({@link Geometry}) written with a value
 * class and with doubles; primal, tangent (one direction) and adjoint (full gradient) of each.
 * With the objects taken apart before differentiation, the value-class companions should cost what
 * the scalar ones cost and allocate nothing per call. Not part of the workload report; figures in
 * OBJECTS.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {BenchmarkMain.STACK, BenchmarkMain.HEAP})
@State(Scope.Thread)
public class ValueObjectsBenchmark {
  /** Number of points (3 inputs each). */
  @Param({"100"})
  public int points;

  private double[] p, dir, tangent, grad;

  private static final class Handles {
    static final MethodHandle OBJECTS_T = Derivatives.tangent(MethodHandles.lookup(), Geometry.class, "withObjects", double[].class);
    static final MethodHandle OBJECTS_A = Derivatives.adjoint(MethodHandles.lookup(), Geometry.class, "withObjects", double[].class);
    static final MethodHandle DOUBLES_T = Derivatives.tangent(MethodHandles.lookup(), Geometry.class, "withDoubles", double[].class);
    static final MethodHandle DOUBLES_A = Derivatives.adjoint(MethodHandles.lookup(), Geometry.class, "withDoubles", double[].class);
  }

  @Setup
  public void setUp() {
    Random random = new Random(7);
    p = random.doubles(3 * points, -2, 2).toArray();
    dir = random.doubles(3 * points, -1, 1).toArray();
    tangent = new double[3 * points];
    grad = new double[3 * points];
  }

  @Benchmark
  public double objectsPrimal() {
    return Geometry.withObjects(p);
  }

  @Benchmark
  public double doublesPrimal() {
    return Geometry.withDoubles(p);
  }

  @Benchmark
  public double objectsTangent() throws Throwable {
    return (double) Handles.OBJECTS_T.invokeExact(p, dir);
  }

  @Benchmark
  public double doublesTangent() throws Throwable {
    return (double) Handles.DOUBLES_T.invokeExact(p, dir);
  }

  @Benchmark
  public double[] objectsAdjoint() throws Throwable {
    Arrays.fill(grad, 0);
    double v = (double) Handles.OBJECTS_A.invokeExact(p, grad, 1.0);
    return grad;
  }

  @Benchmark
  public double[] doublesAdjoint() throws Throwable {
    Arrays.fill(grad, 0);
    double v = (double) Handles.DOUBLES_A.invokeExact(p, grad, 1.0);
    return grad;
  }
}
