package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.PlainCell;
import dev.leibniz.objects.fixtures.ReadsPlain;
import dev.leibniz.objects.fixtures.WritesPlain;
import dev.leibniz.oracle.FiniteDifferences;
import dev.leibniz.oracle.LinkedFixtures;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The decision "this class nobody annotated has shadows" is taken per class transformation, from the
 * code its marked methods reach. A caller that writes {@code PlainCell.v} gives cells shadows; a
 * marked callee of another class that only reads them does not, so its companion has the other
 * contract. The caller used to be refused, naming the callee; the callee, bound statically, is now
 * differentiated in the caller with the caller's shadows ({@code core.ShadowDisagreement}), as an
 * unmarked callee is: both modes against the analytic derivative and central differences.
 */
class UnannotatedAgreementTest {
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(WritesPlain.class, ReadsPlain.class);
  static final Method RUN = method("run"), TANGENT = method("run$tangent"), ADJOINT = method("run$adjoint");

  static Method method(String name) {
    for (Method m : L.get(WritesPlain.class).getDeclaredMethods()) if (m.getName().equals(name)) return m;
    throw new AssertionError("no " + name + ": " + L.result(WritesPlain.class).diagnostics());
  }

  static PlainCell[] cells(double v0) {
    return new PlainCell[] {new PlainCell(v0), new PlainCell(3)};
  }

  @Test
  void aCalleeThatOnlyReadsKeepsTheObjectsPassive() {
    assertTrue(L.result(ReadsPlain.class).plans().stream().noneMatch(p -> p.contains("PlainCell")),
        () -> "" + L.result(ReadsPlain.class).plans());
  }

  /** run = t ((v0 t)^2 + 9): d/dt = 3 v0^2 t^2 + 9, d/dv0 = 2 v0 t^3. */
  @Test
  void theCallerDifferentiatesTheCalleeWithItsOwnShadows() throws Exception {
    assertEquals(List.of(), L.result(WritesPlain.class).diagnostics());
    double v0 = 2, t = 0.5, dt = 3 * v0 * v0 * t * t + 9, dv0 = 2 * v0 * t * t * t;
    double fd = FiniteDifferences.directional(u -> {
      try {
        return new double[] {(double) RUN.invoke(null, cells(u[0]), u[1])};
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }, new double[] {v0, t}, new double[] {0, 1})[0].value();
    assertEquals(dt, fd, 1e-7, "differences along t");
    PlainCell[] c = cells(v0), dc = Derivatives.zeroShadow(c);
    dc[0].v = 1;
    assertEquals(dv0, (double) TANGENT.invoke(null, c, dc, t, 0.0), 1e-12, "tangent along v0");
    assertEquals(dt, (double) TANGENT.invoke(null, cells(v0), Derivatives.zeroShadow(cells(v0)), t, 1.0), 1e-12, "tangent along t");
    PlainCell[] a = cells(v0), abar = Derivatives.zeroShadow(a);
    double[] tbar = new double[1];
    ADJOINT.invoke(null, a, abar, t, 1.0, tbar);
    assertEquals(dt, tbar[0], 1e-12, "adjoint of t");
    assertEquals(dv0, abar[0].v, 1e-12, "adjoint of v0");
  }
}
