package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.made.NewObjectResults;
import dev.leibniz.objects.fixtures.made.NewObjectResults.Polar;
import dev.leibniz.objects.fixtures.made.AskedBeyond;
import dev.leibniz.objects.fixtures.made.NormalisedResult;
import dev.leibniz.objects.fixtures.made.SelfScaled;
import dev.leibniz.objects.fixtures.made.Twice;
import dev.leibniz.objects.fixtures.made.Vec2;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Marked methods returning a new object built from active values (README, "Objects": object results): the
 * tangent returns the result's shadow (a new object of the result class holding the tangents), the adjoint
 * takes the result's seed (an object of the result class, null = zero) and returns the primal result. A value
 * class with two final doubles, a value class nested in the marked class, a result made on one of two paths, a
 * branch inside the constructor's arguments,
 * one parameter stored into two fields (the adjoint sums their seeds), an instance method and two overloads: each in both
 * modes against central finite differences and the analytic Jacobian, and the dot-product test.
 */
class NewObjectResultsTest {
  static final Transformed T = Transformed.of(NewObjectResults.class);
  static final Class<?> D = double.class;

  /** A method of {@code n} scalar inputs and {@code m} outputs, by its three calls. */
  record Fn(String name, int n, int m, Function<double[], double[]> primal, Tangent tangent, Adjoint adjoint) {}

  interface Tangent {
    double[] at(double[] x, double[] v) throws Exception;
  }

  interface Adjoint {
    double[] at(double[] x, double[] w) throws Exception;
  }

  static Method method(String name, Class<?>... types) throws Exception {
    return T.type.getMethod(name, types);
  }

  static double[] of(Vec2 v) {
    return new double[] {v.x, v.y};
  }

  static final Fn ROTATE = new Fn("rotate", 3, 2, x -> of(NewObjectResults.rotate(x[0], x[1], x[2])),
      (x, v) -> of((Vec2) method("rotate$tangent", D, D, D, D, D, D).invoke(null, x[0], v[0], x[1], v[1], x[2], v[2])),
      (x, w) -> {
        double[] g = new double[3];
        Vec2 r = (Vec2) method("rotate$adjoint", D, D, D, Vec2.class, double[].class).invoke(null, x[0], x[1], x[2], new Vec2(w[0], w[1]), g);
        assertEquals(of(NewObjectResults.rotate(x[0], x[1], x[2]))[0], r.x, 0, "the adjoint returns the primal result");
        return g;
      });

  static final Fn POLAR = new Fn("polar", 2, 2, x -> polarOf(NewObjectResults.polar(x[0], x[1])),
      (x, v) -> polarOf((Polar) method("polar$tangent", D, D, D, D).invoke(null, x[0], v[0], x[1], v[1])),
      (x, w) -> {
        double[] g = new double[2];
        method("polar$adjoint", D, D, Polar.class, double[].class).invoke(null, x[0], x[1], new Polar(w[0], w[1]), g);
        return g;
      });

  static double[] polarOf(Polar p) {
    return new double[] {p.r, p.phi};
  }

  static final Fn FOLD = new Fn("fold", 3, 2, x -> of(NewObjectResults.fold(x[0], x[1], x[2])),
      (x, v) -> of((Vec2) method("fold$tangent", D, D, D, D, D, D).invoke(null, x[0], v[0], x[1], v[1], x[2], v[2])),
      (x, w) -> {
        double[] g = new double[3];
        method("fold$adjoint", D, D, D, Vec2.class, double[].class).invoke(null, x[0], x[1], x[2], new Vec2(w[0], w[1]), g);
        return g;
      });

  static final Fn KINKED = new Fn("kinked", 2, 2, x -> of(NewObjectResults.kinked(x[0], x[1])),
      (x, v) -> of((Vec2) method("kinked$tangent", D, D, D, D).invoke(null, x[0], v[0], x[1], v[1])),
      (x, w) -> {
        double[] g = new double[2];
        method("kinked$adjoint", D, D, Vec2.class, double[].class).invoke(null, x[0], x[1], new Vec2(w[0], w[1]), g);
        return g;
      });

  static double[] twiceOf(Twice t) {
    return new double[] {t.a, t.b, t.unused};
  }

