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

  /**
   * True when a partial can be infinite or NaN at a point where the function is defined or
   * merely computed and not used (sqrt at 0, log at 0, asin at ±1...). Such partials are applied
   * with a strong zero: a tangent or adjoint that is exactly zero contributes exactly zero.
   */
  default boolean singular() {
    return false;
  }

  /** {@code rule} marked {@link #singular()}. */
  static DerivativeRule singular(DerivativeRule rule) {
    return new DerivativeRule() {
      @Override
      public Value[] partials(Builder b, Value[] args, Value result) {
        return rule.partials(b, args, result);
      }

      @Override
      public boolean singular() {
        return true;
      }
    };
  }

  /**
   * True when the partials only select an argument (0 or 1: max, min; ±1: abs), or are NaN where the result is (a NaN
   * argument, {@code MathRules.nanWhereNaN}). Such partials are applied with a strong zero on the partial and on the
   * derivative: the argument not selected gets exactly zero even when the tangent or adjoint is infinite, and a zero
   * tangent or adjoint stays zero through a NaN partial (a NaN computed and not used). In reverse mode an adjoint is infinite downstream of a
   * singular rule at its singular point ({@code sqrt(max(v, 0))} at {@code v < 0}: the adjoint of
   * {@code max}'s result is infinite, and {@code inf · 0} would make the gradient NaN where the
   * function is differentiable and the tangent is finite).
   */
  default boolean selecting() {
    return false;
  }

  /** {@code rule} marked {@link #selecting()}. */
  static DerivativeRule selecting(DerivativeRule rule) {
    return new DerivativeRule() {
      @Override
      public Value[] partials(Builder b, Value[] args, Value result) {
        return rule.partials(b, args, result);
      }

      @Override
      public boolean selecting() {
        return true;
      }
    };
  }

  /**
   * The contribution of one partial: {@code d · partial}, where {@code d} is an argument's tangent
   * (forward mode) or the result's adjoint (reverse mode); a strong zero for singular rules (on
   * {@code d}) and for selecting rules (on both).
   */
  default Value apply(Builder b, Value d, Value partial) {
    if (selecting()) return b.strongProduct(d, partial);
    return singular() ? b.strongTimes(d, partial) : b.times(d, partial);
  }

  /**
   * {@link #apply} for a reverse-mode adjoint {@code d} that may be infinite or NaN (downstream of
   * a singular point; {@code core.reverse.NonFiniteAdjoints}): also exactly zero where the partial
   * is zero ({@code cos} at a zero of it, {@code pow}'s partials taken as 0), as in forward mode,
   * where a finite tangent times that zero partial is 0.
   */
  default Value applyToNonFinite(Builder b, Value d, Value partial) {
    if (selecting()) return b.strongProduct(d, partial);
    return singular() ? b.strongProduct(d, partial) : b.strongTimes(partial, d);
  }

  /** True when the rule is {@link #ZERO}: the result then starts a passive value. */
  default boolean isZero() {
    return this == ZERO;
  }
}
