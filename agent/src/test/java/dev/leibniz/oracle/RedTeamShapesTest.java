package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static dev.leibniz.oracle.ArraysAndCallsTest.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.redteam.Shapes1;
import dev.leibniz.oracle.fixtures.redteam.Shapes2;
import dev.leibniz.oracle.fixtures.redteam.Shapes4;
import dev.leibniz.oracle.fixtures.redteam.Shapes9;
import dev.leibniz.testing.Transformed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ordinary numeric Java written the way users write it, in shapes that could trip a bytecode AD
 * tool (conversions, kinks, aliasing compound assignments, shared rows, overlapping copies, switch
 * on computed values, data-dependent breaks, recursion, varargs, captured lambdas, boxes): each is
 * either differentiated correctly in both modes (central differences, tangent vs adjoint, the
 * dot-product test) or refused with a located diagnostic, never silently wrong.
 */
class RedTeamShapesTest {
  static final double[][] POINTS = {{0.37, 1.21, 0.83}, {-0.61, 0.47, 1.73}, {1.13, -0.29, 0.41}};

  static void checkArray(Class<?> c, String name, List<String> failures) {
    for (double[] x : POINTS) {
      try {
        JacobianCheck.check(
            name + java.util.Arrays.toString(x),
            x,
            v -> one(d(callOn(null, c, name, v))),
            (v, vd) -> one(d(callOn(null, c, name + "$tangent", v, vd))),
            (v, yb) -> {
              double[] g = new double[v.length];
              callOn(null, c, name + "$adjoint", v, g, yb[0]);
              return g;
            },
            null);
      } catch (AssertionError e) {
        failures.add(String.valueOf(e.getMessage()).split("\n")[0]);
      }
    }
  }

  static void refused(Transformed t, String method, String reasonPart) {
    List<Diagnostic> ds = t.result.diagnostics().stream().filter(d -> d.method().startsWith(method + "(") && !d.warning()).toList();
    assertTrue(!ds.isEmpty() && ds.get(0).line() > 0 && ds.get(0).reason().contains(reasonPart), method + ": " + ds);
  }

  @Test
  void shapesOfRoundOne() {
    Transformed t = Transformed.of(Shapes1.class, true);
    List<String> failures = new ArrayList<>();
    for (String name : new String[] {"fracPart", "kinks", "ternaries", "aliasCompound", "sharedRows", "overlapCopy", "switchOnValue", "fixedPoint",
        "labelled", "recursion", "varargs", "capturedLambda", "mathZoo", "scaledMantissa", "staticTable", "strings", "activeStride", "newton",
        "activeIndex", "selfCompound", "compareCalls", "arraysFill", "intOps", "doubleLoopVar",
        "jdkMethodRef"}) { // Double::sum as a method reference is a + b (MathRules.isSum); called: jdkDoubleStaticsFollowTheirRules

      checkArray(t.type, name, failures);
    }
    assertEquals(List.of(), failures);
    refused(t, "boxedCtor", "constructor of Double");
    refused(t, "synchronizedBlock", "synchronized");
  }

  /**
   * {@code Double.sum}, {@code Double.max}, {@code Double.min} and {@code Float.sum} called directly: a + b and Math's
   * max and min, in both modes, against the analytic gradient and finite differences (each direction a unit vector: the
   * float sum's tangent along a mixed direction is rounded to float, as its value is).
   */
  @Test
  void jdkDoubleStaticsFollowTheirRules() {
    Class<?> c = Transformed.of(Shapes1.class, true).type;
    for (double[] x : POINTS) {
      double s = x[0] + x[1], m = Math.max(x[0], x[2]);
      double[] exact = {m + (x[0] > x[2] ? s : 0) + 1, m + (x[1] < x[2] ? 1 : 0), (x[0] > x[2] ? 0 : s) + (x[1] < x[2] ? 0 : 1) + 1};
      double[] g = new double[3];
      callOn(null, c, "jdkDoubleStatics$adjoint", x.clone(), g, 1.0);
      for (int j = 0; j < 3; j++) {
        double[] e = new double[3];
        e[j] = 1;
        double t = d(callOn(null, c, "jdkDoubleStatics$tangent", x.clone(), e));
        FiniteDifferences.Estimate fd = FiniteDifferences.directional(v -> one(d(callOn(null, c, "jdkDoubleStatics", (Object) v.clone()))), x, e)[0];
        String at = java.util.Arrays.toString(x) + " partial " + j;
        assertEquals(exact[j], g[j], 1e-12, at + " adjoint");
        assertEquals(exact[j], t, 1e-12, at + " tangent");
        assertEquals(exact[j], fd.value(), fd.tolerance(1e-7), at + " finite differences " + fd);
      }
    }
  }

