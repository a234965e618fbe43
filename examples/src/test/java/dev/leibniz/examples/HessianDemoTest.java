package dev.leibniz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Hessian;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * The {@code hessian} command: its Hessian by H·v products against the closed form and Hipparchus
 * at order 2, and its report (n rows, the last line {@code max relative error: E} with E small).
 */
class HessianDemoTest {
  @Test
  void reportEndsWithASmallMaxRelativeError() throws Throwable {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    double error = new HessianDemo(new PrintStream(buffer, true, StandardCharsets.UTF_8), 10).run();
    String[] lines = buffer.toString(StandardCharsets.UTF_8).split("\n");
    String last = lines[lines.length - 1];
    assertTrue(last.matches("max relative error: \\d\\.\\d\\de[-+]\\d+"), last);
    assertEquals(error, Double.parseDouble(last.substring("max relative error: ".length())), error * 0.01);
    assertTrue(error < 1e-6, last);
    assertEquals(10 + 4, lines.length, () -> String.join("\n", lines));
  }

  @Test
  void hessianByProductsIsTheClosedFormAndHipparchus() {
    int n = 10;
    double[] x = HessianDemo.startingPoint(n);
    for (int i = 0; i < n; i++) x[i] += 0.1 * i; // off the symmetric point
    double[][] h = Hessian.of(MethodHandles.lookup(), Rosenbrock.class, "extended", 0, double[].class).dense((Object) x);
    DSFactory factory = new DSFactory(n, 2);
    DerivativeStructure[] v = new DerivativeStructure[n];
    for (int i = 0; i < n; i++) v[i] = factory.variable(i, x[i]);
    DerivativeStructure f = factory.constant(0);
    for (int i = 0; i < n / 2; i++) {
      DerivativeStructure a = v[2 * i].multiply(v[2 * i]).subtract(v[2 * i + 1]);
      DerivativeStructure b = v[2 * i].subtract(1);
      f = f.add(a.multiply(a).multiply(100)).add(b.multiply(b));
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        int[] orders = new int[n];
        orders[i]++;
        orders[j]++;
        double closed = 0;
        int k = i / 2 * 2;
        if (i / 2 == j / 2) {
          if (i == k && j == k) closed = 1200 * x[k] * x[k] - 400 * x[k + 1] + 2;
          else if (i == j) closed = 200;
          else closed = -400 * x[k];
        }
        assertEquals(closed, h[i][j], 1e-12 * Math.max(1, Math.abs(closed)), "H[" + i + "][" + j + "] vs closed form");
        assertEquals(f.getPartialDerivative(orders), h[i][j], 1e-12 * Math.max(1, Math.abs(closed)), "H[" + i + "][" + j + "] vs Hipparchus");
      }
    }
  }
}
