package dev.leibniz;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
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
 *       differentiable, otherwise {@code void} (output tangents land in the tangent arrays); for
 *       {@code R} = {@code Double}, the tangent as a {@code Double} ({@code null} where {@code m}
 *       returns {@code null}).
 *   <li>{@code m$adjoint} (reverse mode): each {@code pi}, followed by its adjoint array when
 *       {@code pi} is a differentiable array; then the seed (type {@code R}) when {@code R} is
 *       differentiable or {@code Double}; then, when any {@code pi} is a differentiable scalar, one {@code double[]}
 *       that receives the scalar adjoints in parameter order. Returns the primal result.
 * </ul>
 *
 * <p>Differentiable types are {@code double}, {@code float} and arrays of them; every other type
 * (ints, longs, booleans, other references, the receiver and its fields) is passive, except
 * objects of classes annotated {@code @Differentiable} (below). Adjoints
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
 * <p>Methods of the same class that are not marked but cannot be overridden (static, private or
 * final) and are called from a marked method are differentiated too (their companions are
 * private; small loop-free static ones are inlined). A method Leibniz cannot differentiate is
 * reported on standard error with the class, method, source line, instruction and reason; its
 * class still loads with its original code and every companion that could be generated. With the
 * agent option {@code strict} such a class gets no companions at all (not even for its other
 * methods) and keeps its original code, except that its static initialiser throws {@link
 * IllegalStateException} with the first diagnostic: its first use fails with {@code
 * ExceptionInInitializerError}, later ones with {@code NoClassDefFoundError}. Warnings do not count.
 *
 * <p>Companions exist only at run time, in classes loaded after the agent started ({@code
 * -javaagent:leibniz-agent.jar}, or {@code dev.leibniz.agent.Leibniz.install()} from the agent
 * jar), or in class files transformed at build time. To call them from Java code, the annotation
 * processor in this artifact ({@code dev.leibniz.processor.FacadeProcessor}) writes, for each class
 * {@code Model} with marked methods, a typed facade {@code ModelDerivatives} in the same package:
 * one static method per companion, {@code fTangent}, {@code fAdjoint} (and {@code fAdjointTangent}
 * for {@code order = 2}), with the companion's parameters, their Java names and roles in its
 * javadoc, the receiver first for an instance method (a nested {@code Outer.Inner} gives {@code
 * Outer_InnerDerivatives}; private methods and private classes get none):
 *
 * <pre>{@code
 * double dfdx = ModelDerivatives.fTangent(x, 1, y, 0);
 * double[] grad = new double[2];
 * double value = ModelDerivatives.fAdjoint(x, y, 1.0, grad);   // grad = {sin y, x cos y}
 * }</pre>
 *
 * <p>A facade method checks its arrays (a tangent or adjoint array that is its own primal array or
 * has another length, a short array of scalar adjoints: {@link IllegalArgumentException}) and
 * calls the companion through a constant method handle, as fast as a direct call once compiled;
 * when the companion does not exist it throws {@link IllegalStateException} saying why (the agent
 * is not running, or it could not differentiate the method). JDK 23 and later run processors only
 * when asked: name this artifact in the compiler's {@code annotationProcessorPaths} (Maven) or
 * {@code annotationProcessor} configuration (Gradle). {@link Derivatives}, {@link Gradient} and
 * {@link Jacobian} look companions up at run time instead; the README's "The contract" section is
 * the reference for all of the above.
 *
 * <p>With {@code order = 2} the class also gains {@code m$adjoint$tangent}, the tangent companion
 * of {@code m$adjoint} (forward over reverse; the contract above applied twice): each parameter of
 * {@code m$adjoint} followed by its tangent. With the tangent of {@code x} set to {@code v}, the
 * seed's tangent to 0 and the adjoint array's tangent to zeros, the adjoint array's tangent
 * receives the Hessian-vector product H·v.
 *
 * <p><b>On a class</b>, the annotation makes the class (and its subclasses: it is inherited) differentiable: its instances carry
 * derivatives in <em>shadows</em> (README, "Objects"). The shadow of an object of class {@code C} is
 * an object of class {@code C} whose differentiable fields ({@code double}, {@code float}, arrays of
 * them, objects of differentiable classes and arrays of them, recursively) hold tangents. In
 * {@code m$tangent}, a parameter of a differentiable class (or an array of one) is followed by its
 * shadow, an instance method of a differentiable class takes the receiver's shadow first, and a
 * result of such a type comes back as its shadow; the companion reads the direction from the
 * shadows and leaves the tangents of the fields' final values in them. Make shadows with {@link
 * Derivatives#zeroShadow} (no constructor of the class runs); a {@code null} shadow of a non-null
 * object, or one object passed twice with two shadows, fails at entry. In {@code m$adjoint} each
 * such parameter is followed by its adjoint shadow and the receiver's adjoint shadow comes first;
 * adjoints accumulate ({@code +=}) into the shadows' fields (on entry the seed for the fields' final
 * values, on exit the adjoint with respect to their entry values). Object results and callees that
 * write objects are not covered by reverse mode yet (a warning; the tangent is generated).
 *
 * <p>On a <b>parameter</b> of a marked method whose class nobody annotated and the code only reads
 * (a library's value class: {@code double f(@Differentiable Vector3D p, double[] x)}), the class
 * gets shadows in this class's companions, so the derivative with respect to the object's fields
 * can be asked for ({@code Derivatives.zeroShadow(p)}, final fields included); without it such a
 * parameter is passive.
 *
 * <pre>{@code
 * @Differentiable class Body { double x, vx, mass; }
 * @Differentiable class Sim { final Body[] bodies; @Differentiable double energyAfter(int steps, double dt) {...} }
 * // generated: double energyAfter$tangent(Sim shadowOfThis, int steps, double dt, double ddt)
 * //            double energyAfter$adjoint(Sim shadowOfThis, int steps, double dt, double seed, double[] grad)
 * }</pre>
 *
 * @see Derivatives for typed look-up of the companions
 * @see dev.leibniz.contract.CompanionContract for the companions' shape, defined once
 * @see Hessians for Hessian-vector products and dense Hessians
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.PARAMETER})
public @interface Differentiable {
  /**
   * 1 (the default): {@code m$tangent} and {@code m$adjoint}; 2: also the second-order companion
   * {@code m$adjoint$tangent}. Ignored on a class.
   */
  int order() default 1;

