package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.CallsRefusedScale;
import dev.leibniz.objects.fixtures.ScalesThroughSetter;
import dev.leibniz.objects.fixtures.SetterCell;
import dev.leibniz.oracle.LinkedFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A caller whose marked callee of another class is refused by its own transformation is told that
 * refusal (the cause), not that the two contracts for a class nobody annotated differ and that
 * annotating it would make them agree: the callee's code reaches the same field writes, and the
 * annotation would not remove its refusal (the shape of SystemDS' Mean.execute2 calling KahanPlus.execute2,
 * the corpus's fourteenth round, with a setter that reads the bit pattern of the value it sets).
 */
class CalleeOwnRefusalTest {
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(CallsRefusedScale.class, ScalesThroughSetter.class);

  @Test
  void theCalleeIsRefusedForItsSetter() {
    List<Diagnostic> d = L.result(ScalesThroughSetter.class).diagnostics();
    assertTrue(d.stream().anyMatch(x -> x.message().contains("SetterCell.set") && x.message().contains("bit pattern")), () -> "" + d);
  }

  @Test
  void theCallerIsToldTheCalleesOwnRefusal() throws Exception {
    List<Diagnostic> d = L.result(CallsRefusedScale.class).diagnostics();
    assertEquals(1, d.size(), () -> "" + d);
    String m = d.get(0).message();
    assertTrue(m.contains("ScalesThroughSetter.scale") && m.contains("its own diagnostic says")
        && m.contains("SetterCell.set"), m);
    assertFalse(m.contains("so that both agree"), m);
    assertNull(L.result(CallsRefusedScale.class).transformed());
    SetterCell c = new SetterCell(2);
    assertEquals((2 + 0.5) * 0.5, (double) L.get(CallsRefusedScale.class).getMethod("run", SetterCell.class, double.class)
        .invoke(L.get(CallsRefusedScale.class).getConstructor().newInstance(), c, 0.5), 1e-15, "the original code runs");
  }
}
