package dev.leibniz.core.objects;

import dev.leibniz.contract.CompanionContract;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Tells the runtime which classes nobody annotated the companions give shadows ({@link
 * ShadowClasses}): {@code Derivatives.zeroShadow} cannot see the code that decides it, and without
 * it would copy every object holding a {@code double[]} it finds in a field, a model's read-only
 * training set included. The answer is a constant in a generated method of the transformed class
 * ({@link CompanionContract#SHADOW_CLASSES_METHOD}): nothing mutable, only {@code java.base}.
 */
public final class ShadowClassList {
  private ShadowClassList() {}

  /** {@code private static String leibniz$shadowClasses()} returning {@code classes} (internal names) as binary names. */
  public static MethodNode method(Set<String> classes) {
    StringBuilder names = new StringBuilder();
    for (String c : new TreeSet<>(classes)) {
      if (names.length() > 0) names.append(',');
      names.append(c.replace('/', '.'));
    }
    MethodNode m = new MethodNode(Opcodes.ASM9, Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
        CompanionContract.SHADOW_CLASSES_METHOD, "()Ljava/lang/String;", null, null);
    m.instructions.add(new LdcInsnNode(names.toString()));
    m.instructions.add(new InsnNode(Opcodes.ARETURN));
    m.maxStack = 1;
    m.maxLocals = 0;
    return m;
  }
}
