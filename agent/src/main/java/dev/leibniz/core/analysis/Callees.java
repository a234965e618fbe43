package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.MethodRef;

/** What the phases need to know about the methods a graph calls. */
public interface Callees {
  /** True when {@code m} has (or will get) companions that the generated code may call. */
  boolean isDifferentiable(MethodRef m);

  /** True when {@code m} writes no array argument, field or static (calling it twice is harmless). */
  boolean isPure(MethodRef m);

  /** True when {@code m} may write into (the rows of) its {@code argIndex}-th argument (receiver first). */
  boolean writesArgument(MethodRef m, int argIndex);

  /** True when {@code m} has a private adjoint variant assuming distinct array arguments. */
  default boolean hasDistinctVariant(MethodRef m) {
    return false;
  }

  /**
   * True when {@code m} (of the class being differentiated) has a private split adjoint: its
   * forward records on the caller's tape, its reverse runs in the caller's reverse sweep.
   */
  default boolean hasSplitAdjoint(MethodRef m) {
    return false;
  }

  /** Why a call of {@code m} with active arguments cannot be differentiated, with the fix. */
  String whyNot(MethodRef m);
}
