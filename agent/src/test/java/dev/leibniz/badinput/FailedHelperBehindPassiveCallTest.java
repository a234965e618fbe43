package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * A same-class {@code void} helper given an active value that writes a field and also holds a construct the core refuses
 * (a synchronized block): the helper is differentiated as a callee, and its own failure, at its own line, is what the
 * caller is told — not that a call returning no derivative may write a field, whose advice (keep the call only when the
 * callee writes whole numbers) does not apply to a callee the core differentiates.
 */
class FailedHelperBehindPassiveCallTest extends UnsupportedConstructTest {
  @Override
  Subject subject() {
    return Subject.ofMembers("Recorder", """
          private static final Object LOCK = new Object();
          static double total = 1;
          static double last;

          static void record(double v) {
            synchronized (LOCK) {
              last = v * total; /*INNER*/
            }
          }

          @dev.leibniz.Differentiable
          static double bad(double x) {
            record(x); /*HERE*/
            return x * x + last;
          }
        """, "");
  }

  @Override
  String rejectedMethod() {
    return "bad(D)D";
  }

  @Override
  String instructionPattern() {
    return "record";
  }

  @Override
  String reasonPattern() {
    int inner = subject().linesMarked("/*INNER*/").first();
    return "the callee void Recorder\\.record\\(double\\) cannot be differentiated \\((Recorder\\.java:)?(line )?" + inner
        + "\\): .*synchronized block";
  }

  /** Tangent mode is told the same: one diagnostic for both modes, the callee's failure at its line. */
  @Test
  void tangentModeIsToldTheCalleesOwnFailureToo() {
    var d = subject().result.diagnostics().get(0);
    assertEquals("both", d.mode(), d::message);
    assertFalse(d.reason().startsWith("tangent: "), d::message);
  }

  /** One message, the callee's own: the passive-call advice (write only whole numbers there) is not added to it. */
  @Test
  void thePassiveCallsAdviceIsNotGiven() {
    String reason = subject().result.diagnostics().get(0).reason();
    System.out.println("FailedHelperBehindPassiveCallTest: " + reason);
    assertFalse(reason.contains("returns no derivative") || reason.contains("whole numbers"), reason);
  }
}
