package dev.leibniz.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.core.fixtures.Scalars;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;

class SmokeTest {
  static final Transformed T = Transformed.of(Scalars.class);

  @Test
  void polyTangentAndAdjoint() {
    double x = 1.3, y = 0.7;
    double dfdx = 2 * x * y + 3 + y / (x * x);
    double dfdy = x * x - 1 / x;
    assertEquals(dfdx, (double) T.call("poly$tangent", x, 1.0, y, 0.0), 1e-12);
    assertEquals(dfdy, (double) T.call("poly$tangent", x, 0.0, y, 1.0), 1e-12);
    double[] g = new double[2];
    double f = (double) T.call("poly$adjoint", x, y, 1.0, g);
    assertEquals(Scalars.poly(x, y), f, 0);
    assertEquals(dfdx, g[0], 1e-12);
    assertEquals(dfdy, g[1], 1e-12);
  }

  @Test
  void loopAndNewton() {
    double x = 0.4;
    double h = 1e-6;
    double fd = (Scalars.loop(x + h, 7) - Scalars.loop(x - h, 7)) / (2 * h);
    assertEquals(fd, (double) T.call("loop$tangent", x, 1.0, 7), 1e-7);
    double[] g = new double[1];
    T.call("loop$adjoint", x, 7, 1.0, g);
    assertEquals(fd, g[0], 1e-7);
    double[] g2 = new double[1];
    T.call("newton$adjoint", 2.0, 1.0, g2);
    assertEquals(0.5 / Math.sqrt(2), g2[0], 1e-9);
    assertEquals(0.5 / Math.sqrt(2), (double) T.call("newton$tangent", 2.0, 1.0), 1e-9);
  }

  @Test
  void branchAndFloats() {
    for (double x : new double[] {0.5, 2.0}) {
      double fd = (Scalars.branch(x + 1e-6) - Scalars.branch(x - 1e-6)) / 2e-6;
      assertEquals(fd, (double) T.call("branch$tangent", x, 1.0), 1e-6);
      double[] g = new double[1];
      T.call("branch$adjoint", x, 1.0, g);
      assertEquals(fd, g[0], 1e-6);
    }
    float t = (float) T.call("floats$tangent", 1.5f, 1f, 0.3, 0.0);
    double[] g = new double[2];
    T.call("floats$adjoint", 1.5f, 0.3, 1f, g);
    assertEquals(t, g[0], 1e-4);
  }
}
