package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.Body;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Random;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * The Benchmarks Game n-body simulation with {@code Body} objects, forward mode: the directional
 * derivative of the energy after k steps along a direction of the initial state (positions,
 * velocities, masses and the step), given in the receiver's shadow, against central finite
 * differences and Hipparchus {@code DerivativeStructure} running the same simulation.
 */
class NBodyTangentTest {
  static final Transformed T = Transformed.of(dev.leibniz.objects.fixtures.NBody.class);
  static final int N = 4;

  /** A state: 7 numbers per body (x y z vx vy vz mass). */
  static double[] state(long seed) {
    Random r = new Random(seed);
    double[] s = new double[7 * N];
    for (int i = 0; i < N; i++) {
      for (int k = 0; k < 3; k++) s[7 * i + k] = 4 * r.nextDouble() - 2 + 3 * i;
      for (int k = 3; k < 6; k++) s[7 * i + k] = r.nextDouble() - 0.5;
      s[7 * i + 6] = 0.5 + r.nextDouble();
    }
    return s;
  }

  static Body[] bodies(double[] s) {
    Body[] b = new Body[N];
    for (int i = 0; i < N; i++) {
      b[i] = new Body(s[7 * i], s[7 * i + 1], s[7 * i + 2], s[7 * i + 3], s[7 * i + 4], s[7 * i + 5], s[7 * i + 6]);
    }
    return b;
  }

  Object system(Body[] b) throws Exception {
    Constructor<?> c = T.type.getConstructor(Body[].class);
    return c.newInstance((Object) b);
  }

  double energyAfter(double[] s, int steps, double dt) throws Exception {
    Object sys = system(bodies(s));
    return (double) T.type.getMethod("energyAfter", int.class, double.class).invoke(sys, steps, dt);
  }

  /** The tangent companion with the direction {@code v} in a zero shadow of the receiver. */
  double tangent(double[] s, double[] v, int steps, double dt, double ddt) throws Exception {
    Object sys = system(bodies(s));
    Object shadow = Derivatives.zeroShadow(sys);
    Body[] sb = (Body[]) T.type.getField("bodies").get(shadow);
    for (int i = 0; i < N; i++) {
      Body b = sb[i];
      b.x = v[7 * i]; b.y = v[7 * i + 1]; b.z = v[7 * i + 2];
      b.vx = v[7 * i + 3]; b.vy = v[7 * i + 4]; b.vz = v[7 * i + 5]; b.mass = v[7 * i + 6];
    }
    Method m = T.type.getMethod("energyAfter$tangent", T.type, int.class, double.class, double.class);
    return (double) m.invoke(sys, shadow, steps, dt, ddt);
  }

  @Test
  void companionSignatureTakesTheReceiversShadow() throws Exception {
    assertEquals(double.class, T.type.getMethod("energyAfter$tangent", T.type, int.class, double.class, double.class).getReturnType());
    // reverse mode: the receiver's adjoint shadow first, advance (which writes the bodies) split (OrbitsAdjointTest)
    assertEquals(double.class, T.type.getMethod("energyAfter$adjoint", T.type, int.class, double.class, double.class, double[].class).getReturnType());
  }

