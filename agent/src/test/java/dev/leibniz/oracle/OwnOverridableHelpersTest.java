package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.corpus.jmetal.WfgSDecept;
import dev.leibniz.oracle.FiniteDifferences.Estimate;
import dev.leibniz.oracle.fixtures.ownhelpers.DeceptDouble;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * A marked method calling a package-private (overridable) helper of its own non-final class: the
 * helper gets companions behind the receiver check of OverrideGuards. Here jMetal's WFG
 * {@code sDecept} (float code, corpus entry jmetal/WfgSDecept) and its rewrite in double: why its
 * float tangent and adjoint differ by more than the corpus's float dot-product tolerance.
 */
class OwnOverridableHelpersTest {
  private static final DSFactory DS = new DSFactory(4, 1);
  /** The corpus points of jmetal/wfg.Transformations.sDecept: (y, A, B, C). */
  private static final double[][] POINTS = {{0.3, 0.35, 0.001, 0.05}, {0.7, 0.35, 0.001, 0.05}};

  /** The double rewrite: both modes against Hipparchus and finite differences, and the dot product at 1e-12. */
  @Test
  void doubleDeceptAgainstHipparchusAndFiniteDifferences() throws Exception {
    Transformed t = Transformed.of(DeceptDouble.class);
    Object o = t.type.getConstructor().newInstance();
    for (double[] point : POINTS) {
      double[] x = point.clone();
      double[][] tangent = tangentColumns(t.type, o, x, false), adjoint = adjointRows(t.type, o, x, false);
      double[] exact = hipparchus(x), terms = largestTerms(x);
      for (int j = 0; j < 4; j++) {
        Estimate fd = FiniteDifferences.directional(v -> new double[] {primal(v)}, x, unit(j))[0];
        String what = "d/dx" + j + " at " + java.util.Arrays.toString(x);
        // double rounding of the chain rule's largest term (~5e4 at B = 0.001) is ~1e-11 already
        double bound = 2 * Math.ulp(1.0) * terms[j];
        System.out.printf("sDecept double at %s, input %d: Hipparchus %s, tangent off %.3g, adjoint off %.3g, bound %.3g%n",
            java.util.Arrays.toString(x), j, exact[j], tangent[0][j] - exact[j], adjoint[0][j] - exact[j], bound);
        assertEquals(exact[j], tangent[0][j], bound, what + " tangent vs Hipparchus");
        assertEquals(exact[j], adjoint[0][j], bound, what + " adjoint vs Hipparchus");
        assertTrue(Math.abs(fd.value() - tangent[0][j]) <= fd.tolerance(1e-6), what + ": " + tangent[0][j] + " vs FD " + fd);
      }
      dotProduct(tangent[0], adjoint[0], terms, Math.ulp(1.0));
    }
  }

  /**
   * The float companions are the double ones rounded to float: each partial of the float tangent
   * and of the float adjoint is within a few float roundings of the double partial at the same
   * (float) point, measured against the largest term of its chain rule (|tmp * d tmp1/dB| and
   * |tmp / B^2|, ~5e4 at B = 0.001), not against the partial itself (~1e2 after cancellation).
   */
  @Test
  void floatDeceptIsTheDoubleDerivativeRoundedToFloat() throws Exception {
    Transformed f = Transformed.of(WfgSDecept.class), d = Transformed.of(DeceptDouble.class);
    Object fo = f.type.getConstructor().newInstance(), dob = d.type.getConstructor().newInstance();
    for (double[] point : POINTS) {
      double[] x = point.clone();
      for (int k = 0; k < 4; k++) x[k] = (float) x[k];
      double[] exact = adjointRows(d.type, dob, x, false)[0];
      double[] tangent = tangentColumns(f.type, fo, x, true)[0], adjoint = adjointRows(f.type, fo, x, true)[0];
      double[] terms = largestTerms(x);
      for (int j = 0; j < 4; j++) {
        double bound = 2 * Math.ulp(1f) * terms[j];
        System.out.printf("sDecept float at %s, input %d: double %s, float tangent %s (off %.3g), float adjoint %s (off %.3g),"
            + " error magnitude %.3g, bound %.3g%n", java.util.Arrays.toString(x), j, exact[j], tangent[j],
            tangent[j] - exact[j], adjoint[j], adjoint[j] - exact[j], terms[j], bound);
        assertTrue(Math.abs(tangent[j] - exact[j]) <= bound, "tangent " + j);
        assertTrue(Math.abs(adjoint[j] - exact[j]) <= bound, "adjoint " + j);
      }
      dotProduct(tangent, adjoint, terms, Math.ulp(1f));
    }
  }