  /**
   * True: also the vector tangent companion {@code m$tangents}, which propagates k directions in
   * one call sharing the primal work (README, "The contract" and "Second order and Jacobians"): each differentiable parameter is
   * followed by its tangents — a {@code double} by a {@code double[k]}, a {@code double[]} of
   * length n by a {@code double[]} of length n·k holding direction d of element i at {@code i·k +
   * d} — then {@code int k}, then, for a {@code double} result, a {@code double[k]} receiving the
   * result's tangents; it returns the primal result. Also the sparsity companion {@code m$pattern},
   * which propagates sets of input columns ({@code int[]}, {@code int[][]} for arrays) instead of
   * tangents. Methods of other classes that they call with active arguments must be marked {@code
   * tangents = true} too; static, private or final methods of the same class get private ones.
   */
  boolean tangents() default false;

  /**
   * True: also the vector adjoint companion {@code m$adjoints}, which gives k rows of a Jacobian
   * (k seeds) from one forward sweep followed by k reverse sweeps: {@code m$adjoint}'s parameters,
   * each adjoint array, the seed and the scalar adjoints' array replaced by an array of k rows of
   * its type (row d: seed d on entry, += the adjoints of seed d on exit), then {@code int k}; it
   * returns the primal result. Built for static {@code void} methods whose adjoint needs no tape
   * (straight code, branches and {@code Math} calls, helpers inlined); {@link Jacobian#byRows} uses
   * it when present. Otherwise a warning says why and the other companions are generated as usual.
   * Next to it, {@code m$adjointsSet} (same parameters): each row that holds no seed — the adjoint
   * of an array the method does not write, and the scalar adjoints' row — is overwritten ({@code =},
   * to its whole length) with the adjoints of seed d instead of added into, so a caller filling a
   * Jacobian need not zero the rows between calls; those rows must be distinct arrays
   * ({@link IllegalArgumentException} otherwise). And {@code m$adjointsInto}: the same rows, each a
   * slice of a flat array ({@code double[] bar, int at, int stride} in place of each array of rows:
   * row d from {@code at + d·stride}), so a caller keeping its Jacobian in one array (CSR values)
   * need not copy rows into it.
   */
  boolean adjoints() default false;
}
