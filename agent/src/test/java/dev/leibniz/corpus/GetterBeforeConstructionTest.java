package dev.leibniz.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.Test;

/**
 * An overridable getter of an object with a shadow whose result goes into a constructor: javac puts the {@code NEW}
 * before the arguments and the constructor after them, so Team 254's {@code Pose2d.mirror()} ({@code new Pose2d(new
 * Translation2d(getTranslation().x(), -getTranslation().y()), ...)}) writes a {@code Translation2d} after the call of
 * the non-final {@code Translation2d.x()}, and {@code Pose2d.intersection} makes new ones after {@code a_t.x()}. The
 * adjoint took those writes as writes of the object the getter was given and refused the call ("is written after the
 * call ... objects are not snapshotted"); an object not yet constructed, or made after the call, is never the one given
 * ({@code WrittenArrays.unbornAt}). Both entries are checked here in both modes against Hipparchus' {@code Gradient}
 * over the closed form (a mirror's signs; the intersection of two lines by Cramer's rule), central differences, and the
 * dot product between modes (thirty-ninth corpus round).
 */
class GetterBeforeConstructionTest {
  private static final String PKG = "dev.leibniz.corpus.team254.";
  static final List<String> DIAGNOSTICS = new java.util.ArrayList<>();
  static final CorpusLoader LOADER = CorpusLoader.differentiate(
      List.of(load("Pose2d"), load("Translation2d"), load("Rotation2d")), DIAGNOSTICS);
  static final Class<?> POSE = inLoader("Pose2d"), TRANSLATION = inLoader("Translation2d"), ROTATION = inLoader("Rotation2d");

  /** (x, y, cos, sin) of this pose, then of the other: two lines crossing away from parallel. */
  private static final double[][] POINTS = {{1.5, -0.5, 0.76, 0.64, 3.0, 2.0, -0.59, 0.81},
      {-0.3, 0.8, 0.2, -0.98, 2.1, -1.4, 0.9, 0.3}};

