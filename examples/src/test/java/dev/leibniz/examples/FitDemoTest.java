package dev.leibniz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.hipparchus.LeibnizModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import org.hipparchus.linear.ArrayRealVector;
import org.junit.jupiter.api.Test;

/**
 * The {@code fit} command: the Leibniz Jacobian of the residuals against Hipparchus and central
 * differences, both fits reaching the same parameters near the true ones, and the report's form.
 */
class FitDemoTest {
  @Test
  void leibnizJacobianMatchesHipparchusAndDifferences() {
    DampedOscillation data = DampedOscillation.observations(200, 0.05, 7);
    LeibnizModel model = LeibnizModel.of(MethodHandles.lookup(), data, "residuals", 5, 200);
    double[] p = DampedOscillation.START;
    double[][] j = model.jacobian(p, null);
    double[][] ds = data.hipparchusModel().value(new ArrayRealVector(p)).getSecond().getData();
    for (int k = 0; k < 5; k++) {
      double h = 1e-6 * Math.max(1, Math.abs(p[k]));
      double[] up = p.clone(), down = p.clone();
      up[k] += h;
      down[k] -= h;
      double[] ru = model.residuals(up), rd = model.residuals(down);
      for (int i = 0; i < 200; i++) {
        double fd = (ru[i] - rd[i]) / (2 * h);
        assertEquals(ds[i][k], j[i][k], 1e-13 * Math.max(1, Math.abs(ds[i][k])), "J vs Hipparchus [" + i + "][" + k + "]");
        assertEquals(fd, j[i][k], 1e-7 * Math.max(1, Math.abs(fd)), "J vs differences [" + i + "][" + k + "]");
      }
    }
  }

  @Test
  void bothFitsAgreeNearTheTrueParameters() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    double difference = new FitDemo(new PrintStream(buffer, true, StandardCharsets.UTF_8)).run();
    String[] lines = buffer.toString(StandardCharsets.UTF_8).split("\n");
    assertTrue(lines[lines.length - 1].startsWith("max parameter difference: "), lines[lines.length - 1]);
    assertTrue(difference < 1e-9, "the two fits differ by " + difference);
    DampedOscillation data = DampedOscillation.observations(FitDemo.POINTS, 0.05, 7);
    double[] p = FitDemo.fit(LeibnizModel.of(MethodHandles.lookup(), data, "residuals", 5, FitDemo.POINTS)).getPoint().toArray();
    for (int k = 0; k < 5; k++) assertEquals(DampedOscillation.TRUE[k], p[k], 0.01, "parameter " + k);
  }
}
