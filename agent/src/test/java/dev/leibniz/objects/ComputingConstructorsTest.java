package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.computing.Cell;
import dev.leibniz.objects.fixtures.computing.ComputingBuilt;
import dev.leibniz.objects.fixtures.computing.ComputingResults;
import dev.leibniz.objects.fixtures.computing.ComputingTemporaries;
import dev.leibniz.objects.fixtures.computing.Puck;
import dev.leibniz.objects.fixtures.computing.Vec;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.Function;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;

/**
 * Constructors that do more than store their arguments (README, "Objects"): they compute the fields ({@code Polar(r,
 * t)}, a normalising {@code Unit}, Hipparchus' {@code Vector3D(alpha, delta)} and linear-combination constructor from
 * the jar), validate and throw, chain with {@code this(...)} or {@code super(...)}, copy another object or an array.
 * Used and dropped inside a marked method, returned new from it (the twin returns the object's fields, the result and
 * its shadow are made by the class's plain layout constructor), and built then advanced in place (a temporary and its
 * fields copied into an object made blank). Each in both modes against central finite differences, the exact Jacobian
 * (Hipparchus {@code DerivativeStructure} or an analytic formula) and the dot-product test ({@link JacobianCheck});
 * results of classes without a layout constructor refused with the line and advice.
 */
class ComputingConstructorsTest {
  static final Class<?> D = double.class, A = double[].class;
  static final Transformed TEMPORARIES = Transformed.of(ComputingTemporaries.class, true);
  static final Transformed RESULTS = Transformed.of(ComputingResults.class, true);
  static final Transformed BUILT = Transformed.of(ComputingBuilt.class);

