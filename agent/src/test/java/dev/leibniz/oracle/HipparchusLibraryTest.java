package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.HipparchusCalls;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Unmodified code of the hipparchus-core jar, differentiated from its bytecode through the calls
 * of marked methods: both modes against finite differences, an analytic derivative and the
 * dot-product test. What cannot be differentiated yet is reported, located, in Java syntax.
 */
class HipparchusLibraryTest {
  static final Transformed T = Transformed.of(HipparchusCalls.class, true);

  /** Gamma.lanczos reads Gamma's private static final table LANCZOS (through leibniz$access). */
  @Test
  void lanczosOverAPrivateTable() throws Exception {
    Field f = org.hipparchus.special.Gamma.class.getDeclaredField("LANCZOS");
    f.setAccessible(true);
    double[] l = (double[]) f.get(null);
    for (double x : new double[] {0.5, 2, 7.5}) {
      ScalarFunction fn = new ScalarFunction(T.type, "lanczos", double.class);
      JacobianCheck.checkScalar(fn, x);
      double sum = l[0], dsum = 0;
      for (int i = 1; i < l.length; i++) {
        sum += l[i] / (x + i);
        dsum -= l[i] / ((x + i) * (x + i));
      }
      double exact = sum + x * dsum;
      assertEquals(exact, fn.tangent(new double[] {x}, new double[] {1}), 1e-12 * Math.abs(exact));
      assertEquals(exact, fn.gradient(x)[0], 1e-12 * Math.abs(exact));
    }
  }

  /** MathUtils.normalizeAngle(a*a, c) = a*a - 2 pi floor(...): derivative 2a and 0 away from the jumps. */
  @Test
  void normalizeAngleThroughFastMathFloor() {
    ScalarFunction fn = new ScalarFunction(T.type, "normalizeAngle", double.class, double.class);
    for (double[] p : new double[][] {{1.3, 0.2}, {2.9, -1}}) {
      JacobianCheck.checkScalar(fn, p);
      double[] g = fn.gradient(p);
      assertEquals(2 * p[0], g[0], 1e-14);
      assertEquals(0, g[1], 0);
    }
  }

  /**
   * Gamma.logGamma and Erf.erf: differentiated and checked when every callee can be (FastMath's
   * functions need rules: FastMath.abs reads the bits of its argument; the exceptions they build
   * box active values); until then each is reported once, naming the Hipparchus callee in Java
   * syntax with advice that applies, and gets no companion.
   */
  @Test
  void logGammaAndErfAreCorrectOrReported() {
    checkOrReported("logGamma", "double Gamma.logGamma(double)", 0.3, 1.7, 5.5, 12);
    checkOrReported("erf", "double Erf.erf(double)", -0.8, 0.4, 1.9);
  }

  private static void checkOrReported(String name, String callee, double... xs) {
    List<Diagnostic> ds = T.result.diagnostics();
    Optional<Diagnostic> d = ds.stream().filter(x -> x.method().startsWith(name + "(")).findFirst();
    if (d.isPresent()) {
      String m = d.get().message();
      assertTrue(m.contains("the callee " + callee + " cannot be differentiated ("), m);
      assertTrue(m.startsWith("leibniz: cannot differentiate double dev.leibniz.oracle.fixtures.HipparchusCalls." + name + "(double) at HipparchusCalls.java:"), m);
      assertTrue(!m.contains("annotate"), m);
      assertTrue(T.result.generated().stream().noneMatch(g -> g.contains("." + name + "$")), m);
      return;
    }
    for (double x : xs) {
      JacobianCheck.checkScalar(new ScalarFunction(T.type, name, double.class), x);
    }
  }
}
