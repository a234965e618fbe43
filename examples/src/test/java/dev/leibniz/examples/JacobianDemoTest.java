package dev.leibniz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.SparseJacobian;
import dev.leibniz.examples.adbench.AdbenchData;
import dev.leibniz.examples.adbench.BaInput;
import dev.leibniz.examples.adbench.BaProblem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The {@code jacobian} command on ADBench's BA test instance: 15 colours, the entries against
 * adjoint rows (the report) and against central differences of all residuals.
 */
class JacobianDemoTest {
  private static final Path TEST = AdbenchData.require().resolve("ba/test.txt");

  @Test
  void colouredSweepsMatchAdjointRows() throws Throwable {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    double error = new JacobianDemo(new PrintStream(buffer, true, StandardCharsets.UTF_8), TEST).run();
    String[] lines = buffer.toString(StandardCharsets.UTF_8).split("\n");
    assertTrue(lines[lines.length - 1].matches("max relative error: \\d\\.\\d\\de[-+]\\d+"), lines[lines.length - 1]);
    assertTrue(error < 1e-12, "error " + error);
    assertTrue(lines[1].contains("15 colours"), lines[1]);
    assertTrue(lines[1].contains("16 directions in 1 call"), lines[1]);
  }

  /** One vector tangent call gives exactly what one tangent call per colour gives. */
  @Test
  void vectorTangentsMatchOneCallPerColour() {
    BaInput in = BaInput.read(TEST);
    BaProblem problem = new BaProblem(in);
    double[] x = BaProblem.parameters(in);
    int n = problem.parameterCount(), m = problem.residualCount();
    SparseJacobian vector = SparseJacobian.of(MethodHandles.lookup(), problem, "residuals", n, m, problem.pattern());
    assertTrue(vector.byVectorTangents());
    double[] r1 = new double[m], r2 = new double[m], r0 = new double[m];
    double[][] a = vector.values(x, r1), b = vector.oneDirectionPerCall().values(x, r2);
    problem.residuals(x, r0);
    org.junit.jupiter.api.Assertions.assertArrayEquals(r0, r1, 0, "the residuals");
    for (int i = 0; i < m; i++) org.junit.jupiter.api.Assertions.assertArrayEquals(b[i], a[i], 1e-15 * (1 + Math.abs(b[i][0])), "row " + i);
  }

  @Test
  void colouredSweepsMatchCentralDifferences() {
    BaInput in = BaInput.read(TEST);
    BaProblem problem = new BaProblem(in);
    double[] x = BaProblem.parameters(in);
    int n = problem.parameterCount(), m = problem.residualCount();
    double[][] j = SparseJacobian.of(MethodHandles.lookup(), problem, "residuals", n, m, problem.pattern()).dense(x, null);
    for (int c = 0; c < n; c++) {
      double h = 1e-6 * Math.max(1, Math.abs(x[c]));
      double[] up = x.clone(), down = x.clone(), ru = new double[m], rd = new double[m];
      up[c] += h;
      down[c] -= h;
      problem.residuals(up, ru);
      problem.residuals(down, rd);
      for (int i = 0; i < m; i++) {
        double fd = (ru[i] - rd[i]) / (2 * h);
        assertEquals(fd, j[i][c], 1e-5 * Math.max(1, Math.abs(fd)), "J[" + i + "][" + c + "]");
      }
    }
  }
}
