package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.oracle.FiniteDifferences;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * The zero-seed exemption of the reverse strong zero ("a zero scalar seed makes every adjoint 0")
 * held only while the scalar seed is the one way in. A method that also writes an output array gets
 * adjoints from that array's seed: {@code out[0] = cos(sqrt(x))} at x = 0 with scalar seed 0 and
 * {@code outBar[0] = 1} gave 0, where the derivative is -1/2 (a reviewer's finding). Reverse mode
 * cannot prove that zero partial independent of the singular value, so the answer is now NaN —
 * never a wrong number; with the scalar seed alone, or away from 0, the exact values as before.
 */
class ZeroScalarSeedWithArraySeedTest {
  static final String MEMBERS = """
          @dev.leibniz.Differentiable
          static double f(double x, double[] out) {
            out[0] = Math.cos(Math.sqrt(x));
            return 2 * x;
          }
        """;

  @Test
  void anArraySeedBesideAZeroScalarSeedIsNotTakenForZero() throws Throwable {
    Subject s = Subject.ofMembers("ZeroSeedArray", MEMBERS, "");
    Class<?> c = s.loadTransformed();
    Method adjoint = null;
    for (Method m : c.getDeclaredMethods()) if (m.getName().equals("f$adjoint")) adjoint = m;
    adjoint.setAccessible(true);
    double[] grad = new double[1];
    adjoint.invoke(null, 0.0, new double[1], new double[] {1}, 0.0, grad);
    assertTrue(Double.isNaN(grad[0]) || grad[0] == -0.5, "d out[0]/dx at 0 is -1/2; got " + grad[0]);
    grad[0] = 0;
    adjoint.invoke(null, 0.0, new double[1], new double[] {0}, 1.0, grad);
    // the result's seed alone: 2, or NaN where the reverse cannot prove cos's zero partial independent of sqrt x
    assertTrue(Double.isNaN(grad[0]) || grad[0] == 2.0, "the result's seed alone; got " + grad[0]);
    for (double x : new double[] {0.3, 1.7}) {
      double[] g = new double[1];
      adjoint.invoke(null, x, new double[1], new double[] {1}, 0.0, g);
      double fd = FiniteDifferences.derivative(q -> Math.cos(Math.sqrt(q)), x).value();
      assertEquals(fd, g[0], 1e-7, "d out[0]/dx at " + x);
      double exact = -Math.sin(Math.sqrt(x)) / (2 * Math.sqrt(x));
      assertEquals(exact, g[0], 1e-15, "analytic at " + x);
    }
  }
}
