package dev.leibniz.objects;

import static dev.leibniz.testing.Transformed.invoke;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.objects.fixtures.GenericSiteTypes;
import dev.leibniz.objects.fixtures.GenericSiteTypes.Forms;
import dev.leibniz.objects.fixtures.GenericSiteTypes.Pt;
import dev.leibniz.testing.FirstDispatchInstalled;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A generic lambda ({@code ToDoubleBiFunction<Pt, Pt>}) called from a site whose types do not fit its companions: one
 * argument has a shadow, the other is typed {@code Object}, so the site passes one shadow where the companions, made
 * for the lambda's declared type ({@code OnDemand.ofLambda}), take two. The tangent's first dispatch refuses it with
 * {@code FirstDispatch.unfitGeneric}'s text, naming the lambda, both parameter lists and what to do, never a derivative
 * with a shadow dropped; the adjoint is refused at load, before any dispatch.
 */
@ExtendWith(FirstDispatchInstalled.class)
class UnfitGenericSiteTest {
  static final Transformed T = Transformed.of(GenericSiteTypes.class);
  static final Class<Pt> P = Pt.class;

  @Test
  void theSiteIsNamedAtItsFirstDispatch() {
    Pt p = new Pt(Forms.DOT, 0.7, -1.3), dp = Derivatives.zeroShadow(p);
    for (int call = 0; call < 2; call++) { // the answer stays in the site's chain: the same text again
      String m = assertThrows(IllegalStateException.class, () -> invoke(T.method("withOrigin$tangent", P, P), p, dp)).getMessage();
      assertTrue(m.startsWith("leibniz: "), m);
      assertTrue(m.contains("GenericSiteTypes$Forms$$Lambda") && m.contains("'s function is generic: applyAsDouble$tangent"
          + " was made for the type the lambda was declared with, taking (GenericSiteTypes.Pt, GenericSiteTypes.Pt,"
          + " GenericSiteTypes.Pt, GenericSiteTypes.Pt"), m);
      assertTrue(m.contains(", where the call passes (GenericSiteTypes.Pt, GenericSiteTypes.Pt, Object"), m);
      assertTrue(m.contains("so a derivative would be lost: pass the argument typed with the class the lambda was declared for (an"
          + " object with a shadow), or declare the lambda with a functional interface of your own whose method names that class"), m);
    }
  }

  /** The adjoint does not reach the site: it is refused at load (a warning), so no derivative is dropped there either. */
  @Test
  void theAdjointIsRefusedAtLoad() {
    assertTrue(T.result.diagnostics().stream().anyMatch(d -> d.warning() && d.mode().equals("adjoint")
        && d.method().startsWith("withOrigin(") && d.instruction().equals("double ToDoubleBiFunction.applyAsDouble(Object, Object)")),
        () -> T.result.diagnostics().toString());
  }

  @Test
  void thePrimalRuns() {
    Pt p = new Pt(Forms.DOT, 0.7, -1.3);
    assertEquals(0.7 * 1.5 + 3 * -1.3 * -0.5, (double) invoke(T.method("withOrigin", P), p), 1e-15);
  }
}
