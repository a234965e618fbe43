package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.MethodRef;
import java.util.Set;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * Library calls that may take active values and whose result carries no derivative (tests,
 * comparisons, bit patterns, printing). Anything else that takes an active value must be
 * differentiable, or the derivative would silently be lost (boxing, user objects, fields).
 */
public final class PassiveCalls {
  private static final Set<String> SAFE =
      Set.of(
          "java/lang/Double.isNaN(D)Z",
          "java/lang/Double.isInfinite(D)Z",
          "java/lang/Double.isFinite(D)Z",
          "java/lang/Double.compare(DD)I",
          "java/lang/Double.doubleToLongBits(D)J",
          "java/lang/Double.doubleToRawLongBits(D)J",
          "java/lang/Double.hashCode(D)I",
          "java/lang/Double.toString(D)Ljava/lang/String;",
          "java/lang/Float.isNaN(F)Z",
          "java/lang/Float.isInfinite(F)Z",
          "java/lang/Float.isFinite(F)Z",
          "java/lang/Float.compare(FF)I",
          "java/lang/Float.floatToIntBits(F)I",
          "java/lang/Float.floatToRawIntBits(F)I",
          "java/lang/Float.toString(F)Ljava/lang/String;",
          "java/lang/String.valueOf(D)Ljava/lang/String;",
          "java/lang/String.valueOf(F)Ljava/lang/String;",
          "java/lang/StringBuilder.append(D)Ljava/lang/StringBuilder;",
          "java/lang/StringBuilder.append(F)Ljava/lang/StringBuilder;",
          "java/lang/Math.getExponent(D)I",
          "java/lang/Math.getExponent(F)I",
          "java/lang/StrictMath.getExponent(D)I",
          "java/util/Objects.requireNonNull(Ljava/lang/Object;)Ljava/lang/Object;",
          "java/util/Objects.requireNonNull(Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/Object;",
          "java/io/PrintStream.println(D)V",
          "java/io/PrintStream.print(D)V",
          "java/io/PrintStream.println(F)V",
          "java/io/PrintStream.print(F)V");

  private PassiveCalls() {}

  /** True when {@code callee} (a {@code MethodRef} or an invokedynamic node) may take active values. */
  public static boolean isSafe(Object callee) {
    if (callee instanceof InvokeDynamicInsnNode) {
      InvokeDynamicInsnNode d = (InvokeDynamicInsnNode) callee;
      return d.bsm.getOwner().equals("java/lang/invoke/StringConcatFactory");
    }
    MethodRef m = (MethodRef) callee;
    return SAFE.contains(m.owner() + "." + m.name() + m.desc());
  }
}
