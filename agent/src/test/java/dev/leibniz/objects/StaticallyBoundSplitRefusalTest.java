package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.heldsplit.Dot;
import dev.leibniz.testing.Transformed;
import org.junit.jupiter.api.Test;

/**
 * A callee that binds statically (a method of a final class) returning an object with a shadow, whose split adjoint cannot
 * be built (Rajawali's {@code Quaternion.multiply(Vector3)}, writing its result through the overridable {@code
 * Vector3.setAll}): the adjoint's diagnostic says why that split failed, not to make a final class final.
 */
class StaticallyBoundSplitRefusalTest {
  @Test
  void theAdjointNamesTheSplitsFailureNotAdviceToMakeTheClassFinal() {
    Transformed t = Transformed.of(Dot.class, true);
    Diagnostic d = t.result.diagnostics().stream().filter(x -> x.method().startsWith("rotateBy(")).findFirst()
        .orElseThrow(() -> new AssertionError(t.result.diagnostics().toString()));
    assertTrue(d.reason().contains("Dot Spin.apply(Dot) binds statically already (class Spin is final), but its split adjoint"
        + " could not be built"), d::message);
    assertTrue(d.reason().contains("Dot.put(double, double)"), d::message); // the split's own failure: what to change
    assertFalse(d.reason().contains("class Spin final"), d::message);
  }
}