  /**
   * The dot-product test with random float seeds, to the running error bound: the 1e-12 (double)
   * and 1e-6 (float) relative tolerances of DotProductCheck measure rounding against the partials,
   * which here are ~1e3 to ~1e6 times smaller than the terms they are formed from. The tangent is
   * linear in its seed, so J xdot is taken from the unit columns.
   */
  private static void dotProduct(double[] tangent, double[] adjoint, double[] terms, double eps) {
    java.util.Random rnd = new java.util.Random(7);
    for (int trial = 0; trial < 5; trial++) {
      double ybar = (float) rnd.nextGaussian(), left = 0, right = 0, tolerance = 0;
      for (int j = 0; j < 4; j++) {
        double v = (float) rnd.nextGaussian();
        left += ybar * tangent[j] * v;
        right += adjoint[j] * ybar * v;
        tolerance += 4 * eps * terms[j] * Math.abs(ybar * v);
      }
      assertEquals(left, right, tolerance, "dot product");
    }
  }

  /** sDecept in double, as the fixture computes it. */
  private static double primal(double[] x) {
    return new DeceptDouble().sDecept(x[0], x[1], x[2], x[3]);
  }

  /** The gradient by Hipparchus DerivativeStructure (floor is piecewise constant; correctTo01 is the identity here). */
  private static double[] hipparchus(double[] x) {
    DerivativeStructure y = DS.variable(0, x[0]), a = DS.variable(1, x[1]), b = DS.variable(2, x[2]), c = DS.variable(3, x[3]);
    double f1 = Math.floor(x[0] - x[1] + x[2]), f2 = Math.floor(x[1] + x[2] - x[0]);
    DerivativeStructure tmp1 = c.negate().add(1).add(a.subtract(b).divide(b)).multiply(f1).divide(a.subtract(b));
    DerivativeStructure tmp2 = c.negate().add(1).add(a.negate().subtract(b).add(1).divide(b)).multiply(f2)
        .divide(a.negate().subtract(b).add(1));
    DerivativeStructure tmp = y.subtract(a).abs().subtract(b);
    DerivativeStructure r = tmp.multiply(tmp1.add(tmp2).add(b.reciprocal())).add(1);
    assertTrue(r.getValue() > 0 && r.getValue() < 1, "correctTo01 is the identity at " + java.util.Arrays.toString(x));
    return new double[] {r.getPartialDerivative(1, 0, 0, 0), r.getPartialDerivative(0, 1, 0, 0), r.getPartialDerivative(0, 0, 1, 0),
        r.getPartialDerivative(0, 0, 0, 1)};
  }

