package dev.leibniz.oracle;

import static dev.leibniz.oracle.ArraysAndCallsTest.callOn;
import static dev.leibniz.oracle.ArraysAndCallsTest.d;
import static dev.leibniz.oracle.ArraysAndCallsTest.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.oracle.fixtures.PureCallBeforeFieldWrite;
import dev.leibniz.oracle.fixtures.lib.FieldFreeMath;
import java.lang.reflect.Field;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * A jointly reversed callee followed by a field write ({@code core.FieldReads}): the adjoint runs the callee again in
 * its reverse sweep, after the write. A callee that reads no field or static sees its snapshotted arguments alone then,
 * so the adjoint is generated (it was refused: "and this method then writes a field or static") and is exact: both modes
 * against Hipparchus' {@code DerivativeStructure}, central differences and the dot-product test, the field written once
 * per call. A callee reading the static the method writes after it stays refused in adjoint mode (its re-run would read
 * the new gain), with its tangent exact.
 */
class FieldFreeCalleesTest {
  static final LinkedFixtures FIXTURES = LinkedFixtures.allowingDiagnostics(PureCallBeforeFieldWrite.class, FieldFreeMath.class);
  static final Class<?> C = FIXTURES.get(PureCallBeforeFieldWrite.class);
  static final java.util.List<Diagnostic> DIAGNOSTICS = FIXTURES.result(PureCallBeforeFieldWrite.class).diagnostics();
  static final DSFactory DS = new DSFactory(2, 1);

  @Test
  void aFieldFreeCalleeBeforeAFieldWriteIsReversedExactly() {
    check("normalisedX", (x, y) -> x.divide(x.multiply(x).add(y.multiply(y)).sqrt()).add(y));
  }

  @Test
  void aCalleeReadingOnlyAConstantAndFieldFreeCalleesIsReversedExactly() {
    check("halfNormalisedProduct", (x, y) -> x.multiply(y).multiply(0.5).divide(x.multiply(x).add(y.multiply(y)).sqrt()));
  }

  /** Hipparchus' {@code FastMath.acosh} and {@code log} read static tables in their code; their rules read nothing. */
  @Test
  void aCalleeCallingFastMathFromItsJarIsReversedExactly() {
    check("scaledAcoshLog", (x, y) -> x.multiply(y.multiply(y).add(2).acosh().add(y.multiply(y).add(1).log())));
  }

  @Test
  void aCalleeReadingTheStaticWrittenAfterItStaysRefusedInAdjointMode() throws Exception {
    assertTrue(DIAGNOSTICS.stream().anyMatch(d -> d.method().startsWith("gainedThenReset(")
        && d.reason().contains("then writes a field or static")), DIAGNOSTICS::toString);
    for (java.lang.reflect.Method m : C.getDeclaredMethods()) {
      assertTrue(!m.getName().equals("gainedThenReset$adjoint"), "no adjoint for gainedThenReset");
    }
    Field gain = C.getClassLoader().loadClass("dev.leibniz.oracle.fixtures.lib.FieldFreeMath").getField("gain");
    for (double x : new double[] {0.7, -1.3}) {
      gain.setDouble(null, 2.0);
      double dy = d(callOn(null, C, "gainedThenReset$tangent", x, 1.0));
      assertEquals(4 * x, dy, 1e-13, "gainedThenReset$tangent vs analytic 4x at " + x);
    }
  }

  interface Exact {
    DerivativeStructure of(DerivativeStructure x, DerivativeStructure y);
  }

  /** Both modes at two points against the exact gradient, differences and the dot product; one count per call. */
  static void check(String name, Exact exact) {
    assertTrue(DIAGNOSTICS.stream().map(Diagnostic::method).noneMatch(m -> m.startsWith(name + "(")),
        DIAGNOSTICS::toString);
    for (double[] p : new double[][] {{0.8, -1.3}, {-2.1, 0.4}}) {
      DerivativeStructure f = exact.of(DS.variable(0, p[0]), DS.variable(1, p[1]));
      double[] grad = {f.getPartialDerivative(1, 0), f.getPartialDerivative(0, 1)};
      int counted = calls();
      double[] xb = new double[2];
      double y = d(callOn(null, C, name + "$adjoint", p[0], p[1], 1.0, xb));
      assertEquals(counted + 1, calls(), name + "$adjoint counts once per call");
      assertEquals(f.getValue(), y, 1e-14 * Math.max(1, Math.abs(y)), name + "$adjoint returns the value");
      JacobianCheck.check(name + java.util.Arrays.toString(p), p.clone(),
          v -> one(d(callOn(null, C, name, v[0], v[1]))),
          (v, vd) -> one(d(callOn(null, C, name + "$tangent", v[0], vd[0], v[1], vd[1]))),
          (v, yb) -> {
            double[] g = new double[2];
            callOn(null, C, name + "$adjoint", v[0], v[1], yb[0], g);
            return g;
          },
          new double[][] {grad});
    }
  }

  /** The transformed class's counter. */
  static int calls() {
    try {
      return C.getField("calls").getInt(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
