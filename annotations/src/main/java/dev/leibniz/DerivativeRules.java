package dev.leibniz;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the rule classes that the {@code @Differentiable} methods of the annotated class use for
 * callees the agent must not (or cannot) differentiate line by line: native methods, iterative
 * solvers, table-based approximations, or functions with a better derivative formula.
 *
 * <p>A rule class is annotated {@link RulesFor} with the class whose methods it gives derivatives
 * for, and declares, {@code public static}, the companions of those methods under the contract's
 * names and descriptors (README, "The contract"); a rule for an instance method takes the receiver
 * first. The agent calls a rule instead of differentiating the callee, and reports a rule whose
 * signature does not match the contract when the annotated class loads.
 *
 * <pre>{@code
 * @DerivativeRules(GammaRules.class)
 * class Model { @Differentiable static double f(double x) { return Gamma.logGamma(x) * x; } }
 *
 * @RulesFor(Gamma.class)
 * public final class GammaRules {
 *   public static double logGamma$tangent(double x, double dx) { return Gamma.digamma(x) * dx; }
 *   public static double logGamma$adjoint(double x, double seed, double[] xbar) {
 *     xbar[0] += seed * Gamma.digamma(x);
 *     return Gamma.logGamma(x);
 *   }
 * }
 * }</pre>
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface DerivativeRules {
  /** The rule classes, each annotated {@link RulesFor}. */
  Class<?>[] value();
}
