package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Derivatives;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.RoundNineteenFindings;
import dev.leibniz.objects.fixtures.RoundNineteenFindings.Node;
import dev.leibniz.objects.fixtures.LengthPoint;
import dev.leibniz.testing.Transformed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The nineteenth corpus round's silently wrong derivatives, reduced to the construct that drops them, each against the
 * analytic derivative or the refusal that replaces it (corpus README, "The nineteenth round").
 */
class RoundNineteenFindingsTest {
  static final Transformed T = Transformed.of(RoundNineteenFindings.class);

  /**
   * LWJGL's Vector3f.angle: {@code p.length()} runs the final {@code AbstractLength.length()}, declared in a class
   * without shadows, which calls the abstract {@code lengthSquared()} that LengthPoint computes from its numbers. Its
   * companion would take no receiver shadow (derivative 0, silently, before): both modes are refused at the call,
   * naming the superclass, the call on the receiver and the fix.
   */
  @Test
  void aFinalMethodOfAPassiveSuperclassCallingItsReceiverIsRefused() {
    Transformed t = Transformed.of(LengthPoint.class, true);
    List<Diagnostic> errors = t.result.diagnostics().stream().filter(d -> !d.warning()).toList();
    assertEquals(1, errors.size(), errors::toString);
    Diagnostic d = errors.get(0);
    assertEquals("norm(Ldev/leibniz/objects/fixtures/LengthPoint;)D", d.method(), d::message);
    assertTrue(d.reason().contains("declared in AbstractLength, a class whose objects carry no derivatives, and calls"
        + " lengthSquared() of its receiver") && d.reason().contains("write its computation where you call it, calling lengthSquared() there"), d::message);
    assertTrue(!d.reason().contains("override"), "length() is final: no advice to override it: " + d.message());
    assertTrue(d.line() > 0, d::message);
    assertTrue(t.type.getDeclaredMethods().length > 0
        && java.util.Arrays.stream(t.type.getDeclaredMethods()).noneMatch(m -> m.getName().startsWith("norm$")),
        "no companion of norm: " + java.util.Arrays.toString(t.type.getDeclaredMethods()));
  }

  @Test
  void theSeedOfAReturnedUnannotatedObjectIsAdded() {
    Node n = new Node(2), bar = Derivatives.zeroShadow(n), seed = Derivatives.zeroShadow(n);
    seed.x = 1;
    double[] grad = new double[1];
    T.call("scaled$adjoint", n, bar, 3.0, seed, grad);
    assertEquals(3.0, bar.x, 0, "d(k x)/dx times the result's seed");
    assertEquals(2.0, grad[0], 0, "d(k x)/dk times the result's seed");
  }
}
