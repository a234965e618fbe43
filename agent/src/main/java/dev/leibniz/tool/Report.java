package dev.leibniz.tool;

import dev.leibniz.core.Diagnostic;
import java.util.List;

/**
 * What one build-time transformation did.
 *
 * @param classes the class files read
 * @param transformed the classes written with companions
 * @param alreadyTransformed the classes that already had their companions (transformed before) and were left as they were
 * @param generated one line per generated method, its Java signature ({@code static double p.Model.f$adjoint(double x, double y, double seed, double[] grad)})
 * @param diagnostics the methods (or modes) that could not be differentiated
 * @param errors classes left unchanged because the transformation failed unexpectedly, one message each
 * @param warnings problems that do not stop the companions from being written, e.g. a called library without companions
 */
public record Report(int classes, int transformed, int alreadyTransformed, List<String> generated,
    List<Diagnostic> diagnostics, List<String> errors, List<String> warnings) {

  /** True when some method could not be differentiated or some class failed: what {@code strict} rejects. */
  public boolean failed() {
    return !diagnostics.isEmpty() || !errors.isEmpty();
  }

  /** One line for the build log. */
  public String summary() {
    return "leibniz: " + classes + " classes read, " + transformed + " written with companions (" + generated.size()
        + " methods)" + (alreadyTransformed > 0 ? ", " + alreadyTransformed + " already had them" : "") + ", "
        + diagnostics.size() + " diagnostics" + (errors.isEmpty() ? "" : ", " + errors.size() + " internal errors");
  }
}