  /** Derivatives through integer conversions are cut (piecewise constant), checked against the analytic values. */
  @Test
  void conversionsToIntegersCutTheDerivative() {
    Class<?> c = Transformed.of(Shapes1.class, true).type;
    for (double[] x : POINTS) {
      long n = (long) (x[0] * 1000);
      int k = (int) x[1];
      double[] exact = {n / 1000.0, n, k + (n % 7)};
      double[] g = new double[3];
      callOn(null, c, "longConv$adjoint", x.clone(), g, 1.0);
      for (int j = 0; j < 3; j++) {
        double[] e = new double[3];
        e[j] = 1;
        assertEquals(exact[j], g[j], 1e-12 * Math.max(1, Math.abs(exact[j])), "adjoint " + j);
        assertEquals(exact[j], d(callOn(null, c, "longConv$tangent", x.clone(), e)), 1e-12 * Math.max(1, Math.abs(exact[j])), "tangent " + j);
      }
    }
  }

  @Test
  void shapesOfRoundTwo() {
    Transformed t = Transformed.of(Shapes2.class, true);
    List<String> failures = new ArrayList<>();
    for (String name : new String[] {"genericId", "reassignedRefs", "kahan", "nanSelfTest", "tableByRound", "doWhileBreak", "assertion",
        "catchInside", "catchInHelper"}) { // recovering catches: differentiated since December 2026
      checkArray(t.type, name, failures);
    }
    assertEquals(List.of(), failures);
    refused(t, "memoized", "memoY");
    refused(t, "throughStatic", "lastSeen");
    refused(t, "writesMutableTable", "mutableTable");
    refused(t, "objectsToString", "boxes");
  }

  @Test
  void boxesAndRootsOfSquares() {
    Transformed t = Transformed.of(Shapes4.class, true);
    for (String name : new String[] {"rootSquaredInCallee", "rootSquaredInline", "cbrtCubedInCallee", "rootTimesQuotientCallee", "reboxed", "viaObject",
        "viaNumber", "boxIncrement", "boxTernary", "boxCompareTo", "arrayViaObject", "boxInLoop"}) {
      ScalarFunction f = new ScalarFunction(t.type, name, double.class, double.class);
      for (double[] x : new double[][] {{0.37, 1.21}, {1.61, 0.47}, {2.13, -0.29}}) JacobianCheck.checkScalar(f, x);
    }
    // At the root's singular point the truth (1) is not computable from the pieces: NaN, never a wrong finite number.
    for (String name : new String[] {"rootSquaredInCallee", "rootSquaredInline"}) {
      ScalarFunction f = new ScalarFunction(t.type, name, double.class, double.class);
      double[] x = {0, 0.7};
      double tx = f.tangentGradient(x)[0], ax = f.gradient(x)[0];
      assertTrue(Double.isNaN(tx) || tx == 1, name + " tangent " + tx);
      assertTrue(Double.isNaN(ax) || ax == 1, name + " adjoint " + ax);
    }
    refused(t, "nullableBox", "boxes");
    refused(t, "boxIdentity", "boxes");
    refused(t, "boxArray", "boxes");
  }

  /** Arrays of arrays whose rows alias the parameter or each other, swapped rows, clones written after. */
  @Test
  void aliasedAndSwappedRows() {
    Transformed t = Transformed.of(Shapes9.class);
    List<String> failures = new ArrayList<>();
    for (String name : new String[] {"jagged", "rowsSwapped", "cloneThenWrite", "intArithmeticMixed"}) checkArray(t.type, name, failures);
    assertEquals(List.of(), failures);
  }
}
