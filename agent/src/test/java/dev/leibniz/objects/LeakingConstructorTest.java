package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.objects.fixtures.angles.LeakyArc;
import dev.leibniz.oracle.LinkedFixtures;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A constructor that hands {@code this} to a static read by an overridable callee ({@link LeakyArc}): the object made
 * after the callee's call is what the callee would read when the reverse sweep runs it again, so it is no object of the
 * method's own ({@code WrittenArrays.keptHere} takes only plain or blank constructors); the method stays refused at the
 * {@code new}, with no companion, rather than getting a wrong adjoint.
 */
class LeakingConstructorTest {
  static final LinkedFixtures FIXTURES = LinkedFixtures.allowingDiagnostics(LeakyArc.class, LeakyArc.Rad.class);

  @Test
  void theMethodIsRefusedAtTheNew() {
    var diagnostics = FIXTURES.result(LeakyArc.Rad.class).diagnostics();
    assertEquals(1, diagnostics.size(), diagnostics.toString());
    assertEquals(38, diagnostics.get(0).line());
    assertTrue(diagnostics.get(0).reason().contains("constructor"), diagnostics.toString());
    assertFalse(Arrays.stream(FIXTURES.get(LeakyArc.Rad.class).getDeclaredMethods()).anyMatch(m -> m.getName().contains("$")),
        "no companion");
  }
}
