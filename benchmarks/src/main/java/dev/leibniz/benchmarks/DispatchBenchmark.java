package dev.leibniz.benchmarks;

import dev.leibniz.Derivatives;
import dev.leibniz.benchmarks.dispatch.OpA;
import dev.leibniz.benchmarks.dispatch.OpB;
import dev.leibniz.benchmarks.dispatch.OpC;
import dev.leibniz.benchmarks.dispatch.Sums;
import dev.leibniz.benchmarks.dispatch.Term;
import dev.leibniz.benchmarks.dispatch.TermA;
import dev.leibniz.benchmarks.dispatch.TermB;
import dev.leibniz.benchmarks.dispatch.TermC;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleUnaryOperator;
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
 * The cost of dispatch in companions: one differentiated method summing {@value #N} calls of the
 * same small body, called statically ({@code static}), through a marked interface method
 * ({@code term-k}: {@code invokeinterface} of the companion, whose implementation checks its
 * receiver's class, OverrideGuards) or through a JDK interface that nothing marks
 * ({@code operator-k}: Leibniz's {@code invokedynamic} with one class guard per receiver class),
 * with k = 1, 2, 3 receiver classes taking turns. {@code primal} is the same sum without
 * derivatives. Not part of the workload report; figures in DISPATCH.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {BenchmarkMain.STACK, BenchmarkMain.HEAP})
@State(Scope.Thread)
public class DispatchBenchmark {
  static final int N = 12;

  @Param({"static", "term-1", "term-2", "term-3", "operator-1", "operator-2", "operator-3"})
  public String kind;

  private int via;
  private Term[] terms;
  private DoubleUnaryOperator[] ops;
  private final double[] bar = new double[1];
  private double x = 0.25;

  /** Looked up on first use: constants, so that the JIT inlines through them. */
  private static final class Handles {
    static final MethodHandles.Lookup L = MethodHandles.lookup();
    static final MethodHandle STATIC_T = Derivatives.tangent(L, Sums.class, "viaStatic", int.class, double.class);
    static final MethodHandle TERM_T = Derivatives.tangent(L, Sums.class, "viaTerm", Term[].class, double.class);
    static final MethodHandle OP_T = Derivatives.tangent(L, Sums.class, "viaOperator", DoubleUnaryOperator[].class, double.class);
    static final MethodHandle STATIC_A = Derivatives.adjoint(L, Sums.class, "viaStatic", int.class, double.class);
    static final MethodHandle TERM_A = Derivatives.adjoint(L, Sums.class, "viaTerm", Term[].class, double.class);
    static final MethodHandle OP_A = Derivatives.adjoint(L, Sums.class, "viaOperator", DoubleUnaryOperator[].class, double.class);
  }

  @Setup
  public void setUp() {
    int k = kind.equals("static") ? 1 : Integer.parseInt(kind.substring(kind.indexOf('-') + 1));
    via = kind.startsWith("static") ? 0 : kind.startsWith("term") ? 1 : 2;
    Term[] termKinds = {new TermA(), new TermB(), new TermC()};
    DoubleUnaryOperator[] opKinds = {new OpA(), new OpB(), new OpC()};
    terms = new Term[N];
    ops = new DoubleUnaryOperator[N];
    for (int i = 0; i < N; i++) {
      terms[i] = termKinds[i % k];
      ops[i] = opKinds[i % k];
    }
  }

  @Benchmark
  public double primal() {
    switch (via) {
      case 0: return Sums.viaStatic(N, x);
      case 1: return Sums.viaTerm(terms, x);
      default: return Sums.viaOperator(ops, x);
    }
  }

  @Benchmark
  public double tangent() throws Throwable {
    switch (via) {
      case 0: return (double) Handles.STATIC_T.invokeExact(N, x, 1.0);
      case 1: return (double) Handles.TERM_T.invokeExact(terms, x, 1.0);
      default: return (double) Handles.OP_T.invokeExact(ops, x, 1.0);
    }
  }

  @Benchmark
  public double adjoint() throws Throwable {
    bar[0] = 0;
    switch (via) {
      case 0: return (double) Handles.STATIC_A.invokeExact(N, x, 1.0, bar) + bar[0];
      case 1: return (double) Handles.TERM_A.invokeExact(terms, x, 1.0, bar) + bar[0];
      default: return (double) Handles.OP_A.invokeExact(ops, x, 1.0, bar) + bar[0];
    }
  }
}
