package dev.leibniz.core.objects;

import dev.leibniz.core.ir.FieldRef;
import java.util.function.Function;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * What class files say about a {@code static final} field holding an object: the class declaring it, and the one call
 * whose result its class initialiser stores into it ({@code ZERO = new Vector3(0, 0, 0)}, {@code IDENTITY = new
 * Quaternion(0, 0, 0, 1)}). {@code core.LibraryObjectCode.exactClassOfConstant} reads factories on top of it; {@link
 * BlankCode} takes only {@code new C(...)}, from class files alone, so that every caller of {@link BlankConstructors}
 * (the library's, the write summaries') judges a constructor reading such a constant alike.
 */
public final class StaticConstants {
  private StaticConstants() {}

  /** The class declaring {@code f}: its owner or the nearest superclass declaring it; the owner when none is read. */
  public static String declaringClass(FieldRef f, Function<String, ClassNode> classes) {
    for (ClassNode c = classes.apply(f.owner()); c != null; c = c.superName == null ? null : classes.apply(c.superName)) {
      for (FieldNode fn : c.fields) {
        if (fn.name.equals(f.name()) && fn.desc.equals(f.desc())) return c.name;
      }
    }
    return f.owner();
  }

  /**
   * The call whose result the class initialiser of {@code f}'s class stores into {@code f}, when {@code f} is {@code static
   * final} and the initialiser stores into it once, right after that call; else null (unreadable, stored twice, or
   * something else stored).
   */
  public static MethodInsnNode initialiser(FieldRef f, Function<String, ClassNode> classes) {
    String declaring = declaringClass(f, classes);
    ClassNode c = classes.apply(declaring);
    if (c == null || !staticFinal(c, f)) return null;
    MethodInsnNode found = null;
    for (MethodNode m : c.methods) {
      if (!m.name.equals("<clinit>")) continue;
      for (AbstractInsnNode n : m.instructions) {
        if (n.getOpcode() != Opcodes.PUTSTATIC || !((FieldInsnNode) n).name.equals(f.name())
            || !((FieldInsnNode) n).owner.equals(declaring)) continue;
        AbstractInsnNode prev = n.getPrevious();
        while (prev != null && prev.getOpcode() < 0) prev = prev.getPrevious();
        if (found != null || !(prev instanceof MethodInsnNode call)) return null;
        found = call;
      }
    }
    return found;
  }

  /** The class {@code C} of a {@code new C(...)} (outside the JDK) its class initialiser stores into {@code f}; else null. */
  public static String constructedClass(FieldRef f, Function<String, ClassNode> classes) {
    MethodInsnNode call = initialiser(f, classes);
    return call == null || !call.name.equals("<init>") || call.getOpcode() != Opcodes.INVOKESPECIAL
        || TrackedObjects.isJdk(call.owner) ? null : call.owner;
  }

  private static boolean staticFinal(ClassNode c, FieldRef f) {
    int sf = Opcodes.ACC_STATIC | Opcodes.ACC_FINAL;
    for (FieldNode fn : c.fields) {
      if (fn.name.equals(f.name()) && fn.desc.equals(f.desc())) return (fn.access & sf) == sf;
    }
    return false;
  }
}
