package dev.leibniz.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.objects.fixtures.PlainCell;
import dev.leibniz.objects.fixtures.ReadsPlain;
import dev.leibniz.objects.fixtures.WritesPlain;
import dev.leibniz.oracle.LinkedFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The decision "this class nobody annotated has shadows" is taken per class transformation, from the
 * code its marked methods reach. A caller that writes {@code PlainCell.v} gives cells shadows; a
 * marked callee of another class that only reads them does not: the callee's companion has the
 * other contract, so the caller's call is refused, naming the callee, and the caller keeps its
 * original code (never a call made with a contract the callee does not have).
 */
class UnannotatedAgreementTest {
  static final LinkedFixtures L = LinkedFixtures.allowingDiagnostics(WritesPlain.class, ReadsPlain.class);

  @Test
  void aCalleeThatOnlyReadsKeepsTheObjectsPassive() {
    assertTrue(L.result(ReadsPlain.class).plans().stream().noneMatch(p -> p.contains("PlainCell")),
        () -> "" + L.result(ReadsPlain.class).plans());
  }

  @Test
  void theCallerWhoseContractDiffersIsRefusedNamingTheCallee() throws Exception {
    List<Diagnostic> d = L.result(WritesPlain.class).diagnostics();
    assertEquals(1, d.size(), () -> "" + d);
    assertTrue(d.get(0).message().contains("ReadsPlain.sum") && d.get(0).message().contains("WritesPlain.java:")
        && d.get(0).message().contains("annotate dev.leibniz.objects.fixtures.PlainCell @Differentiable"), d.get(0)::message);
    assertNull(L.result(WritesPlain.class).transformed());
    PlainCell[] cells = {new PlainCell(2), new PlainCell(3)};
    assertEquals(0.5 * (1 + 9), (double) L.get(WritesPlain.class).getMethod("run", PlainCell[].class, double.class)
        .invoke(null, cells, 0.5), 1e-15, "the original code runs");
  }
}