  static Object call(Method m, Object receiver, Object... args) {
    try {
      return m.invoke(receiver, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Method method(Transformed t, String name, Class<?>... types) {
    try {
      return t.type.getMethod(name, types);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(name + " not generated: " + t.result.diagnostics(), e);
    }
  }

  static Class<?>[] doubles(int n) {
    Class<?>[] c = new Class<?>[n];
    java.util.Arrays.fill(c, D);
    return c;
  }

  static Object[] boxed(double... x) {
    Object[] o = new Object[x.length];
    for (int i = 0; i < x.length; i++) o[i] = x[i];
    return o;
  }

  static Object[] interleaved(double[] x, double[] v) {
    Object[] o = new Object[2 * x.length];
    for (int i = 0; i < x.length; i++) {
      o[2 * i] = x[i];
      o[2 * i + 1] = v[i];
    }
    return o;
  }

  static Object[] append(Object[] a, Object... b) {
    Object[] o = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, o, a.length, b.length);
    return o;
  }

  static DerivativeStructure[] variables(double[] x) {
    DSFactory f = new DSFactory(x.length, 1);
    DerivativeStructure[] v = new DerivativeStructure[x.length];
    for (int i = 0; i < x.length; i++) v[i] = f.variable(i, x[i]);
    return v;
  }

  /** The Jacobian of the outputs {@code f} computes with {@code DerivativeStructure}s. */
  static double[][] exact(double[] x, Function<DerivativeStructure[], DerivativeStructure[]> f) {
    DerivativeStructure[] y = f.apply(variables(x));
    double[][] j = new double[y.length][x.length];
    for (int i = 0; i < y.length; i++) {
      for (int k = 0; k < x.length; k++) {
        int[] orders = new int[x.length];
        orders[k] = 1;
        j[i][k] = y[i].getPartialDerivative(orders);
      }
    }
    return j;
  }

  // ---------------------------------------------------------------- temporaries: made and dropped inside

  /** A marked method of ComputingTemporaries with {@code n} double parameters, checked against {@code f}. */
  static void temporary(String name, double[] x, Function<DerivativeStructure[], DerivativeStructure> f) {
    staticScalar(TEMPORARIES, name, x, f);
  }

  /** A marked static method of {@code owner} with {@code n} double parameters and a double result, checked against {@code f}. */
  static void staticScalar(Transformed owner, String name, double[] x, Function<DerivativeStructure[], DerivativeStructure> f) {
    int n = x.length;
    Method primal = method(owner, name, doubles(n)), tangent = method(owner, name + "$tangent", doubles(2 * n));
    Class<?>[] adjointTypes = new Class<?>[n + 2];
    for (int i = 0; i <= n; i++) adjointTypes[i] = D;
    adjointTypes[n + 1] = A;
    Method adjoint = method(owner, name + "$adjoint", adjointTypes);
    JacobianCheck.check(name, x, v -> new double[] {(double) call(primal, null, boxed(v))},
        (v, dv) -> new double[] {(double) call(tangent, null, interleaved(v, dv))},
        (v, w) -> {
          double[] g = new double[n];
          call(adjoint, null, append(boxed(v), w[0], g));
          return g;
        },
        exact(x, d -> new DerivativeStructure[] {f.apply(d)}));
  }

  @Test
  void fieldsComputedFromTheArguments() {
    temporary("polar", new double[] {1.3, 0.4}, d -> {
      DerivativeStructure px = d[0].multiply(d[1].cos()), py = d[0].multiply(d[1].sin());
      return px.multiply(py).add(px);
    });
    temporary("unit", new double[] {0.6, -0.8}, d -> {
      DerivativeStructure n = d[0].hypot(d[1]), ux = d[0].divide(n), uy = d[1].divide(n);
      return ux.multiply(3).add(uy.multiply(uy));
    });
  }

  @Test
  void aConstructorThatValidatesAndThrows() {
    temporary("gauss", new double[] {0.3, 1.4, 0.9}, d -> {
      DerivativeStructure z = d[2].subtract(d[0]).divide(d[1]);
      return z.multiply(z).multiply(-0.5).exp().divide(d[1].multiply(Math.sqrt(2 * Math.PI)));
    });
    Method tangent = method(TEMPORARIES, "gauss$tangent", doubles(6)), adjoint = method(TEMPORARIES, "gauss$adjoint", D, D, D, D, A);
    IllegalArgumentException t = assertThrows(IllegalArgumentException.class, () -> call(tangent, null, boxed(0, 1, -2, 1, 1, 1)));
    assertEquals("sigma -2.0", t.getMessage(), "the constructor's own check, with its message");
    assertThrows(IllegalArgumentException.class, () -> call(adjoint, null, 0.0, -2.0, 1.0, 1.0, new double[3]));
  }

  @Test
  void constructorsChainedWithThisAndSuperAndCopies() {
    temporary("chained", new double[] {0.7, 0.2}, d -> {
      DerivativeStructure x = d[0], y = d[1], a = x.add(y).multiply(x.add(y));
      return x.multiply(x).multiply(2).add(a.multiply(y.multiply(x))).add(y.cos());
    });
  }

  @Test
  void hipparchusConstructorsFromTheJar() {
    temporary("hipparchus", new double[] {0.4, 0.3, 1.2, -0.5}, d -> {
      DerivativeStructure al = d[0], de = d[1], a = d[2], b = d[3];
      DerivativeStructure ux = al.cos().multiply(de.cos()), uy = al.sin().multiply(de.cos()), uz = de.sin();
      DerivativeStructure vx = a.multiply(ux), vy = a.multiply(uy), vz = a.multiply(uz).add(b);
      return vx.multiply(vy).add(vz).add(a.multiply(a).multiply(de.multiply(2).sin()));
    });
  }

  @Test
  void aConstructorCopyingAnArray() {
    Method primal = method(TEMPORARIES, "poly", A, D), tangent = method(TEMPORARIES, "poly$tangent", A, A, D, D);
    Method adjoint = method(TEMPORARIES, "poly$adjoint", A, A, D, D, A);
    double[] x = {0.5, -1.5, 2.0, 0.8}; // c0, c1, c2 and the point
    JacobianCheck.check("poly", x, v -> new double[] {(double) call(primal, null, new double[] {v[0], v[1], v[2]}, v[3])},
        (v, dv) -> new double[] {(double) call(tangent, null, new double[] {v[0], v[1], v[2]}, new double[] {dv[0], dv[1], dv[2]}, v[3], dv[3])},
        (v, w) -> {
          double[] cbar = new double[3], g = new double[1];
          call(adjoint, null, new double[] {v[0], v[1], v[2]}, cbar, v[3], w[0], g);
          return new double[] {cbar[0], cbar[1], cbar[2], g[0]};
        },
        new double[][] {{1, x[3], x[3] * x[3], x[1] + 2 * x[2] * x[3]}});
  }

  // ---------------------------------------------------------------- results built new

  /** {@code name$adjoint(double x n, T seed, double[] gradient)} of {@code host}: a method of n doubles returning a T. */
  static Method objectAdjoint(Transformed host, String name, int n, Class<?> type) {
    Class<?>[] types = new Class<?>[n + 2];
    for (int i = 0; i < n; i++) types[i] = D;
    types[n] = type;
    types[n + 1] = A;
    return method(host, name + "$adjoint", types);
  }

  /**
   * A marked method of ComputingResults returning an object of class {@code type}: its fields by {@code fields}, its
   * seed made of numbers by {@code seed}; checked against {@code f}.
   */
  static <T> void result(String name, Class<T> type, double[] x, Function<T, double[]> fields, Function<double[], T> seed,
      Function<DerivativeStructure[], DerivativeStructure[]> f) {
    int n = x.length;
    Method primal = method(RESULTS, name, doubles(n)), tangent = method(RESULTS, name + "$tangent", doubles(2 * n));
    Method adjoint = objectAdjoint(RESULTS, name, n, type);
    JacobianCheck.check(name, x, v -> fields.apply(type.cast(call(primal, null, boxed(v)))),
        (v, dv) -> {
          Object shadow = call(tangent, null, interleaved(v, dv));
          assertEquals(type, shadow.getClass(), name + ": the tangent returns the result's shadow");
          return fields.apply(type.cast(shadow));
        },
        (v, w) -> {
          double[] g = new double[n];
          Object r = call(adjoint, null, append(boxed(v), seed.apply(w), g));
          assertEquals(java.util.Arrays.toString(fields.apply(type.cast(call(primal, null, boxed(v))))),
              java.util.Arrays.toString(fields.apply(type.cast(r))), name + ": the adjoint returns the primal result");
          return g;
        },
        exact(x, f));
  }

  static double[] of(Vec v) {
    return new double[] {v.x, v.y};
  }

  static double[] of(Vector3D v) {
    return new double[] {v.getX(), v.getY(), v.getZ()};
  }

  @Test
  void resultsOfConstructorsChainedWithThis() {
    result("doubled", Vec.class, new double[] {0.7}, ComputingConstructorsTest::of, w -> new Vec(w[0], w[1]),
        d -> new DerivativeStructure[] {d[0].multiply(d[0]), d[0].multiply(d[0]).multiply(2)});
    result("copied", Vec.class, new double[] {0.7, -1.3}, ComputingConstructorsTest::of, w -> new Vec(w[0], w[1]),
        d -> new DerivativeStructure[] {d[0].multiply(d[1]), d[1]});
  }

  @Test
  void hipparchusResultsFromComputingConstructors() {
    result("direction", Vector3D.class, new double[] {0.4, -0.3}, ComputingConstructorsTest::of, w -> new Vector3D(w[0], w[1], w[2]),
        d -> new DerivativeStructure[] {d[0].cos().multiply(d[1].cos()), d[0].sin().multiply(d[1].cos()), d[1].sin()});
    result("combined", Vector3D.class, new double[] {1.2, -0.5, 0.8}, ComputingConstructorsTest::of,
        w -> new Vector3D(w[0], w[1], w[2]), d -> {
          DerivativeStructure cd = d[0].getField().getZero().add(Math.cos(0.3)), sd = d[0].getField().getZero().add(Math.sin(0.3));
          return new DerivativeStructure[] {d[0].multiply(d[2].cos()).multiply(cd), d[0].multiply(d[2].sin()).multiply(cd).add(d[1]),
              d[0].multiply(sd)};
        });
  }

  @Test
  void aSeedReadThroughOverridableGettersMustBeOfTheResultClass() {
    Method adjoint = method(RESULTS, "direction$adjoint", D, D, Vector3D.class, A);
    Vector3D sub = new Vector3D(1, 2, 3) {
      private static final long serialVersionUID = 1L;

      @Override
      public double getX() {
        return 0;
      }
    };
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> call(adjoint, null, 0.4, -0.3, sub, new double[2]));
    assertTrue(e.getMessage().contains(sub.getClass().getName()) && e.getMessage().contains("Vector3D"), e.getMessage());
    double[] g = new double[2];
    call(adjoint, null, 0.4, -0.3, null, g); // null: a zero seed
    assertEquals(0, g[0], 0);
    assertEquals(0, g[1], 0);
  }

  @Test
  void resultsOfClassesWithoutALayoutConstructorAreRefusedWithTheLine() {
    for (String[] c : new String[][] {{"polar", "Polar", "12"}, {"unit", "Unit", "17"}, {"gauss", "Gauss", "22"}, {"derived", "Derived", "37"}}) {
      Diagnostic d = RESULTS.result.diagnostics().stream().filter(x -> !x.warning() && x.method().startsWith(c[0] + "(")).findFirst()
          .orElse(null);
      assertNotNull(d, c[0] + " refused: " + RESULTS.result.diagnostics());
      assertEquals(Integer.parseInt(c[2]), d.line(), d.message());
      assertTrue(d.message().contains("new " + c[1] + "(...)"), d.message());
      assertTrue(d.message().contains("a constructor that only stores each of its fields"), "the advice: " + d.message());
      assertTrue(!d.message().contains("dev/leibniz"), "Java syntax: " + d.message());
    }
  }

  // ---------------------------------------------------------------- built new, then advanced in place

  static <T> void built(String name, Class<T> type, double[] x, Function<T, double[]> fields, Function<double[], T> seed,
      double[][] expected) {
    int n = x.length;
    Method primal = method(BUILT, name, doubles(n)), tangent = method(BUILT, name + "$tangent", doubles(2 * n));
    Method adjoint = objectAdjoint(BUILT, name, n, type);
    DotProductCheck.Adjoint byRows = (v, w) -> {
      double[] g = new double[n];
      Object r = call(adjoint, null, append(boxed(v), seed.apply(w), g));
      assertEquals(java.util.Arrays.toString(fields.apply(type.cast(call(primal, null, boxed(v))))),
          java.util.Arrays.toString(fields.apply(type.cast(r))), name + ": the adjoint returns the primal result");
      return g;
    };
    JacobianCheck.check(name, x, v -> fields.apply(type.cast(call(primal, null, boxed(v)))),
        (v, dv) -> fields.apply(type.cast(call(tangent, null, interleaved(v, dv)))), byRows, expected);
  }

  static Puck puck(double[] w) {
    Puck p = new Puck();
    p.x = w[0];
    p.v = w[1];
    return p;
  }

  @Test
  void builtByAValidatingComputingConstructorThenAdvanced() {
    double s = 1.3, a = 0.6, t = 0.7, k = 1 / 1.25;
    built("launched", Puck.class, new double[] {s, a, t}, p -> new double[] {p.x, p.v}, ComputingConstructorsTest::puck,
        new double[][] {{Math.sin(a) + k * Math.cos(a) * t, s * Math.cos(a) - k * s * Math.sin(a) * t, k * s * Math.cos(a)},
            {k * Math.cos(a), -k * s * Math.sin(a), 0}});
    Puck p = ComputingBuilt.launched(s, a, t);
    Puck shadow = (Puck) call(method(BUILT, "launched$tangent", doubles(6)), null, boxed(s, 1, a, 0, t, 0));
    assertEquals(1, p.hits, "the constructor's passive field");
    assertInstanceOf(Puck.class, shadow);
  }

  @Test
  void builtByACopyConstructorChainedWithThis() {
    double s = 1.3, a = 0.6, t = 0.7;
    built("copied", Puck.class, new double[] {s, a, t}, p -> new double[] {p.x, p.v}, ComputingConstructorsTest::puck,
        new double[][] {{Math.sin(a), s * Math.cos(a), 0},
            {Math.cos(a) * Math.cos(0.5) * t, -s * Math.sin(a) * Math.cos(0.5) * t, s * Math.cos(a) * Math.cos(0.5)}});
    Cell unused = new Cell(1);
    assertEquals(1, unused.a, 0);
    double r = 0.8;
    built("grown", Cell.class, new double[] {r, t}, c -> new double[] {c.a, c.b}, w -> new Cell(w[0], w[1]),
        new double[][] {{2 * r + t / (2 * Math.sqrt(r)), Math.sqrt(r)}, {1 / (2 * Math.sqrt(r)), 0}});
  }
}