  /**
   * Per input, a running error bound of sDecept's tangent (the adjoint sums the same products in
   * another order): the tangent carried with {@code m}, the sum of the absolute values of the
   * terms that form it, where each value counts as the sum {@code a} of the absolute values that
   * form it (a rounding of a value of size a errs by eps * a, which its partner multiplies). The
   * rounding error of a partial is then a few eps * m; at B = 0.001 the terms are ~1e3 to ~5e4 for
   * partials of ~1 that they cancel down to.
   */
  private static double[] largestTerms(double[] x) {
    double[] out = new double[4];
    for (int j = 0; j < 4; j++) {
      Bound y = Bound.input(x[0], j == 0), a = Bound.input(x[1], j == 1), b = Bound.input(x[2], j == 2), c = Bound.input(x[3], j == 3);
      Bound one = Bound.constant(1);
      Bound f1 = Bound.constant(Math.floor(x[0] - x[1] + x[2])), f2 = Bound.constant(Math.floor(x[1] + x[2] - x[0]));
      Bound tmp1 = f1.times(one.minus(c).plus(a.minus(b).over(b))).over(a.minus(b));
      Bound tmp2 = f2.times(one.minus(c).plus(one.minus(a).minus(b).over(b))).over(one.minus(a).minus(b));
      Bound tmp = y.minus(a).abs().minus(b);
      out[j] = one.plus(tmp.times(tmp1.plus(tmp2).plus(one.over(b)))).m;
    }
    return out;
  }

  /** A value {@code v} with the magnitude {@code a} of what forms it, and its tangent's magnitude {@code m}. */
  private record Bound(double v, double a, double m) {
    static Bound input(double x, boolean seeded) {
      return new Bound(x, Math.abs(x), seeded ? 1 : 0);
    }

    static Bound constant(double c) {
      return new Bound(c, Math.abs(c), 0);
    }

    Bound plus(Bound o) {
      return new Bound(v + o.v, a + o.a, m + o.m);
    }

    Bound minus(Bound o) {
      return new Bound(v - o.v, a + o.a, m + o.m);
    }

    Bound times(Bound o) {
      return new Bound(v * o.v, a * o.a, m * o.a + a * o.m);
    }

    Bound over(Bound o) {
      double d = Math.abs(o.v);
      return new Bound(v / o.v, a / d, m / d + a * o.m / (d * d));
    }

    Bound abs() {
      return new Bound(Math.abs(v), a, m);
    }
  }

  /** Row 0: the tangent along each unit direction (the companion's own precision). */
  static double[][] tangentColumns(Class<?> type, Object o, double[] x, boolean floats) {
    double[][] out = new double[1][x.length];
    Method m = method(type, "sDecept$tangent");
    for (int j = 0; j < x.length; j++) {
      Object[] args = new Object[2 * x.length];
      for (int k = 0; k < x.length; k++) {
        args[2 * k] = floats ? (Object) (float) x[k] : (Object) x[k];
        args[2 * k + 1] = floats ? (Object) (k == j ? 1f : 0f) : (Object) (k == j ? 1.0 : 0.0);
      }
      out[0][j] = ((Number) invoke(m, o, args)).doubleValue();
    }
    return out;
  }

  /** Row 0: the adjoint with seed 1 (a fresh gradient). */
  static double[][] adjointRows(Class<?> type, Object o, double[] x, boolean floats) {
    Method m = method(type, "sDecept$adjoint");
    Class<?>[] types = m.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int k = 0; k < x.length; k++) args[k] = floats ? (Object) (float) x[k] : (Object) x[k];
    args[x.length] = floats ? (Object) 1f : (Object) 1.0;
    Object grad = types[x.length + 1] == float[].class ? new float[x.length] : new double[x.length];
    args[x.length + 1] = grad;
    invoke(m, o, args);
    double[] g = new double[x.length];
    for (int k = 0; k < x.length; k++) g[k] = grad instanceof float[] ? ((float[]) grad)[k] : ((double[]) grad)[k];
    return new double[][] {g};
  }

  private static Method method(Class<?> type, String name) {
    for (Method m : type.getDeclaredMethods()) {
      if (m.getName().equals(name)) return m;
    }
    throw new AssertionError("no " + name + " in " + type + ": " + java.util.Arrays.toString(type.getDeclaredMethods()));
  }

  private static Object invoke(Method m, Object o, Object[] args) {
    try {
      m.setAccessible(true);
      return m.invoke(o, args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(m + " threw", e.getCause() == null ? e : e.getCause());
    }
  }

  private static double[] unit(int j) {
    double[] e = new double[4];
    e[j] = 1;
    return e;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

}
