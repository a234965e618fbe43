package dev.leibniz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.examples.nbody.Body;
import dev.leibniz.examples.nbody.NBodyDemo;
import dev.leibniz.examples.nbody.NBodySystem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * The {@code nbody} command, under the agent: the gradient of the energy after k steps with
 * respect to the initial velocities, by tangent companions through the receiver's shadow and by one
 * adjoint call into the receiver's adjoint shadow, against
 * Hipparchus {@code DerivativeStructure} (15 variables) and central differences.
 */
class NBodyDemoTest {
  @Test
  void gradientIsDerivativeStructuresAndDifferences() throws Throwable {
    int steps = 200;
    double dt = 0.01;
    NBodyDemo demo = new NBodyDemo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), steps, dt);
    double[][] g = demo.gradient();
    double[][] a = demo.adjointGradient();
    double[] exact = hipparchus(steps, dt);
    for (int i = 0; i < 5; i++) {
      for (int k = 0; k < 3; k++) {
        double e = exact[3 * i + k];
        assertEquals(e, g[i][k], 1e-9 * Math.max(1e-3, Math.abs(e)), "tangent, body " + i + " component " + k);
        assertEquals(e, a[i][k], 1e-9 * Math.max(1e-3, Math.abs(e)), "adjoint, body " + i + " component " + k);
      }
    }
    double[][] fd = demo.differences();
    for (int i = 0; i < 5; i++) {
      for (int k = 0; k < 3; k++) {
        assertEquals(fd[i][k], g[i][k], 1e-5 * Math.max(1e-3, Math.abs(g[i][k])));
      }
    }
  }

  @Test
  void reportEndsWithASmallDifference() throws Throwable {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    double max = new NBodyDemo(new PrintStream(buffer, true, StandardCharsets.UTF_8), 100, 0.01).run();
    String[] lines = buffer.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(9, lines.length, () -> String.join("\n", lines));
    assertTrue(lines[8].startsWith("max relative difference: ") && max < 1e-5, lines[8]);
  }

  /** The simulation on DerivativeStructures of the 15 initial velocity components. */
  static double[] hipparchus(int steps, double dt) {
    DSFactory f = new DSFactory(15, 1);
    Body[] init = new NBodySystem().bodies;
    DerivativeStructure[][] b = new DerivativeStructure[5][7];
    for (int i = 0; i < 5; i++) {
      Body p = init[i];
      b[i][0] = f.constant(p.x);
      b[i][1] = f.constant(p.y);
      b[i][2] = f.constant(p.z);
      b[i][3] = f.variable(3 * i, p.vx);
      b[i][4] = f.variable(3 * i + 1, p.vy);
      b[i][5] = f.variable(3 * i + 2, p.vz);
      b[i][6] = f.constant(p.mass);
    }
    for (int s = 0; s < steps; s++) {
      for (int i = 0; i < 5; i++) {
        for (int j = i + 1; j < 5; j++) {
          DerivativeStructure[] d = {b[i][0].subtract(b[j][0]), b[i][1].subtract(b[j][1]), b[i][2].subtract(b[j][2])};
          DerivativeStructure d2 = d[0].multiply(d[0]).add(d[1].multiply(d[1])).add(d[2].multiply(d[2]));
          DerivativeStructure mag = d2.multiply(d2.sqrt()).reciprocal().multiply(dt);
          for (int k = 0; k < 3; k++) {
            b[i][3 + k] = b[i][3 + k].subtract(d[k].multiply(b[j][6]).multiply(mag));
            b[j][3 + k] = b[j][3 + k].add(d[k].multiply(b[i][6]).multiply(mag));
          }
        }
      }
      for (int i = 0; i < 5; i++) {
        for (int k = 0; k < 3; k++) b[i][k] = b[i][k].add(b[i][3 + k].multiply(dt));
      }
    }
    DerivativeStructure e = f.constant(0);
    for (int i = 0; i < 5; i++) {
      e = e.add(b[i][6].multiply(0.5).multiply(b[i][3].multiply(b[i][3]).add(b[i][4].multiply(b[i][4])).add(b[i][5].multiply(b[i][5]))));
      for (int j = i + 1; j < 5; j++) {
        DerivativeStructure dx = b[i][0].subtract(b[j][0]), dy = b[i][1].subtract(b[j][1]), dz = b[i][2].subtract(b[j][2]);
        e = e.subtract(b[i][6].multiply(b[j][6]).divide(dx.multiply(dx).add(dy.multiply(dy)).add(dz.multiply(dz)).sqrt()));
      }
    }
    double[] g = new double[15];
    for (int v = 0; v < 15; v++) {
      int[] orders = new int[15];
      orders[v] = 1;
      g[v] = e.getPartialDerivative(orders);
    }
    return g;
  }
}
