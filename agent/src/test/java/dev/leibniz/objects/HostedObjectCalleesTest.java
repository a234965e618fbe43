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
 * refused in reverse mode with a warning at its call.
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
  void writingCalleeOfAnotherClassIsAWarningInReverseMode() {
    assertTrue(T.result.diagnostics().stream().anyMatch(d -> d.method().startsWith("kickedEnergy") && d.warning()
        && d.mode().equals("adjoint") && d.line() > 0 && d.reason().contains("BodyMath.kick")), () -> "" + T.result.diagnostics());
    assertEquals(1, T.result.diagnostics().size(), () -> "" + T.result.diagnostics());
  }
}
