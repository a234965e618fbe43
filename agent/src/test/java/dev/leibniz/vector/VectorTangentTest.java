package dev.leibniz.vector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.FiniteDifferences.Estimate;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code m$tangents} (k directions per call) of every {@link VectorFunctions} method, for k = 1, 3
 * and 8: against k separate {@code m$tangent} calls, against central finite differences of the
 * primal along each direction, and by the dot-product test with {@code m$adjoint}
 * ({@code w·(J v) = (Jᵀ w)·v}); also that it returns the primal result and that a null tangent
 * array means a passive parameter.
 */
class VectorTangentTest {
  static final Transformed T = Transformed.of(VectorFunctions.class);
  static final Object RECEIVER = receiver();
  static final int STEPS = 7;

  static Object receiver() {
    try {
      return T.type.getConstructor(double[].class).newInstance((Object) new double[] {0.3, -1.2, 2.0});
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object call(String name, Object... args) {
    for (Method m : T.type.getDeclaredMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length) {
        try {
          return m.invoke(java.lang.reflect.Modifier.isStatic(m.getModifiers()) ? null : RECEIVER, args);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(name, e.getCause() == null ? e : e.getCause());
        }
      }
    }
    throw new AssertionError("no " + name + "/" + args.length + " in " + T.result.generated());
  }

  static double d(Object o) {
    return ((Number) o).doubleValue();
  }

  /** A fixture seen as a map of all its differentiable inputs (flattened) to all its outputs. */
  interface Fn {
    int inputs();

    double[] value(double[] z);

    /** J v by {@code m$tangent}. */
    double[] tangent(double[] z, double[] v);

    /** The primal result (or NaN) and J v_d for each row v_d of {@code dirs}, by one {@code m$tangents} call. */
    double[][] tangents(double[] z, double[][] dirs, double[] primal);

    /** Jᵀ w by {@code m$adjoint}. */
    double[] adjoint(double[] z, double[] w);
  }

  /** Direction d of element i of every row at {@code [i·k + d]}: the contract's layout. */
  static double[] flat(double[][] dirs, int from, int n) {
    int k = dirs.length;
    double[] out = new double[n * k];
    for (int d = 0; d < k; d++) for (int i = 0; i < n; i++) out[i * k + d] = dirs[d][from + i];
    return out;
  }

  static double[] column(double[][] dirs, int at) {
    double[] out = new double[dirs.length];
    for (int d = 0; d < dirs.length; d++) out[d] = dirs[d][at];
    return out;
  }

  static double[][] unflat(double[] flat, int n, int k) {
    double[][] out = new double[k][n];
    for (int d = 0; d < k; d++) for (int i = 0; i < n; i++) out[d][i] = flat[i * k + d];
    return out;
  }

  static double[][] rows(double[] perDirection) {
    double[][] out = new double[perDirection.length][];
    for (int d = 0; d < out.length; d++) out[d] = new double[] {perDirection[d]};
    return out;
  }

  /** {@code double f(double[] x)}, static or on {@link #RECEIVER}, with x of length n. */
  static Fn arrayToScalar(String name, int n) {
    return new Fn() {
      public int inputs() { return n; }
      public double[] value(double[] z) { return new double[] {d(call(name, (Object) z.clone()))}; }
      public double[] tangent(double[] z, double[] v) { return new double[] {d(call(name + "$tangent", z.clone(), v))}; }
      public double[][] tangents(double[] z, double[][] dirs, double[] primal) {
        double[] out = new double[dirs.length];
        primal[0] = d(call(name + "$tangents", z.clone(), flat(dirs, 0, n), dirs.length, out));
        return rows(out);
      }
      public double[] adjoint(double[] z, double[] w) {
        double[] g = new double[n];
        call(name + "$adjoint", z.clone(), g, w[0]);
        return g;
      }
      public String toString() { return name; }
    };
  }

  static Fn scalars() {
    return new Fn() {
      public int inputs() { return 2; }
      public double[] value(double[] z) { return new double[] {d(call("scalars", z[0], z[1]))}; }
      public double[] tangent(double[] z, double[] v) { return new double[] {d(call("scalars$tangent", z[0], v[0], z[1], v[1]))}; }
      public double[][] tangents(double[] z, double[][] dirs, double[] primal) {
        double[] out = new double[dirs.length];
        primal[0] = d(call("scalars$tangents", z[0], column(dirs, 0), z[1], column(dirs, 1), dirs.length, out));
        return rows(out);
      }
      public double[] adjoint(double[] z, double[] w) {
        double[] g = new double[2];
        call("scalars$adjoint", z[0], z[1], w[0], g);
        return g;
      }
      public String toString() { return "scalars"; }
    };
  }

  static Fn rotate() {
    return new Fn() {
      public int inputs() { return 3; }
      public double[] value(double[] z) { return new double[] {d(call("rotate", z[0], z[1], z[2], STEPS))}; }
      public double[] tangent(double[] z, double[] v) {
        return new double[] {d(call("rotate$tangent", z[0], v[0], z[1], v[1], z[2], v[2], STEPS))};
      }
      public double[][] tangents(double[] z, double[][] dirs, double[] primal) {
        double[] out = new double[dirs.length];
        primal[0] = d(call("rotate$tangents", z[0], column(dirs, 0), z[1], column(dirs, 1), z[2], column(dirs, 2), STEPS, dirs.length, out));
        return rows(out);
      }
      public double[] adjoint(double[] z, double[] w) {
        double[] g = new double[3];
        call("rotate$adjoint", z[0], z[1], z[2], STEPS, w[0], g);
        return g;
      }
      public String toString() { return "rotate"; }
    };
  }

  static Fn residuals(int n) {
    return new Fn() {
      public int inputs() { return n; }
      public double[] value(double[] z) {
        double[] r = new double[n];
        call("residuals", z.clone(), r);
        return r;
      }
      public double[] tangent(double[] z, double[] v) {
        double[] dr = new double[n];
        call("residuals$tangent", z.clone(), v, new double[n], dr);
        return dr;
      }
      public double[][] tangents(double[] z, double[][] dirs, double[] primal) {
        double[] dr = new double[n * dirs.length];
        call("residuals$tangents", z.clone(), flat(dirs, 0, n), new double[n], dr, dirs.length);
        primal[0] = Double.NaN;
        return unflat(dr, n, dirs.length);
      }
      public double[] adjoint(double[] z, double[] w) {
        double[] g = new double[n];
        call("residuals$adjoint", z.clone(), g, new double[n], w.clone());
        return g;
      }
      public String toString() { return "residuals"; }
    };
  }

  /** {@code double name(double[] x, double a)}: inputs x then a. */
  static Fn arrayAndScalar(String name, int n) {
    return new Fn() {
      public int inputs() { return n + 1; }
      public double[] value(double[] z) { return new double[] {d(call(name, Arrays.copyOf(z, n), z[n]))}; }
      public double[] tangent(double[] z, double[] v) {
        return new double[] {d(call(name + "$tangent", Arrays.copyOf(z, n), Arrays.copyOf(v, n), z[n], v[n]))};
      }
      public double[][] tangents(double[] z, double[][] dirs, double[] primal) {
        double[] out = new double[dirs.length];
        primal[0] = d(call(name + "$tangents", Arrays.copyOf(z, n), flat(dirs, 0, n), z[n], column(dirs, n), dirs.length, out));
        return rows(out);
      }
      public double[] adjoint(double[] z, double[] w) {
        double[] g = new double[n + 1], s = new double[1];
        call(name + "$adjoint", Arrays.copyOf(z, n), g, z[n], w[0], s);
        g[n] = s[0];
        return g;
      }
      public String toString() { return name; }
    };
  }

  static Stream<Object[]> cases() {
    List<Fn> fns = List.of(scalars(), arrayToScalar("loop", 5), rotate(), residuals(6), arrayAndScalar("norm2", 4), arrayAndScalar("calls", 5), arrayAndScalar("viaHelper", 6), arrayAndScalar("filled", 5), arrayAndScalar("chosen", 5), arrayAndScalar("helpersInALoop", 5),
        arrayToScalar("weighted", 7));
    return fns.stream().flatMap(f -> Stream.of(1, 3, 8).map(k -> new Object[] {f, k}));
  }

  static double[] point(Random rnd, int n) {
    double[] z = new double[n];
    for (int i = 0; i < n; i++) z[i] = 0.2 + rnd.nextDouble(); // positive: sqrt, and y away from 0
    return z;
  }

  static double[][] directions(Random rnd, int k, int n) {
    double[][] v = new double[k][n];
    for (double[] row : v) for (int i = 0; i < n; i++) row[i] = rnd.nextGaussian();
    return v;
  }

  @ParameterizedTest(name = "{0}, k = {1}")
  @MethodSource("cases")
  void matchesSeparateTangentsDifferencesAndAdjoint(Fn f, int k) {
    Random rnd = new Random(31 * k + f.toString().hashCode());
    for (int trial = 0; trial < 3; trial++) {
      double[] z = point(rnd, f.inputs());
      double[][] dirs = directions(rnd, k, f.inputs());
      double[] primal = new double[1];
      double[][] vec = f.tangents(z, dirs, primal);
      double[] value = f.value(z);
      if (!Double.isNaN(primal[0])) assertEquals(value[0], primal[0], 0, f + ": returns the primal result");
      for (int d = 0; d < k; d++) {
        double[] one = f.tangent(z, dirs[d]);
        for (int i = 0; i < one.length; i++) {
          assertEquals(one[i], vec[d][i], 1e-13 * Math.max(1, Math.abs(one[i])), f + ": direction " + d + " output " + i + " against $tangent");
        }
        int dir = d;
        Estimate[] fd = FiniteDifferences.directional(f::value, z, dirs[dir]);
        for (int i = 0; i < fd.length; i++) {
          assertEquals(fd[i].value(), vec[d][i], fd[i].tolerance(1e-7), f + ": direction " + d + " output " + i + " against differences");
        }
        double[] w = new double[one.length];
        for (int i = 0; i < w.length; i++) w[i] = rnd.nextGaussian();
        double[] jtw = f.adjoint(z, w);
        double lhs = 0, rhs = 0, scale = 0;
        for (int i = 0; i < w.length; i++) {
          lhs += w[i] * vec[d][i];
          scale += Math.abs(w[i] * vec[d][i]);
        }
        for (int j = 0; j < jtw.length; j++) {
          rhs += jtw[j] * dirs[d][j];
          scale += Math.abs(jtw[j] * dirs[d][j]);
        }
        assertEquals(lhs, rhs, 1e-12 * Math.max(1, scale), f + ": dot-product test, direction " + d);
      }
    }
  }

  @org.junit.jupiter.api.Test
  void nullTangentsArePassive() {
    double[] x = {0.4, 0.9, 1.3, 0.7};
    double[] out = new double[2];
    double[] da = {1, -2};
    call("calls$tangents", x.clone(), null, 0.8, da, 2, out);
    double[] one = {d(call("calls$tangent", x.clone(), new double[4], 0.8, 1.0)), d(call("calls$tangent", x.clone(), new double[4], 0.8, -2.0))};
    assertArrayEquals(one, out, 1e-14);
    // no array for the result's tangents: only the primal result
    assertEquals(d(call("calls", x.clone(), 0.8)), d(call("calls$tangents", x.clone(), null, 0.8, null, 2, null)), 0);
  }

  /**
   * Strong zeros inside direction loops: a direction that does not move x (or z) stays exact where
   * the partial of √x (or 1/z) is infinite — the loop with strong zeros runs — and elsewhere the
   * plain loop gives the analytic derivative (y/(2√x), √x + 1/z, −y/z²) and agrees with {@code $tangent}.
   */
  @org.junit.jupiter.api.Test
  void strongZerosWhereAPartialIsInfiniteAndPlainLoopsElsewhere() {
    // directions along x, y, z and (1, 1, 0)
    double[] dx = {1, 0, 0, 1}, dy = {0, 1, 0, 1}, dz = {0, 0, 1, 0};
    double[] out = new double[4];
    call("singular$tangents", 4.0, dx, 3.0, dy, 0.5, dz, 4, out);
    double[] analytic = {3.0 / 4, 2 + 2, -3.0 / 0.25, 3.0 / 4 + 4};
    assertArrayEquals(analytic, out, 1e-14);
    for (int d = 0; d < 4; d++) {
      assertEquals(d(call("singular$tangent", 4.0, dx[d], 3.0, dy[d], 0.5, dz[d])), out[d], 1e-14);
    }
    call("singular$tangents", 0.0, dx, 3.0, dy, 0.5, dz, 4, out);
    assertEquals(Double.POSITIVE_INFINITY, out[0]);
    assertEquals(2.0, out[1], 0); // √0 + 1/0.5, with 0·∞ = 0 for the x-term
    assertEquals(-12.0, out[2], 0);
    assertEquals(Double.POSITIVE_INFINITY, out[3]);
    double[] dyOnly = {0, 1}, none = {0, 0};
    double[] two = new double[2];
    call("singular$tangents", 1.0, none, 3.0, dyOnly, 0.0, none, 2, two);
    assertEquals(0.0, two[0], 0); // no direction at all: 0, not 0·∞
    assertEquals(Double.POSITIVE_INFINITY, two[1]); // 1 + 1/0
  }

  /**
   * max selects an argument: where √v's tangent is infinite but max returns the constant, the
   * derivative along v is exactly 0 (as in {@code $tangent} and {@code $adjoint}), not ∞·0 = NaN;
   * where √v is selected, the analytic w/(2√v).
   */
  @org.junit.jupiter.api.Test
  void maxThatDoesNotSelectAnInfiniteTangentGivesZero() {
    double[] dv = {1, 0}, dw = {0, 1}, out = new double[2];
    call("capped$tangents", 0.0, dv, 2.5, dw, 2, out);
    assertArrayEquals(new double[] {0.0, 1.0}, out, 0);
    assertEquals(0.0, d(call("capped$tangent", 0.0, 1.0, 2.5, 0.0)), 0);
    call("capped$tangents", 4.0, dv, 2.5, dw, 2, out);
    assertArrayEquals(new double[] {2.5 / 4, 2.0}, out, 1e-15);
    double h = 1e-6;
    assertEquals((VectorFunctions.capped(4 + h, 2.5) - VectorFunctions.capped(4 - h, 2.5)) / (2 * h), out[0], 1e-8);
  }

  static int[][] unitSets(int n, int from) {
    int[][] s = new int[n][];
    for (int j = 0; j < n; j++) s[j] = new int[] {from + j};
    return s;
  }

  /** The columns whose NaN tangent (one {@code $tangent} call per column) reaches each output. */
  static int[][] nanProbe(Fn f, double[] z, int outputs) {
    java.util.List<java.util.List<Integer>> rows = new java.util.ArrayList<>();
    for (int i = 0; i < outputs; i++) rows.add(new java.util.ArrayList<>());
    for (int j = 0; j < f.inputs(); j++) {
      double[] v = new double[f.inputs()];
      v[j] = Double.NaN;
      double[] t = f.tangent(z, v);
      for (int i = 0; i < outputs; i++) if (Double.isNaN(t[i])) rows.get(i).add(j);
    }
    int[][] out = new int[outputs][];
    for (int i = 0; i < outputs; i++) out[i] = rows.get(i).stream().mapToInt(Integer::intValue).toArray();
    return out;
  }

  /** {@code m$pattern}: the index sets of the outputs equal the NaN probe's structure, at two points. */
  @org.junit.jupiter.api.Test
  void patternsMatchTheNanProbe() {
    Random rnd = new Random(5);
    for (int trial = 0; trial < 2; trial++) {
      double[] x = point(rnd, 6);
      if (trial == 1) x[2] = 0.1; // the other side of the branch in residuals
      int[][] sr = new int[6][];
      call("residuals$pattern", x.clone(), unitSets(6, 0), new double[6], sr);
      int[][] expected = nanProbe(residuals(6), x, 6);
      for (int i = 0; i < 6; i++) {
        assertArrayEquals(expected[i], sr[i] == null ? new int[0] : sr[i], "residuals row " + i + " at point " + trial);
      }
      for (String name : List.of("calls", "viaHelper", "norm2", "filled", "chosen")) {
        int n = name.equals("norm2") ? 4 : 5;
        double[] z = point(rnd, n + 1);
        int[][] out = new int[1][];
        double value = d(call(name + "$pattern", Arrays.copyOf(z, n), unitSets(n, 0), z[n], new int[] {n}, out));
        assertEquals(d(call(name, Arrays.copyOf(z, n), z[n])), value, 0, name + ": returns the primal");
        assertArrayEquals(nanProbe(arrayAndScalar(name, n), z, 1)[0], out[0], name);
      }
      int[][] out = new int[1][];
      call("loop$pattern", x.clone(), unitSets(6, 0), out);
      assertArrayEquals(nanProbe(arrayToScalar("loop", 6), x, 1)[0], out[0], "loop");
    }
  }

  @org.junit.jupiter.api.Test
  void unmarkedHelpersGetPrivateVectorTangents() throws ReflectiveOperationException {
    Method m = T.type.getDeclaredMethod("scaleInto$tangents$body", double[].class, double[].class, double.class, double[].class,
        double[].class, double[].class, int.class, Object[].class);
    assertTrue(java.lang.reflect.Modifier.isPrivate(m.getModifiers()) && m.isSynthetic(), m.toString());
  }

  @org.junit.jupiter.api.Test
  void everyFixtureHasItsVectorTangent() {
    for (String name : List.of("scalars", "loop", "rotate", "residuals", "norm2", "squares", "calls", "weighted", "filled", "chosen", "singular", "capped")) {
      assertTrue(T.result.generated().stream().anyMatch(g -> g.contains("." + name + "$tangents(")), name + " in " + T.result.generated());
    }
  }
}
