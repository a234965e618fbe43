package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static dev.leibniz.oracle.ArraysAndCallsTest.one;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.FreshTermsFromTable;
import dev.leibniz.oracle.fixtures.StaticWorkResized;
import dev.leibniz.oracle.fixtures.TwiddleScratch;
import dev.leibniz.oracle.fixtures.scratchreaders.CallBetweenScratch;
import dev.leibniz.oracle.fixtures.scratchreaders.PeekedScratch;
import dev.leibniz.oracle.fixtures.scratchreaders.RowOfTable;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/**
 * Scratch array fields read blindly by other methods of their class (core.objects.BlindReaders: a null test, the length,
 * the new array the method has just stored), JOrbis' Drft in small with a field half table and half scratch given to a
 * helper twice; a static work array replaced and filled by another method; and a static final table given to a helper
 * that returns a new array (SPA's TERMS_B: the table stays passive). Both modes against central finite differences, the
 * analytic gradient and the dot-product test (JacobianCheck); the refusals that stay: a method reading a number the call
 * left, a method reading after a call that may have put the old array back, a helper returning a row of the table.
 */
class ScratchFieldReadersTest {
  /** Each fixture on its own, so that a refusal of one fails its test only. */
  static Class<?> linked(Class<?> fixture) {
    return LinkedFixtures.of(fixture).get(fixture);
  }

  static double[] table(int n) {
    double[] w = new double[n];
    for (int i = 0; i < n; i++) w[i] = Math.cos(0.7 * i) + 1.5;
    return w;
  }

  @Test
  void halfTableHalfScratchReadBlindlyElsewhere() throws ReflectiveOperationException {
    Class<?> type = linked(TwiddleScratch.class);
    double[] x = {0.4, -0.8, 1.2, 0.3, -0.5};
    int n = x.length;
    Object m = type.getConstructor(int.class).newInstance(n);
    double[] w = table(n), ch = new double[n], exact = new double[n];
    for (int i = 0; i < n; i++) ch[i] = x[i] * w[i] + Math.sin(x[i]);
    for (int k = 0; k < n; k++) exact[k] = (w[k] + Math.cos(x[k])) * (ch[(k + 1) % n] + ch[(k + n - 1) % n]);
    JacobianCheck.check("weighted", x,
        v -> one(d(callOn(m, type, "weighted", (Object) v))),
        (v, vd) -> one(d(callOn(m, type, "weighted$tangent", v, vd))),
        (v, yb) -> {
          double[] g = new double[v.length];
          callOn(m, type, "weighted$adjoint", v, g, yb[0]);
          return g;
        },
        new double[][] {exact});
    // the table half is untouched by either companion; the scratch half holds the primal's values
    double[] cache = field(type, m, "cache");
    for (int i = 0; i < n; i++) assertEquals(w[i], cache[n + i], 0, "table cell " + i);
    callOn(m, type, "weighted$adjoint", x.clone(), new double[n], 1.0);
    assertArrayEquals(ch, java.util.Arrays.copyOf(field(type, m, "cache"), n), 1e-15, "scratch half after the adjoint");
  }

  @Test
  void staticWorkArrayReplacedElsewhere() {
    Class<?> type = linked(StaticWorkResized.class);
    double[] x = {0.6, -0.3, 0.9, 0.2};
    int n = x.length;
    double s = 0;
    double[] e = new double[n], exact = new double[n];
    for (int i = 0; i < n; i++) s += e[i] = Math.exp(x[i] * x[(i + 1) % n]);
    for (int k = 0; k < n; k++) exact[k] = (e[k] * x[(k + 1) % n] + e[(k + n - 1) % n] * x[(k + n - 1) % n]) / s;
    JacobianCheck.check("logSumExp", x,
        v -> one(d(callOn(null, type, "logSumExp", (Object) v))),
        (v, vd) -> one(d(callOn(null, type, "logSumExp$tangent", v, vd))),
        (v, yb) -> {
          double[] g = new double[v.length];
          callOn(null, type, "logSumExp$adjoint", v, g, yb[0]);
          return g;
        },
        new double[][] {exact});
  }

  @Test
  void staticTableGivenToAHelperReturningANewArrayStaysPassive() {
    Class<?> type = linked(FreshTermsFromTable.class);
    double t = 0.37;
    double[][][] c = {{{2.0, 0.3, 1.5}, {0.5, 1.1, 2.5}}, {{1.2, -0.4, 0.8}}};
    double da0 = 0;
    for (double[] r : c[0]) da0 -= r[0] * r[2] * Math.sin(r[1] + r[2] * t);
    double[] r1 = c[1][0];
    double a1 = r1[0] * Math.cos(r1[1] + r1[2] * t), da1 = -r1[0] * r1[2] * Math.sin(r1[1] + r1[2] * t);
    double exact = da0 + a1 + t * da1;
    JacobianCheck.check("series", new double[] {t},
        v -> one(d(callOn(null, type, "series", v[0]))),
        (v, vd) -> one(d(callOn(null, type, "series$tangent", v[0], vd[0]))),
        (v, yb) -> {
          double[] g = new double[1];
          callOn(null, type, "series$adjoint", v[0], yb[0], g);
          return g;
        },
        new double[][] {{exact}});
  }

  @Test
  void aMethodReadingANumberTheCallLeftStillRefuses() {
    String why = refusal(PeekedScratch.class);
    assertTrue(why.contains("this field is not scratch: other methods of the class read it (peek())"), why);
  }

  @Test
  void aReadAfterACallThatMayRestoreTheOldArrayStillRefuses() {
    String why = refusal(CallBetweenScratch.class);
    assertTrue(why.contains("this field is not scratch: other methods of the class read it (renew())"), why);
  }

  @Test
  void aHelperReturningARowOfTheTableStillRefuses() {
    String why = refusal(RowOfTable.class);
    assertTrue(why.contains("the array in field double[][] RowOfTable.TABLE receives active values"), why);
  }

  private static String refusal(Class<?> fixture) {
    Transformed t = Transformed.of(fixture, true);
    Diagnostic d = t.result.diagnostics().stream().filter(x -> !x.warning()).findFirst().orElseThrow();
    return d.reason();
  }

  static double[] field(Class<?> type, Object m, String name) {
    try {
      Field f = type.getDeclaredField(name);
      f.setAccessible(true);
      return (double[]) f.get(m);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