  @Test
  void energyAfterStepsAgainstFiniteDifferencesAndDerivativeStructure() throws Exception {
    for (int steps : new int[] {0, 1, 10}) {
      double[] s = state(steps + 1);
      double[] v = state(100 + steps);
      for (int i = 0; i < v.length; i++) v[i] -= 1.5;
      double dt = 0.01;
      double ddt = 0.5;
      double tangent = tangent(s, v, steps, dt, ddt);
      // finite differences over (state, dt) along (v, ddt)
      double[] x = new double[s.length + 1];
      System.arraycopy(s, 0, x, 0, s.length);
      x[s.length] = dt;
      double[] dir = new double[x.length];
      System.arraycopy(v, 0, dir, 0, v.length);
      dir[s.length] = ddt;
      FiniteDifferences.Estimate fd = FiniteDifferences.directional(p -> {
        try {
          return new double[] {energyAfter(java.util.Arrays.copyOf(p, s.length), steps, p[s.length])};
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      }, x, dir)[0];
      assertEquals(fd.value(), tangent, fd.tolerance(1e-8), "finite differences, steps " + steps);
      double exact = hipparchus(s, v, steps, dt, ddt);
      assertEquals(exact, tangent, 1e-11 * Math.max(1, Math.abs(exact)), "DerivativeStructure, steps " + steps);
    }
  }

  @Test
  void staticMethodWithABodyArrayParameter() throws Exception {
    double[] s = state(7);
    double[] v = state(8);
    Body[] b = bodies(s);
    Body[] sb = Derivatives.zeroShadow(b);
    for (int i = 0; i < N; i++) {
      sb[i].vx = v[7 * i + 3]; sb[i].mass = v[7 * i + 6];
    }
    double scale = 1.5, dscale = -0.25;
    double t = (double) T.type.getMethod("kinetic$tangent", Body[].class, Body[].class, double.class, double.class)
        .invoke(null, b, sb, scale, dscale);
    double exact = 0;
    for (int i = 0; i < N; i++) {
      Body p = b[i];
      double sq = p.vx * p.vx + p.vy * p.vy + p.vz * p.vz;
      exact += 0.5 * sb[i].mass * scale * sq + 0.5 * p.mass * dscale * sq + p.mass * scale * p.vx * sb[i].vx;
    }
    assertEquals(exact, t, 1e-13 * Math.abs(exact));
  }

  /** The same simulation on DerivativeStructures of one variable t: state = s + t v, dt = dt + t ddt. */
  static double hipparchus(double[] s, double[] v, int steps, double dt0, double ddt) {
    DSFactory f = new DSFactory(1, 1);
    DerivativeStructure t = f.variable(0, 0);
    DerivativeStructure[][] b = new DerivativeStructure[N][7];
    for (int i = 0; i < N; i++) {
      for (int k = 0; k < 7; k++) b[i][k] = t.multiply(v[7 * i + k]).add(s[7 * i + k]);
    }
    DerivativeStructure dt = t.multiply(ddt).add(dt0);
    for (int step = 0; step < steps; step++) {
      for (int i = 0; i < N; i++) {
        for (int j = i + 1; j < N; j++) {
          DerivativeStructure dx = b[i][0].subtract(b[j][0]), dy = b[i][1].subtract(b[j][1]), dz = b[i][2].subtract(b[j][2]);
          DerivativeStructure d2 = dx.multiply(dx).add(dy.multiply(dy)).add(dz.multiply(dz));
          DerivativeStructure mag = dt.divide(d2.multiply(d2.sqrt()));
          DerivativeStructure[] d = {dx, dy, dz};
          for (int k = 0; k < 3; k++) {
            b[i][3 + k] = b[i][3 + k].subtract(d[k].multiply(b[j][6]).multiply(mag));
            b[j][3 + k] = b[j][3 + k].add(d[k].multiply(b[i][6]).multiply(mag));
          }
        }
      }
      for (int i = 0; i < N; i++) {
        for (int k = 0; k < 3; k++) b[i][k] = b[i][k].add(dt.multiply(b[i][3 + k]));
      }
    }
    DerivativeStructure e = f.constant(0);
    for (int i = 0; i < N; i++) {
      DerivativeStructure sq = b[i][3].multiply(b[i][3]).add(b[i][4].multiply(b[i][4])).add(b[i][5].multiply(b[i][5]));
      e = e.add(b[i][6].multiply(sq).multiply(0.5));
      for (int j = i + 1; j < N; j++) {
        DerivativeStructure dx = b[i][0].subtract(b[j][0]), dy = b[i][1].subtract(b[j][1]), dz = b[i][2].subtract(b[j][2]);
        e = e.subtract(b[i][6].multiply(b[j][6]).divide(dx.multiply(dx).add(dy.multiply(dy)).add(dz.multiply(dz)).sqrt()));
      }
    }
    return e.getPartialDerivative(1);
  }
}
