package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.statics.StaticAccumulators;
import dev.leibniz.objects.fixtures.statics.StaticCarried;
import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.function.Function;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * A {@code double} static each call writes before it reads it, carried around loops and merged at branches (issue 10;
 * Zygote's {@code pow_global}; core.objects.ScratchFields promotes its reads to SSA values): both modes against
 * Hipparchus' {@code DerivativeStructure} replaying the computation and central differences, the dot-product test, and
 * the static holding what the primal leaves in it. A static whose first read in a call sees the previous call's value
 * (state carried across calls) is refused with the line.
 */
class StaticAccumulatorsTest {
  static final Transformed T = Transformed.of(StaticAccumulators.class);

  static double[] tangent(String name, double[] a, double[] v) {
    Method m = T.method(name + "$tangent", double.class, double.class, double.class, double.class);
    return new double[] {(double) Transformed.invoke(m, a[0], v[0], a[1], v[1])};
  }

  static double[] adjoint(String name, double[] a, double[] w) {
    Method m = T.method(name + "$adjoint", double.class, double.class, double.class, double[].class);
    double[] g = new double[2];
    Transformed.invoke(m, a[0], a[1], w[0], g);
    return g;
  }

  static double[][] gradient(DerivativeStructure s) {
    return new double[][] {{s.getPartialDerivative(1, 0), s.getPartialDerivative(0, 1)}};
  }

  static double[][] powExact(double[] a) {
    DSFactory f = new DSFactory(2, 1);
    DerivativeStructure x = f.variable(0, a[0]), y = f.variable(1, a[1]), acc = f.constant(1);
    for (int k = 0; k < 3; k++) acc = acc.multiply(x);
    return gradient(acc.multiply(y));
  }

  static double[][] branchesExact(double[] a) {
    DSFactory f = new DSFactory(2, 1);
    DerivativeStructure x = f.variable(0, a[0]), y = f.variable(1, a[1]);
    DerivativeStructure m = (a[0] > 0 ? x.multiply(y) : y.sin()).add(x), s = f.constant(0);
    for (int k = 1; k <= 2; k++) {
      m = m.multiply(y).add(k);
      s = s.add(m);
    }
    return gradient(s);
  }

  @Test
  void aStaticCarriedAroundALoopGivesBothModes() {
    double[] a = {1.3, -0.7};
    check("powThenScale", a, powExact(a), v -> new double[] {StaticAccumulators.powThenScale(v[0], v[1])});
    T.call("powThenScale$adjoint", 2.0, 1.0, 1.0, new double[2]);
    assertEquals(8.0, staticValue("acc"), 0, "the adjoint leaves the primal's value in the static");
  }

  @Test
  void aStaticMergedAtBranchesAndUpdatedInALoopGivesBothModes() {
    for (double[] a : new double[][] {{0.8, 1.4}, {-0.6, 0.9}}) {
      check("branches", a, branchesExact(a), v -> new double[] {StaticAccumulators.branches(v[0], v[1])});
    }
  }

  @Test
  void aStaticReadBeforeTheCallWritesItIsRefusedWithItsLine() {
    Transformed t = Transformed.of(StaticCarried.class, true);
    java.util.List<Diagnostic> errors = t.result.diagnostics().stream().filter(d -> !d.warning()).toList();
    assertEquals(1, errors.size(), t.result.diagnostics()::toString);
    Diagnostic d = errors.get(0);
    assertTrue(d.reason().contains("writes an active value into field double StaticCarried.level"), d::message);
    assertTrue(d.reason().contains("this field is not scratch: its read at line 1") && d.reason().contains(" follows a write, but no"
        + " write of this call reaches it on every path"), d::message);
    assertEquals(14, d.line(), d::message);
  }

  private static double staticValue(String name) {
    try {
      java.lang.reflect.Field f = T.type.getDeclaredField(name);
      f.setAccessible(true);
      return f.getDouble(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static void check(String name, double[] a, double[][] exact, Function<double[], double[]> f) {
    SharedScratchObjectsTest.check(a, exact, f, (x, v) -> tangent(name, x, v), (x, w) -> adjoint(name, x, w));
  }
}
