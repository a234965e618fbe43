package dev.leibniz.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fuzzer's oracles, checked against hand-written companions: correct ones pass, and an adjoint
 * or tangent that is wrong in one partial is caught. Independent of the core.
 */
class OracleSelfTest {
  private static final String PRIMAL =
      """
        static double f0(double a, double p, double[] x, int n) {
          x[0] = x[0] * a;
          double s = Math.sin(x[0]) + p * a;
          return s * x[x.length - 1] + n;
        }
      """;

  private static final String COMPANIONS =
      """
        public static double f0$tangent(double a, double da, double p, double dp, double[] x, double[] dx, int n) {
          double[] d = dx == null ? new double[x.length] : dx;
          double x0 = x[0];
          d[0] = d[0] * a + x0 * da;
          x[0] = x0 * a;
          double s = Math.sin(x[0]) + p * a;
          double ds = Math.COS(x[0]) * d[0] + dp * a + p * da;
          int k = x.length - 1;
          return ds * x[k] + s * d[k];
        }
        public static double f0$adjoint(double a, double p, double[] x, double[] xbar, int n, double seed, double[] g) {
          double x0 = x[0];
          x[0] = x0 * a;
          double s = Math.sin(x[0]) + p * a;
          int k = x.length - 1;
          double result = s * x[k] + n;
          if (xbar == null) {
            xbar = new double[x.length];
          }
          double sbar = seed * x[k];
          xbar[k] += seed * s;
          xbar[0] += sbar * Math.cos(x[0]);
          double pbar = sbar * a;
          double abar = sbar * p;
          double x0bar = xbar[0] * a;
          abar += xbar[0] * x0;
          xbar[0] = x0bar;
          g[0] += abar;
          g[1] += pbar * PBAR_FACTOR;
          return result;
        }
      """;

  private static final Program PROGRAM =
      new Program(0, "f0", List.of(ParamKind.DOUBLE, ParamKind.DOUBLE, ParamKind.DOUBLE_ARRAY, ParamKind.INT),
          ParamKind.DOUBLE, PRIMAL);

  @Test
  void correctCompanionsPassEveryCheck() throws Exception {
    ProgramChecker checker = checker("cos", "1.0");
    int tangentChecked = 0;
    for (long point = 0; point < 50; point++) {
      ProgramChecker.Verdict v = checker.check(PROGRAM, point);
      assertNull(v.failure(), v.failure());
      assertTrue(v.dotChecked());
      tangentChecked += v.tangentChecked() ? 1 : 0;
    }
    assertTrue(tangentChecked > 40, "finite differences trusted at only " + tangentChecked + " of 50 points");
  }

  @Test
  void adjointWrongInOnePartialFailsTheDotProductTest() throws Exception {
    String failure = firstFailure(checker("cos", "1.0000001"));
    assertNotNull(failure);
    assertTrue(failure.startsWith("dot-product test fails"), failure);
  }

  @Test
  void tangentWrongInOnePartialDiffersFromFiniteDifferences() throws Exception {
    String failure = firstFailure(checker("sin", "1.0"));
    assertNotNull(failure);
    assertTrue(failure.startsWith("tangent differs from finite differences"), failure);
  }

  @Test
  void missingCompanionIsReported() throws Exception {
    Map<String, byte[]> plain = InMemoryCompiler.compile("g.Orig", "package g; class Orig {\n" + PRIMAL + "}\n");
    Class<?> orig = new ByteClassLoader(plain).load("g.Orig");
    String failure = new ProgramChecker(orig, orig, orig).check(PROGRAM, 1).failure();
    assertEquals("missing companion g.Orig.f0$tangent(DDDD[D[DI)V", failure);
  }

  private static String firstFailure(ProgramChecker checker) {
    for (long point = 0; point < 50; point++) {
      String failure = checker.check(PROGRAM, point).failure();
      if (failure != null) {
        return failure;
      }
    }
    return null;
  }

  private static ProgramChecker checker(String derivativeOfSin, String pbarFactor) throws Exception {
    String companions = COMPANIONS.replace("Math.COS", "Math." + derivativeOfSin).replace("PBAR_FACTOR", pbarFactor);
    Map<String, byte[]> classes = InMemoryCompiler.compile(Map.of(
        "g.Orig", "package g; class Orig {\n" + PRIMAL + "}\n",
        "g.Diff", "package g; class Diff {\n" + PRIMAL + companions + "}\n"));
    ByteClassLoader loader = new ByteClassLoader(classes);
    Class<?> orig = loader.load("g.Orig");
    return new ProgramChecker(orig, loader.load("g.Diff"), orig);
  }
}
