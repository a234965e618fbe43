package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.LogShiftedGauss;
import dev.leibniz.objects.fixtures.ShiftedGauss;
import dev.leibniz.oracle.LinkedFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A marked callee of another class whose class gets shadows in its own transformation from a marked method the caller
 * does not reach ({@code ShiftedGauss.shift} writes its field): the callee's class has no diagnostic, and the caller's
 * said only "it gets no density$tangent (its own diagnostic says why)". It now says why itself ({@code
 * core.ContractMismatch}): the companion the callee's class has and the one the call asks for, in Java syntax, the
 * class with shadows there only, and to annotate it; located at the call.
 */
class CalleeContractDiagnosticTest {
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(LogShiftedGauss.class, ShiftedGauss.class);

  @Test
  void theCallersDiagnosticSaysWhyTheCalleesCompanionDoesNotFit() {
    assertTrue(L.result(ShiftedGauss.class).diagnostics().isEmpty(), L.result(ShiftedGauss.class).diagnostics().toString());
    List<Diagnostic> ds = L.result(LogShiftedGauss.class).diagnostics();
    assertEquals(1, ds.size(), ds.toString());
    Diagnostic d = ds.get(0);
    String text = d.message();
    assertEquals(11, d.line(), text); // return normal.density(Math.log(x)) / x;
    assertTrue(text.contains("LogShiftedGauss.java:11"), text);
    assertTrue(text.contains("ShiftedGauss.java:"), text); // where the callee is
    assertTrue(text.contains("has density$tangent(ShiftedGauss, double, double), while this class calls density$tangent(double, double)"), text);
    assertTrue(text.contains("with shadows there only: ShiftedGauss"), text);
    assertTrue(text.contains("annotate ShiftedGauss @Differentiable"), text);
    assertFalse(text.contains("its own diagnostic says why"), text);
    assertFalse(text.contains("Ldev/"), text); // Java syntax, not descriptors
  }
}