  static final Fn TWICE = new Fn("twice", 3, 3, x -> twiceOf(NewObjectResults.twice(x.clone())),
      (x, v) -> twiceOf((Twice) method("twice$tangent", double[].class, double[].class).invoke(null, x.clone(), v.clone())),
      (x, w) -> {
        Twice seed = new Twice(0);
        seed.a = w[0];
        seed.b = w[1];
        seed.unused = w[2];
        double[] bar = new double[3];
        method("twice$adjoint", double[].class, double[].class, Twice.class).invoke(null, x.clone(), bar, seed);
        return bar;
      });

  static final double K = 1.75;

  static final Fn SCALED = new Fn("scaled", 2, 2, x -> of(new NewObjectResults(K).scaled(x[0], x[1])),
      (x, v) -> of((Vec2) method("scaled$tangent", D, D, D, D).invoke(receiver(), x[0], v[0], x[1], v[1])),
      (x, w) -> {
        double[] g = new double[2];
        method("scaled$adjoint", D, D, Vec2.class, double[].class).invoke(receiver(), x[0], x[1], new Vec2(w[0], w[1]), g);
        return g;
      });

  static final Fn OVER1 = new Fn("over(x)", 1, 2, x -> of(NewObjectResults.over(x[0])),
      (x, v) -> of((Vec2) method("over$tangent", D, D).invoke(null, x[0], v[0])),
      (x, w) -> {
        double[] g = new double[1];
        method("over$adjoint", D, Vec2.class, double[].class).invoke(null, x[0], new Vec2(w[0], w[1]), g);
        return g;
      });

  static final Fn OVER2 = new Fn("over(x, y)", 2, 2, x -> polarOf(NewObjectResults.over(x[0], x[1])),
      (x, v) -> polarOf((Polar) method("over$tangent", D, D, D, D).invoke(null, x[0], v[0], x[1], v[1])),
      (x, w) -> {
        double[] g = new double[2];
        method("over$adjoint", D, D, Polar.class, double[].class).invoke(null, x[0], x[1], new Polar(w[0], w[1]), g);
        return g;
      });

  static Object receiver() throws Exception {
    return T.type.getConstructor(D).newInstance(K);
  }

  /** The analytic Jacobians (row per output). */
  static double[][] jacobian(String name, double[] x) {
    switch (name) {
      case "rotate": {
        double c = Math.cos(x[2]), s = Math.sin(x[2]);
        return new double[][] {{c, -s, -s * x[0] - c * x[1]}, {s, c, c * x[0] - s * x[1]}};
      }
      case "polar": {
        double r2 = x[0] * x[0] + x[1] * x[1], r = Math.sqrt(r2);
        return new double[][] {{x[0] / r, x[1] / r}, {-x[1] / r2, x[0] / r2}};
      }
      case "fold":
        return x[1] < 0 ? new double[][] {{x[2], 0, x[0]}, {0, -x[2], -x[1]}}
            : new double[][] {{1, x[2], x[1]}, {0, 2 * x[1], 0}};
      case "twice": {
        double[] row = {x[1], x[0], Math.cos(x[2])};
        return new double[][] {row, row, {0, 0, 0}};
      }
      case "kinked":
        return x[0] > 0 ? new double[][] {{x[1], x[0]}, {0, 2 * x[1]}} : new double[][] {{-1, 0}, {0, 2 * x[1]}};
      case "over(x)":
        return new double[][] {{2 * x[0]}, {3}};
      case "over(x, y)":
        return new double[][] {{x[1], x[0]}, {0, 3 * x[1] * x[1]}};
      case "scaled":
        return new double[][] {{K * x[1], K * x[0]}, {1 / x[1], -x[0] / (x[1] * x[1])}};
      default:
        throw new AssertionError(name);
    }
  }

  static final Fn[] ALL = {ROTATE, POLAR, FOLD, KINKED, TWICE, SCALED, OVER1, OVER2};

  static double[][] points(Fn f) {
    return f == FOLD ? new double[][] {{0.7, -0.4, 1.3}, {0.7, 0.6, -1.1}}
        : f == KINKED ? new double[][] {{0.7, -0.4}, {-0.7, 0.6}}
        : f.n() == 1 ? new double[][] {{0.8}}
        : f.n() == 2 ? new double[][] {{0.9, -0.35}} : new double[][] {{0.4, -1.2, 0.7}};
  }

  static double[] tangent(Fn f, double[] x, double[] v) {
    try {
      return f.tangent().at(x, v);
    } catch (Exception e) {
      throw new AssertionError(f.name(), e);
    }
  }

  static double[] adjoint(Fn f, double[] x, double[] w) {
    try {
      return f.adjoint().at(x, w);
    } catch (Exception e) {
      throw new AssertionError(f.name(), e);
    }
  }

