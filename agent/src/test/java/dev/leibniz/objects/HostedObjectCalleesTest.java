package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.Body;
import dev.leibniz.objects.fixtures.UsesBodyMath;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * Objects passed to unmarked static methods of another class, whose companions are generated into
 * the caller: both modes against the analytic derivative; a writing callee of another class is
 * reversed in split mode (CrossClassWritesTest has the oracles).
 */
class HostedObjectCalleesTest {
  static final Transformed T = Transformed.of(UsesBodyMath.class, true);

  static Body[] bodies() {
    return new Body[] {new Body(0, 0, 0, 1, 2, 3, 2), new Body(1, 1, 1, -1, 0.5, 0, 0.5)};
  }

  @Test
  void tangentThroughAReadingAndAWritingCallee() throws Exception {
    Body[] b = bodies();
    Body[] s = Derivatives.zeroShadow(b);
    s[0].vx = 1; // d/d vx0
    s[1].mass = 1; // and d/d m1
    double dv = 0.25, ddv = 0.5;
    Method t = T.type.getMethod("kickedEnergy$tangent", Body[].class, Body[].class, double.class, double.class);
    double got = (double) t.invoke(null, b, s, dv, ddv);
    // E = sum 0.5 m ((vx + dv/m)^2 + vy^2 + vz^2)
    Body[] p = bodies();
    double exact = 0;
    for (int i = 0; i < 2; i++) {
      double m = p[i].mass, vx = p[i].vx + dv / m;
      double dm = i == 1 ? 1 : 0, dvx0 = i == 0 ? 1 : 0;
      double dvx = dvx0 + ddv / m - dv * dm / (m * m);
      double sq = vx * vx + p[i].vy * p[i].vy + p[i].vz * p[i].vz;
      exact += 0.5 * dm * sq + m * vx * dvx;
    }
    assertEquals(exact, got, 1e-14);
    assertEquals(p[0].vx + dv / p[0].mass, b[0].vx, 0, "the primal's write happened once");
  }

  @Test
  void adjointThroughAReadingCallee() throws Exception {
    Body[] b = bodies();
    Body[] bar = Derivatives.zeroShadow(b);
    double e = (double) T.type.getMethod("energy$adjoint", Body[].class, Body[].class, double.class).invoke(null, b, bar, 1.0);
    assertEquals(0.5 * 2 * 14 + 0.5 * 0.5 * 1.25, e, 1e-15);
    for (int i = 0; i < 2; i++) {
      assertEquals(b[i].mass * b[i].vx, bar[i].vx, 1e-15);
      assertEquals(0.5 * (b[i].vx * b[i].vx + b[i].vy * b[i].vy + b[i].vz * b[i].vz), bar[i].mass, 1e-15);
      assertEquals(0, bar[i].x, 0);
    }
  }

  @Test
  void writingCalleeOfAnotherClassIsReversedInSplitMode() throws Exception {
    assertEquals(0, T.result.diagnostics().size(), () -> "" + T.result.diagnostics());
    Body[] b = bodies();
    Body[] bar = Derivatives.zeroShadow(b);
    double dv = 0.25;
    double[] grad = new double[1];
    T.type.getMethod("kickedEnergy$adjoint", Body[].class, Body[].class, double.class, double.class, double[].class)
        .invoke(null, b, bar, dv, 1.0, grad);
    // E = sum 0.5 m ((vx + dv/m)^2 + vy^2 + vz^2), differentiated with respect to the initial state
    Body[] p = bodies();
    double dDv = 0;
    for (int i = 0; i < 2; i++) {
      double m = p[i].mass, vx = p[i].vx + dv / m;
      double sq = vx * vx + p[i].vy * p[i].vy + p[i].vz * p[i].vz;
      assertEquals(m * vx, bar[i].vx, 1e-14);
      assertEquals(0.5 * sq - vx * dv / m, bar[i].mass, 1e-14);
      dDv += vx;
    }
    assertEquals(dDv, grad[0], 1e-14);
    assertEquals(p[0].vx + dv / p[0].mass, b[0].vx, 0, "the primal's write happened once");
  }

