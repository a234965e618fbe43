package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.Body;
import dev.leibniz.objects.fixtures.CrossClassWrites;
import dev.leibniz.objects.fixtures.Particle;
import dev.leibniz.oracle.DotProductCheck;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.LinkedFixtures;
import dev.leibniz.objects.fixtures.OpenParticle;
import java.util.Arrays;
import java.util.function.Function;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * Objects with shadows passed to callees of other classes that write them (a static method of
 * another package, instance methods of a final differentiable class, one of them marked), and an
 * object written after such a call read it: the adjoint reverses those calls with split adjoints
 * generated into the caller, so the callee's primal runs once and what its reverse reads is
 * recorded. Both modes against Hipparchus {@code DerivativeStructure} running the same code and
 * against finite differences, and the dot-product test between the modes with seeds on the final
 * state of the objects too.
 */
class CrossClassWritesTest {
  /** The particle classes are transformed too (Particle.energy is marked: its tangent is Particle's). */
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(CrossClassWrites.class, Particle.class, OpenParticle.class);
  static final Class<?> T = L.get(CrossClassWrites.class);
  static final Class<?> P = L.get(Particle.class);

  /** One method under test: its inputs are the objects' fields then one scalar; its outputs the result then the final fields. */
  abstract static class Case {
    final String name;
    final int fields;

    Case(String name, int fields) {
      this.name = name;
      this.fields = fields;
    }

    abstract Object make(double[] f);

    abstract double[] fields(Object o);

    abstract double primal(Object o, double s) throws Exception;

    abstract double tangent(Object o, Object shadow, double s, double ds) throws Exception;

    abstract double adjoint(Object o, Object bar, double s, double seed, double[] grad) throws Exception;

    /** The result and the final fields on DerivativeStructures of the inputs. */
    abstract DerivativeStructure[] hipparchus(DerivativeStructure[] x);

    /** Writes {@code v} into the fields of {@code shadow} (no constructor: a shadow's values need not be valid). */
    abstract void set(Object shadow, double[] v);

    double[] outputs(double[] x) {
      try {
        Object o = make(Arrays.copyOf(x, fields));
        double r = primal(o, x[fields]);
        return concat(r, fields(o));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }
  }

  static double[] concat(double r, double[] rest) {
    double[] out = new double[rest.length + 1];
    out[0] = r;
    System.arraycopy(rest, 0, out, 1, rest.length);
    return out;
  }

  static final int BODIES = 2;

  static Body[] bodies(double[] f) {
    Body[] b = new Body[f.length / 7];
    for (int i = 0; i < b.length; i++) b[i] = new Body(f[7 * i], f[7 * i + 1], f[7 * i + 2], f[7 * i + 3], f[7 * i + 4], f[7 * i + 5], f[7 * i + 6]);
    return b;
  }

  static double[] bodyFields(Body[] b) {
    double[] f = new double[7 * b.length];
    for (int i = 0; i < b.length; i++) {
      double[] one = {b[i].x, b[i].y, b[i].z, b[i].vx, b[i].vy, b[i].vz, b[i].mass};
      System.arraycopy(one, 0, f, 7 * i, 7);
    }
    return f;
  }

  /** Bodies as the fixture's methods see them (arrays of one for readThenWritten). */
  abstract static class BodiesCase extends Case {
    BodiesCase(String name, int bodies) {
      super(name, 7 * bodies);
    }

    @Override
    Object make(double[] f) {
      return bodies(f);
    }

    @Override
    double[] fields(Object o) {
      return bodyFields((Body[]) o);
    }

    @Override
    void set(Object shadow, double[] f) {
      Body[] to = (Body[]) shadow;
      for (int i = 0; i < to.length; i++) {
        to[i].x = f[7 * i]; to[i].y = f[7 * i + 1]; to[i].z = f[7 * i + 2];
        to[i].vx = f[7 * i + 3]; to[i].vy = f[7 * i + 4]; to[i].vz = f[7 * i + 5]; to[i].mass = f[7 * i + 6];
      }
    }
  }

  static final Case KICKED = new BodiesCase("kickedRepeatedly", BODIES) {
    @Override
    double primal(Object o, double s) throws Exception {
      return (double) T.getMethod("kickedRepeatedly", Body[].class, double.class).invoke(null, o, s);
    }

    @Override
    double tangent(Object o, Object sh, double s, double ds) throws Exception {
      return (double) T.getMethod("kickedRepeatedly$tangent", Body[].class, Body[].class, double.class, double.class)
          .invoke(null, o, sh, s, ds);
    }

    @Override
    double adjoint(Object o, Object bar, double s, double seed, double[] grad) throws Exception {
      return (double) T.getMethod("kickedRepeatedly$adjoint", Body[].class, Body[].class, double.class, double.class, double[].class)
          .invoke(null, o, bar, s, seed, grad);
    }

    @Override
    DerivativeStructure[] hipparchus(DerivativeStructure[] x) {
      DerivativeStructure[] b = Arrays.copyOf(x, fields);
      DerivativeStructure dv = x[fields], e = dv.getField().getZero();
      for (int step = 0; step < 3; step++) {
        for (int i = 0; i < BODIES; i++) {
          b[7 * i + 3] = b[7 * i + 3].add(dv.divide(b[7 * i + 6]));
          e = e.add(kinetic(b, i));
        }
      }
      return prepend(e, b);
    }
  };

