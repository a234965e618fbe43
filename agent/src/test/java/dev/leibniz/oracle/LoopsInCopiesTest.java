package dev.leibniz.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.oracle.fixtures.LoopsInCopies;
import dev.leibniz.testing.Transformed;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.special.elliptic.carlson.CarlsonEllipticIntegral;
import org.hipparchus.special.elliptic.legendre.LegendreEllipticIntegral;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Library code over the compile limit reached only through other classes: Carlson's {@code rJ}
 * (its duplication loop, once the object is taken apart, gets its body outlined) and Legendre's
 * incomplete {@code bigE(phi, m)} (which reaches {@code bigE(m)} through a method reference).
 * Both modes against Hipparchus' own {@code DerivativeStructure} versions, finite differences and
 * each other; every generated method under the compile limit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoopsInCopiesTest {
  private Transformed t;

  @BeforeAll
  void differentiate() {
    t = Transformed.of(LoopsInCopies.class);
  }

  @Test
  void everyGeneratedMethodIsUnderTheCompileLimit() {
    // Carlson's special cases at a constant (`if (x == 0)`) are warned, nothing is refused
    assertTrue(t.result.diagnostics().stream().allMatch(d -> d.warning() && d.reason().contains("equals a constant")),
        () -> t.result.diagnostics().toString());
    ClassNode cn = new ClassNode();
    new ClassReader(t.result.transformed()).accept(cn, 0);
    boolean loopBody = false;
    for (MethodNode m : cn.methods) {
      int size = OutliningTest.codeSize(m);
      if (m.name.contains("$")) assertTrue(size <= ClassDifferentiator.HUGE_METHOD_LIMIT, m.name + " has " + size + " bytes");
      loopBody |= m.name.contains("rJ") && m.name.contains("$loop");
    }
    assertTrue(loopBody, "rJ's duplication loop has its body outlined");
  }

  @Test
  void carlsonRJ() {
    double[] x = {0.5, 1.2, 2.0, 1.5};
    JacobianCheck.checkScalar(new ScalarFunction(t.type, "carlsonRJ", double.class, double.class, double.class, double.class), x);
    DSFactory f = new DSFactory(4, 1);
    DerivativeStructure r = CarlsonEllipticIntegral.rJ(f.variable(0, x[0]), f.variable(1, x[1]), f.variable(2, x[2]), f.variable(3, x[3]));
    double[] g = new double[4];
    assertEquals(r.getValue(), (double) t.call("carlsonRJ$adjoint", x[0], x[1], x[2], x[3], 1.0, g), 1e-15);
    for (int i = 0; i < 4; i++) {
      int[] orders = new int[4];
      orders[i] = 1;
      assertEquals(r.getPartialDerivative(orders), g[i], 1e-12 * Math.abs(g[i]), "d rJ / d x" + i);
      assertEquals(r.getPartialDerivative(orders), tangent("carlsonRJ", x, i), 1e-12 * Math.abs(g[i]), "tangent, x" + i);
    }
  }

  /**
   * phi beyond pi/2: the argument reduction calls the complete integral {@code bigE(m)} through the
   * method reference. Exact partials: {@code dE/dphi = sqrt(1 - m sin^2 phi)} (the integrand) and
   * {@code dE/dm = (E - F) / (2 m)} (Hipparchus' {@code DerivativeStructure} version gives NaN there:
   * {@code rG}'s {@code sqrt(x y / z)} at {@code x = 0}).
   */
  @Test
  void legendreBigEIncomplete() {
    for (double[] x : new double[][] {{3.5, 0.4}, {0.7, 0.4}, {-2.0, 0.7}}) {
      JacobianCheck.checkScalar(new ScalarFunction(t.type, "legendreBigEIncomplete", double.class, double.class), x);
      double phi = x[0], m = x[1];
      double e = LegendreEllipticIntegral.bigE(phi, m), f = LegendreEllipticIntegral.bigF(phi, m);
      double[] g = new double[2];
      assertEquals(e, (double) t.call("legendreBigEIncomplete$adjoint", phi, m, 1.0, g), 1e-14);
      double sin = Math.sin(phi);
      assertEquals(Math.sqrt(1 - m * sin * sin), g[0], 1e-12, "d E / d phi at " + phi);
      assertEquals((e - f) / (2 * m), g[1], 1e-12, "d E / d m at " + phi);
      assertEquals(g[1], tangent("legendreBigEIncomplete", x, 1), 1e-13, "tangent d E / d m at " + phi);
    }
  }

  private double tangent(String name, double[] x, int direction) {
    Object[] args = new Object[2 * x.length];
    for (int i = 0; i < x.length; i++) {
      args[2 * i] = x[i];
      args[2 * i + 1] = i == direction ? 1.0 : 0.0;
    }
    return (double) t.call(name + "$tangent", args);
  }
}