  @Test
  void subclassOfADifferentiableClassHasShadowsInBothModes() throws Exception {
    Transformed t = Transformed.of(dev.leibniz.objects.fixtures.Fields.class);
    dev.leibniz.objects.fixtures.Charged c = new dev.leibniz.objects.fixtures.Charged();
    c.q = 2;
    c.m = 3;
    dev.leibniz.objects.fixtures.Charged s = Derivatives.zeroShadow(c);
    s.q = 1;
    s.m = 0.5;
    double r = 4;
    double d = (double) t.type.getMethod("potential$tangent", c.getClass(), c.getClass(), double.class, double.class).invoke(null, c, s, r, 1.0);
    assertEquals((1 * 3 + 2 * 0.5) / r - 2 * 3 / (r * r), d, 1e-15);
    dev.leibniz.objects.fixtures.Charged bar = Derivatives.zeroShadow(c);
    double[] grad = new double[1];
    t.type.getMethod("potential$adjoint", c.getClass(), c.getClass(), double.class, double.class, double[].class).invoke(null, c, bar, r, 1.0, grad);
    assertEquals(3 / r, bar.q, 1e-15);
    assertEquals(2 / r, bar.m, 1e-15);
    assertEquals(-6 / (r * r), grad[0], 1e-15);
  }

  @Test
  void companionCallsDispatchOnTheReceiversClassWithTheirShadows() throws Exception {
    dev.leibniz.oracle.LinkedFixtures l = dev.leibniz.oracle.LinkedFixtures.of(
        dev.leibniz.objects.fixtures.Shape.class, dev.leibniz.objects.fixtures.Square.class);
    Class<?> shape = l.get(dev.leibniz.objects.fixtures.Shape.class), square = l.get(dev.leibniz.objects.fixtures.Square.class);
    Object sq = square.getConstructor().newInstance();
    Object dsq = Derivatives.zeroShadow(sq);
    square.getField("side").setDouble(dsq, 1); // d/d side
    double s = 1.5;
    // twice = 2 * scale * side^2 * s^2: d/d side = 4 scale side s^2, plus d/ds = 4 scale side^2 s
    double t = (double) shape.getMethod("twice$tangent", shape, shape, double.class, double.class).invoke(null, sq, dsq, s, 1.0);
    assertEquals(4 * 2 * s * s + 4 * 4 * s, t, 1e-14);
    Object bar = Derivatives.zeroShadow(sq);
    double[] grad = new double[1];
    shape.getMethod("twice$adjoint", shape, shape, double.class, double.class, double[].class).invoke(null, sq, bar, s, 1.0, grad);
    assertEquals(4 * 2 * s * s, square.getField("side").getDouble(bar), 1e-14);
    assertEquals(2 * 4 * s * s, shape.getField("scale").getDouble(bar), 1e-14);
    assertEquals(4 * 4 * s, grad[0], 1e-14);
  }

  @Test
  void anOverrideThatCannotBeDifferentiatedThrowsInsteadOfTheBaseDerivative() throws Exception {
    dev.leibniz.oracle.LinkedFixtures l = dev.leibniz.oracle.LinkedFixtures.allowingDiagnostics(
        dev.leibniz.objects.fixtures.Shape.class, dev.leibniz.objects.fixtures.BadSquare.class);
    Class<?> shape = l.get(dev.leibniz.objects.fixtures.Shape.class), bad = l.get(dev.leibniz.objects.fixtures.BadSquare.class);
    Object sq = bad.getConstructor().newInstance();
    Method twice = shape.getMethod("twice$tangent", shape, shape, double.class, double.class);
    java.lang.reflect.InvocationTargetException e = org.junit.jupiter.api.Assertions.assertThrows(
        java.lang.reflect.InvocationTargetException.class, () -> twice.invoke(null, sq, Derivatives.zeroShadow(sq), 1.5, 1.0));
    assertTrue(e.getCause() instanceof IllegalStateException, e.getCause()::toString);
  }
}
