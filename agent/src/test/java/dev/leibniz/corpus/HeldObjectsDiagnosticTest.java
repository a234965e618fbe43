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
 * A size diagnostic no cut can help names what keeps the method whole (issue 12): Sceneform's {@code
 * Quaternion.eulerAngles} and {@code lookRotation} are a few lines, but the objects they make ({@code Quaternion qX},
 * a {@code Vector3}) are live from one statement to the next, and the parts of a split method hand on numbers and the
 * parameters only, so the outliner's only cuts are before the first object, and the adjoint, the code of the
 * constructors and products inlined, stays over the compile limit. It is emitted whole with a warning (under 64 KB:
 * {@code OversizedHeldObjectsTest}), which names the local, where it is assigned and last read, in Java terms (the
 * former advice, "split the method into smaller helper methods" is dropped: helpers that make, take or return such
 * objects are inlined again by scalar replacement); a refusal for size says the same.
 */
class HeldObjectsDiagnosticTest {
  static final Transformed T = Transformed.of(Quaternion.class, true);

  @Test
  void eulerAnglesSaysWhichObjectKeepsItWhole() {
    Diagnostic d = sizeWarning("eulerAngles(");
    assertTrue(d.reason().contains("no cut splits it: it is generated anyway"), d.message());
    assertTrue(d.reason().contains("; the Quaternion qX, assigned at line 406, is still read at line 409"), d.message());
    assertTrue(d.reason().contains("so lines 406 to 409 stay one part"), d.message());
    assertFalse(d.reason().contains("smaller helper methods"), d.message());
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
