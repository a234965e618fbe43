package dev.leibniz.core.ir;

import dev.leibniz.contract.CompanionContract;
import org.objectweb.asm.Type;

/** Facts about JVM types that the phases share. */
public final class Types {
  public static final Type OBJECT = Type.getObjectType("java/lang/Object");
  public static final Type NULL = Type.getObjectType("null");

  private Types() {}

  /** True for {@code double}, {@code float} and arrays of them, of any rank. */
  public static boolean isDifferentiable(Type t) {
    return CompanionContract.isDifferentiable(t.getDescriptor());
  }

  /** {@code double} or {@code float} (per {@link CompanionContract}). */
  public static boolean isScalar(Type t) {
    return CompanionContract.isScalar(t.getDescriptor());
  }

  /** An array of {@code double} or {@code float}, any rank (per {@link CompanionContract}). */
  public static boolean isDifferentiableArray(Type t) {
    return CompanionContract.isDifferentiableArray(t.getDescriptor());
  }

  public static boolean isReference(Type t) {
    return t.getSort() == Type.ARRAY || t.getSort() == Type.OBJECT;
  }

  /** The type a value of {@code t} has on the operand stack (booleans, bytes... are ints). */
  public static Type stackType(Type t) {
    switch (t.getSort()) {
      case Type.BOOLEAN:
      case Type.BYTE:
      case Type.CHAR:
      case Type.SHORT:
        return Type.INT_TYPE;
      default:
        return t;
    }
  }

  /** The element type of array type {@code t} ({@code double[][]} gives {@code double[]}). */
  public static Type component(Type t) {
    return Type.getType(t.getDescriptor().substring(1));
  }

  public static Type arrayOf(Type t) {
    return Type.getType("[" + t.getDescriptor());
  }
}
