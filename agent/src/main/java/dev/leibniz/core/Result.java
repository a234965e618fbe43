package dev.leibniz.core;

import java.util.List;

/**
 * What {@link ClassDifferentiator} made of one class.
 *
 * @param transformed the whole class with the companions added (original members byte-for-byte
 *     unchanged), or null when nothing was added
 * @param companions a class file of the same name that holds only the generated methods (for
 *     class-file pipelines that add methods themselves), or null when nothing was added
 * @param generated one line per generated method, {@code Owner.name(desc)}
 * @param diagnostics the methods (or modes) that could not be differentiated
 * @param plans one line per loop given a checkpointed form in reverse mode (for {@code verbose})
 */
public record Result(
    byte[] transformed, byte[] companions, List<String> generated, List<Diagnostic> diagnostics, List<String> plans) {

  public Result(byte[] transformed, byte[] companions, List<String> generated, List<Diagnostic> diagnostics) {
    this(transformed, companions, generated, diagnostics, List.of());
  }

  /** This result with the checkpointing plans of its loops. */
  public Result withPlans(List<String> lines) {
    return new Result(transformed, companions, generated, diagnostics, List.copyOf(lines));
  }

  /** True when a class was left as it was because it marks nothing. */
  public boolean unchanged() {
    return transformed == null;
  }
}