  static final Case READ_THEN_WRITTEN = new BodiesCase("readThenWritten", 1) {
    @Override
    double primal(Object o, double s) throws Exception {
      return (double) T.getMethod("readThenWritten", Body.class, double.class).invoke(null, ((Body[]) o)[0], s);
    }

    @Override
    double tangent(Object o, Object sh, double s, double ds) throws Exception {
      return (double) T.getMethod("readThenWritten$tangent", Body.class, Body.class, double.class, double.class)
          .invoke(null, ((Body[]) o)[0], ((Body[]) sh)[0], s, ds);
    }

    @Override
    double adjoint(Object o, Object bar, double s, double seed, double[] grad) throws Exception {
      return (double) T.getMethod("readThenWritten$adjoint", Body.class, Body.class, double.class, double.class, double[].class)
          .invoke(null, ((Body[]) o)[0], ((Body[]) bar)[0], s, seed, grad);
    }

    @Override
    DerivativeStructure[] hipparchus(DerivativeStructure[] x) {
      DerivativeStructure[] b = Arrays.copyOf(x, fields);
      DerivativeStructure f = x[fields];
      DerivativeStructure before = kinetic(b, 0);
      b[3] = f.multiply(b[3]);
      b[6] = b[6].multiply(f);
      return prepend(before.multiply(kinetic(b, 0)), b);
    }
  };

  static final int STEPS = 4;

