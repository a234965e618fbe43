package dev.leibniz.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * The variables a generated statement may use, by type. Every int variable in scope is
 * non-negative by construction, so that an index {@code (i + 2) % x.length} stays in bounds, and
 * every array is non-empty.
 */
final class Scope {
  final List<String> doubles = new ArrayList<>();
  final List<String> floats = new ArrayList<>();
  final List<String> ints = new ArrayList<>();
  final List<String> longs = new ArrayList<>();
  final List<String> doubleArrays = new ArrayList<>();
  final List<String> floatArrays = new ArrayList<>();
  /** Helpers of the program being generated, callable from this scope. */
  final List<Helper> helpers = new ArrayList<>();

  Scope copy() {
    Scope s = new Scope();
    s.doubles.addAll(doubles);
    s.floats.addAll(floats);
    s.ints.addAll(ints);
    s.longs.addAll(longs);
    s.doubleArrays.addAll(doubleArrays);
    s.floatArrays.addAll(floatArrays);
    s.helpers.addAll(helpers);
    return s;
  }

  boolean hasArrays() {
    return !doubleArrays.isEmpty() || !floatArrays.isEmpty();
  }

  /** The shapes of private static helpers a generated method may call. */
  enum HelperShape {
    /** {@code double h(double u, double v)} */
    SCALAR,
    /** {@code double h(double[] x, int i, double v)}, reads x */
    READS_ARRAY,
    /** {@code void h(double[] x, int i, double v)}, writes x */
    WRITES_ARRAY,
    /** {@code float h(float u, double v)} */
    FLOAT,
    /** {@code double h(double[] x, int i, double v)}, writes x and returns a value; marked or not */
    WRITES_AND_RETURNS,
    /** {@code static double h(double u, double v)} of another class (nested {@code _L}): a hosted callee */
    CROSS_STATIC,
    /** {@code double g(double u, double v)} marked in a base class, overridden with and without the mark; a receiver array of three classes */
    VIRTUAL,
    /** an abstract marked interface method, two implementations */
    INTERFACE,
    /** {@code DoubleBinaryOperator.applyAsDouble}, a JDK interface nothing marks: two implementations, one overriding the other */
    JDK_INTERFACE,
    /** lambdas {@code fN_l} (unary) and {@code fN_m} (binary) built in the method, applied there or by the static {@code fN_ha}, {@code fN_hb} */
    LAMBDA,
    /** {@code static double h(double u, double v)} of {@code fN_G}, differentiated by the user rule {@code fN_R} */
    RULED
  }

  record Helper(String name, HelperShape shape) {}
}
