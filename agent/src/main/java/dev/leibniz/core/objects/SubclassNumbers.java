package dev.leibniz.core.objects;

import java.util.function.Function;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Abstract classes whose numbers live in subclasses known only at run time (la4j's {@code Vector} and {@code Matrix}:
 * no field, an abstract {@code double get(int i)} that {@code BasicVector}'s {@code double[]} answers). A marked method
 * whose only inputs are such objects ({@code Vector.norm()}, {@code Matrix.trace()}, {@code innerProduct(Vector)}) can
 * only have been marked for the numbers the subclasses hold, so the class gets shadows as a class holding numbers does
 * ({@link ShadowClasses}): a shadow is an object of the primal's own run-time class (as {@code Derivatives.zeroShadow}
 * makes it), and every call of an abstract method on it is dispatched on the receiver's class to that class's companion
 * (README, "Objects": a class's abstract method gets the receiver's companions at its first call), or fails at run time
 * naming the class, never a zero.
 *
 * <p>The sign that the numbers are reached through the class is an abstract method returning {@code double} or {@code
 * float} declared in its chain: without one (a strategy, a class of integers) the object stays passive and such a method
 * is refused as before ({@code Refusals.withoutInput}).
 */
final class SubclassNumbers {
  private SubclassNumbers() {}

  /**
   * Whether {@code name} is an abstract class outside the JDK (not an interface) whose chain declares no instance field
   * but whose chain declares an abstract {@code double}/{@code float} method: its numbers are its subclasses'.
   */
  static boolean of(String name, Function<String, ClassNode> classes) {
    return top(name, classes) != null;
  }

  /**
   * The highest class of {@code name}'s chain outside the JDK, when {@code name} is such a class: every class of the
   * chain abstract, declaring no instance field but integers (sizes), one of them an abstract {@code double}/{@code
   * float} method; else null. Shadows go from there down, as for a receiver holding numbers.
   */
  static String top(String name, Function<String, ClassNode> classes) {
    ClassNode first = classes.apply(name);
    if (first == null || (first.access & (Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT)) != Opcodes.ACC_ABSTRACT) return null;
    String top = null;
    boolean getter = false;
    int depth = 0;
    for (ClassNode c = first; c != null && !c.name.startsWith("java/") && depth++ < 64;
        c = c.superName == null ? null : classes.apply(c.superName)) {
      if ((c.access & Opcodes.ACC_ABSTRACT) == 0) return null;
      for (FieldNode f : c.fields) {
        if ((f.access & Opcodes.ACC_STATIC) == 0 && !isInteger(f.desc)) return null; // holds something: the usual rules
      }
      getter |= declaresFloatingGetter(c);
      top = c.name;
      if (c.superName != null && !c.superName.startsWith("java/") && classes.apply(c.superName) == null) return null; // unread: may hold numbers
    }
    return getter ? top : null;
  }

  /** Whether {@code c} declares an abstract instance method with a {@code double}/{@code float} result. */
  private static boolean declaresFloatingGetter(ClassNode c) {
    for (MethodNode m : c.methods) {
      int sort = Type.getReturnType(m.desc).getSort();
      if ((m.access & Opcodes.ACC_ABSTRACT) != 0 && (m.access & Opcodes.ACC_STATIC) == 0
          && (sort == Type.DOUBLE || sort == Type.FLOAT)) return true;
    }
    return false;
  }

  /** Sizes and counts (la4j's {@code Vector.length}, {@code Matrix.rows}) hold no number to differentiate. */
  private static boolean isInteger(String desc) {
    return desc.length() == 1 && "IJSBCZ".contains(desc);
  }
}
