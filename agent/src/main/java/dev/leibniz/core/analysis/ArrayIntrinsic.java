package dev.leibniz.core.analysis;

import dev.leibniz.core.Companions;
import dev.leibniz.core.ir.MethodRef;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The library calls on arrays that both modes know how to differentiate: {@code clone()},
 * {@code Arrays.copyOf}/{@code copyOfRange}, {@code System.arraycopy}, {@code Arrays.fill} and
 * {@code Arrays.sort}, on {@code double}/{@code float} arrays (and, for copies, arrays of them).
 * A sort's derivative is the permutation it applies: the copied helper {@code sortPermD/F} sorts
 * (the JDK's order, ties kept in their order) and returns that permutation, which the adjoint keeps
 * for its reverse sweep, where it moves the adjoints back ({@code unpermuteD/F}); the tangent's
 * {@code sortD/F} moves the tangents with their values (the same stable permutation: through
 * {@code sortPermD/F} and {@code permuteD/F}, or carried along by insertion in short ranges).
 */
public enum ArrayIntrinsic {
  CLONE,
  COPY_OF,
  COPY_OF_RANGE,
  ARRAYCOPY,
  FILL,
  FILL_RANGE,
  /** {@code Arrays.sort(double[])}, {@code (float[])}: writes its argument. */
  SORT,
  /** {@code Arrays.sort(double[], int, int)}, {@code (float[], int, int)}. */
  SORT_RANGE;

  /** The intrinsic {@code m} is, or null. */
  public static ArrayIntrinsic of(MethodRef m) {
    String owner = m.owner();
    if (owner.startsWith("[") && m.name().equals("clone") && m.desc().equals("()Ljava/lang/Object;")) {
      return floating(owner) ? CLONE : null;
    }
    if (owner.equals("java/lang/System") && m.name().equals("arraycopy")) {
      return ARRAYCOPY;
    }
    if (!owner.equals("java/util/Arrays")) {
      return null;
    }
    String d = m.desc();
    switch (m.name()) {
      case "copyOf":
        return d.equals("([DI)[D") || d.equals("([FI)[F") || d.equals("([Ljava/lang/Object;I)[Ljava/lang/Object;") ? COPY_OF : null;
      case "copyOfRange":
        return d.equals("([DII)[D") || d.equals("([FII)[F") || d.equals("([Ljava/lang/Object;II)[Ljava/lang/Object;") ? COPY_OF_RANGE : null;
      case "fill":
        if (d.equals("([DD)V") || d.equals("([FF)V")) return FILL;
        if (d.equals("([DIID)V") || d.equals("([FIIF)V")) return FILL_RANGE;
        return null;
      case "sort":
        if (d.equals("([D)V") || d.equals("([F)V")) return SORT;
        if (d.equals("([DII)V") || d.equals("([FII)V")) return SORT_RANGE;
        return null;
      default:
        return null;
    }
  }

  /** True when the call writes its first argument's elements (and no other array: fill, sort). */
  public boolean writesFirst() {
    return this == FILL || this == FILL_RANGE || this == SORT || this == SORT_RANGE;
  }

  /** True for a sort, which both modes differentiate by the permutation it applies. */
  public boolean isSort() {
    return this == SORT || this == SORT_RANGE;
  }

  /** The type of a sort's permutation ({@code sortPermD/F}'s result). */
  public static final Type PERMUTATION = Type.getType(int[].class);

  /**
   * The copied helper that a sort's derivative calls in {@code owner}, for arrays of type {@code
   * array}: {@code "sortPerm"} {@code (a, from, to)}, which sorts and returns the permutation,
   * {@code "permute"}/{@code "unpermute"} {@code (t, from, p)}, which move tangents forward or
   * adjoints back through it, or {@code "sort"} {@code (a, from, to, t)}, the tangent's: sorts and
   * moves the tangents (without the permutation for short ranges) (core.emit.Helpers).
   */
  public static MethodRef sortHelper(String name, Type array, String owner, boolean itf) {
    String e = array.getElementType().getSort() == Type.FLOAT ? "F" : "D";
    String desc = name.equals("sortPerm") ? "([" + e + "II)[I" : name.equals("sort") ? "([" + e + "II[" + e + ")V" : "([" + e + "I[I)V";
    return new MethodRef(Opcodes.INVOKESTATIC, owner, Companions.HELPER_PREFIX + name + e, desc, itf);
  }

  private static boolean floating(String arrayDesc) {
    return arrayDesc.endsWith("D") || arrayDesc.endsWith("F");
  }
}
