package dev.leibniz.corpus;

import dev.leibniz.corpus.Entry.Status;
import java.util.List;

/**
 * What the harness found for one entry.
 *
 * @param status CORRECT, REFUSED or WRONG
 * @param detail for REFUSED, the diagnostics' text; for WRONG, what disagreed or threw; for
 *     CORRECT, the points and directions checked
 * @param diagnostics the core's diagnostics for the class, one message each
 */
record Outcome(Status status, String detail, List<String> diagnostics) {
  static Outcome correct(String detail, List<String> diagnostics) {
    return new Outcome(Status.CORRECT, detail, diagnostics);
  }

  static Outcome nanAtPoint(String detail, List<String> diagnostics) {
    return new Outcome(Status.NAN_AT_POINT, detail, diagnostics);
  }

  static Outcome refused(String detail, List<String> diagnostics) {
    return new Outcome(Status.REFUSED, detail, diagnostics);
  }

  static Outcome wrong(String detail, List<String> diagnostics) {
    return new Outcome(Status.WRONG, detail, diagnostics);
  }
}