  static final Case PARTICLE = new Case("energyAfter", 3) {
    @Override
    Object make(double[] f) {
      try {
        return P.getConstructor(double.class, double.class, double.class).newInstance(f[0], f[1], f[2]);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }

    @Override
    double[] fields(Object o) {
      try {
        return new double[] {P.getField("x").getDouble(o), P.getField("v").getDouble(o), P.getField("m").getDouble(o)};
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }

    @Override
    void set(Object shadow, double[] f) {
      try {
        P.getField("x").setDouble(shadow, f[0]);
        P.getField("v").setDouble(shadow, f[1]);
        P.getField("m").setDouble(shadow, f[2]);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }

    @Override
    double primal(Object o, double s) throws Exception {
      return (double) T.getMethod("energyAfter", P, double.class, int.class).invoke(null, o, s, STEPS);
    }

    @Override
    double tangent(Object o, Object sh, double s, double ds) throws Exception {
      return (double) T.getMethod("energyAfter$tangent", P, P, double.class, double.class, int.class)
          .invoke(null, o, sh, s, ds, STEPS);
    }

    @Override
    double adjoint(Object o, Object bar, double s, double seed, double[] grad) throws Exception {
      return (double) T.getMethod("energyAfter$adjoint", P, P, double.class, int.class, double.class,
          double[].class).invoke(null, o, bar, s, STEPS, seed, grad);
    }

    @Override
    DerivativeStructure[] hipparchus(DerivativeStructure[] in) {
      DerivativeStructure x = in[0], v = in[1], m = in[2], dt = in[3], e = x.getField().getZero();
      for (int k = 0; k < STEPS; k++) {
        v = v.subtract(dt.multiply(x).divide(m));
        x = x.add(dt.multiply(v));
        v = v.multiply(0.99);
        e = e.add(m.multiply(v).multiply(v).multiply(0.5)).add(x.multiply(x).multiply(0.5));
      }
      return new DerivativeStructure[] {e, x, v, m};
    }
  };

  static DerivativeStructure kinetic(DerivativeStructure[] b, int i) {
    DerivativeStructure vx = b[7 * i + 3], vy = b[7 * i + 4], vz = b[7 * i + 5];
    return b[7 * i + 6].multiply(0.5).multiply(vx.multiply(vx).add(vy.multiply(vy)).add(vz.multiply(vz)));
  }

  static DerivativeStructure[] prepend(DerivativeStructure e, DerivativeStructure[] rest) {
    DerivativeStructure[] out = new DerivativeStructure[rest.length + 1];
    out[0] = e;
    System.arraycopy(rest, 0, out, 1, rest.length);
    return out;
  }

  static double[] point(Case c) {
    double[] x = new double[c.fields + 1];
    for (int k = 0; k < x.length; k++) x[k] = 0.3 + 0.17 * k + 0.05 * Math.sin(k);
    if (c != PARTICLE) for (int i = 6; i < c.fields; i += 7) x[i] = 1.5 + i * 0.1; // masses
    x[c.fields] = c == PARTICLE ? 0.1 : 0.7;
    return x;
  }

  /** J v by the tangent: the result's tangent, then the final fields' tangents left in the shadow. */
  static double[] tangent(Case c, double[] x, double[] v) {
    try {
      Object o = c.make(Arrays.copyOf(x, c.fields));
      Object sh = Derivatives.zeroShadow(o);
      c.set(sh, Arrays.copyOf(v, c.fields));
      double t = c.tangent(o, sh, x[c.fields], v[c.fields]);
      return concat(t, c.fields(sh));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** J^T w by one adjoint call: the seed for the result, w's rest on the final fields in the shadow. */
  static double[] adjoint(Case c, double[] x, double[] w) {
    try {
      Object o = c.make(Arrays.copyOf(x, c.fields));
      Object bar = Derivatives.zeroShadow(o);
      c.set(bar, Arrays.copyOfRange(w, 1, w.length));
      double[] grad = new double[1];
      c.adjoint(o, bar, x[c.fields], w[0], grad);
      double[] g = Arrays.copyOf(c.fields(bar), c.fields + 1);
      g[c.fields] = grad[0];
      return g;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static final Case[] CASES = {KICKED, READ_THEN_WRITTEN, PARTICLE};

  @Test
  void noWarningForTheStaticallyBoundCallees() {
    for (Case c : CASES) {
      assertTrue(L.result(CrossClassWrites.class).diagnostics().stream().noneMatch(d -> d.method().startsWith(c.name + "(")), () -> "" + L.result(CrossClassWrites.class).diagnostics());
    }
  }

  @Test
  void bothModesAgainstDerivativeStructure() {
    for (Case c : CASES) {
      double[] x = point(c);
      int n = x.length;
      DSFactory f = new DSFactory(n, 1);
      DerivativeStructure[] in = new DerivativeStructure[n];
      for (int k = 0; k < n; k++) in[k] = f.variable(k, x[k]);
      DerivativeStructure[] out = c.hipparchus(in);
      assertEquals(out[0].getValue(), c.outputs(x)[0], 1e-13 * Math.abs(out[0].getValue()), c.name + " value");
      for (int k = 0; k < n; k++) {
        int[] orders = new int[n];
        orders[k] = 1;
        double[] e = new double[n];
        e[k] = 1;
        double[] jv = tangent(c, x, e);
        for (int r = 0; r < out.length; r++) {
          double exact = out[r].getPartialDerivative(orders);
          assertEquals(exact, jv[r], 1e-12 * Math.max(1, Math.abs(exact)), c.name + " tangent, output " + r + ", input " + k);
        }
      }
      for (int r = 0; r < out.length; r++) {
        double[] w = new double[out.length];
        w[r] = 1;
        double[] g = adjoint(c, x, w);
        for (int k = 0; k < n; k++) {
          int[] orders = new int[n];
          orders[k] = 1;
          double exact = out[r].getPartialDerivative(orders);
          assertEquals(exact, g[k], 1e-12 * Math.max(1, Math.abs(exact)), c.name + " adjoint, output " + r + ", input " + k);
        }
      }
    }
  }

  @Test
  void bothModesAgainstFiniteDifferences() {
    for (Case c : CASES) {
      double[] x = point(c);
      java.util.Random r = new java.util.Random(11);
      for (int trial = 0; trial < 3; trial++) {
        double[] v = new double[x.length];
        for (int k = 0; k < v.length; k++) v[k] = r.nextGaussian();
        Function<double[], double[]> fn = c::outputs;
        FiniteDifferences.Estimate[] fd = FiniteDifferences.directional(fn, x, v);
        double[] jv = tangent(c, x, v);
        for (int o = 0; o < fd.length; o++) {
          assertEquals(fd[o].value(), jv[o], fd[o].tolerance(1e-8), c.name + " tangent vs differences, output " + o);
        }
        double[] w = new double[fd.length];
        w[0] = 1;
        double[] g = adjoint(c, x, w);
        double gv = 0;
        for (int k = 0; k < v.length; k++) gv += g[k] * v[k];
        assertEquals(fd[0].value(), gv, fd[0].tolerance(1e-8), c.name + " adjoint vs differences");
      }
    }
  }

  @Test
  void dotProductBetweenTheModesWithSeedsOnTheFinalState() {
    for (Case c : CASES) {
      double[] x = point(c);
      DotProductCheck.check(c.name, x, c.fields + 1, (p, v) -> tangent(c, p, v), (p, w) -> adjoint(c, p, w), 5, 4);
    }
  }

  @Test
  void theCalleesRunOnceAndLeaveTheObjectsAsThePrimalDoes() throws Exception {
    for (Case c : CASES) {
      double[] x = point(c);
      Object a = c.make(Arrays.copyOf(x, c.fields)), p = c.make(Arrays.copyOf(x, c.fields));
      double[] grad = new double[1];
      double value = c.adjoint(a, Derivatives.zeroShadow(a), x[c.fields], 1.0, grad);
      assertEquals(c.primal(p, x[c.fields]), value, 0, c.name);
      assertEquals(Arrays.toString(c.fields(p)), Arrays.toString(c.fields(a)), c.name);
    }
  }
}
