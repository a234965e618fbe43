package dev.leibniz.core.rules;

import dev.leibniz.core.ir.Builder;
import dev.leibniz.core.ir.Value;

/**
 * The local derivative of one function: given its arguments and result, builds the partial
 * derivative with respect to each argument (null where the partial is zero or the argument is
 * not differentiable). Forward mode multiplies the partials by the argument tangents; reverse
 * mode multiplies the result's adjoint by them, so both modes share one rule.
 */
@FunctionalInterface
public interface DerivativeRule {
  Value[] partials(Builder b, Value[] args, Value result);

  /** The rule of a function whose derivative is zero wherever it exists (floor, signum...). */
  DerivativeRule ZERO = (b, args, result) -> new Value[args.length];

  /** True when the rule is {@link #ZERO}: the result then starts a passive value. */
  default boolean isZero() {
    return this == ZERO;
  }
}
