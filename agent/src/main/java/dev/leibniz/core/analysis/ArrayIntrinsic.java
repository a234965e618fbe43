package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.MethodRef;

/**
 * The library calls on arrays that both modes know how to differentiate: {@code clone()},
 * {@code Arrays.copyOf}/{@code copyOfRange}, {@code System.arraycopy} and {@code Arrays.fill}, on
 * {@code double}/{@code float} arrays (and, for copies, arrays of them).
 */
public enum ArrayIntrinsic {
  CLONE,
  COPY_OF,
  COPY_OF_RANGE,
  ARRAYCOPY,
  FILL,
  FILL_RANGE;

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
      default:
        return null;
    }
  }

  private static boolean floating(String arrayDesc) {
    return arrayDesc.endsWith("D") || arrayDesc.endsWith("F");
  }
}
