package dev.leibniz.core.ir;

import java.util.function.Predicate;
import org.objectweb.asm.Type;

/**
 * Which reference types carry derivatives in <em>shadows</em> (README, "Objects"): objects of a
 * class annotated {@code @Differentiable} at class level, and arrays of them. The shadow of such a
 * value is an object (array) of the same class whose differentiable fields hold tangents. Every
 * other object stays passive, as before; {@link #NONE} knows no such class.
 */
public final class Shadows {
  public static final Shadows NONE = new Shadows(name -> false);

  private final Predicate<String> marked;
  private final java.util.function.UnaryOperator<String> root;
  private final java.util.function.Function<String, Layout> layouts;
  /**
   * The interfaces and abstract classes that classes with shadows implement or extend: a value
   * declared with one of them (a parameter, a field, an array element) may hold such an object, so
   * it carries a shadow slot typed as that type, holding a shadow of the primal's runtime class
   * (Flink ML's {@code BLAS.dot(Vector, Vector)} given {@code DenseVector}s). Not shadow classes
   * themselves (an object's shadow is of its runtime class), though their methods' companions take the
   * receiver's shadow (core.Companions.receiverShadow: a call runs one class with shadows' code).
   */
  private final Predicate<String> slots;
  /** For each such type, the classes with shadows below it (empty for every other name). */
  private final java.util.Map<String, java.util.List<String>> implementations;

  /** An instance field as its class file declares it. */
  public record Field(String owner, String name, String desc, int access) {}

  /**
   * What a class's instances hold: its access flags and its instance fields, its own first, then
   * each superclass's up to {@code Object}; read from the class files.
   */
  public record Layout(int access, java.util.List<Field> fields) {}

  /** {@code marked} answers, for an internal class name, whether the class is annotated. */
  public Shadows(Predicate<String> marked) {
    this(marked, name -> name);
  }

  /** With {@code root}: for a shadow class, its highest superclass that is annotated. */
  public Shadows(Predicate<String> marked, java.util.function.UnaryOperator<String> root) {
    this(marked, root, name -> null);
  }

  /** With {@code layouts}: a class's {@link Layout}, or null when a class file in its chain cannot be read. */
  public Shadows(Predicate<String> marked, java.util.function.UnaryOperator<String> root,
      java.util.function.Function<String, Layout> layouts) {
    this(marked, root, layouts, java.util.Map.of());
  }

  /**
   * With {@code implementations}: the supertypes of shadow classes that are neither (interfaces,
   * abstract classes), each with the classes with shadows below it.
   */
  public Shadows(Predicate<String> marked, java.util.function.UnaryOperator<String> root,
      java.util.function.Function<String, Layout> layouts, java.util.Map<String, java.util.List<String>> implementations) {
    this.marked = marked;
    this.root = root;
    this.layouts = layouts;
    this.implementations = implementations;
    this.slots = implementations::containsKey;
  }

  /**
   * For an interface or abstract class given a shadow slot only as a supertype ({@link #isSlotOnly}),
   * the classes with shadows this transformation knows below it; empty otherwise.
   */
  public java.util.List<String> implementations(String internalName) {
    return isSlotOnly(internalName) ? implementations.getOrDefault(internalName, java.util.List.of()) : java.util.List.of();
  }

  /** The layout of class {@code internalName}, or null when unknown. */
  public Layout layout(String internalName) {
    return layouts.apply(internalName);
  }

  /**
   * The type of the receiver's shadow in the companions of an instance method of {@code
   * internalName}: the highest annotated superclass, the same for a class and its subclasses, so
   * that an override's companion overrides the companion it must (a companion call dispatches like
   * the call). The companion casts it to its own class.
   */
  public String root(String internalName) {
    return root.apply(internalName);
  }

  /**
   * True for an object of a differentiable class, or of an interface or abstract class such a class
   * implements or extends ({@link #hasSlot}), or an array (any rank) of such objects.
   */
  public boolean has(Type t) {
    Type e = t.getSort() == Type.ARRAY ? t.getElementType() : t;
    return e.getSort() == Type.OBJECT && hasSlot(e.getInternalName());
  }

  /**
   * True when a value declared with type {@code internalName} carries a shadow: a shadow class, or an
   * interface or abstract class one implements or extends (the companions' parameters, by the contract).
   */
  public boolean hasSlot(String internalName) {
    return marked.test(internalName) || slots.test(internalName);
  }

  /** True for an interface or abstract class given a shadow slot only as a supertype of shadow classes. */
  public boolean isSlotOnly(String internalName) {
    return !marked.test(internalName) && slots.test(internalName);
  }

  /** True when instances of class {@code internalName} have shadows (its instance methods take the receiver's). */
  public boolean isShadowClass(String internalName) {
    return marked.test(internalName);
  }

  /** True when the tangent contract gives {@code t} a derivative: differentiable types and shadow types. */
  public boolean carries(Type t) {
    return Types.isDifferentiable(t) || has(t);
  }
}
