package dev.leibniz.core.ir;

import org.objectweb.asm.Type;

/**
 * A mutable local variable of a generated graph (an adjoint accumulator, a saved value). Unlike
 * {@link Value}s it may be written many times; it starts at zero (or null).
 */
public final class Var {
  public final int id;
  public final Type type;
  public final String name;

  Var(int id, Type type, String name) {
    this.id = id;
    this.type = type;
    this.name = name;
  }

  /**
   * The id, not the identity hash: hash maps and sets of IR objects then iterate in an order fixed
   * by the graph, so the generated code does not depend on HotSpot's per-thread random identity
   * hashes (reproducible output). Equality stays identity.
   */
  @Override
  public int hashCode() {
    return id;
  }

  @Override
  public String toString() {
    return "$" + name + id;
  }
}
