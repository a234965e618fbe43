package dev.leibniz.core.ir;

import org.objectweb.asm.Type;

/**
 * An SSA value: defined once, by an {@link Insn} or a {@link Phi}, and typed with the JVM type it
 * holds ({@code int} stands for every int-like type; references carry their class or array type).
 */
public abstract class Value {
  public final int id;
  public Type type;

  Value(int id, Type type) {
    this.id = id;
    this.type = type;
  }

  /** True for {@code double}, {@code float} and arrays of them. */
  public boolean isFloating() {
    return Types.isDifferentiable(type);
  }

  public boolean isWide() {
    return type.getSize() == 2;
  }

  /**
   * The id, not the identity hash: hash maps and sets of IR objects then iterate in an order fixed
   * by the graph, so the generated code does not depend on HotSpot's per-thread random identity
   * hashes (reproducible output). Equality stays identity.
   */
  @Override
  public final int hashCode() {
    return id;
  }

  @Override
  public String toString() {
    return "v" + id;
  }
}