  @Test
  void bothModesAgainstTheAnalyticJacobian() {
    for (Fn f : ALL) {
      for (double[] x : points(f)) {
        double[][] j = jacobian(f.name(), x);
        for (int i = 0; i < f.n(); i++) {
          double[] e = new double[f.n()];
          e[i] = 1;
          double[] col = tangent(f, x, e);
          for (int o = 0; o < f.m(); o++) assertEquals(j[o][i], col[o], 1e-14, f.name() + " tangent d" + o + "/d" + i);
        }
        for (int o = 0; o < f.m(); o++) {
          double[] w = new double[f.m()];
          w[o] = 1;
          double[] row = adjoint(f, x, w);
          for (int i = 0; i < f.n(); i++) assertEquals(j[o][i], row[i], 1e-14, f.name() + " adjoint d" + o + "/d" + i);
        }
      }
    }
  }

  @Test
  void bothModesAgainstFiniteDifferences() {
    java.util.Random rnd = new java.util.Random(11);
    for (Fn f : ALL) {
      for (double[] x : points(f)) {
        double[] v = new double[f.n()];
        for (int k = 0; k < v.length; k++) v[k] = rnd.nextGaussian();
        FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(f.primal(), x, v);
        double[] jv = tangent(f, x, v);
        for (int o = 0; o < f.m(); o++) {
          assertEquals(fd[o].value(), jv[o], fd[o].tolerance(1e-9), f.name() + " tangent, output " + o);
          double[] w = new double[f.m()];
          w[o] = 1;
          double[] g = adjoint(f, x, w);
          double gv = 0;
          for (int k = 0; k < v.length; k++) gv += g[k] * v[k];
          assertEquals(fd[o].value(), gv, fd[o].tolerance(1e-9), f.name() + " adjoint, output " + o);
        }
      }
    }
  }

  @Test
  void dotProductBetweenTheModes() {
    for (Fn f : ALL) {
      for (double[] x : points(f)) DotProductCheck.check(f.name(), x, f.m(), (p, v) -> tangent(f, p, v), (p, w) -> adjoint(f, p, w), 5, 4);
    }
  }

  @Test
  void aNullSeedIsZeroAndTheResultIsTheNewObjectsShadow() throws Exception {
    double[] g = {0.5, 0.25, 0};
    Vec2 r = (Vec2) method("rotate$adjoint", D, D, D, Vec2.class, double[].class).invoke(null, 1.0, 2.0, 0.3, null, g);
    assertEquals(NewObjectResults.rotate(1.0, 2.0, 0.3).y, r.y, 0, "the primal result");
    assertEquals(0.5, g[0], 0, "nothing added for a null seed");
    assertEquals(0.25, g[1], 0);
    Object shadow = method("rotate$tangent", D, D, D, D, D, D).invoke(null, 1.0, 0.0, 2.0, 0.0, 0.3, 0.0);
    assertSame(Vec2.class, shadow.getClass(), "the tangent is an object of the result class");
    assertEquals(0.0, ((Vec2) shadow).x, 0);
  }

  @Test
  void theMethodKeepsItsMarkAndTheHandlesHaveTheContractsTypes() throws Exception {
    assertNotNull(T.type.getMethod("rotate", D, D, D).getAnnotation(dev.leibniz.Differentiable.class), "still marked");
    java.lang.invoke.MethodHandles.Lookup lookup = java.lang.invoke.MethodHandles.lookup();
    assertEquals(java.lang.invoke.MethodType.methodType(Vec2.class, D, D, D, D, D, D),
        dev.leibniz.Derivatives.tangent(lookup, T.type, "rotate", D, D, D).type());
    assertEquals(java.lang.invoke.MethodType.methodType(Vec2.class, D, D, D, Vec2.class, double[].class),
        dev.leibniz.Derivatives.adjoint(lookup, T.type, "rotate", D, D, D).type());
  }

  @Test
  void aClassTransformedBeforeIsLeftAsItIsWithoutComplaint() {
    dev.leibniz.core.Result again = new dev.leibniz.core.ClassDifferentiator(
        dev.leibniz.core.ClassFinder.of(NewObjectResults.class.getClassLoader())).differentiate(T.result.transformed());
    assertEquals(null, again.transformed(), "left as it is (build time, then the agent)");
    assertTrue(again.diagnostics().isEmpty(), again.diagnostics().toString());
  }

