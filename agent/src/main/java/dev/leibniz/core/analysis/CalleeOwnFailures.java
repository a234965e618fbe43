package dev.leibniz.core.analysis;

import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.ir.MethodRef;

/**
 * The one rule, shared by both modes, for a refused call of a callee the core differentiates itself (a method of this
 * class, a part it split off, another class's code hosted here): when that callee's own differentiation failed, its
 * failure, located at the callee's line ({@link Callees#failure}), is what stops the call and what the caller is told; a
 * refusal about the callee's shape (tangent mode would call it twice, its pair tangent was not built, it is not passive)
 * gives advice that does not apply while the callee cannot be differentiated at all.
 *
 * <p>A builder may refuse a call before the callee's own failure is known (the caller is built first in a round): it then
 * throws a {@link Refusal} naming the callee, which {@link #named} turns into the callee's failure once the mode is stable.
 */
public final class CalleeOwnFailures {
  private CalleeOwnFailures() {}

  /** {@code m}'s own failure, when the core tried to differentiate it and failed; otherwise {@code otherwise}. */
  public static String ownFailureOr(Callees callees, MethodRef m, String otherwise) {
    String failed = callees.failure(m);
    return failed != null ? failed : otherwise;
  }

  /**
   * The refusal of call {@code at} of {@code m}, whose shape stops it ({@code why}): {@code m}'s own failure when known
   * already, otherwise {@code why} as a {@link Refusal} that {@link #named} may still replace.
   */
  public static NotDifferentiable refuse(Callees callees, MethodRef m, int line, String instruction, String why) {
    String failed = callees.failure(m);
    return failed != null ? at(callees, m, line, instruction, failed) : new Refusal(line, instruction, why, m);
  }

  /** {@code e}, or, for a {@link Refusal} whose callee has failed since, that failure at the same call. */
  public static NotDifferentiable named(NotDifferentiable e, Callees callees) {
    if (!(e instanceof Refusal r)) return e;
    String failed = callees.failure(r.callee);
    return failed == null ? e : at(callees, r.callee, e.line, e.instruction, failed);
  }

  /** The callee's failure at the call; not-yet (a warning) when the callee's is ({@link Callees#notYet}), as in Activity. */
  private static NotDifferentiable at(Callees callees, MethodRef m, int line, String instruction, String failed) {
    return callees.notYet(m) ? new dev.leibniz.core.ObjectRefusals.NotYet(line, instruction, failed)
        : new NotDifferentiable(line, instruction, failed);
  }

  /** A refusal of a call for its callee's shape, which names the callee ({@link #named}). */
  public static final class Refusal extends NotDifferentiable {
    private static final long serialVersionUID = 1L;

    final transient MethodRef callee;

    Refusal(int line, String instruction, String reason, MethodRef callee) {
      super(line, instruction, reason);
      this.callee = callee;
    }
  }
}
