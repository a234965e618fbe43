package dev.leibniz.core;

/**
 * Thrown by a phase that meets something it cannot differentiate; turned into a {@link
 * Diagnostic} by {@link ClassDifferentiator}. Carries the source line and the instruction.
 */
public class NotDifferentiable extends Exception {
  private static final long serialVersionUID = 1L;

  public final int line;
  public final String instruction;

  public NotDifferentiable(int line, String instruction, String reason) {
    super(reason, null, false, false);
    this.line = line;
    this.instruction = instruction == null ? "" : instruction;
  }
}