  @Test
  void aConstructorThatNormalisesIsRefusedWithTheLine() {
    Transformed t = Transformed.of(NormalisedResult.class, true);
    Diagnostic d = t.result.diagnostics().stream().filter(x -> !x.warning()).findFirst().orElse(null);
    assertNotNull(d, "refused");
    assertTrue(d.method().startsWith("direction("), d.message());
    assertTrue(d.line() > 0 && d.message().contains("Unit"), d.message());
    assertTrue(d.message().contains("object results built new"), "the advice names the supported form: " + d.message());
  }

  /**
   * An instance method of the result class with a branch (its receiver, a {@code SelfScaled} of a class nobody
   * marked, is passive): companions returning the result's shadow, against the analytic derivative in both modes
   * (the twin's frames are computed again, so the receiver keeps its class; refused before, "the receiver has type
   * C in the frames").
   */
  @Test
  void anInstanceMethodOfTheResultClass() throws Exception {
    Transformed t = Transformed.of(SelfScaled.class);
    for (double s : new double[] {0.5, 2.0}) {
      Object p = t.type.getConstructor(D, D).newInstance(2.0, 3.0);
      Object dq = t.type.getMethod("scaled$tangent", D, D).invoke(p, s, 1.0);
      double[] expected = s > 1 ? new double[] {2.0, 0} : new double[] {0, 3.0};
      assertEquals(expected[0], t.type.getField("x").getDouble(dq), 0, "d x / d s");
      assertEquals(expected[1], t.type.getField("y").getDouble(dq), 0, "d y / d s");
      Object seed = t.type.getConstructor(D, D).newInstance(0.7, -1.3);
      double[] grad = new double[1];
      Object q = t.type.getMethod("scaled$adjoint", D, t.type, double[].class).invoke(p, s, seed, grad);
      assertEquals(0.7 * expected[0] - 1.3 * expected[1], grad[0], 1e-15, "adjoint = seed . tangent");
      assertEquals(s > 1 ? 2 * s : 2.0, t.type.getField("x").getDouble(q), 0, "the adjoint returns the primal result");
    }
  }

  /**
   * Methods taking an object of the result class: a static {@code Pair scaledBy(Pair v, double k)} and the
   * instance {@code Pair plus(Pair o)} of an annotated class (receiver and argument inputs). Tangent and adjoint
   * against the analytic Jacobian and central differences, and the dot-product test between the modes.
   */
  @Test
  void methodsTakingTheResultClass() throws Exception {
    Transformed t = Transformed.of(dev.leibniz.objects.fixtures.made.Pair.class);
    Class<?> c = t.type;
    java.lang.reflect.Constructor<?> make = c.getConstructor(D, D);
    Method scaled = c.getMethod("scaledBy", c, D), plus = c.getMethod("plus", c);
    Method scaledT = c.getMethod("scaledBy$tangent", c, c, D, D), plusT = c.getMethod("plus$tangent", c, c, c);
    Method scaledA = c.getMethod("scaledBy$adjoint", c, c, D, c, double[].class), plusA = c.getMethod("plus$adjoint", c, c, c, c);
    for (double[] at : new double[][] {{1.5, -0.4, 2.5, 0.8}, {12.0, 0.6, -1.1, 3.0}}) {
      double[] dir = {0.3, -0.7, 1.1, 0.45};
      double[] seed = {0.9, -0.2};
      // scaledBy: inputs (v.x, v.y, k)
      Function<double[], double[]> fs = x -> fieldsOf(invoke(scaled, null, pair(make, x[0], x[1]), x[2]));
      double[] jv = fieldsOf(scaledT.invoke(null, pair(make, at[0], at[1]), pair(make, dir[0], dir[1]), at[2], dir[2]));
      assertArrayClose(new double[] {dir[0] * at[2] + at[0] * dir[2], dir[1] + dir[2]}, jv, "scaledBy tangent");
      checkFd(fs, new double[] {at[0], at[1], at[2]}, new double[] {dir[0], dir[1], dir[2]}, jv);
      Object vBar = pair(make, 0, 0);
      double[] grad = new double[1];
      scaledA.invoke(null, pair(make, at[0], at[1]), vBar, at[2], pair(make, seed[0], seed[1]), grad);
      double[] xbar = {c.getField("x").getDouble(vBar), c.getField("y").getDouble(vBar), grad[0]};
      assertArrayClose(new double[] {seed[0] * at[2], seed[1], seed[0] * at[0] + seed[1]}, xbar, "scaledBy adjoint");
      assertEquals(seed[0] * jv[0] + seed[1] * jv[1], xbar[0] * dir[0] + xbar[1] * dir[1] + xbar[2] * dir[2], 1e-13, "dot product");
      // plus: inputs (this.x, this.y, o.x, o.y)
      Function<double[], double[]> fp = x -> fieldsOf(invoke(plus, pair(make, x[0], x[1]), pair(make, x[2], x[3])));
      double[] pv = fieldsOf(plusT.invoke(pair(make, at[0], at[1]), pair(make, dir[0], dir[1]), pair(make, at[2], at[3]),
          pair(make, dir[2], dir[3])));
      double[] expected = at[0] > 10 ? new double[] {dir[0] * at[2] + at[0] * dir[2], dir[1]}
          : new double[] {dir[0] + dir[2], dir[1] * at[3] + at[1] * dir[3]};
      assertArrayClose(expected, pv, "plus tangent");
      checkFd(fp, at, dir, pv);
      Object thisBar = pair(make, 0, 0), oBar = pair(make, 0, 0);
      plusA.invoke(pair(make, at[0], at[1]), thisBar, pair(make, at[2], at[3]), oBar, pair(make, seed[0], seed[1]));
      double[] bars = {c.getField("x").getDouble(thisBar), c.getField("y").getDouble(thisBar), c.getField("x").getDouble(oBar),
          c.getField("y").getDouble(oBar)};
      double dot = 0;
      for (int k = 0; k < 4; k++) dot += bars[k] * dir[k];
      assertEquals(seed[0] * pv[0] + seed[1] * pv[1], dot, 1e-13, "plus dot product");
    }
  }

