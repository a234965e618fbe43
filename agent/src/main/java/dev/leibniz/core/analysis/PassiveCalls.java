package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.MethodRef;
import java.util.Set;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * What the phases know about library calls without reading them: the ones that may take active
 * values because their result carries no derivative and they write no memory a derivative could
 * live in (tests, comparisons, searches, bit patterns, printing, compiler-inserted null checks),
 * the ones that write nothing at all, and the ones that print or format messages. Any
 * other library call that takes an active value must be differentiable, or the derivative would
 * silently be lost (boxing, user objects, fields).
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
          "java/lang/Float.hashCode(F)I",
          "java/lang/Float.toString(F)Ljava/lang/String;",
          "java/lang/String.valueOf(D)Ljava/lang/String;",
          "java/lang/String.valueOf(F)Ljava/lang/String;",
          "java/lang/String.valueOf(Ljava/lang/Object;)Ljava/lang/String;",
          "java/lang/StringBuilder.append(D)Ljava/lang/StringBuilder;",
          "java/lang/StringBuilder.append(F)Ljava/lang/StringBuilder;",
          "java/lang/StringBuilder.append(Ljava/lang/Object;)Ljava/lang/StringBuilder;",
          "java/lang/Math.getExponent(D)I",
          "java/lang/Math.getExponent(F)I",
          "java/lang/StrictMath.getExponent(D)I",
          "java/lang/StrictMath.getExponent(F)I",
          // an equals(Object) comparing classes (WorldWind's Angle): a Class, never a derivative, and nothing written
          "java/lang/Object.getClass()Ljava/lang/Class;",
          "java/util/Objects.requireNonNull(Ljava/lang/Object;)Ljava/lang/Object;",
          "java/util/Objects.requireNonNull(Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/Object;",
          "java/util/Objects.toString(Ljava/lang/Object;)Ljava/lang/String;",
          "java/util/Arrays.binarySearch([DD)I",
          "java/util/Arrays.binarySearch([DIID)I",
          "java/util/Arrays.binarySearch([FF)I",
          "java/util/Arrays.binarySearch([FIIF)I",
          "java/util/Arrays.equals([D[D)Z",
          "java/util/Arrays.equals([F[F)Z",
          "java/util/Arrays.hashCode([D)I",
          "java/util/Arrays.hashCode([F)I",
          "java/util/Arrays.toString([D)Ljava/lang/String;",
          "java/util/Arrays.toString([F)Ljava/lang/String;",
          "java/util/Arrays.deepToString([Ljava/lang/Object;)Ljava/lang/String;",
          "java/io/PrintStream.println(D)V",
          "java/io/PrintStream.print(D)V",
          "java/io/PrintStream.println(F)V",
          "java/io/PrintStream.print(F)V",
          "java/io/PrintStream.println(Ljava/lang/Object;)V",
          "java/io/PrintStream.print(Ljava/lang/Object;)V",
          "scala/runtime/RichDouble$.isNaN$extension(D)Z",
          "scala/runtime/RichDouble$.isInfinity$extension(D)Z",
          "scala/runtime/RichDouble$.isFinite$extension(D)Z",
          "scala/runtime/RichDouble$.isPosInfinity$extension(D)Z",
          "scala/runtime/RichDouble$.isNegInfinity$extension(D)Z",
          // Kotlin's compiler-inserted null checks of parameters and platform-typed values.
          "kotlin/jvm/internal/Intrinsics.checkNotNull(Ljava/lang/Object;)V",
          "kotlin/jvm/internal/Intrinsics.checkNotNull(Ljava/lang/Object;Ljava/lang/String;)V",
          "kotlin/jvm/internal/Intrinsics.checkNotNullParameter(Ljava/lang/Object;Ljava/lang/String;)V",
          "kotlin/jvm/internal/Intrinsics.checkParameterIsNotNull(Ljava/lang/Object;Ljava/lang/String;)V",
          "kotlin/jvm/internal/Intrinsics.checkNotNullExpressionValue(Ljava/lang/Object;Ljava/lang/String;)V",
          "kotlin/jvm/internal/Intrinsics.checkExpressionValueIsNotNull(Ljava/lang/Object;Ljava/lang/String;)V",
          "kotlin/jvm/internal/Intrinsics.areEqual(Ljava/lang/Object;Ljava/lang/Object;)Z");

  /** Boxing: allowed on an active value only when the box feeds nothing but string sinks. */
  private static final Set<String> BOXING =
      Set.of(
          "java/lang/Double.valueOf(D)Ljava/lang/Double;",
          "java/lang/Float.valueOf(F)Ljava/lang/Float;");

  /**
   * Methods of a box that only compare it, answering yes or no (or -1, 0, 1): Orekit's convergence
   * test {@code !Double.valueOf(x).equals(x0)}. Nothing numeric of the value leaves them, like a
   * primitive {@code x == x0}.
   */
  private static final Set<String> COMPARING =
      Set.of(
          "java/lang/Double.equals(Ljava/lang/Object;)Z",
          "java/lang/Double.compareTo(Ljava/lang/Double;)I",
          "java/lang/Double.isNaN()Z",
          "java/lang/Double.isInfinite()Z",
          "java/lang/Float.equals(Ljava/lang/Object;)Z",
          "java/lang/Float.compareTo(Ljava/lang/Float;)I",
          "java/lang/Float.isNaN()Z",
          "java/lang/Float.isInfinite()Z",
          "java/util/Objects.equals(Ljava/lang/Object;Ljava/lang/Object;)Z");

  /** Calls that print their arguments: a value there ends in a message. */
  private static final Set<String> PRINTING =
      Set.of(
          "java/io/PrintStream.println(Ljava/lang/Object;)V",
          "java/io/PrintStream.print(Ljava/lang/Object;)V",
          "java/io/PrintStream.println(Ljava/lang/String;)V",
          "java/io/PrintStream.print(Ljava/lang/String;)V",
          "java/io/PrintStream.printf(Ljava/lang/String;[Ljava/lang/Object;)Ljava/io/PrintStream;",
          "java/io/PrintStream.format(Ljava/lang/String;[Ljava/lang/Object;)Ljava/io/PrintStream;");

  /** Calls that turn their arguments into text (which must then end in a message itself). */
  private static final Set<String> FORMATTING =
      Set.of(
          "java/lang/String.valueOf(Ljava/lang/Object;)Ljava/lang/String;",
          "java/lang/String.format(Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;",
          "java/lang/String.format(Ljava/util/Locale;Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;",
          "java/lang/String.formatted([Ljava/lang/Object;)Ljava/lang/String;",
          "java/util/Objects.toString(Ljava/lang/Object;)Ljava/lang/String;",
          // a varargs helper's arguments listed after its message (Strata's ArgChecker.isTrue)
          "java/util/Arrays.toString([Ljava/lang/Object;)Ljava/lang/String;",
          "java/util/Arrays.deepToString([Ljava/lang/Object;)Ljava/lang/String;",
          "java/text/MessageFormat.format(Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;");

  /** Library classes whose methods write no memory but, at most, the object they are called on. */
  private static final Set<String> WRITE_FREE_OWNERS =
      Set.of(
          "java/lang/String", "java/lang/StringBuilder", "java/lang/StringBuffer",
          "java/lang/Double", "java/lang/Float", "java/lang/Integer", "java/lang/Long",
          "java/lang/Boolean", "java/lang/Character", "java/lang/Math", "java/lang/StrictMath");

  private static final Set<String> BIT_PATTERNS =
      Set.of(
          "java/lang/Double.doubleToLongBits(D)J",
          "java/lang/Double.doubleToRawLongBits(D)J",
          "java/lang/Float.floatToIntBits(F)I",
          "java/lang/Float.floatToRawIntBits(F)I");

  private PassiveCalls() {}

  private static String key(MethodRef m) {
    return m.owner() + "." + m.name() + m.desc();
  }

  /** True when {@code callee} (a {@code MethodRef} or an invokedynamic node) may take active values. */
  public static boolean isSafe(Object callee) {
    if (callee instanceof InvokeDynamicInsnNode) {
      InvokeDynamicInsnNode d = (InvokeDynamicInsnNode) callee;
      return d.bsm.getOwner().equals("java/lang/invoke/StringConcatFactory");
    }
    return SAFE.contains(key((MethodRef) callee));
  }

  /**
   * True when {@code callee} writes no array, field or static that existed before the call (it
   * may write the builder it is called on): string building, boxing, the safe calls above.
   */
  public static boolean writesNothing(Object callee) {
    // printing writes the stream's own buffers, never memory a derivative lives in (as println(double) above)
    if (isSafe(callee) || (callee instanceof MethodRef && isPrinting((MethodRef) callee))) {
      return true;
    }
    if (!(callee instanceof MethodRef)) {
      return false;
    }
    MethodRef m = (MethodRef) callee;
    if (!WRITE_FREE_OWNERS.contains(m.owner()) || m.name().equals("random")) {
      return false;
    }
    // getChars/getBytes copy into an array argument; nothing else here writes one.
    for (Type t : Type.getArgumentTypes(m.desc())) {
      if (t.getSort() == Type.ARRAY && m.name().startsWith("get")) return false;
    }
    return true;
  }

  /** True when {@code m} boxes a floating value ({@code Double.valueOf}). */
  public static boolean isBoxing(MethodRef m) {
    return BOXING.contains(key(m));
  }

  /** True when {@code m} only compares boxes (receiver or argument), answering yes or no. */
  public static boolean isComparing(MethodRef m) {
    return COMPARING.contains(key(m));
  }

  /** True when {@code m} prints its arguments. */
  public static boolean isPrinting(MethodRef m) {
    return PRINTING.contains(key(m));
  }

  /** True when {@code m} turns its arguments into text. */
  public static boolean isFormatting(MethodRef m) {
    return FORMATTING.contains(key(m));
  }

  /** True for {@code StringBuilder} and {@code StringBuffer}. */
  public static boolean isBuilder(String owner) {
    return owner.equals("java/lang/StringBuilder") || owner.equals("java/lang/StringBuffer");
  }

  /** True when {@code m} reads the bit pattern of a floating value (its derivative is cut). */
  public static boolean readsBitPattern(MethodRef m) {
    return BIT_PATTERNS.contains(key(m));
  }
}
