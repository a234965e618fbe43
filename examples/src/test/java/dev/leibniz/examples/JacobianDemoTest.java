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
    assertTrue(lines[3].contains("pattern by index sets"), lines[3]);
  }

  /**
   * The pattern from index sets ({@code residuals$pattern}) is the observations' pattern less, in
   * each reprojection row, the other row's principal point; the Jacobian on it has the same entries.
   */
  @Test
  void detectedPatternIsTheTrueStructure() {
    BaInput in = BaInput.read(TEST);
    BaProblem problem = new BaProblem(in);
    double[] x = BaProblem.parameters(in);
    int n = problem.parameterCount(), m = problem.residualCount(), p = m / 3;
    SparseJacobian given = SparseJacobian.of(MethodHandles.lookup(), problem, "residuals", n, m, problem.pattern());
    int[][] detected = SparseJacobian.detect(MethodHandles.lookup(), problem, "residuals", n, m, x);
    int[][] full = given.pattern();
    double[][] onGiven = given.values(x, null);
    double[][] onDetected = SparseJacobian.of(MethodHandles.lookup(), problem, "residuals", n, m, detected).values(x, null);
    for (int i = 0; i < m; i++) {
      java.util.List<Integer> expected = new java.util.ArrayList<>();
      for (int k = 0; k < full[i].length; k++) {
        int column = full[i][k];
        boolean otherPrincipal = i < 2 * p && column == in.obsCamera()[i / 2] * BaInput.CAMERA_SIZE + 7 + (1 - i % 2);
        if (otherPrincipal) {
          assertEquals(0, onGiven[i][k], 0, "row " + i + ": the entry left out is zero");
        } else {
          expected.add(column);
          assertEquals(onGiven[i][k], onDetected[i][expected.size() - 1], 0, "row " + i + " column " + column);
        }
      }
      org.junit.jupiter.api.Assertions.assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), detected[i], "row " + i);
    }
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
