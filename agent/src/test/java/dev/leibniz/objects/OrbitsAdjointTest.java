package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.Body;
import dev.leibniz.objects.fixtures.Orbits;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The n-body simulation in reverse mode, twice: with the bodies' fields overwritten in the method's
 * own loop ({@link Orbits}), and with the Benchmarks Game's {@code advance} as a private callee that
 * writes them ({@link dev.leibniz.objects.fixtures.NBody}, reversed in split mode): the gradient of
 * the energy after k steps with respect to the whole initial state in one adjoint call (in the
 * receiver's adjoint shadow), against Hipparchus {@code DerivativeStructure}; and the dot-product
 * test between the tangent and the adjoint, with seeds on the final state of the bodies too.
 */
class OrbitsAdjointTest {
  static final Transformed ORBITS = Transformed.of(Orbits.class);
  static final Transformed NBODY = Transformed.of(dev.leibniz.objects.fixtures.NBody.class);
  static final int N = NBodyTangentTest.N;
  /** The class under test in the current loop of a test. */
  Transformed T;

  Object system(double[] s) throws Exception {
    return T.type.getConstructor(Body[].class).newInstance((Object) NBodyTangentTest.bodies(s));
  }

  static Body[] bodies(Object system) throws Exception {
    return (Body[]) system.getClass().getField("bodies").get(system);
  }

  static void set(Body[] b, double[] v) {
    for (int i = 0; i < N; i++) {
      Body p = b[i];
      p.x = v[7 * i]; p.y = v[7 * i + 1]; p.z = v[7 * i + 2];
      p.vx = v[7 * i + 3]; p.vy = v[7 * i + 4]; p.vz = v[7 * i + 5]; p.mass = v[7 * i + 6];
    }
  }

  static double[] get(Body[] b) {
    double[] v = new double[7 * N];
    for (int i = 0; i < N; i++) {
      Body p = b[i];
      v[7 * i] = p.x; v[7 * i + 1] = p.y; v[7 * i + 2] = p.z;
      v[7 * i + 3] = p.vx; v[7 * i + 4] = p.vy; v[7 * i + 5] = p.vz; v[7 * i + 6] = p.mass;
    }
    return v;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  Method adjoint() throws Exception {
    return T.type.getMethod("energyAfter$adjoint", T.type, int.class, double.class, double.class, double[].class);
  }

  @Test
  void gradientOfTheEnergyAfterStepsAgainstDerivativeStructure() throws Exception {
    for (Transformed t : new Transformed[] {ORBITS, NBODY}) {
      T = t;
      gradients();
    }
  }

  @Test
  void dotProductWithTheTangentIncludingTheFinalState() throws Exception {
    for (Transformed t : new Transformed[] {ORBITS, NBODY}) {
      T = t;
      dotProducts();
    }
  }

  void gradients() throws Exception {
    for (int steps : new int[] {0, 1, 10}) {
      double[] s = NBodyTangentTest.state(steps + 1);
      double dt = 0.01;
      Object sys = system(s);
      Object bar = Derivatives.zeroShadow(sys);
      double[] grad = new double[1];
      double e = (double) adjoint().invoke(sys, bar, steps, dt, 1.0, grad);
      double[] g = get(bodies(bar));
      double[] unit = new double[s.length];
      for (int k = 0; k < s.length; k++) {
        unit[k] = 1;
        double exact = NBodyTangentTest.hipparchus(s, unit, steps, dt, 0);
        unit[k] = 0;
        assertEquals(exact, g[k], 1e-11 * Math.max(1, Math.abs(exact)), T.type.getSimpleName() + ", steps " + steps + ", component " + k);
      }
      assertEquals(NBodyTangentTest.hipparchus(s, unit, steps, dt, 1), grad[0], 1e-9, "d/d dt");
      assertEquals((double) T.type.getMethod("energyAfter", int.class, double.class).invoke(system(s), steps, dt), e, 0, "value");
    }
  }

  void dotProducts() throws Exception {
    Random r = new Random(3);
    for (int trial = 0; trial < 3; trial++) {
      int steps = 5 + trial;
      double[] s = NBodyTangentTest.state(20 + trial);
      double dt = 0.02;
      double[] v = new double[s.length], w = new double[s.length];
      for (int k = 0; k < s.length; k++) {
        v[k] = r.nextGaussian();
        w[k] = r.nextGaussian();
      }
      double ddt = r.nextGaussian(), wE = r.nextGaussian();
      // J v: the tangent, with v in the receiver's shadow; the shadow ends with d(final state)
      Object sysT = system(s), shT = Derivatives.zeroShadow(sysT);
      set(bodies(shT), v);
      double tE = (double) T.type.getMethod("energyAfter$tangent", T.type, int.class, double.class, double.class).invoke(sysT, shT, steps, dt, ddt);
      double lhs = wE * tE + dot(w, get(bodies(shT)));
      // J^T w: the adjoint, seeded with wE for the energy and w for the final state in the shadow
      Object sysA = system(s), shA = Derivatives.zeroShadow(sysA);
      set(bodies(shA), w);
      double[] grad = new double[1];
      adjoint().invoke(sysA, shA, steps, dt, wE, grad);
      double rhs = dot(get(bodies(shA)), v) + grad[0] * ddt;
      assertEquals(lhs, rhs, 1e-11 * Math.max(1, Math.abs(lhs)), "trial " + trial);
      // both companions leave the bodies where the primal leaves them
      assertEquals(dot(get(bodies(sysT)), v), dot(get(bodies(sysA)), v), 0);
    }
  }
}