  private static Object pair(java.lang.reflect.Constructor<?> make, double x, double y) {
    try {
      return make.newInstance(x, y);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Object invoke(Method m, Object receiver, Object... args) {
    try {
      return m.invoke(receiver, args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static double[] fieldsOf(Object p) {
    try {
      return new double[] {p.getClass().getField("x").getDouble(p), p.getClass().getField("y").getDouble(p)};
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static void checkFd(Function<double[], double[]> f, double[] x, double[] v, double[] tangent) {
    FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(f, x, v);
    for (int k = 0; k < tangent.length; k++) assertEquals(fd[k].value(), tangent[k], fd[k].tolerance(1e-7), "differences " + k);
  }

  private static void assertArrayClose(double[] expected, double[] actual, String what) {
    for (int k = 0; k < expected.length; k++) assertEquals(expected[k], actual[k], 1e-13 * Math.max(1, Math.abs(expected[k])), what + " " + k);
  }

  /** order = 2 and tangents = true on a new-object result: one located refusal each, never silently missing. */
  @Test
  void secondOrderAndVectorTangentsAreRefusedWithTheLine() throws Exception {
    Transformed t = Transformed.of(AskedBeyond.class, true);
    for (String[] asked : new String[][] {{"second(", "order = 2"}, {"vector(", "tangents = true"}}) {
      java.util.List<Diagnostic> ds = t.result.diagnostics().stream()
          .filter(x -> !x.warning() && x.method().startsWith(asked[0])).toList();
      assertEquals(1, ds.size(), asked[0] + " " + t.result.diagnostics());
      Diagnostic d = ds.get(0);
      assertTrue(d.line() > 0 && d.message().contains(asked[1]) && d.message().contains("object results built new"), d.message());
    }
    Vec2 dv = (Vec2) t.type.getMethod("second$tangent", D, D, D, D).invoke(null, 1.5, 1.0, 2.0, 0.0);
    assertEquals(2 * 1.5 * 2.0, dv.x, 1e-15, "the first-order companions are still made");
  }

  /** The twin and its companions are private: the class gains no public member beyond m$tangent and m$adjoint. */
  @Test
  void theTwinAndItsCompanionsArePrivate() {
    int twins = 0;
    for (Method m : T.type.getDeclaredMethods()) {
      if (!m.getName().contains(dev.leibniz.core.objects.NewResults.TWIN)) continue;
      twins++;
      assertTrue(java.lang.reflect.Modifier.isPrivate(m.getModifiers()), m + " is private");
    }
    assertTrue(twins >= 3 * ALL.length, "twins and their companions: " + twins);
    assertTrue(java.lang.reflect.Modifier.isPublic(T.type.getDeclaredMethods().length > 0 ? modifiersOf("rotate$tangent") : 0));
  }

  static int modifiersOf(String name) {
    for (Method m : T.type.getDeclaredMethods()) {
      if (m.getName().equals(name)) return m.getModifiers();
    }
    return 0;
  }
}
