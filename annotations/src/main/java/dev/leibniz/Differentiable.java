package dev.leibniz;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method for algorithmic differentiation.
 *
 * <p>When the JVM runs with {@code -javaagent:leibniz-agent.jar}, every class that declares a
 * marked method {@code R m(p1, ..., pn)} gains two public companions, static exactly when {@code
 * m} is static:
 *
 * <ul>
 *   <li>{@code m$tangent} (forward mode): each {@code pi}, followed by its tangent (same type)
 *       when {@code pi} is differentiable; returns the tangent of the result when {@code R} is
 *       differentiable, otherwise {@code void} (output tangents land in the tangent arrays).
 *   <li>{@code m$adjoint} (reverse mode): each {@code pi}, followed by its adjoint array when
 *       {@code pi} is a differentiable array; then the seed (type {@code R}) when {@code R} is
 *       differentiable; then, when any {@code pi} is a differentiable scalar, one {@code double[]}
 *       that receives the scalar adjoints in parameter order. Returns the primal result.
 * </ul>
 *
 * <p>Differentiable types are {@code double}, {@code float} and arrays of them; every other type
 * (ints, longs, booleans, other references, the receiver and its fields) is passive. Adjoints
 * accumulate ({@code +=}); an adjoint array is on entry the seed for the array's final contents
 * and on exit the adjoint with respect to its contents on entry. {@code null} in place of a
 * tangent or adjoint array means that parameter is passive. The companions are thread-safe and
 * the original method is never changed.
 *
 * <p>Example:
 *
 * <pre>{@code
 * @Differentiable static double f(double x, double y) { return x * Math.sin(y); }
 * // generated:
 * static double f$tangent(double x, double dx, double y, double dy)        // returns df
 * static double f$adjoint(double x, double y, double seed, double[] grad)  // returns f
 * }</pre>
 *
 * <p>Methods that are not marked but are static, declared in the same class and called from a
 * marked method are differentiated too (their companions are private). A method Leibniz cannot
 * differentiate is reported on standard error with the class, method, source line, instruction
 * and reason; its class still loads unchanged (or fails to load with the agent option {@code
 * strict}).
 *
 * @see Derivatives for typed look-up of the companions
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Differentiable {}
