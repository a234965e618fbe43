package dev.leibniz.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.corpus.sceneform.Quaternion;
import dev.leibniz.testing.Transformed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A size diagnostic no cut can help names what keeps the method whole (issue 12): Sceneform's {@code lookRotation}
 * is a few lines, but the objects it gets from calls ({@code Quaternion rotateForwardToDesiredForward}, a {@code
 * Vector3}) are live from one statement to the next, and the parts of a split method hand on numbers, the parameters
 * and the objects the method makes itself ({@code new}: carried as their fields, {@code core.outline.CarriedObjects}),
 * so the outliner's only cuts are before the first object, and the adjoint, the code of the constructors and products
 * inlined, stays over the compile limit. It is emitted whole with a warning (under 64 KB: {@code
 * OversizedHeldObjectsTest}), which names the local, where it is assigned and last read, in Java terms (the former
 * advice, "split the method into smaller helper methods" is dropped: helpers that make, take or return such objects
 * are inlined again by scalar replacement); a refusal for size says the same. {@code eulerAngles}, whose three
 * quaternions are made by {@code new}, is cut now.
 */
class HeldObjectsDiagnosticTest {
  static final Transformed T = Transformed.of(Quaternion.class, true);

  @Test
  void eulerAnglesIsCutItsObjectsCarried() {
    assertTrue(T.result.diagnostics().stream().noneMatch(d -> d.method().startsWith("eulerAngles(") && d.reason().contains("compile limit")),
        T.result.diagnostics().toString());
  }

  @Test
  void lookRotationSaysWhichObjectKeepsItWhole() {
    Diagnostic d = sizeWarning("lookRotation(");
    assertTrue(d.reason().contains("; the Quaternion rotateForwardToDesiredForward, assigned at line 4")
        && d.reason().contains(", is still read at line 470"), d.message());
  }

  private static Diagnostic sizeWarning(String method) {
    List<Diagnostic> found = T.result.diagnostics().stream()
        .filter(d -> d.warning() && d.method().startsWith(method) && d.reason().contains("8000-byte compile limit")).toList();
    assertEquals(1, found.size(), T.result.diagnostics().toString());
    return found.get(0);
  }
}
