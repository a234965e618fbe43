package dev.leibniz.core;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Companions that throw instead of differentiating, for dispatch: a companion call dispatches on
 * the receiver like the primal call, so the implementation the receiver's class selects must
 * have a companion of its own — or one that says clearly why it has none. Never the base class's
 * derivative for a subclass.
 */
final class Stubs {
  private Stubs() {}

  /**
   * The companion of an abstract marked method: reached only for a receiver whose class did not
   * get companions (a lambda, a proxy, a class loaded before the agent); the message names it.
   */
  static MethodNode missing(String owner, MethodNode m, boolean tangent) {
    String what = "leibniz: no " + (tangent ? "tangent" : "adjoint") + " companion of "
        + JavaSignature.method(owner, m.name, m.desc) + " for an instance of ";
    String why = ", whose class was not transformed by the agent (a lambda, a proxy, or a class loaded"
        + " before the agent started); implement the method in a named class";
    MethodNode mn = companion(m, tangent);
    mn.instructions.add(new TypeInsnNode(Opcodes.NEW, "java/lang/IllegalStateException"));
    mn.instructions.add(new InsnNode(Opcodes.DUP));
    mn.instructions.add(new LdcInsnNode(what));
    mn.instructions.add(new VarInsnNode(Opcodes.ALOAD, 0));
    mn.instructions.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/Object", "getClass", "()Ljava/lang/Class;", false));
    mn.instructions.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/Class", "getName", "()Ljava/lang/String;", false));
    mn.instructions.add(concat());
    mn.instructions.add(new LdcInsnNode(why));
    mn.instructions.add(concat());
    return thrown(mn);
  }

  /** The companion of an override of a marked method that cannot be differentiated: throws the reason. */
  static MethodNode failed(String owner, MethodNode m, boolean tangent, Diagnostic why) {
    MethodNode mn = companion(m, tangent);
    mn.instructions.add(new TypeInsnNode(Opcodes.NEW, "java/lang/IllegalStateException"));
    mn.instructions.add(new InsnNode(Opcodes.DUP));
    mn.instructions.add(new LdcInsnNode(why.message() + " (it overrides a @Differentiable method, so its "
        + (tangent ? "tangent" : "adjoint") + " companion cannot fall back on the overridden one's)"));
    return thrown(mn);
  }

  private static MethodNode companion(MethodNode m, boolean tangent) {
    String name = tangent ? Companions.tangentName(m.name) : Companions.adjointName(m.name);
    String desc = tangent ? Companions.tangentDesc(m.desc) : Companions.adjointDesc(m.desc);
    return new MethodNode(Opcodes.ASM9, Opcodes.ACC_PUBLIC, name, desc, null, null);
  }

  private static MethodInsnNode concat() {
    return new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/String", "concat", "(Ljava/lang/String;)Ljava/lang/String;", false);
  }

  private static MethodNode thrown(MethodNode mn) {
    mn.instructions.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "(Ljava/lang/String;)V", false));
    mn.instructions.add(new InsnNode(Opcodes.ATHROW));
    return mn;
  }
}
