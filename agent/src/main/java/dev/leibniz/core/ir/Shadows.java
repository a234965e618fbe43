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
    this.marked = marked;
    this.root = root;
    this.layouts = layouts;
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

  /** True for an object of a differentiable class, or an array (any rank) of such objects. */
  public boolean has(Type t) {
    Type e = t.getSort() == Type.ARRAY ? t.getElementType() : t;
    return e.getSort() == Type.OBJECT && marked.test(e.getInternalName());
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
