package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import dev.leibniz.objects.fixtures.heldarrays.Affine;
import dev.leibniz.objects.fixtures.heldarrays.Conditions;
import dev.leibniz.objects.fixtures.heldarrays.Moments;
import dev.leibniz.objects.fixtures.heldarrays.MomentsOps;
import dev.leibniz.oracle.JacobianCheck;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * Results built new holding arrays of active values (issue 10; ta4j's {@code PosteriorFrame(count, five new arrays)},
 * androidx's {@code ViewingConditions(..., new float[3], ...)}): the result's class gets shadows (core.objects.ShadowClasses,
 * a marked method's result holding {@code double[]}/{@code float[]}), its plain constructor storing the arrays is a
 * construction from values (core.objects.ValuedConstructions: the arrays stored as field writes after it), so the
 * tangent returns the result's shadow holding the arrays' tangents and the adjoint takes the result's seed, whose
 * arrays flow back. Both modes against the Jacobian by Hipparchus' {@code DerivativeStructure}, central differences
 * and the dot-product test.
 */
class HeldArrayResultsTest {
  static final Transformed OPS = Transformed.of(MomentsOps.class);
  static final Transformed COND = Transformed.of(Conditions.class);
  static final Transformed AFFINE = Transformed.of(Affine.class);

  static Method named(Class<?> c, String name) {
    return Arrays.stream(c.getDeclaredMethods()).filter(m -> m.getName().equals(name)).peek(m -> m.setAccessible(true))
        .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + Arrays.toString(c.getDeclaredMethods())));
  }

  static Object call(Method m, Object... args) {
    return LocalObjectArraysTest.call(m, args);
  }

  /** A summary's numbers: means, spreads, scale. */
  static double[] flat(Moments m) {
    double[] out = Arrays.copyOf(m.means, m.means.length + m.spreads.length + 1);
    System.arraycopy(m.spreads, 0, out, m.means.length, m.spreads.length);
    out[out.length - 1] = m.scale;
    return out;
  }

  /** The summary holding {@code w} as n means, n spreads and a scale. */
  static Moments moments(int count, double[] w, int n) {
    return new Moments(count, Arrays.copyOfRange(w, 0, n), Arrays.copyOfRange(w, n, 2 * n), w[2 * n]);
  }

  @Test
  void aNewResultHoldingArraysMadeHereCarriesTheirDerivativesInBothModes() {
    Method primal = named(OPS.type, "of"), tangent = named(OPS.type, "of$tangent"), adjoint = named(OPS.type, "of$adjoint");
    double[] x = {0.3, -0.8, 1.1, 0.7};
    JacobianCheck.check("of", x,
        v -> flat((Moments) call(primal, Arrays.copyOf(v, 3), v[3])),
        (v, dv) -> {
          Moments shadow = (Moments) call(tangent, Arrays.copyOf(v, 3), Arrays.copyOf(dv, 3), v[3], dv[3]);
          assertEquals(Moments.class, shadow.getClass(), "the tangent returns the result's shadow");
          return flat(shadow);
        },
        (v, w) -> {
          double[] xbar = new double[3], g = new double[1];
          Moments seed = moments(0, w, 3);
          Moments r = (Moments) call(adjoint, Arrays.copyOf(v, 3), xbar, v[3], seed, g);
          assertNotSame(seed, r, "the adjoint returns the primal result");
          assertEquals(3, r.count, "the passive count");
          assertEquals(Arrays.toString(flat((Moments) call(primal, Arrays.copyOf(v, 3), v[3]))), Arrays.toString(flat(r)));
          return new double[] {xbar[0], xbar[1], xbar[2], g[0]};
        },
        ofByHipparchus(x));
  }

  /** means = s x, spreads = exp(x) + s, scale = s². */
  static double[][] ofByHipparchus(double[] x) {
    DSFactory f = new DSFactory(4, 1);
    DerivativeStructure s = f.variable(3, x[3]);
    DerivativeStructure[] out = new DerivativeStructure[7];
    for (int i = 0; i < 3; i++) {
      DerivativeStructure xi = f.variable(i, x[i]);
      out[i] = xi.multiply(s);
      out[3 + i] = xi.exp().add(s);
    }
    out[6] = s.multiply(s);
    return MadeSubObjectsTest.rows(out, 4);
  }

  @Test
  void aSummaryInAndALongerNewSummaryOutCarryTheirArraysShadowsInBothModes() {
    Method primal = named(OPS.type, "advance"), tangent = named(OPS.type, "advance$tangent"),
        adjoint = named(OPS.type, "advance$adjoint");
    double[] x = {0.4, -1.3, 0.9, 2.2, 0.6, 0.8}; // means (2), spreads (2), scale, observation
    JacobianCheck.check("advance", x,
        v -> flat((Moments) call(primal, moments(5, v, 2), v[5])),
        (v, dv) -> flat((Moments) call(tangent, moments(5, v, 2), moments(0, dv, 2), v[5], dv[5])),
        (v, w) -> {
          Moments prevBar = new Moments(0, new double[2], new double[2], 0), seed = moments(0, w, 3);
          double[] g = new double[1];
          Moments r = (Moments) call(adjoint, moments(5, v, 2), prevBar, v[5], seed, g);
          assertEquals(6, r.count, "the passive count");
          double[] out = Arrays.copyOf(flat(prevBar), 6);
          out[5] = g[0];
          return out;
        },
        advanceByHipparchus(x));
  }

  /** m = (o, (pm + o) / 2), v = (ps_scale, ps o), scale = p_scale sin o. */
  static double[][] advanceByHipparchus(double[] x) {
    DSFactory f = new DSFactory(6, 1);
    DerivativeStructure[] in = new DerivativeStructure[6];
    for (int i = 0; i < 6; i++) in[i] = f.variable(i, x[i]);
    DerivativeStructure o = in[5], scale = in[4];
    DerivativeStructure[] out = {o, in[0].add(o).multiply(0.5), in[1].add(o).multiply(0.5),
        scale, in[2].multiply(o), in[3].multiply(o), scale.multiply(o.sin())};
    return MadeSubObjectsTest.rows(out, 6);
  }

  @Test
  void itsOwnClassBuiltByAPrivateConstructorFromNumbersAndANewArrayInBothModes() {
    Class<?> c = COND.type;
    Method primal = named(c, "make"), tangent = named(c, "make$tangent"), adjoint = named(c, "make$adjoint");
    double[] x = {0.7, 1.6};
    JacobianCheck.check("make", x,
        v -> flatOf(call(primal, v[0], v[1])),
        (v, dv) -> flatOf(call(tangent, v[0], dv[0], v[1], dv[1])),
        (v, w) -> {
          double[] g = new double[2];
          Object seed = conditionsOf(c, w);
          Object r = call(adjoint, v[0], v[1], seed, g);
          assertEquals(Arrays.toString(flatOf(call(primal, v[0], v[1]))), Arrays.toString(flatOf(r)), "the primal result");
          return g;
        },
        makeByHipparchus(x));
  }

  /** The numbers of a {@code Conditions} of the transformed class (another loader's): n, rgb, z. */
  static double[] flatOf(Object conditions) {
    try {
      Class<?> c = conditions.getClass();
      double[] rgb = (double[]) c.getMethod("rgb").invoke(conditions);
      return new double[] {(double) c.getMethod("n").invoke(conditions), rgb[0], rgb[1], rgb[2], (double) c.getMethod("z").invoke(conditions)};
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object conditionsOf(Class<?> c, double[] w) {
    try {
      java.lang.reflect.Constructor<?> k = c.getDeclaredConstructor(double.class, double[].class, double.class);
      k.setAccessible(true);
      return k.newInstance(w[0], new double[] {w[1], w[2], w[3]}, w[4]);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** n = a², rgb = (a b, a + b, sqrt a), z = b^0.25. */
  static double[][] makeByHipparchus(double[] x) {
    DSFactory f = new DSFactory(2, 1);
    DerivativeStructure a = f.variable(0, x[0]), b = f.variable(1, x[1]);
    DerivativeStructure[] out = {a.multiply(a), a.multiply(b), a.add(b), a.sqrt(), b.pow(0.25)};
    return MadeSubObjectsTest.rows(out, 2);
  }

  /** The entries of an {@code Affine} of the transformed class (another loader's). */
  static double[] entriesOf(Object affine) {
    try {
      return ((double[]) affine.getClass().getMethod("entries").invoke(affine)).clone();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aConstructorMakingAndFillingItsArrayIsDifferentiatedAsTheMethodsCodeInBothModes() {
    Class<?> c = AFFINE.type;
    Method primal = named(c, "rotation"), tangent = named(c, "rotation$tangent"), adjoint = named(c, "rotation$adjoint");
    double[] x = {0.9, 1.7};
    JacobianCheck.check("rotation", x,
        v -> entriesOf(call(primal, v[0], v[1])),
        (v, dv) -> entriesOf(call(tangent, v[0], dv[0], v[1], dv[1])),
        (v, w) -> {
          double[] g = new double[2];
          Object seed;
          try {
            seed = c.getConstructor(double.class, double.class, double.class, double.class).newInstance(w[0], w[1], w[2], w[3]);
          } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
          }
          Object r = call(adjoint, v[0], v[1], seed, g);
          assertEquals(Arrays.toString(entriesOf(call(primal, v[0], v[1]))), Arrays.toString(entriesOf(r)), "the primal result");
          return g;
        },
        rotationByHipparchus(x));
  }

  /** (s cos t, s sin t, -sin t, cos t). */
  static double[][] rotationByHipparchus(double[] x) {
    DSFactory f = new DSFactory(2, 1);
    DerivativeStructure t = f.variable(0, x[0]), s = f.variable(1, x[1]);
    DerivativeStructure[] out = {s.multiply(t.cos()), s.multiply(t.sin()), t.sin().negate(), t.cos()};
    return MadeSubObjectsTest.rows(out, 2);
  }
}