  private static Class<?> load(String simple) {
    try {
      return Class.forName(PKG + simple);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static Class<?> inLoader(String simple) {
    try {
      return LOADER.loadClass(PKG + simple);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void bothEntriesGetAnAdjoint() {
    assertTrue(DIAGNOSTICS.stream().noneMatch(d -> d.contains("Pose2d.mirror(") || d.contains("Pose2d.intersection(")),
        DIAGNOSTICS::toString);
  }

  @Test
  void mirrorAgainstItsSignsDifferencesAndTheDotProduct() {
    for (double[] p : POINTS) {
      double[] x = java.util.Arrays.copyOf(p, 4);
      double[] signs = {1, -1, 1, -1};
      for (int i = 0; i < 4; i++) {
        double[] e = new double[4];
        e[i] = 1;
        double[] dy = mirrorTangent(x, e), g = mirrorAdjoint(x, e);
        for (int o = 0; o < 4; o++) {
          assertEquals(o == i ? signs[i] : 0, dy[o], 0, "tangent of output " + o + " along input " + i);
          assertEquals(o == i ? signs[i] : 0, g[o], 0, "adjoint of output " + i + " at input " + o);
        }
      }
      checkDifferences(GetterBeforeConstructionTest::mirror, x, GetterBeforeConstructionTest::mirrorTangent,
          GetterBeforeConstructionTest::mirrorAdjoint);
      DotProductCheck.check("Pose2d.mirror", x, 4, GetterBeforeConstructionTest::mirrorTangent,
          GetterBeforeConstructionTest::mirrorAdjoint, 3, 4);
    }
  }

  @Test
  void intersectionAgainstCramersRuleDifferencesAndTheDotProduct() {
    for (double[] x : POINTS) {
      Gradient[] exact = cramer(x);
      double[] value = intersection(x);
      for (int o = 0; o < 2; o++) assertEquals(exact[o].getValue(), value[o], 1e-12 * (1 + Math.abs(value[o])), "value " + o);
      for (int i = 0; i < 8; i++) {
        double[] e = new double[8];
        e[i] = 1;
        double[] dy = intersectionTangent(x, e);
        for (int o = 0; o < 2; o++) {
          double d = exact[o].getPartialDerivative(i);
          assertEquals(d, dy[o], 1e-10 * (1 + Math.abs(d)), "tangent of output " + o + " along input " + i);
        }
      }
      for (int o = 0; o < 2; o++) {
        double[] w = new double[2];
        w[o] = 1;
        double[] g = intersectionAdjoint(x, w);
        for (int i = 0; i < 8; i++) {
          double d = exact[o].getPartialDerivative(i);
          assertEquals(d, g[i], 1e-10 * (1 + Math.abs(d)), "adjoint of output " + o + " at input " + i);
        }
      }
      checkDifferences(GetterBeforeConstructionTest::intersection, x, GetterBeforeConstructionTest::intersectionTangent,
          GetterBeforeConstructionTest::intersectionAdjoint);
      DotProductCheck.check("Pose2d.intersection", x, 2, GetterBeforeConstructionTest::intersectionTangent,
          GetterBeforeConstructionTest::intersectionAdjoint, 5, 4);
    }
  }

  /** a + cross(b - a, db) / cross(da, db) da: the point both lines pass through, whichever pose the code starts from. */
  private static Gradient[] cramer(double[] x) {
    Gradient[] v = new Gradient[8];
    for (int i = 0; i < 8; i++) v[i] = Gradient.variable(8, i, x[i]);
    Gradient bx = v[4].subtract(v[0]), by = v[5].subtract(v[1]);
    Gradient s = bx.multiply(v[7]).subtract(by.multiply(v[6])).divide(v[2].multiply(v[7]).subtract(v[3].multiply(v[6])));
    return new Gradient[] {v[0].add(s.multiply(v[2])), v[1].add(s.multiply(v[3]))};
  }

  private static void checkDifferences(java.util.function.Function<double[], double[]> f, double[] x,
      DotProductCheck.Tangent tangent, DotProductCheck.Adjoint adjoint) {
    java.util.Random rnd = new java.util.Random(11);
    double[] v = new double[x.length];
    for (int i = 0; i < v.length; i++) v[i] = rnd.nextGaussian();
    FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(f, x, v);
    double[] dy = tangent.apply(x, v);
    double[] w = new double[fd.length];
    double fdAlong = 0, scale = 0;
    for (int o = 0; o < fd.length; o++) {
      assertEquals(fd[o].value(), dy[o], fd[o].tolerance(1e-6), "tangent of output " + o + " vs finite differences");
      w[o] = rnd.nextGaussian();
      fdAlong += w[o] * fd[o].value();
      scale += Math.abs(w[o]) * (fd[o].tolerance(1e-6) + Math.abs(fd[o].value()));
    }
    double[] g = adjoint.apply(x, w);
    double along = 0;
    for (int i = 0; i < x.length; i++) along += g[i] * v[i];
    assertEquals(fdAlong, along, 1e-6 * scale, "adjoint vs finite differences");
  }

  // ---- the pose objects and their shadows, (x, y, cos, sin)

  private static Object pose(double[] p, int at) {
    return make(POSE, make(TRANSLATION, p[at], p[at + 1]), make(ROTATION, p[at + 2], p[at + 3], false));
  }

  private static void setPose(Object shadow, double[] d, int at) {
    Object t = get(shadow, "translation_"), r = get(shadow, "rotation_");
    set(t, "x_", d[at]);
    set(t, "y_", d[at + 1]);
    set(r, "cos_angle_", d[at + 2]);
    set(r, "sin_angle_", d[at + 3]);
  }

  private static double[] numbers(Object pose) {
    Object t = get(pose, "translation_"), r = get(pose, "rotation_");
    return new double[] {(double) get(t, "x_"), (double) get(t, "y_"), (double) get(r, "cos_angle_"),
        (double) get(r, "sin_angle_")};
  }

  private static double[] xy(Object translation) {
    return new double[] {(double) get(translation, "x_"), (double) get(translation, "y_")};
  }

  private static double[] mirror(double[] x) {
    return numbers(invoke(pose(x, 0), "mirror", new Class<?>[0]));
  }

  private static double[] mirrorTangent(double[] x, double[] d) {
    Object p = pose(x, 0), dot = Derivatives.zeroShadow(p);
    setPose(dot, d, 0);
    return numbers(invoke(p, "mirror$tangent", new Class<?>[] {POSE}, dot));
  }

  private static double[] mirrorAdjoint(double[] x, double[] w) {
    Object p = pose(x, 0), bar = Derivatives.zeroShadow(p);
    Object seed = Derivatives.zeroShadow(pose(x, 0));
    setPose(seed, w, 0);
    Object value = invoke(p, "mirror$adjoint", new Class<?>[] {POSE, POSE}, bar, seed);
    double[] expected = mirror(x), got = numbers(value);
    for (int o = 0; o < 4; o++) assertEquals(expected[o], got[o], 0, "the adjoint returns the primal result");
    return numbers(bar);
  }

  private static double[] intersection(double[] x) {
    return xy(invoke(pose(x, 0), "intersection", new Class<?>[] {POSE}, pose(x, 4)));
  }

  private static double[] intersectionTangent(double[] x, double[] d) {
    Object a = pose(x, 0), b = pose(x, 4), aDot = Derivatives.zeroShadow(a), bDot = Derivatives.zeroShadow(b);
    setPose(aDot, d, 0);
    setPose(bDot, d, 4);
    return xy(invoke(a, "intersection$tangent", new Class<?>[] {POSE, POSE, POSE}, aDot, b, bDot));
  }

  private static double[] intersectionAdjoint(double[] x, double[] w) {
    Object a = pose(x, 0), b = pose(x, 4), aBar = Derivatives.zeroShadow(a), bBar = Derivatives.zeroShadow(b);
    Object seed = make(TRANSLATION, w[0], w[1]);
    Object value = invoke(a, "intersection$adjoint", new Class<?>[] {POSE, POSE, POSE, TRANSLATION}, aBar, b, bBar, seed);
    double[] expected = intersection(x), got = xy(value);
    for (int o = 0; o < 2; o++) assertEquals(expected[o], got[o], 0, "the adjoint returns the primal result");
    double[] g = new double[8];
    System.arraycopy(numbers(aBar), 0, g, 0, 4);
    System.arraycopy(numbers(bBar), 0, g, 4, 4);
    return g;
  }

  // ---- reflection

  private static Object make(Class<?> c, Object... args) {
    for (Constructor<?> k : c.getDeclaredConstructors()) {
      if (k.getParameterCount() != args.length) continue;
      try {
        k.setAccessible(true);
        return k.newInstance(args);
      } catch (IllegalArgumentException otherOverload) {
        // the next constructor of the same arity
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("no constructor of " + c + " takes " + args.length);
  }

  private static Object invoke(Object receiver, String name, Class<?>[] types, Object... args) {
    try {
      Method m = POSE.getDeclaredMethod(name, types);
      return m.invoke(receiver, args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Field field(Object o, String name) throws NoSuchFieldException {
    Field f = o.getClass().getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  private static Object get(Object o, String name) {
    try {
      return field(o, name).get(o);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static void set(Object o, String name, double v) {
    try {
      field(o, name).setDouble(o, v);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
