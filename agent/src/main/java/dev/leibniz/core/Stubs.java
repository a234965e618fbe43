package dev.leibniz.core;

import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
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
   * get companions. It calls the companion of a lambda's body when it can tell which (Helpers.lambdaSite),
   * and otherwise fails naming the receiver's class (a proxy, a class loaded before the agent).
   */
  static MethodNode missing(String owner, boolean ownerIsInterface, MethodNode m, boolean tangent, dev.leibniz.core.ir.Shadows shadows) {
    MethodNode mn = companion(owner, m, tangent, shadows);
    mn.instructions.add(new VarInsnNode(Opcodes.ALOAD, 0));
    int slot = 1;
    for (Type t : Type.getArgumentTypes(mn.desc)) {
      mn.instructions.add(new VarInsnNode(t.getOpcode(Opcodes.ILOAD), slot));
      slot += t.getSize();
    }
    Handle bsm = new Handle(Opcodes.H_INVOKESTATIC, owner, Companions.HELPER_PREFIX + LAMBDA_SITE, LAMBDA_SITE_DESC, ownerIsInterface);
    mn.instructions.add(new InvokeDynamicInsnNode(mn.name, Companions.staticForm(owner, mn.desc), bsm));
    mn.instructions.add(new InsnNode(Type.getReturnType(mn.desc).getOpcode(Opcodes.IRETURN)));
    return mn;
  }

  /** The bootstrap (Helpers.lambdaSite) of {@link #missing} companions. */
  static final String LAMBDA_SITE = "lambdaSite";
  private static final String LAMBDA_SITE_DESC = "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
      + "Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;";

  /** The companion of an override of a marked method that cannot be differentiated: throws the reason. */
  static MethodNode failed(String owner, MethodNode m, boolean tangent, Diagnostic why, dev.leibniz.core.ir.Shadows shadows) {
    MethodNode mn = companion(owner, m, tangent, shadows);
    mn.instructions.add(new TypeInsnNode(Opcodes.NEW, "java/lang/IllegalStateException"));
    mn.instructions.add(new InsnNode(Opcodes.DUP));
    mn.instructions.add(new LdcInsnNode(why.message() + " (it overrides a @Differentiable method, so its "
        + (tangent ? "tangent" : "adjoint") + " companion cannot fall back on the overridden one's)"));
    return thrown(mn);
  }

  /** The companion's name and descriptor, with the shadows of objects (so that it overrides what it must). */
  private static MethodNode companion(String owner, MethodNode m, boolean tangent, dev.leibniz.core.ir.Shadows shadows) {
    boolean isStatic = (m.access & Opcodes.ACC_STATIC) != 0;
    String name = tangent ? Companions.tangentName(m.name) : Companions.adjointName(m.name);
    String desc = tangent ? Companions.tangentDesc(owner, isStatic, m.desc, shadows) : Companions.adjointDesc(owner, isStatic, m.desc, shadows);
    return new MethodNode(Opcodes.ASM9, Opcodes.ACC_PUBLIC, name, desc, null, null);
  }

  private static MethodNode thrown(MethodNode mn) {
    mn.instructions.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "(Ljava/lang/String;)V", false));
    mn.instructions.add(new InsnNode(Opcodes.ATHROW));
    return mn;
  }
}
