package dev.leibniz.corpus.peers;

/*
 * Peer-suite corpus entry (test code only, see ../README.md, "The peer round").
 * Source: DiffTests.jl (JuliaDiff/DiffTests.jl on GitHub, commit 05b8721d, MIT), src/DiffTests.jl: the same functions as
 * DiffTests.java, translated the other way a Java programmer would write Julia's sum(map(...)) and broadcasts: with
 * java.util.stream (DoubleStream, IntStream), boxed Double values and a List<Double>. Each method's name is the Julia
 * function's with the idiom appended.
 * Licence: MIT (Copyright (c) 2017 Jarrett Revels and contributors).
 */

import dev.leibniz.Differentiable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

public final class DiffTestsIdioms {
  private DiffTestsIdioms() {}

  @Differentiable
  public static double vec2num_7_stream(double[] x) {
    return Arrays.stream(x).map(y -> x[0] * y).sum();
  }

  @Differentiable
  public static double rosenbrock_3_intstream(double[] x) {
    return IntStream.range(1, x.length)
        .mapToDouble(k -> Math.pow(1 - x[k - 1], 2) + 100 * Math.pow(x[k] - Math.pow(x[k - 1], 2), 2))
        .sum();
  }

  @Differentiable
  public static double num2num_1_boxed(double x) {
    Double s = Math.sin(x);
    Double c = Math.cos(x);
    return (s * s) / (c * c);
  }

  @Differentiable
  public static double self_weighted_logit_list(double[] x) {
    List<Double> squares = new ArrayList<>();
    for (double xi : x) squares.add(xi * xi);
    double dot = 0;
    for (Double sq : squares) dot += sq;
    return 1 / (1.0 + Math.exp(-dot));
  }
}
