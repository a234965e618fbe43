package dev.leibniz.core.rules;

import dev.leibniz.core.ir.Builder;
import dev.leibniz.core.ir.Value;
import org.objectweb.asm.Type;

/**
 * The partials of the arithmetic operations, shared by both modes as {@link MathRules} is for math
 * calls: {@code ADD} 1, 1; {@code SUB} 1, −1; {@code NEG} −1; {@code CONV} 1; {@code MUL} the other
 * factor; {@code DIV} {@code 1/v} and {@code −y/v}; {@code REM} 1 and {@code −q} ({@link
 * #remQuotient}). A mode multiplies a derivative (a tangent going forward, an adjoint going back)
 * by a partial through {@link #scale} or {@link #strongScale}, which place the strong zeros ({@code
 * 0·∞ = 0}) the same way in both: on the derivative where the partial may be infinite or NaN, on
 * the partial where the derivative may be ({@code wild}: forward mode asks {@code SingularCones},
 * reverse mode {@code NonFiniteAdjoints}).
 */
public final class ArithmeticRules {
  private ArithmeticRules() {}

  /**
   * {@code d · partial}, with a strong zero on {@code d} when the partial ({@code partialSrc}'s
   * copy) may be infinite or NaN ({@link MathRules#mayBeNonFinite}), and on the partial when
   * {@code d} may be ({@code wild}).
   */
  public static Value scale(Builder b, Value d, Value partial, Value partialSrc, boolean wild) {
    boolean strongOnD = MathRules.mayBeNonFinite(partialSrc);
    if (wild) return strongOnD ? b.strongProduct(d, partial) : b.strongTimes(partial, d);
    return strongOnD ? b.strongTimes(d, partial) : b.times(d, partial);
  }

  /**
   * {@code d · partial} for a partial that may always be infinite or NaN ({@code 1/v}, {@code y}
   * of a quotient, {@code q} of a remainder at {@code v = 0}): a strong zero on {@code d}, and on
   * the partial too when {@code d} may be infinite ({@code wild}).
   */
  public static Value strongScale(Builder b, Value d, Value partial, boolean wild) {
    return wild ? b.strongProduct(d, partial) : b.strongTimes(d, partial);
  }

  /**
   * The quotient {@code q} of {@code r = u % v} ({@code u = q v + r}, {@code q} integral): the
   * partial of the remainder along {@code v} is {@code −q}, NaN at {@code v = 0}. A {@code double}.
   */
  public static Value remQuotient(Builder b, Value u, Value v, Value r) {
    return b.math("rint", "(D)D", b.convert(b.div(b.minus(b.convert(u, Type.DOUBLE_TYPE), b.convert(r, Type.DOUBLE_TYPE)), b.convert(v, Type.DOUBLE_TYPE)), Type.DOUBLE_TYPE));
  }
}
